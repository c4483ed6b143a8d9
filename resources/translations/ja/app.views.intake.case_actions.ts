<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="55"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="69"/>
        <location filename="../../../app/views/intake/case_actions.py" line="106"/>
        <source>Case file</source>
        <translation>ケースファイル</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="75"/>
        <source>The status was changed.</source>
        <translation>支援状況を変更しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="83"/>
        <source>Evaluate which programme?</source>
        <translation>どの事業の評価を記録しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="90"/>
        <source>The evaluation was recorded.</source>
        <translation>評価を記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="114"/>
        <source>The contact was corrected.</source>
        <translation>支援経過を修正しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="118"/>
        <source>The plan was saved.</source>
        <translation>プランを保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="124"/>
        <source>The referral was saved.</source>
        <translation>つなぎを保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="128"/>
        <source>The employment outcome was saved.</source>
        <translation>就労の成果を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_actions.py" line="132"/>
        <source>The use of another programme was saved.</source>
        <translation>他事業の利用を保存しました。</translation>
    </message>
</context>
</TS>
