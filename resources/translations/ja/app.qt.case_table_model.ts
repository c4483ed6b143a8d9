<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="209"/>
        <source>Case no.</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="210"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="211"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="212"/>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="213"/>
        <source>Opened</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="214"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="215"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="216"/>
        <source>Counsellor</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="217"/>
        <source>Disaster</source>
        <translation>被災</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="261"/>
        <source>Disaster victim</source>
        <translation>被災者</translation>
    </message>
    <message>
        <location filename="../../../app/qt/case_table_model.py" line="263"/>
        <source>Born %1</source>
        <translation>%1生まれ</translation>
    </message>
</context>
</TS>
