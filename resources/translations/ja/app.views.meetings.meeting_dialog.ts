<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="56"/>
        <source>Cancel meeting</source>
        <translation>会議の中止</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="57"/>
        <source>Reason for the cancellation (optional):</source>
        <translation>中止の理由（任意）：</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="119"/>
        <source>Edit meeting</source>
        <translation>会議の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="119"/>
        <source>New meeting</source>
        <translation>会議の登録</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="141"/>
        <source>Blank: the kind&apos;s name</source>
        <translation>空欄なら種類の名前</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="145"/>
        <source>Last day (several days)</source>
        <translation>最終日（複数日のとき）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="148"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="149"/>
        <source>Confidential (members only, art. 9)</source>
        <translation>構成員のみ閲覧（法第9条）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="156"/>
        <source>Record as &amp;held</source>
        <translation>開催済にする(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="157"/>
        <source>&amp;Cancel meeting…</source>
        <translation>中止にする(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="158"/>
        <source>Back to &amp;planned</source>
        <translation>予定に戻す(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="159"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="160"/>
        <source>Cases &amp;reviewed…</source>
        <translation>検討ケース(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="177"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="179"/>
        <source>Title</source>
        <translation>会議名</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="180"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="182"/>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="183"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="184"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="186"/>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="187"/>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="188"/>
        <source>Minutes</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="191"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="195"/>
        <source>Cases</source>
        <translation>検討ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="245"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="245"/>
        <source>Held</source>
        <translation>開催済</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="245"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="271"/>
        <source>Recurring: %1</source>
        <translation>繰り返し：%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="273"/>
        <source>(moved from %1)</source>
        <translation>（%1の回を移動）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="276"/>
        <source>Support council (art. 9): only its members see its content. You can change the date and time, cancel it or record it as held.</source>
        <translation>支援会議（法第9条）：内容は構成員（出席職員）だけが見られます。日時の変更・中止・開催済の記録はできます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="281"/>
        <source>Support council (members only)</source>
        <translation>支援会議（構成員のみ）</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="286"/>
        <source>No cases recorded yet</source>
        <translation>検討ケースの記録はまだありません</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="292"/>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="318"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM で入力してください</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="314"/>
        <source>The meeting was added.</source>
        <translation>会議を登録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="323"/>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="330"/>
        <source>The meeting was saved.</source>
        <translation>会議を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="330"/>
        <source>The meeting was moved.</source>
        <translation>会議を移動しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="350"/>
        <source>The meeting was recorded as held.</source>
        <translation>会議を開催済にしました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="362"/>
        <source>The meeting was cancelled.</source>
        <translation>会議を中止にしました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="369"/>
        <source>The meeting is planned again.</source>
        <translation>会議を予定に戻しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="373"/>
        <source>Delete meeting</source>
        <translation>会議の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="374"/>
        <source>Delete this meeting?</source>
        <translation>この会議を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/meetings/meeting_dialog.py" line="376"/>
        <source>The meeting was deleted.</source>
        <translation>会議を削除しました。</translation>
    </message>
</context>
</TS>
