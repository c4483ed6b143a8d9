<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/views/main_window.py" line="41"/>
        <source>Yorisoi — %1</source>
        <translation>寄り添い — %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="52"/>
        <source>Ledger (server): %1</source>
        <translation>台帳（サーバー）: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="52"/>
        <source>Ledger (file): %1</source>
        <translation>台帳（ファイル）: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="55"/>
        <source>Staff: %1</source>
        <translation>職員: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="55"/>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="64"/>
        <source>Intake</source>
        <translation>相談受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="65"/>
        <source>Household budget</source>
        <translation>家計</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="66"/>
        <source>Visits</source>
        <translation>訪問記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="67"/>
        <source>Meetings</source>
        <translation>会議予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="68"/>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="72"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="77"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="81"/>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="85"/>
        <source>A server ledger is backed up on the server.</source>
        <translation>サーバーの台帳のバックアップはサーバーで行います。</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="92"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="93"/>
        <source>&amp;About Yorisoi</source>
        <translation>寄り添いについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="99"/>
        <source>%1 (Yorisoi) version %2</source>
        <translation>%1（Yorisoi）バージョン %2</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="101"/>
        <source>Ledger: %1</source>
        <translation>台帳: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="103"/>
        <source>Japanese fonts: IPAex fonts, IPA Font License Agreement v1.0.</source>
        <translation>日本語フォント: IPAexフォント（IPAフォントライセンスv1.0）</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="107"/>
        <source>About Yorisoi</source>
        <translation>寄り添いについて</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="112"/>
        <source>The ledger was updated on another PC (%1).</source>
        <translation>他の端末で台帳が更新されました（%1）。</translation>
    </message>
</context>
</TS>
