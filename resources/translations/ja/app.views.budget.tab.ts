<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="49"/>
        <source>Choose a case of the household budget programme (Enter).</source>
        <translation>家計改善支援事業のケースを選んでください（Enter）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="57"/>
        <source>&amp;1 Consultation sheet</source>
        <translation>&amp;1 相談時家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="58"/>
        <source>&amp;2 Plan sheet</source>
        <translation>&amp;2 家計計画表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="76"/>
        <source>&amp;3 Cash flow</source>
        <translation>&amp;3 キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="77"/>
        <source>&amp;4 Debts and repayment</source>
        <translation>&amp;4 債務・分納</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="78"/>
        <source>&amp;5 Improvement plan</source>
        <translation>&amp;5 家計改善支援計画書</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="97"/>
        <location filename="../../../app/views/budget/tab.py" line="108"/>
        <location filename="../../../app/views/budget/tab.py" line="115"/>
        <location filename="../../../app/views/budget/tab.py" line="118"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="101"/>
        <location filename="../../../app/views/budget/tab.py" line="112"/>
        <source>To Excel…</source>
        <translation>Excelへ…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="104"/>
        <location filename="../../../app/views/budget/tab.py" line="114"/>
        <source>From Excel…</source>
        <translation>Excelから…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="155"/>
        <source>Household budget</source>
        <translation>家計</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/tab.py" line="161"/>
        <source>(not in the household budget programme)</source>
        <translation>（家計改善支援事業の利用なし）</translation>
    </message>
</context>
</TS>
