<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="86"/>
        <source>&amp;New intake (Ctrl+N)</source>
        <translation>新規受付(&amp;N)（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="103"/>
        <source>Back to the list (Esc)</source>
        <translation>一覧に戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="105"/>
        <source>New intake</source>
        <translation>新規受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="192"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="192"/>
        <source>This case has no plan yet.</source>
        <translation>このケースにはまだプランがありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="228"/>
        <source>Saved: case %1 (%2)</source>
        <translation>保存しました: ケース %1（%2）</translation>
    </message>
</context>
</TS>
