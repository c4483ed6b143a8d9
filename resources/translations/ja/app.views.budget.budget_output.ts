<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BudgetOutput</name>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="49"/>
        <source>Household budget sheet</source>
        <translation>家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="63"/>
        <source>Cash-flow table</source>
        <translation>キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="74"/>
        <source>Debts and repayment</source>
        <translation>滞納・債務一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="91"/>
        <source>Household budget improvement plan</source>
        <translation>家計改善支援計画書</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="118"/>
        <source>Export to Excel</source>
        <translation>Excelへ書き出し</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="130"/>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="138"/>
        <source>Import from Excel</source>
        <translation>Excelから取り込み</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="150"/>
        <source>Imported.</source>
        <translation>取り込みました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/budget_output.py" line="152"/>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
</context>
</TS>
