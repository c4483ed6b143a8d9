<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DebtsView</name>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="177"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="177"/>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="177"/>
        <source>Original</source>
        <translation>元金</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="177"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="177"/>
        <source>Arrears</source>
        <translation>滞納額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="178"/>
        <source>Course</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="178"/>
        <source>Instalments</source>
        <translation>分納状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="178"/>
        <source>Paid off by</source>
        <translation>完済見込み</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="183"/>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="183"/>
        <source>Due on</source>
        <translation>納期限</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="183"/>
        <location filename="../../../app/views/budget/debts_view.py" line="186"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="183"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="183"/>
        <source>Settled on</source>
        <translation>納付日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="186"/>
        <source>Paid on</source>
        <translation>返済日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="186"/>
        <source>Paid as</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="186"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="189"/>
        <source>Add &amp;debt… (Ctrl+Shift+D)</source>
        <translation>債務を追加(&amp;D)…（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="190"/>
        <source>Edi&amp;t… (Enter)</source>
        <translation>編集(&amp;T)…（Enter）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="191"/>
        <source>De&amp;lete (Del)</source>
        <translation>削除(&amp;L)（Del）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="193"/>
        <source>Instalment a&amp;greement… (Ctrl+Shift+A)</source>
        <translation>分納の合意(&amp;G)…（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="194"/>
        <source>Record &amp;payment… (Ctrl+Shift+Y)</source>
        <translation>返済を記録(&amp;P)…（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="203"/>
        <source>Instalment schedule</source>
        <translation>分納の予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="207"/>
        <source>Payments recorded</source>
        <translation>返済の記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="211"/>
        <source>&amp;Remove payment (Del)</source>
        <translation>返済の取消(&amp;R)（Del）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="272"/>
        <location filename="../../../app/views/budget/debts_view.py" line="341"/>
        <location filename="../../../app/views/budget/debts_view.py" line="348"/>
        <location filename="../../../app/views/budget/debts_view.py" line="360"/>
        <location filename="../../../app/views/budget/debts_view.py" line="395"/>
        <source>Debts</source>
        <translation>債務・滞納</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="325"/>
        <source>Delete the debt “%1”? This cannot be undone.</source>
        <translation>債務「%1」を削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="326"/>
        <source>Delete debt</source>
        <translation>債務の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="333"/>
        <source>Remove the payment of %1 made on %2? The amount goes back onto the balance.</source>
        <translation>%2の返済（%1）を取り消しますか？金額は残高に戻ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="335"/>
        <source>Remove payment</source>
        <translation>返済の取消</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="341"/>
        <source>Choose a debt in the list first.</source>
        <translation>先に一覧から債務を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="369"/>
        <source>%1/%2</source>
        <comment>year/month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="381"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="398"/>
        <source>Instalment</source>
        <translation>分納</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="398"/>
        <source>Outside the agreement</source>
        <translation>分納外</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="409"/>
        <source>No instalment agreement (Ctrl+Shift+A makes one).</source>
        <translation>分納の合意はありません（Ctrl+Shift+A で合意を記録）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debts_view.py" line="411"/>
        <source>Agreed on %1: %2 in %3 payments of %4, due on day %5.
%6: paid %7, remaining %8, paid off by %9.</source>
        <translation>%1 合意：総額 %2、月額 %4 × %3回、毎月%5日納付。
%6：返済済み %7、残り %8、完済見込み %9。</translation>
    </message>
</context>
</TS>
