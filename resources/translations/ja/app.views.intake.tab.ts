<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="83"/>
        <source>&amp;New intake (Ctrl+N)</source>
        <translation>新規受付(&amp;N)（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="100"/>
        <source>Back to the list (Esc)</source>
        <translation>一覧に戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="102"/>
        <source>New intake</source>
        <translation>新規受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/tab.py" line="203"/>
        <source>Saved: case %1 (%2)</source>
        <translation>保存しました: ケース %1（%2）</translation>
    </message>
</context>
</TS>
