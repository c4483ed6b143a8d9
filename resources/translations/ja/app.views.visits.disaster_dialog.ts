<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DisasterActivityDialog</name>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="46"/>
        <source>Record disaster support activity</source>
        <translation>被災者支援の活動を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="54"/>
        <source> times</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="62"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="63"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="64"/>
        <source>How many</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="65"/>
        <source>Case (optional)</source>
        <translation>ケース（任意）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="66"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="67"/>
        <source>Note</source>
        <translation>内容・備考</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="74"/>
        <source>Choose the agency from the directory</source>
        <translation>関係機関は一覧から選んでください</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/disaster_dialog.py" line="77"/>
        <source>Choose the case from the list (Enter), or leave it empty</source>
        <translation>ケースは一覧から選ぶ（Enter）か、空欄にしてください</translation>
    </message>
</context>
</TS>
