<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseHeaderView</name>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="42"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="43"/>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="44"/>
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="45"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="46"/>
        <source>Counsellor</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="47"/>
        <source>Programmes</source>
        <translation>事業と状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="48"/>
        <source>Disaster</source>
        <translation>被災</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="49"/>
        <source>New intake for this person</source>
        <translation>この方の新規受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="60"/>
        <source>No case selected</source>
        <translation>ケースが選ばれていません</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="75"/>
        <source>%1 (born %2)</source>
        <translation>%1歳（%2生）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="77"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="80"/>
        <source>not assigned</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_header.py" line="82"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
</context>
</TS>
