<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>launch</name>
    <message>
        <location filename="../../../app/views/launch.py" line="33"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="34"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="43"/>
        <location filename="../../../app/views/launch.py" line="112"/>
        <source>Cannot open the ledger</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="114"/>
        <source>Restore this backup now? The damaged file is kept aside.</source>
        <translation>このバックアップから今すぐ復元しますか？ 壊れたファイルは消さずに横に残します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="116"/>
        <source>The ledger is damaged</source>
        <translation>台帳が壊れています</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="122"/>
        <source>Cannot restore the ledger</source>
        <translation>台帳を復元できません</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="124"/>
        <source>The ledger was restored from %1.</source>
        <translation>台帳を %1 から復元しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="126"/>
        <source>The damaged file was kept as %1</source>
        <translation>壊れたファイルは次の名前で残してあります: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="130"/>
        <source>The ledger was restored</source>
        <translation>台帳を復元しました</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="146"/>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="150"/>
        <source>Backed up (%1).</source>
        <translation>バックアップしました（%1）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="214"/>
        <source>Start Yorisoi again</source>
        <translation>寄り添いをもう一度起動してください</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="215"/>
        <source>Yorisoi closes now, so that every screen reads the restored ledger. Start it again.</source>
        <translation>すべての画面が復元した台帳を読み込むよう、寄り添いをいったん終了します。もう一度起動してください。</translation>
    </message>
</context>
</TS>
