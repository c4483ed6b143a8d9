<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="84"/>
        <source>&amp;New intake (Ctrl+N)</source>
        <translation>新規受付(&amp;N)（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="101"/>
        <source>Back to the list (Esc)</source>
        <translation>一覧に戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="103"/>
        <source>New intake</source>
        <translation>新規受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="155"/>
        <source>The status was changed.</source>
        <translation>支援状況を変更しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="168"/>
        <source>The evaluation was recorded.</source>
        <translation>評価を記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="173"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="173"/>
        <source>Evaluate which programme?</source>
        <translation>どの事業の評価ですか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="204"/>
        <source>Saved: case %1 (%2)</source>
        <translation>保存しました: ケース %1（%2）</translation>
    </message>
</context>
</TS>
