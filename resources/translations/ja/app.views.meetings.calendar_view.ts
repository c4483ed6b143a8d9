<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MonthCalendarView</name>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="104"/>
        <source>Month calendar</source>
        <translation>月間予定表</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="150"/>
        <source>Support council (members only)</source>
        <translation>支援会議（構成員のみ）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="203"/>
        <source>%1 meetings</source>
        <translation>会議%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="312"/>
        <source>%1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="398"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/calendar_view.py" line="400"/>
        <source>Moved from %1</source>
        <translation>%1から移動</translation>
    </message>
</context>
</TS>
