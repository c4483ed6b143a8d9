<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="56"/>
        <source>Edit training</source>
        <translation>研修の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="56"/>
        <source>Record training</source>
        <translation>研修の記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="64"/>
        <source>Last day (several days)</source>
        <translation>最終日（複数日のとき）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="68"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="71"/>
        <source>Other participants, separated by 、</source>
        <translation>その他の参加者（「、」で区切る）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="83"/>
        <source>Name</source>
        <translation>研修名</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="85"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="87"/>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="88"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="89"/>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="90"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="92"/>
        <source>Content</source>
        <translation>研修内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="93"/>
        <source>Attended</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/training_dialog.py" line="114"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM で入力してください</translation>
    </message>
</context>
</TS>
