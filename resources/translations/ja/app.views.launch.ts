<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>launch</name>
    <message>
        <location filename="../../../app/views/launch.py" line="47" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="48" />
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="63" />
        <location filename="../../../app/views/launch.py" line="149" />
        <location filename="../../../app/views/launch.py" line="227" />
        <source>Cannot open the ledger</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="70" />
        <source>Cannot sign in</source>
        <translation>ログインできません</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="150" />
        <source>The ledger %1 is encrypted.</source>
        <translation>台帳 %1 は暗号化されています。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="156" />
        <source>The passphrase is wrong. (Letters are case-sensitive.)</source>
        <translation>パスフレーズが違います（大文字と小文字は区別されます）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="171" />
        <source>Audit trail</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="176" />
        <source>The audit trail was altered</source>
        <translation>操作記録の改ざんを検知しました</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="177" />
        <source>Entry %1 of the audit trail (or one before it) was changed or removed after it was written. Tell the administrator; the audit log screen shows the entries.</source>
        <translation>操作記録の番号 %1（またはその直前）が、書き込まれた後に変更または削除されています。管理者に連絡してください。内容は「操作記録」の画面で確認できます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="229" />
        <source>Restore this backup now? The damaged file is kept aside.</source>
        <translation>このバックアップから今すぐ復元しますか？ 壊れたファイルは消さずに横に残します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="231" />
        <source>The ledger is damaged</source>
        <translation>台帳が壊れています</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="237" />
        <source>Cannot restore the ledger</source>
        <translation>台帳を復元できません</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="241" />
        <source>The ledger was restored from %1.</source>
        <translation>台帳を %1 から復元しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="243" />
        <source>The damaged file was kept as %1</source>
        <translation>壊れたファイルは次の名前で残してあります: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="247" />
        <source>The ledger was restored</source>
        <translation>台帳を復元しました</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="265" />
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="269" />
        <source>Backed up (%1).</source>
        <translation>バックアップしました（%1）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="337" />
        <source>Start Yorisoi again</source>
        <translation>寄り添いをもう一度起動してください</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="338" />
        <source>Yorisoi closes now, so that every screen reads the restored ledger. Start it again.</source>
        <translation>すべての画面が復元した台帳を読み込むよう、寄り添いをいったん終了します。もう一度起動してください。</translation>
    </message>
</context>
</TS>