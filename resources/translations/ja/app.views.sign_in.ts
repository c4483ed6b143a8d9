<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="174" />
        <source>Change your password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="179" />
        <source>Your password was set by the administrator. Choose your own before you start.</source>
        <translation>いまのパスワードは管理者が設定した初期パスワードです。使い始める前に、自分だけのパスワードに変更してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="181" />
        <source>Choose a new password.</source>
        <translation>新しいパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="186" />
        <source>At least %1 characters; a phrase of several words is easy to remember.</source>
        <translation>%1文字以上。いくつかの言葉をつなげた文にすると覚えやすくなります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="194" />
        <source>&amp;Initial password</source>
        <translation>初期パスワード(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="194" />
        <source>&amp;Current password</source>
        <translation>現在のパスワード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="196" />
        <source>&amp;New password</source>
        <translation>新しいパスワード(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="197" />
        <source>New password &amp;again</source>
        <translation>新しいパスワード（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="224" />
        <source>Register the administrator</source>
        <translation>管理者の登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="227" />
        <source>Nobody can sign in to this ledger yet. Register the administrator: the person who gives the staff their logins (usually the centre head).</source>
        <translation>この台帳にはまだログインできる職員がいません。職員にログインIDを発行する管理者（通常はセンター長）を登録してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="236" />
        <source>A new staff member</source>
        <translation>新しく登録する職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="248" />
        <source>letters, digits and . _ - @</source>
        <translation>半角英数字と . _ - @</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="250" />
        <source>at least %1 characters</source>
        <translation>%1文字以上</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="252" />
        <source>&amp;Who</source>
        <translation>管理者にする職員(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="256" />
        <source>&amp;Name (family, given)</source>
        <translation>氏名（姓・名）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="261" />
        <source>Readin&amp;g</source>
        <translation>ふりがな(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="263" />
        <source>Job &amp;role</source>
        <translation>職種(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="264" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="265" />
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="266" />
        <source>Password &amp;again</source>
        <translation>パスワード（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="315" />
        <source>Login for %1</source>
        <translation>%1 さんのログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="326" />
        <source>&amp;Generate</source>
        <translation>自動作成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="334" />
        <source>Administrator: staff, codes, restores and the audit log, and cases. Counsellor: cases. Read only: sees, changes nothing.
The member must change the initial password when they first sign in.</source>
        <translation>管理者: 職員・分類コード・復元・操作記録とケース。相談員: ケースの記録。閲覧: 見るだけで変更はできません。
初期パスワードは、本人が最初のログインで変更します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="343" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="344" />
        <source>&amp;Access</source>
        <translation>権限(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="345" />
        <source>&amp;Initial password</source>
        <translation>初期パスワード(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="384" />
        <source>Choose the ledger's passphrase</source>
        <translation>台帳のパスフレーズを決める</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="386" />
        <source>The new ledger %1 is encrypted. Choose a passphrase of at least 12 characters and keep it in the centre's safe: without it nobody, not even the administrator, can open the ledger or its backups.</source>
        <translation>新しい台帳 %1 は暗号化されます。12文字以上のパスフレーズを決め、センターの金庫に保管してください。パスフレーズがなければ、管理者を含めて誰も台帳とそのバックアップを開けません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="391" />
        <source>Ledger passphrase</source>
        <translation>台帳のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="392" />
        <source>The ledger %1 is encrypted. Enter its passphrase.</source>
        <translation>台帳 %1 は暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="397" />
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="399" />
        <source>Passphrase &amp;again</source>
        <translation>パスフレーズ（確認）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../app/views/sign_in.py" line="79" />
        <source>Sign in to Yorisoi</source>
        <translation>寄り添い — ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="80" />
        <source>Sign in with your own login ID and password.</source>
        <translation>自分のログインIDとパスワードでログインしてください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="83" />
        <source>Yorisoi is locked</source>
        <translation>寄り添い — ロック中</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="85" />
        <source>The screen was locked because nobody used it for a while. %1, enter your password.</source>
        <translation>しばらく操作がなかったため、画面をロックしました。%1 さん、パスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="93" />
        <source>&amp;Login ID</source>
        <translation>ログインID(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="94" />
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="96" />
        <location filename="../../../app/views/sign_in.py" line="156" />
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="99" />
        <source>&amp;Quit Yorisoi</source>
        <translation>寄り添いを終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../app/views/sign_in.py" line="161" />
        <source>Wait %1 s</source>
        <translation>あと %1 秒</translation>
    </message>
</context>
</TS>