<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="96"/>
        <source>Title or place</source>
        <translation>会議名・場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="126"/>
        <source>%1 meetings</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="134"/>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="134"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="135"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="135"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="136"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="151"/>
        <source>From today</source>
        <translation>今日以降</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="151"/>
        <source>The month shown</source>
        <translation>表示中の月</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="152"/>
        <source>The fiscal year shown</source>
        <translation>表示中の年度</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="152"/>
        <location filename="../../../app/views/meetings/pages.py" line="163"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="160"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="161"/>
        <source>All programmes</source>
        <translation>すべての事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="162"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="162"/>
        <source>Held</source>
        <translation>開催済</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="162"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>SeriesPage</name>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="226"/>
        <source>New recurring meeting… (Ctrl+Shift+N)</source>
        <translation>繰り返しの会議を登録…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="230"/>
        <source>Running</source>
        <translation>継続中</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="231"/>
        <source>Ended ones too</source>
        <translation>終了したものも</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="233"/>
        <source>Title</source>
        <translation>会議名</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="233"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="233"/>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="233"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="234"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="234"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="234"/>
        <source>Next</source>
        <translation>次回</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="292"/>
        <source>Record training… (Ctrl+T)</source>
        <translation>研修を記録…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="297"/>
        <source>FY%1 (%2)</source>
        <translation>%1年度（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="303"/>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="303"/>
        <source>Name</source>
        <translation>研修名</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="303"/>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="304"/>
        <source>Attended</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="304"/>
        <source>Content</source>
        <translation>研修内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="312"/>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="336"/>
        <source>%1: %2</source>
        <translation>%1名：%2</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/pages.py" line="340"/>
        <source>%1 trainings</source>
        <translation>%1件</translation>
    </message>
</context>
</TS>
