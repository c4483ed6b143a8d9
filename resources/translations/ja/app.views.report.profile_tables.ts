<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>StaffingTable</name>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="37" />
        <source>From</source>
        <translation>期間（開始）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="37" />
        <source>To</source>
        <translation>期間（終了）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="37" />
        <source>Row (e.g. full-time)</source>
        <translation>区分（例：主任相談員兼務）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="37" />
        <source>Role</source>
        <translation>職種</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="37" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="113" />
        <source>Staffing row %1: %2</source>
        <translation>人員配置の%1行目：%2</translation>
    </message>
</context>
<context>
    <name>TargetsTable</name>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="130" />
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="130" />
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="156" />
        <source>Printed in the report's list of targets</source>
        <translation>報告書の「目標値 ⇒ 実績値」に印刷されます</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_tables.py" line="180" />
        <source>Target of %1: enter a whole number (or leave it blank)</source>
        <translation>%1の目標値は整数で入力してください（目標なしは空欄）</translation>
    </message>
</context>
</TS>
