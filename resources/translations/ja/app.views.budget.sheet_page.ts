<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>SheetHeaderDialog</name>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="53"/>
        <source>Sheet details</source>
        <translation>家計表の情報</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="57"/>
        <source>e.g. average of the last 3 months</source>
        <translation>例: 直近3か月の平均</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="65"/>
        <source>Date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="66"/>
        <source>Month basis</source>
        <translation>月の基準</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="67"/>
        <source>Savings (yen)</source>
        <translation>預貯金残高（円）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="68"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="114"/>
        <source>&amp;Details…</source>
        <translation>表の情報(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="138"/>
        <source>Sheet</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="151"/>
        <source>Yearly expenses by month and the monthly reserve</source>
        <translation>特別支出（年間の支出を月別に）と月々の積立</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="200"/>
        <location filename="../../../app/views/budget/sheet_page.py" line="226"/>
        <location filename="../../../app/views/budget/sheet_page.py" line="293"/>
        <source>Household budget</source>
        <translation>家計</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="260"/>
        <source>Income %1</source>
        <translation>収入 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="261"/>
        <source>Expenses %1</source>
        <translation>支出 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="262"/>
        <source>Balance %1</source>
        <translation>収支差額 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="265"/>
        <source>Savings %1</source>
        <translation>預貯金 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="268"/>
        <source>Reserve for yearly expenses %1 a month</source>
        <translation>年間支出の積立 月%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="269"/>
        <source>Balance after the reserve %1</source>
        <translation>積立後の収支差額 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="279"/>
        <source>New consultation sheet</source>
        <translation>新しい相談時家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="279"/>
        <source>Template</source>
        <translation>ひな形</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="288"/>
        <source>New plan sheet</source>
        <translation>新しい家計計画表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="289"/>
        <source>Make the consultation sheet first: the plan starts from it.</source>
        <translation>先に相談時家計表を作成してください。計画表はそれをもとに作ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="316"/>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="332"/>
        <source>Choose an item row to delete (totals cannot be deleted).</source>
        <translation>削除する項目の行を選んでください（合計の行は削除できません）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="116"/>
        <location filename="../../../app/views/budget/sheet_page.py" line="336"/>
        <source>Delete row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="113"/>
        <source>&amp;New sheet…</source>
        <translation>新しい表(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="115"/>
        <source>Insert row</source>
        <translation>行を挿入</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="117"/>
        <source>Add actual month…</source>
        <translation>実績の月を追加…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="336"/>
        <source>Delete the row “%1”?</source>
        <translation>「%1」の行を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="350"/>
        <source>Add actual month</source>
        <translation>実績の月を追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/sheet_page.py" line="350"/>
        <source>Month (e.g. 2023/5 or R5.5)</source>
        <translation>月（例: 2023/5、R5.5）</translation>
    </message>
</context>
</TS>
