<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ContactQuickAdd</name>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="81"/>
        <source>What was talked about (Ctrl+Enter saves)</source>
        <translation>相談の内容（Ctrl+Enterで記録）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="83"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>記録（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="106"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="107"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="108"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="109"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="110"/>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="114"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="115"/>
        <source>Next action</source>
        <translation>次回の対応</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/contact_form.py" line="190"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM で入力してください</translation>
    </message>
</context>
</TS>
