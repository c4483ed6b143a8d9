<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CashflowHeaderDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="111"/>
        <source>Cash-flow table header</source>
        <translation>キャッシュフロー表のヘッダー</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="115"/>
        <source>e.g. 300000 or 30万</source>
        <translation>例: 300000 / 30万</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="118"/>
        <source>e.g. 0.5</source>
        <translation>例: 0.5</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="121"/>
        <source>Start year</source>
        <translation>開始年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="122"/>
        <source>Savings at the start</source>
        <translation>開始時の貯蓄残高</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="123"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="124"/>
        <source>Return on savings</source>
        <translation>運用利率</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="125"/>
        <source>% a year</source>
        <translation>％（年）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="126"/>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>CashflowPage</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="302"/>
        <source>&amp;New… (Ctrl+Shift+N)</source>
        <translation>新規(&amp;N)…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="305"/>
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="308"/>
        <source>Hea&amp;der…</source>
        <translation>ヘッダー(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="309"/>
        <source>&amp;Life events…</source>
        <translation>ライフイベント(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="310"/>
        <source>Insert row (Ctrl+Shift+I)</source>
        <translation>行を追加（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="311"/>
        <source>Delete row (Ctrl+Shift+Del)</source>
        <translation>行を削除（Ctrl+Shift+Del）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="312"/>
        <source>Delete table…</source>
        <translation>表を削除…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="321"/>
        <source>This case has no cash-flow table yet. Make one with “New…”.</source>
        <translation>このケースにはまだキャッシュフロー表がありません。「新規…」で作成してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="331"/>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="333"/>
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="415"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="448"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="506"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="544"/>
        <source>Cash flow</source>
        <translation>キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="421"/>
        <source>%1 made · from %2 · %3 years</source>
        <translation>%1 作成・%2年から%3年間</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="480"/>
        <source>Savings at the start %1</source>
        <translation>開始時の貯蓄残高 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="481"/>
        <source>Return %1% a year</source>
        <translation>運用利率 年%1%</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="484"/>
        <source>Savings run out in %1</source>
        <translation>貯蓄が尽きる年 %1年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="486"/>
        <source>Memo: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="621"/>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="658"/>
        <source>Choose an income or expense row to delete (totals cannot be deleted).</source>
        <translation>削除する収入・支出の行を選んでください（合計の行は削除できません）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="662"/>
        <source>Delete row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="662"/>
        <source>Delete the row “%1” and its amounts?</source>
        <translation>行「%1」を金額ごと削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="672"/>
        <source>Delete this cash-flow table with its rows and life events? This cannot be undone.</source>
        <translation>このキャッシュフロー表を行・ライフイベントごと削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="673"/>
        <source>Delete cash-flow table</source>
        <translation>キャッシュフロー表の削除</translation>
    </message>
</context>
<context>
    <name>LifeEventsDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="162"/>
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="164"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="164"/>
        <source>Event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="164"/>
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="164"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="170"/>
        <source>&amp;Remove the selected event</source>
        <translation>選んだイベントを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="173"/>
        <source>e.g. child starts high school</source>
        <translation>例: 長女 高校入学</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="177"/>
        <source>e.g. 500000 or 50万</source>
        <translation>例: 500000 / 50万</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="179"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="199"/>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="200"/>
        <source>&amp;Event</source>
        <translation>内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="197"/>
        <source>&amp;Who</source>
        <translation>対象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="202"/>
        <source>&amp;Cost</source>
        <translation>費用(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewCashflowDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="78"/>
        <source>New cash-flow table</source>
        <translation>新しいキャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="86"/>
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="91"/>
        <source>&amp;Template</source>
        <translation>様式(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="92"/>
        <source>&amp;Start year</source>
        <translation>開始年(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="93"/>
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
</context>
</TS>
