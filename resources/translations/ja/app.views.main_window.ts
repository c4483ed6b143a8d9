<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/views/main_window.py" line="45" />
        <source>Yorisoi — %1</source>
        <translation>寄り添い — %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="56" />
        <source>Ledger (server): %1</source>
        <translation>台帳（サーバー）: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="56" />
        <source>Ledger (file): %1</source>
        <translation>台帳（ファイル）: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="59" />
        <location filename="../../../app/views/main_window.py" line="69" />
        <source>Staff: %1</source>
        <translation>職員: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="59" />
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="76" />
        <source>Intake</source>
        <translation>相談受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="77" />
        <source>Household budget</source>
        <translation>家計</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="78" />
        <source>Visits</source>
        <translation>訪問記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="79" />
        <source>Meetings</source>
        <translation>会議予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="80" />
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="89" />
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="93" />
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="97" />
        <source>A server ledger is backed up on the server.</source>
        <translation>サーバーの台帳のバックアップはサーバーで行います。</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="99" />
        <source>&amp;Audit log…</source>
        <translation>操作記録(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="103" />
        <source>&amp;Lock the screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="108" />
        <source>Lock &amp;after…</source>
        <translation>自動ロックまでの時間(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="111" />
        <source>Change &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="121" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="122" />
        <source>&amp;About Yorisoi</source>
        <translation>寄り添いについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="128" />
        <source>%1 (Yorisoi) version %2</source>
        <translation>%1（Yorisoi）バージョン %2</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="130" />
        <source>Ledger: %1</source>
        <translation>台帳: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="132" />
        <source>Japanese fonts: IPAex fonts, IPA Font License Agreement v1.0.</source>
        <translation>日本語フォント: IPAexフォント（IPAフォントライセンスv1.0）</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="136" />
        <source>About Yorisoi</source>
        <translation>寄り添いについて</translation>
    </message>
    <message>
        <location filename="../../../app/views/main_window.py" line="141" />
        <source>The ledger was updated on another PC (%1).</source>
        <translation>他の端末で台帳が更新されました（%1）。</translation>
    </message>
</context>
</TS>