<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CashflowHeaderDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="81" />
        <source>Cash-flow table header</source>
        <translation>キャッシュフロー表のヘッダー</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="85" />
        <source>e.g. 300000 or 30万</source>
        <translation>例: 300000 / 30万</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="88" />
        <source>e.g. 0.5</source>
        <translation>例: 0.5</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="91" />
        <source>Start year</source>
        <translation>開始年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="92" />
        <source>Savings at the start</source>
        <translation>開始時の貯蓄残高</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="93" />
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="94" />
        <source>Return on savings</source>
        <translation>運用利率</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="95" />
        <source>% a year</source>
        <translation>％（年）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="96" />
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>LifeEventsDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="132" />
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="134" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="134" />
        <source>Event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="134" />
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="134" />
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="140" />
        <source>&amp;Remove the selected event</source>
        <translation>選んだイベントを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="143" />
        <source>e.g. child starts high school</source>
        <translation>例: 長女 高校入学</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="147" />
        <source>e.g. 500000 or 50万</source>
        <translation>例: 500000 / 50万</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="149" />
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="167" />
        <source>&amp;Who</source>
        <translation>対象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="169" />
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="170" />
        <source>&amp;Event</source>
        <translation>内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="172" />
        <source>&amp;Cost</source>
        <translation>費用(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewCashflowDialog</name>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="48" />
        <source>New cash-flow table</source>
        <translation>新しいキャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="56" />
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="61" />
        <source>&amp;Template</source>
        <translation>様式(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="62" />
        <source>&amp;Start year</source>
        <translation>開始年(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/cashflow_dialogs.py" line="63" />
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
</context>
</TS>