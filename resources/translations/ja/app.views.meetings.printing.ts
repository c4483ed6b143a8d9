<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MeetingOutput</name>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="56"/>
        <source>Meeting agenda</source>
        <translation>会議次第・検討ケース一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="69"/>
        <source>Agenda %1 %2.pdf</source>
        <translation>会議次第 %1 %2.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="74"/>
        <source>Month calendar</source>
        <translation>月間予定表</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="86"/>
        <source>Meetings %1-%2.pdf</source>
        <translation>会議予定 %1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="91"/>
        <source>Annual activity plan</source>
        <translation>年間活動計画</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="102"/>
        <source>Activity plan %1 %2.pdf</source>
        <translation>年間活動計画 %1 %2.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/printing.py" line="110"/>
        <source>Export calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
</context>
</TS>
