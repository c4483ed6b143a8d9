<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="129"/>
        <source>Edit plan</source>
        <translation>プランの編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="129"/>
        <source>New plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="144"/>
        <source>Employment support target</source>
        <translation>就労支援対象</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="167"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="168"/>
        <source>Date made</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="172"/>
        <source>The person&apos;s goal</source>
        <translation>本人の目標</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="173"/>
        <source>Short-term goals</source>
        <translation>短期目標</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="175"/>
        <source>Issues</source>
        <translation>課題</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="176"/>
        <source>What the person will do</source>
        <translation>本人の取り組み</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="182"/>
        <source>Supporters&apos; actions</source>
        <translation>支援者の取り組み</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="183"/>
        <source>Programmes used</source>
        <translation>利用する事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="184"/>
        <source>Other services and agencies</source>
        <translation>他の制度・機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="188"/>
        <source>Plan period</source>
        <translation>プラン期間</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="191"/>
        <source>Next monitoring</source>
        <translation>次回モニタリング</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="193"/>
        <source>Approved at</source>
        <translation>承認した会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="194"/>
        <source>City&apos;s decision</source>
        <translation>市の支援決定日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="198"/>
        <source>&amp;1 Goals and issues</source>
        <translation>&amp;1 目標と課題</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="199"/>
        <source>&amp;2 Support and approval</source>
        <translation>&amp;2 支援と承認</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="234"/>
        <source>First plan</source>
        <translation>初回プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="234"/>
        <source>Re-plan %1</source>
        <translation>再プラン %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="285"/>
        <source>Row %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
</context>
<context>
    <name>SupporterActionsEditor</name>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="53"/>
        <source>Supporter</source>
        <translation>支援者</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="53"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="53"/>
        <source>Action</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="53"/>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="56"/>
        <source>&amp;Add a row</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="65"/>
        <source>e.g. counsellor</source>
        <translation>例: 相談員</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/plan_dialog.py" line="69"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
</TS>
