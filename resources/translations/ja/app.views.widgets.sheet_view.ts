<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="215"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="216"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="217"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="218"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="219"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="220"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="248"/>
        <source>Copied %1 × %2 cells.</source>
        <translation>%1行×%2列をコピーしました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/widgets/sheet_view.py" line="350"/>
        <source>This cell cannot be edited.</source>
        <translation>このセルは入力できません。</translation>
    </message>
</context>
</TS>
