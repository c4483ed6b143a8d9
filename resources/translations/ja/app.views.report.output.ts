<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../../app/views/report/output.py" line="81" />
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="88" />
        <source>Annual report</source>
        <translation>事業報告書</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="92" />
        <source>Annual report FY%1.pdf</source>
        <translation>%1年度 事業報告書.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="96" />
        <location filename="../../../app/views/report/output.py" line="120" />
        <source>The PDF could not be made: %1</source>
        <translation>PDFを作成できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="111" />
        <source>The annual report was made: %1 pages.</source>
        <translation>事業報告書を作成しました（%1ページ）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="116" />
        <source>Making the PDF was cancelled.</source>
        <translation>PDFの作成を中止しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="133" />
        <source>Save tables as Excel</source>
        <translation>表をExcelに保存</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="142" />
        <source>Annual report tables FY%1</source>
        <translation>%1年度 事業報告書の表</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="151" />
        <source>Saved %1 tables in %2.</source>
        <translation>%1件の表を「%2」に保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="156" />
        <source>The tables could not be saved: %1</source>
        <translation>表を保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="157" />
        <source>Saving the tables was cancelled.</source>
        <translation>表の保存を中止しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/output.py" line="190" />
        <source>Folder for the tables</source>
        <translation>表を保存するフォルダー</translation>
    </message>
</context>
</TS>
