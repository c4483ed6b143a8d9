<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FigureTableModel</name>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="106" />
        <source>Figure</source>
        <translation>集計項目</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="111" />
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="108" />
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="107" />
        <source>Value</source>
        <translation>実績値</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="109" />
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="110" />
        <source>Achievement</source>
        <translation>達成</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="176" />
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="176" />
        <source>Not achieved</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="180" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="180" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../../app/qt/figure_table_model.py" line="187" />
        <source>Enter or double click: the records behind this figure</source>
        <translation>Enter またはダブルクリック：この数の元になった記録</translation>
    </message>
</context>
</TS>
