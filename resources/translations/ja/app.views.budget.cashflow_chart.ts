<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CashflowChart</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="124"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="127"/>
        <source>Balance of the year: %1</source>
        <translation>年間収支: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="128"/>
        <source>Savings at year end: %1</source>
        <translation>貯蓄残高: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="131"/>
        <source>Savings run out this year</source>
        <translation>貯蓄が尽きる年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="181"/>
        <source>No cash-flow table to chart.</source>
        <translation>グラフにするキャッシュフロー表がありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="200"/>
        <source>Savings run out</source>
        <translation>貯蓄が尽きる年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="268"/>
        <source>(10,000 yen)</source>
        <translation>（万円）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="270"/>
        <source>Balance of the year</source>
        <translation>年間収支</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="271"/>
        <source>Balance (short)</source>
        <translation>年間収支（赤字）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_chart.py" line="272"/>
        <source>Savings at year end</source>
        <translation>貯蓄残高</translation>
    </message>
</context>
</TS>
