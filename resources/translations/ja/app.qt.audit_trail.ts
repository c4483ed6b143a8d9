<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>audit_trail</name>
    <message>
        <location filename="../../../app/qt/audit_trail.py" line="52" />
        <source>Not recorded</source>
        <translation>記録できません</translation>
    </message>
    <message>
        <location filename="../../../app/qt/audit_trail.py" line="53" />
        <source>This could not be recorded in the audit trail, so it was not done:
%1</source>
        <translation>操作記録に書き込めなかったため、実行しませんでした:
%1</translation>
    </message>
</context>
</TS>