<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="97"/>
        <source>Search by name, reading, phone or case number</source>
        <translation>氏名・ふりがな・電話・ケース番号で検索</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="107"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="108"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="109"/>
        <source>Counsellor</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="110"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="111"/>
        <source>Disaster victims only</source>
        <translation>被災者のみ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="113"/>
        <source>Open cases only</source>
        <translation>対応中のみ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="196"/>
        <source>%1 (former)</source>
        <translation>%1（退職）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="200"/>
        <source>FY%1 (%2)</source>
        <translation>%1年度（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="214"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="275"/>
        <source>1 case</source>
        <translation>1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="275"/>
        <source>%1 cases</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_list.py" line="279"/>
        <source>Cannot read the case list</source>
        <translation>ケース一覧を読み込めません</translation>
    </message>
</context>
</TS>
