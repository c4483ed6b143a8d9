<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="53"/>
        <source>Change status</source>
        <translation>支援状況の変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="57"/>
        <source>Status by programme</source>
        <translation>事業ごとの支援状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="62"/>
        <source>Reason or circumstances (optional)</source>
        <translation>理由・経緯（任意）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="81"/>
        <source>Date of change</source>
        <translation>変更日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="88"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="105"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="105"/>
        <source>Current status</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="105"/>
        <source>New status</source>
        <translation>変更後の状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="117"/>
        <source>No change</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="156"/>
        <source>Choose a new status for at least one programme.</source>
        <translation>変更後の状況を一つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/status_dialog.py" line="167"/>
        <source>Some changes were saved; this one was not:</source>
        <translation>一部の変更は保存しましたが、次の変更はできませんでした:</translation>
    </message>
</context>
</TS>
