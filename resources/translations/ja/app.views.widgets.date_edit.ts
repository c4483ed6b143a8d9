<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../../app/views/widgets/date_edit.py" line="62"/>
        <source>e.g. R5.4.1 / 2023/4/1</source>
        <translation>例: R5.4.1 / 2023/4/1</translation>
    </message>
</context>
</TS>
