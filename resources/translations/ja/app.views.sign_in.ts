<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="180" />
        <source>Change your password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="185" />
        <source>Your password was set by the administrator. Choose your own before you start.</source>
        <translation>いまのパスワードは管理者が設定した初期パスワードです。使い始める前に、自分だけのパスワードに変更してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="187" />
        <source>Choose a new password.</source>
        <translation>新しいパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="189" />
        <source>At least %1 characters; a phrase of several words is easy to remember.</source>
        <translation>%1文字以上。いくつかの言葉をつなげた文にすると覚えやすくなります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="191" />
        <source>&amp;Initial password</source>
        <translation>初期パスワード(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="191" />
        <source>&amp;Current password</source>
        <translation>現在のパスワード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="193" />
        <source>&amp;New password</source>
        <translation>新しいパスワード(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="194" />
        <source>New password &amp;again</source>
        <translation>新しいパスワード（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="221" />
        <source>Register the administrator</source>
        <translation>管理者の登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="225" />
        <source>Nobody can sign in to this ledger yet. Register the administrator: the person who gives the staff their logins (usually the centre head).</source>
        <translation>この台帳にはまだログインできる職員がいません。職員にログインIDを発行する管理者（通常はセンター長）を登録してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="230" />
        <source>A new staff member</source>
        <translation>新しく登録する職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="242" />
        <source>letters, digits and . _ - @</source>
        <translation>半角英数字と . _ - @</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="244" />
        <source>at least %1 characters</source>
        <translation>%1文字以上</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="246" />
        <source>&amp;Who</source>
        <translation>管理者にする職員(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="250" />
        <source>&amp;Name (family, given)</source>
        <translation>氏名（姓・名）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="255" />
        <source>Readin&amp;g</source>
        <translation>ふりがな(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="257" />
        <source>Job &amp;role</source>
        <translation>職種(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="258" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="259" />
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="260" />
        <source>Password &amp;again</source>
        <translation>パスワード（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="309" />
        <source>Login for %1</source>
        <translation>%1 さんのログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="320" />
        <source>&amp;Generate</source>
        <translation>自動作成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="329" />
        <source>Administrator: staff, codes, restores and the audit log, and cases. Counsellor: cases. Read only: sees, changes nothing.
The member must change the initial password when they first sign in.</source>
        <translation>管理者: 職員・分類コード・復元・操作記録とケース。相談員: ケースの記録。閲覧: 見るだけで変更はできません。
初期パスワードは、本人が最初のログインで変更します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="334" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="335" />
        <source>&amp;Access</source>
        <translation>権限(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="336" />
        <source>&amp;Initial password</source>
        <translation>初期パスワード(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="375" />
        <source>Choose the ledger's passphrase</source>
        <translation>台帳のパスフレーズを決める</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="377" />
        <source>The new ledger %1 is encrypted. Choose a passphrase of at least 12 characters and keep it in the centre's safe: without it nobody, not even the administrator, can open the ledger or its backups.</source>
        <translation>新しい台帳 %1 は暗号化されます。12文字以上のパスフレーズを決め、センターの金庫に保管してください。パスフレーズがなければ、管理者を含めて誰も台帳とそのバックアップを開けません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="382" />
        <source>Ledger passphrase</source>
        <translation>台帳のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="383" />
        <source>The ledger %1 is encrypted. Enter its passphrase.</source>
        <translation>台帳 %1 は暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="385" />
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="387" />
        <source>Passphrase &amp;again</source>
        <translation>パスフレーズ（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="88" />
        <source>Sign in to Yorisoi</source>
        <translation>寄り添い — ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="89" />
        <source>Sign in with your own login ID and password.</source>
        <translation>自分のログインIDとパスワードでログインしてください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="92" />
        <source>Yorisoi is locked</source>
        <translation>寄り添い — ロック中</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="94" />
        <source>The screen is locked. %1, enter your password to go on.</source>
        <translation>画面をロックしています。%1 さん、続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="99" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="100" />
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="102" />
        <location filename="../../../app/views/sign_in.py" line="162" />
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="105" />
        <source>&amp;Quit Yorisoi</source>
        <translation>寄り添いを終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="167" />
        <source>Wait %1 s</source>
        <translation>あと %1 秒</translation>
    </message>
</context>
</TS>