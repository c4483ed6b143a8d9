<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>NarrativesPage</name>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="96" />
        <source>Heading (printed above the text)</source>
        <translation>見出し（本文の上に印刷）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="106" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="107" />
        <location filename="../../../app/views/report/narratives_page.py" line="299" />
        <source>Delete section</source>
        <translation>この項目を削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="118" />
        <source>Filter figures</source>
        <translation>集計項目を絞り込む</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="122" />
        <source>Figure</source>
        <translation>集計項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="122" />
        <source>Value</source>
        <translation>実績値</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="136" />
        <source>&amp;Text — {key} prints the figure</source>
        <translation>本文(&amp;T)　― {キー} の所に集計値が入ります</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="138" />
        <source>Preview (as printed)</source>
        <translation>プレビュー（印刷される文章）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="134" />
        <source>Hea&amp;ding</source>
        <translation>見出し(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="139" />
        <source>Fig&amp;ures — Enter inserts, Shift+Enter inserts the target</source>
        <translation>集計項目(&amp;U)　― Enter で差し込み、Shift+Enter で目標値を差し込み</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="142" />
        <source>Figures are filled in from the ledger when the report is printed.</source>
        <translation>数値は印刷のときに台帳から計算して入ります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="227" />
        <source>Narratives</source>
        <translation>報告書の文章</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="280" />
        <location filename="../../../app/views/report/narratives_page.py" line="285" />
        <source>Not saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="289" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="290" />
        <source>The section was saved.</source>
        <translation>報告書の文章を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="298" />
        <source>Delete the section “%1”?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="309" />
        <source>The section was deleted.</source>
        <translation>報告書の文章を削除しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="362" />
        <location filename="../../../app/views/report/narratives_page.py" line="399" />
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="363" />
        <source>Activities %1</source>
        <translation>具体的な内容 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="364" />
        <source>Goals %1</source>
        <translation>事業目標 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="367" />
        <source>Division's work %1</source>
        <translation>事業展開 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="370" />
        <source>+ New: %1</source>
        <translation>＋ 新規：%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="370" />
        <source>%1 (not written)</source>
        <translation>%1（未記入）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="389" />
        <location filename="../../../app/views/report/narratives_page.py" line="415" />
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="389" />
        <source>Discard the changes to this section?</source>
        <translation>この項目の変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/narratives_page.py" line="417" />
        <source>Not written yet</source>
        <translation>まだ書かれていません</translation>
    </message>
</context>
</TS>
