<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="79"/>
        <source>Edit recurring meeting</source>
        <translation>繰り返しの会議の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="79"/>
        <source>New recurring meeting</source>
        <translation>繰り返しの会議の登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="102"/>
        <source>Every month on day</source>
        <translation>毎月○日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="103"/>
        <source>Every month on the nth weekday</source>
        <translation>毎月第○○曜日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="107"/>
        <source> th</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="119"/>
        <source>Blank: no end</source>
        <translation>空欄なら終了日なし</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="122"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="139"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="140"/>
        <source>Title</source>
        <translation>会議名</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="141"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="142"/>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="144"/>
        <source>On a holiday</source>
        <translation>休日のとき</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="146"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="147"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="148"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="150"/>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="151"/>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="199"/>
        <source>Enter the first day to see the dates</source>
        <translation>開始日を入れると日程が表示されます</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="205"/>
        <source>closed</source>
        <translation>閉所日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="206"/>
        <source>moved from %1 (%2)</source>
        <translation>%1（%2）から移動</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/series_dialog.py" line="241"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM で入力してください</translation>
    </message>
</context>
</TS>
