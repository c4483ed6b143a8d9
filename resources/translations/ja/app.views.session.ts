<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Session</name>
    <message>
        <location filename="../../../app/views/session.py" line="61" />
        <source>Yorisoi is locked.
Sign in again to go on; nothing you typed is lost.</source>
        <translation>寄り添いはロックされています。
もう一度ログインすると続けられます。入力中の内容はそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="62" />
        <source>Yorisoi (locked)</source>
        <translation>寄り添い（ロック中）</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="116" />
        <source>The screen now locks after %1 minutes without input.</source>
        <translation>操作がないまま %1 分たつと画面をロックします。</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="122" />
        <source>Lock after</source>
        <translation>自動ロックまでの時間</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="123" />
        <source>Lock the screen after this many minutes without input (%1–%2):</source>
        <translation>操作がないまま何分たったら画面をロックしますか（%1〜%2分）:</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="138" />
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/session.py" line="151" />
        <source>Audit log</source>
        <translation>操作記録</translation>
    </message>
</context>
</TS>