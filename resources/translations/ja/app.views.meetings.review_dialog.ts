<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="98"/>
        <source>Cases reviewed</source>
        <translation>検討ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="123"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="123"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="123"/>
        <location filename="../../../app/views/meetings/review_dialog.py" line="145"/>
        <source>Review</source>
        <translation>検討の種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="123"/>
        <location filename="../../../app/views/meetings/review_dialog.py" line="206"/>
        <source>Decision</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="124"/>
        <source>Next monitoring</source>
        <translation>次回モニタリング</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="139"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="143"/>
        <source>Add a case:</source>
        <translation>ケースを追加：</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="161"/>
        <source>%1 (%2)</source>
        <translation>%1（%2件）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="167"/>
        <source>Other cases</source>
        <translation>その他のケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="172"/>
        <source>Nothing on the agenda: add the cases below.</source>
        <translation>議題に上がっているケースはありません。下で追加してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="196"/>
        <source>Recorded at this meeting</source>
        <translation>この会議で検討した</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="208"/>
        <source>e.g. R5.9.26</source>
        <translation>例 R5.9.26</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="243"/>
        <source>Choose a case first: type a name or case number and press Enter</source>
        <translation>先にケースを選んでください（氏名・ふりがな・ケース番号を入れて Enter）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/review_dialog.py" line="278"/>
        <source>Correct the dates marked in red</source>
        <translation>赤で示した日付を直してください</translation>
    </message>
</context>
</TS>
