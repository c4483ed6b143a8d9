<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>menus</name>
    <message>
        <location filename="../../../app/views/menus.py" line="14"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="15"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="16"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="17"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="18"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="19"/>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="45"/>
        <source>Display &amp;language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="68"/>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../../app/views/menus.py" line="69"/>
        <source>The display language changes from the next start.</source>
        <translation>表示言語は次回の起動から切り替わります。</translation>
    </message>
</context>
</TS>
