<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="93"/>
        <source>&amp;1 Month</source>
        <translation>&amp;1 月間予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="98"/>
        <source>&amp;2 List</source>
        <translation>&amp;2 一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="99"/>
        <source>&amp;3 Recurring</source>
        <translation>&amp;3 繰り返しの会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="100"/>
        <source>&amp;4 Trainings</source>
        <translation>&amp;4 研修</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="112"/>
        <source>Previous month (PgUp)</source>
        <translation>前の月（PgUp）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="114"/>
        <source>Next month (PgDn)</source>
        <translation>次の月（PgDn）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="117"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="118"/>
        <source>Today (Home)</source>
        <translation>今日（Home）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="126"/>
        <source>&amp;New meeting (Ctrl+N)</source>
        <translation>会議を登録(&amp;N)（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="127"/>
        <source>Recurring… (Ctrl+Shift+N)</source>
        <translation>繰り返し…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="128"/>
        <source>Training… (Ctrl+T)</source>
        <translation>研修…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="129"/>
        <source>Cases reviewed (Ctrl+R)</source>
        <translation>検討ケース（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="130"/>
        <source>Print… (Ctrl+P)</source>
        <translation>印刷…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="131"/>
        <source>Export .ics (Ctrl+E)</source>
        <translation>.ics 書き出し（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="157"/>
        <source>Enter opens the meeting; Esc returns to the calendar</source>
        <translation>Enter で会議を開く／Esc でカレンダーに戻る</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="158"/>
        <source>Open (Enter)</source>
        <translation>開く（Enter）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="159"/>
        <source>New on this day</source>
        <translation>この日に登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="169"/>
        <source>Kinds this month</source>
        <translation>今月の会議の種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="241"/>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="261"/>
        <source>No meetings (Enter: new meeting)</source>
        <translation>予定なし（Enter で会議を登録）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="276"/>
        <source>moved from %1</source>
        <translation>%1から移動</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="392"/>
        <location filename="../../../app/views/meetings/tab.py" line="402"/>
        <source>Cases reviewed</source>
        <translation>検討ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="392"/>
        <source>Choose a coordination meeting first.</source>
        <translation>先に支援調整会議を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="400"/>
        <source>Cases are recorded at a coordination meeting or case conference that was not cancelled (a support council: by its members).</source>
        <translation>検討ケースは、中止していない支援調整会議・ケース会議で記録します（支援会議は構成員だけが記録できます）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="408"/>
        <source>The cases reviewed were saved.</source>
        <translation>検討ケースを保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="427"/>
        <source>Recurring meeting saved: %1 added, %2 changed, %3 removed, %4 kept as changed by hand.</source>
        <translation>繰り返しの会議を保存しました：%1件追加、%2件変更、%3件削除、%4件は個別に変更済みのためそのまま。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="438"/>
        <source>The training was recorded.</source>
        <translation>研修を記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="445"/>
        <source>The training was saved.</source>
        <translation>研修を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="450"/>
        <location filename="../../../app/views/meetings/tab.py" line="531"/>
        <source>Meetings</source>
        <translation>会議予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="455"/>
        <source>Agenda (next meeting)</source>
        <translation>議題（次回の会議）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="455"/>
        <source>Month calendar</source>
        <translation>月間予定表</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="456"/>
        <source>Annual activity plan (by programme)</source>
        <translation>年間活動計画（事業別）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="457"/>
        <source>What to print?</source>
        <translation>印刷するもの：</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="482"/>
        <source>Meeting agenda</source>
        <translation>会議次第・検討ケース一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="482"/>
        <source>There is no coordination meeting ahead.</source>
        <translation>これから開く支援調整会議がありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="492"/>
        <source>All programmes</source>
        <translation>すべての事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="493"/>
        <source>Which programme?</source>
        <translation>事業：</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="503"/>
        <source>Export which period?</source>
        <translation>書き出す期間：</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="504"/>
        <source>The month shown (%1)</source>
        <translation>表示中の月（%1）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="505"/>
        <source>The fiscal year shown (%1)</source>
        <translation>表示中の年度（%1）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="510"/>
        <source>Export calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/tab.py" line="515"/>
        <source>%1 meetings were written to %2.</source>
        <translation>%1件の予定を %2 に書き出しました。</translation>
    </message>
</context>
</TS>
