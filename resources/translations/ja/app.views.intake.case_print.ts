<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CasePrinter</name>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="81"/>
        <source>Intake form</source>
        <translation>相談受付・申込票</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="85"/>
        <source>Intake form {case_no}.pdf</source>
        <translation>相談受付・申込票_{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="96"/>
        <source>Support plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="101"/>
        <source>Plan {case_no} first.pdf</source>
        <translation>プラン_{case_no}_初回.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="103"/>
        <source>Plan {case_no} revision {n}.pdf</source>
        <translation>プラン_{case_no}_再プラン{n}.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="117"/>
        <source>Contact history</source>
        <translation>経過一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="121"/>
        <source>Contact history {case_no}.pdf</source>
        <translation>経過一覧_{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_print.py" line="147"/>
        <source>The PDF could not be made: {error}</source>
        <translation>PDFを作成できませんでした: {error}</translation>
    </message>
</context>
</TS>
