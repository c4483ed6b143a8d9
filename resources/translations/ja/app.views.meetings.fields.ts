<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AttendeesWidget</name>
    <message>
        <location filename="../../../app/views/meetings/fields.py" line="110"/>
        <source>Other people, separated by 、</source>
        <translation>その他の出席者（「、」で区切る）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/fields.py" line="114"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/fields.py" line="115"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/fields.py" line="117"/>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/fields.py" line="172"/>
        <source>Choose the agency from the directory</source>
        <translation>関係機関は一覧から選んでください</translation>
    </message>
</context>
</TS>
