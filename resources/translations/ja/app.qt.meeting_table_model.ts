<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="157"/>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="158"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="159"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="160"/>
        <source>Title</source>
        <translation>会議名</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="161"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="162"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="163"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="164"/>
        <location filename="../../../app/qt/meeting_table_model.py" line="225"/>
        <source>Recurring</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="214"/>
        <source>Support council (members only)</source>
        <translation>支援会議（構成員のみ）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="220"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="220"/>
        <source>Held</source>
        <translation>開催済</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="220"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="225"/>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../../app/qt/meeting_table_model.py" line="234"/>
        <source>Moved from %1</source>
        <translation>%1から移動</translation>
    </message>
</context>
</TS>
