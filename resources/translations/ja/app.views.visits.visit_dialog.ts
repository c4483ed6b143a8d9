<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgencyListWidget</name>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="146"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="154"/>
        <source>Del removes the chosen agency</source>
        <translation>選んだ関係機関は Del で外せます</translation>
    </message>
</context>
<context>
    <name>CaseChooserWidget</name>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="73"/>
        <source>Name, reading or case number, then Enter</source>
        <translation>氏名・ふりがな・ケース番号を入力して Enter</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="231"/>
        <source>Record the planned visit as made</source>
        <translation>予定の訪問の実施を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="233"/>
        <source>Edit visit</source>
        <translation>訪問記録の修正</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="233"/>
        <source>Record visit</source>
        <translation>訪問を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="264"/>
        <source>Where exactly (optional)</source>
        <translation>場所の詳細（任意）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="268"/>
        <source>Planned (not made yet)</source>
        <translation>予定（まだ訪問していない）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="276"/>
        <source>State of the person and the family (hikikomori)</source>
        <translation>本人・家族の状態（ひきこもり）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="279"/>
        <source>Withdrawn for (months)</source>
        <translation>ひきこもり期間（か月）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="279"/>
        <source>Going out</source>
        <translation>外出の状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="279"/>
        <source>Notes</source>
        <translation>様子</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="281"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="281"/>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="315"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="316"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="317"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="318"/>
        <source>Date</source>
        <translation>訪問日</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="319"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="321"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="322"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="323"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="324"/>
        <source>Staff who went</source>
        <translation>訪問した職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="325"/>
        <source>Agencies along</source>
        <translation>同行した関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="326"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="328"/>
        <source>Next visit</source>
        <translation>次回訪問日</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="405"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM で入力してください</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/visit_dialog.py" line="411"/>
        <source>Choose the agency from the directory</source>
        <translation>関係機関は一覧から選んでください</translation>
    </message>
</context>
</TS>
