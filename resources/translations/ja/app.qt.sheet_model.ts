<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>SheetTableModel</name>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="220"/>
        <source>%1 / %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="292"/>
        <source>Edit %1</source>
        <translation>%1の入力</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="316"/>
        <source>Nothing was pasted. %1</source>
        <translation>貼り付けを中止しました。%1</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="318"/>
        <source>%1 (and %2 more)</source>
        <translation>%1（ほか%2件）</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="321"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="328"/>
        <source>Pasted %1 cells; %2 skipped (outside the sheet or not editable).</source>
        <translation>%1セルを貼り付けました。シートの外または編集できない%2セルは飛ばしました。</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="330"/>
        <source>Pasted %1 cells.</source>
        <translation>%1セルを貼り付けました。</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="340"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../../app/qt/sheet_model.py" line="372"/>
        <source>Could not undo or redo: %1</source>
        <translation>元に戻す／やり直しができませんでした: %1</translation>
    </message>
</context>
</TS>
