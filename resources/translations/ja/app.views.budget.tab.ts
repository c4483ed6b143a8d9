<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="48"/>
        <source>Choose a case of the household budget programme (Enter).</source>
        <translation>家計改善支援事業のケースを選んでください（Enter）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="56"/>
        <source>&amp;1 Consultation sheet</source>
        <translation>&amp;1 相談時家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="57"/>
        <source>&amp;2 Plan sheet</source>
        <translation>&amp;2 家計計画表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="73"/>
        <source>&amp;3 Cash flow</source>
        <translation>&amp;3 キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="74"/>
        <source>&amp;4 Debts and repayment</source>
        <translation>&amp;4 債務・分納</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="75"/>
        <source>&amp;5 Improvement plan</source>
        <translation>&amp;5 家計改善支援計画書</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="106"/>
        <source>Household budget</source>
        <translation>家計</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="112"/>
        <source>(not in the household budget programme)</source>
        <translation>（家計改善支援事業の利用なし）</translation>
    </message>
</context>
</TS>
