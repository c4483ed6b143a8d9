<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CashflowPage</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="81"/>
        <source>&amp;New… (Ctrl+Shift+N)</source>
        <translation>新規(&amp;N)…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="84"/>
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="87"/>
        <source>Hea&amp;der…</source>
        <translation>ヘッダー(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="88"/>
        <source>&amp;Life events…</source>
        <translation>ライフイベント(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="89"/>
        <source>Insert row (Ctrl+Shift+I)</source>
        <translation>行を追加（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="90"/>
        <source>Delete row (Ctrl+Shift+Del)</source>
        <translation>行を削除（Ctrl+Shift+Del）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="91"/>
        <source>Delete table…</source>
        <translation>表を削除…</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="100"/>
        <source>This case has no cash-flow table yet. Make one with “New…”.</source>
        <translation>このケースにはまだキャッシュフロー表がありません。「新規…」で作成してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="110"/>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="112"/>
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="194"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="227"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="285"/>
        <location filename="../../../app/views/budget/cashflow_page.py" line="323"/>
        <source>Cash flow</source>
        <translation>キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="200"/>
        <source>%1 made · from %2 · %3 years</source>
        <translation>%1 作成・%2年から%3年間</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="259"/>
        <source>Savings at the start %1</source>
        <translation>開始時の貯蓄残高 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="260"/>
        <source>Return %1% a year</source>
        <translation>運用利率 年%1%</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="263"/>
        <source>Savings run out in %1</source>
        <translation>貯蓄が尽きる年 %1年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="265"/>
        <source>Memo: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="400"/>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="437"/>
        <source>Choose an income or expense row to delete (totals cannot be deleted).</source>
        <translation>削除する収入・支出の行を選んでください（合計の行は削除できません）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="441"/>
        <source>Delete row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="441"/>
        <source>Delete the row “%1” and its amounts?</source>
        <translation>行「%1」を金額ごと削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="451"/>
        <source>Delete this cash-flow table with its rows and life events? This cannot be undone.</source>
        <translation>このキャッシュフロー表を行・ライフイベントごと削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_page.py" line="452"/>
        <source>Delete cash-flow table</source>
        <translation>キャッシュフロー表の削除</translation>
    </message>
</context>
</TS>
