<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>launch</name>
    <message>
        <location filename="../../../app/views/launch.py" line="30"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="31"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../../../app/views/launch.py" line="37"/>
        <source>Cannot open the ledger</source>
        <translation>台帳を開けません</translation>
    </message>
</context>
</TS>
