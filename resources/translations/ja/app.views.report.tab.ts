<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../../app/views/report/tab.py" line="112" />
        <source>Make &amp;PDF (Ctrl+P)</source>
        <translation>PDFを作成(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="113" />
        <source>Save tab&amp;les as Excel… (Ctrl+Shift+E)</source>
        <translation>表をExcelに保存(&amp;L)…（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="119" />
        <source>&amp;Cancel</source>
        <translation>中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="172" />
        <source>&amp;1 Figures</source>
        <translation>&amp;1 実績値</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="173" />
        <location filename="../../../app/views/report/tab.py" line="334" />
        <source>&amp;2 Checks</source>
        <translation>&amp;2 確認</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="174" />
        <source>&amp;3 Narratives</source>
        <translation>&amp;3 文章</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="175" />
        <source>&amp;4 Profile and targets</source>
        <translation>&amp;4 事業概要・目標値</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="176" />
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="234" />
        <location filename="../../../app/views/report/tab.py" line="417" />
        <source>FY%1 (%2)</source>
        <translation>%1年度（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="255" />
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="255" />
        <source>Discard the unsaved narrative and profile changes?</source>
        <translation>文章・事業概要の未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="319" />
        <source>%1: %2 figures; %3 of %4 targets achieved. Enter on a figure lists the records behind it.</source>
        <translation>%1：集計項目 %2件、目標値 %4件のうち %3件達成。集計項目で Enter を押すと元になった記録を表示します。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="334" />
        <source>&amp;2 Checks (%1)</source>
        <translation>&amp;2 確認（%1）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="378" />
        <source>Making the PDF of %1…</source>
        <translation>%1のPDFを作成しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="387" />
        <source>Saving the tables of %1…</source>
        <translation>%1の表を保存しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/tab.py" line="420" />
        <source>Report</source>
        <translation>報告書</translation>
    </message>
</context>
</TS>
