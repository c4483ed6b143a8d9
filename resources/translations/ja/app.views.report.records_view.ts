<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FigureRecordsView</name>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="91" />
        <location filename="../../../app/views/report/records_view.py" line="147" />
        <source>Choose a figure and press Enter to list the records behind it.</source>
        <translation>集計項目を選んで Enter を押すと、その数の元になった記録が表示されます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="96" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="96" />
        <source>Case no.</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="96" />
        <source>Person</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="96" />
        <source>What</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="111" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 前へ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="112" />
        <source>Ne&amp;xt &gt;</source>
        <translation>次へ(&amp;X) &gt;</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="117" />
        <source>Enter opens the case; Esc goes back to the figures.</source>
        <translation>Enter でケースを開きます。Esc で集計表に戻ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="140" />
        <source>Records behind “%1” (%2)</source>
        <translation>「%1」の元になった記録（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="186" />
        <source>This record belongs to no case.</source>
        <translation>この記録にはケースがありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="195" />
        <source>%1 %2 yen</source>
        <translation>%1 %2円</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="200" />
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="207" />
        <source>No records.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="209" />
        <source>Records %1–%2</source>
        <translation>%1～%2件目</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/records_view.py" line="212" />
        <source> (more follow)</source>
        <translation>（続きがあります）</translation>
    </message>
</context>
</TS>
