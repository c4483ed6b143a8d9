<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="144"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="145"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="146"/>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="147"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="148"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="149"/>
        <source>Open in system &amp;viewer</source>
        <translation>システムのビューアで開く(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="150"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="151"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="152"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="259"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="294"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="307"/>
        <location filename="../../../app/views/pdf_preview.py" line="324"/>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="307"/>
        <source>Could not save the file: {error}</source>
        <translation>ファイルを保存できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="315"/>
        <source>No program to open PDF files was found on this computer.</source>
        <translation>このパソコンにはPDFを開くプログラムが見つかりません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="324"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="338"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../../app/views/pdf_preview.py" line="347"/>
        <source>Page {current} / {total}</source>
        <translation>{current} / {total} ページ</translation>
    </message>
</context>
</TS>
