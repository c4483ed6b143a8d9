<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="50"/>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="51"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="52"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="144"/>
        <source>Changes apply to sheets made from now on; sheets already made keep their rows. The rows marked “From repayment plans” are filled from the case&apos;s instalment agreements.</source>
        <translation>変更は、これから作る表に使われます。作成済みの表の行は変わりません。「返済計画から」の行には、ケースの分納の約束から金額が入ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="152"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="153"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="154"/>
        <source>From repayment plans</source>
        <translation>返済計画から</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="155"/>
        <source>Loan (not income)</source>
        <translation>借入（収入ではない）</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="155"/>
        <source>yes</source>
        <translation>○</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="156"/>
        <source>Yearly rate</source>
        <translation>変動率</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="159"/>
        <source>&amp;New row…</source>
        <translation>行の追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="160"/>
        <source>Rena&amp;me…</source>
        <translation>名称変更(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="161"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="171"/>
        <source>Budget sheet templates</source>
        <translation>家計表のひな形</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="163"/>
        <source>&amp;Template</source>
        <translation>ひな形(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="174"/>
        <source>Debt repayment</source>
        <translation>債務返済</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="174"/>
        <source>Arrears</source>
        <translation>滞納分</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="177"/>
        <source>Household sheet</source>
        <translation>家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="177"/>
        <source>Cash-flow table</source>
        <translation>キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="178"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="179"/>
        <source>%1 (built-in)</source>
        <translation>%1（標準搭載）</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="224"/>
        <source>Delete row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="217"/>
        <source>Delete the row “%1” from the template? Sheets already made keep it.</source>
        <translation>ひな形から「%1」の行を削除しますか？作成済みの表の行は残ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="219"/>
        <source>New sheets will then have no row for the repayment plans to fill.</source>
        <translation>これから作る表には、返済計画の金額が入る行がなくなります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="227"/>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="258"/>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
</context>
<context>
    <name>TemplateRowDialog</name>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="77"/>
        <source>Add row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="77"/>
        <source>Rename row</source>
        <translation>行の名称変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="83"/>
        <source>A &amp;loan received (not income)</source>
        <translation>借入金（収入ではない）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="85"/>
        <source>e.g. 0.5 (empty: 0)</source>
        <translation>例: 0.5（空欄は0）</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="88"/>
        <source>&amp;Section</source>
        <translation>区分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="89"/>
        <source>&amp;Name</source>
        <translation>項目名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="91"/>
        <source>Yearly &amp;rate (%)</source>
        <translation>変動率（年%）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/template_page.py" line="100"/>
        <source>The row goes after the chosen row, or at the end of its section.</source>
        <translation>選んでいた行の下に入ります（区分が違うときはその区分の最後）。</translation>
    </message>
</context>
</TS>
