<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>StaffPickerDialog</name>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="31"/>
        <source>Who is using Yorisoi?</source>
        <translation>寄り添いを使う職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="34"/>
        <source>Register a new staff member</source>
        <translation>新しい職員を登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="42"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="43"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="44"/>
        <source>Family name reading</source>
        <translation>ふりがな（姓）</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="45"/>
        <source>Given name reading</source>
        <translation>ふりがな（名）</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="46"/>
        <source>Role</source>
        <translation>職種</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="54"/>
        <source>Choose yourself and press Enter:</source>
        <translation>ご自分を選んで Enter を押してください:</translation>
    </message>
    <message>
        <location filename="../../../app/views/staff_picker.py" line="85"/>
        <source>Choose a staff member, or register one.</source>
        <translation>職員を選ぶか、新しく登録してください。</translation>
    </message>
</context>
</TS>
