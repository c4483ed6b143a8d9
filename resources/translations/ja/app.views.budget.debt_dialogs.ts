<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="397"/>
        <source>Instalment agreement</source>
        <translation>分納の合意</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="408"/>
        <source> (day)</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="418"/>
        <source>The agreement in force (agreed on %1) is replaced by this one.</source>
        <translation>今の分納（%1 合意）はこの合意に置き換わります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="420"/>
        <source>Agreed on</source>
        <translation>合意日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="423"/>
        <source>Total</source>
        <translation>分納総額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="423"/>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="426"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="425"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="427"/>
        <source>First month</source>
        <translation>初回の月</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="428"/>
        <source>Due day</source>
        <translation>納付日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="429"/>
        <source>31 = the last day of the month</source>
        <translation>（31＝月末）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="430"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="431"/>
        <source>Payments</source>
        <translation>支払回数</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="432"/>
        <source>Last payment:</source>
        <translation>最終回：</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="457"/>
        <source>%1 payments</source>
        <translation>%1回</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="459"/>
        <source>%1 (due %2)</source>
        <translation>%1（納期限 %2）</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="286"/>
        <source>Edit debt</source>
        <translation>債務を編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="286"/>
        <source>Add debt</source>
        <translation>債務を追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="290"/>
        <source>e.g. city tax office, card company</source>
        <translation>例：○○市納税課、○○カード</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="297"/>
        <source> months</source>
        <translation>か月</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="315"/>
        <source>for</source>
        <translation>滞納月数</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="317"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="318"/>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="319"/>
        <source>Original amount</source>
        <translation>当初の金額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="320"/>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="322"/>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="324"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="321"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="323"/>
        <source>Arrears</source>
        <translation>滞納額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="325"/>
        <source>Reminders / seizure</source>
        <translation>督促・差押</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="326"/>
        <source>Course taken</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="327"/>
        <source>Handling agency</source>
        <translation>対応機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="328"/>
        <source>Office / contact</source>
        <translation>担当窓口</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="329"/>
        <source>Recorded on</source>
        <translation>記録日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="331"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="363"/>
        <source>Choose the agency from the directory, or leave it blank</source>
        <translation>関係機関の一覧から選ぶか、空欄にしてください</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="87"/>
        <source>e.g. R5.5 / 2023/5</source>
        <translation>例：R5.5 / 2023/5</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="509"/>
        <source>Record payment</source>
        <translation>返済を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="514"/>
        <source>Paid under the instalment agreement</source>
        <translation>分納の返済として記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="518"/>
        <source>Paid under the instalment agreement of %1</source>
        <translation>分納（%1 合意）の返済として記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="521"/>
        <source>Paid on</source>
        <translation>返済日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="523"/>
        <source>Amount</source>
        <translation>返済額</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="524"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="525"/>
        <source>Agreement</source>
        <translation>分納</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="526"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>YenEdit</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="114"/>
        <source>e.g. 120000 / 12万</source>
        <translation>例：120000 / 12万</translation>
    </message>
</context>
<context>
    <name>_AmountDialog</name>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="246"/>
        <source>Enter the amount</source>
        <translation>金額を入力してください</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/debt_dialogs.py" line="252"/>
        <source>%1 %2 — balance %3</source>
        <translation>%1&#x3000;%2&#x3000;（残高 %3）</translation>
    </message>
</context>
</TS>
