<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgencyListEditor</name>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="73"/>
        <source>Type to search the agencies</source>
        <translation>入力して関係機関を検索</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="74"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="75"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="113"/>
        <source>No single agency matches “%1”.</source>
        <translation>「%1」に当たる関係機関が1つに絞れません。候補から選んでください。</translation>
    </message>
</context>
<context>
    <name>ImprovementPlanPage</name>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="255"/>
        <source>(a new plan, not saved yet)</source>
        <translation>（新しい計画書・未保存）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="256"/>
        <source>&amp;New (Ctrl+Shift+N)</source>
        <translation>新規(&amp;N)（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="257"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="307"/>
        <source>&amp;Plan</source>
        <translation>計画書(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="319"/>
        <source>Date made</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="321"/>
        <source>Household budget issues</source>
        <translation>家計の課題</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="322"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="323"/>
        <source>What the person will do</source>
        <translation>本人の取り組み</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="325"/>
        <source>Support given</source>
        <translation>支援内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="327"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="329"/>
        <source>Period</source>
        <translation>計画期間</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="330"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="331"/>
        <source>Approved at</source>
        <translation>承認した会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="332"/>
        <source>Closure evaluation</source>
        <translation>終結評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="390"/>
        <location filename="../../../app/views/budget/improvement_page.py" line="436"/>
        <source>Improvement plan</source>
        <translation>家計改善支援計画書</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="395"/>
        <source>%1 made</source>
        <translation>%1 作成</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="418"/>
        <source>New plan: fill in and save with Ctrl+S.</source>
        <translation>新しい計画書です。入力して Ctrl+S で保存します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="436"/>
        <source>The plan has unsaved changes. Discard them?</source>
        <translation>保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="504"/>
        <source>A closure evaluation is linked (No. %1); see the case file.</source>
        <translation>終結評価（No. %1）が記録されています。内容はケースファイルで確認してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="556"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="572"/>
        <source>Row %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
</context>
<context>
    <name>MonitoringEditor</name>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="142"/>
        <source>Planned</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="142"/>
        <source>Done</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="142"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="145"/>
        <source>Add a date</source>
        <translation>日程を追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/budget/improvement_page.py" line="160"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
</TS>
