<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>budget_sources</name>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="64"/>
        <location filename="../../../app/qt/budget_sources.py" line="316"/>
        <source>Total income</source>
        <translation>収入合計</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="65"/>
        <location filename="../../../app/qt/budget_sources.py" line="318"/>
        <source>Total expenses</source>
        <translation>支出合計</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="75"/>
        <source>Balance (income − expenses)</source>
        <translation>収支差額（収入－支出）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="88"/>
        <location filename="../../../app/qt/budget_sources.py" line="353"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="90"/>
        <source>Now</source>
        <translation>現状</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="90"/>
        <source>Person&apos;s estimate</source>
        <translation>本人の見込み</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="90"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="91"/>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="95"/>
        <source>Actual %1</source>
        <translation>実績 %1</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="102"/>
        <source>Loan</source>
        <translation>借入</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="104"/>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="105"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="115"/>
        <source>The balance is negative</source>
        <translation>収支がマイナスです</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="134"/>
        <location filename="../../../app/qt/budget_sources.py" line="335"/>
        <source>From the repayment plans</source>
        <translation>返済計画（分納）から入ります</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="151"/>
        <location filename="../../../app/qt/budget_sources.py" line="247"/>
        <source>A total cannot be typed over</source>
        <translation>合計欄には入力できません</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="208"/>
        <source>Yearly expense</source>
        <translation>年間の支出（特別支出）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="210"/>
        <source>Year total</source>
        <translation>年額</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="211"/>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="221"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="228"/>
        <source>Monthly reserve (year ÷ 12)</source>
        <translation>月々の積立（年額÷12）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="293"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="294"/>
        <source>Age: %1</source>
        <translation>年齢: %1</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="298"/>
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="311"/>
        <source>Life event costs</source>
        <translation>ライフイベントの費用</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="323"/>
        <source>Balance of the year</source>
        <translation>年間収支</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="327"/>
        <source>Savings at year end</source>
        <translation>貯蓄残高</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="333"/>
        <source>Typed over the projection</source>
        <translation>見込みに上書きした金額</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="342"/>
        <source>Savings run out</source>
        <translation>貯蓄が尽きます</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="354"/>
        <source>Base amount</source>
        <translation>基準額（年額）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="355"/>
        <source>Change / year</source>
        <translation>変動率（年）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="358"/>
        <source>Year %1</source>
        <translation>%1年目</translation>
    </message>
    <message>
        <location filename="../../../app/qt/budget_sources.py" line="384"/>
        <source>Only the income and expense rows can be typed in</source>
        <translation>入力できるのは収入・支出の行だけです</translation>
    </message>
</context>
</TS>
