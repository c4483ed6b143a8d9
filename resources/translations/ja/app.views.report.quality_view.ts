<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="39" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="39" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="39" />
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="47" />
        <source>Enter opens the case of the record (on a problem: of its first record); a missing target or programme profile opens the profile page.</source>
        <translation>Enter で記録のケースを開きます（問題の行では最初の記録）。目標値や事業概要がない問題は「事業概要・目標値」を開きます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="79" />
        <source>%1: %2 problems to check before printing.</source>
        <translation>%1：印刷の前に確かめる問題が%2件あります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="83" />
        <source>%1: no problems found.</source>
        <translation>%1：問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="104" />
        <source>This record belongs to no case.</source>
        <translation>この記録にはケースがありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="112" />
        <source>%1 (record #%2)</source>
        <translation>%1（記録 #%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/quality_view.py" line="113" />
        <source>%1, no case</source>
        <translation>%1、ケースなし</translation>
    </message>
</context>
</TS>
