<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="139"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="140"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="141"/>
        <source>Case no.</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="142"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="143"/>
        <source>Place</source>
        <translation>訪問場所</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="144"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="145"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="146"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="147"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="148"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="150"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="149"/>
        <source>Next visit</source>
        <translation>次回訪問</translation>
    </message>
    <message>
        <location filename="../../../app/qt/visit_table_model.py" line="178"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
</context>
</TS>
