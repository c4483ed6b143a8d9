<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="114"/>
        <source>&amp;1 Visits</source>
        <translation>&amp;1 訪問記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="115"/>
        <source>&amp;2 Liaison with agencies</source>
        <translation>&amp;2 関係機関との連携</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="116"/>
        <source>&amp;3 Disaster support activities</source>
        <translation>&amp;3 被災者支援の活動</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="124"/>
        <source>&amp;New visit (Ctrl+Shift+V)</source>
        <translation>訪問を記録(&amp;N)（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="125"/>
        <source>Print liaison table (Ctrl+P)</source>
        <translation>連携内容を印刷（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="126"/>
        <source>Print visit list</source>
        <translation>訪問記録一覧を印刷</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="134"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="134"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="135"/>
        <location filename="../../../app/views/visits/tab.py" line="167"/>
        <location filename="../../../app/views/visits/tab.py" line="193"/>
        <location filename="../../../app/views/visits/tab.py" line="228"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="135"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="136"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="136"/>
        <source>Made / planned</source>
        <translation>実施・予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="164"/>
        <source>Planned visits (next %1 days, and overdue)</source>
        <translation>予定の訪問（%1日以内と期限切れ）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="167"/>
        <location filename="../../../app/views/visits/tab.py" line="227"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="167"/>
        <location filename="../../../app/views/visits/tab.py" line="228"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="171"/>
        <source>Record as made (Enter)</source>
        <translation>実施を記録（Enter）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="193"/>
        <source>Month / date</source>
        <translation>月・日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="193"/>
        <location filename="../../../app/views/visits/tab.py" line="228"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="193"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="193"/>
        <location filename="../../../app/views/visits/tab.py" line="227"/>
        <source>Case no.</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="208"/>
        <source>Activities in the fiscal year</source>
        <translation>年度の活動件数</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="217"/>
        <source>+1 today</source>
        <translation>今日 +1</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="218"/>
        <source>Record one activity of this kind today</source>
        <translation>この種類の活動を今日の日付で1件記録します</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="226"/>
        <source>Record activity… (Ctrl+Shift+D)</source>
        <translation>活動を記録…（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="227"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="229"/>
        <source>Note</source>
        <translation>内容・備考</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="300"/>
        <source>FY%1 (%2)</source>
        <translation>%1年度（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="303"/>
        <source>%1 (former)</source>
        <translation>%1（退職）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="306"/>
        <source>Made</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="306"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="318"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="328"/>
        <source>All months</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="367"/>
        <source>%1 visits</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="370"/>
        <source>Visits</source>
        <translation>訪問記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="398"/>
        <source>Overdue: not yet recorded as made</source>
        <translation>期限切れ：まだ実施の記録がありません</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="414"/>
        <source>%1 (%2)</source>
        <translation>%1（%2件）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="423"/>
        <source>%1: joint visits and liaison with agencies of the outreach programme, %2 in all (Ctrl+P prints)</source>
        <translation>%1&#x3000;アウトリーチ事業の関係機関との同行訪問・連携&#x3000;計%2件（Ctrl+P で印刷）</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="436"/>
        <source>%1 times</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="474"/>
        <source>The visit was recorded.</source>
        <translation>訪問を記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="481"/>
        <source>The visit was saved.</source>
        <translation>訪問記録を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="488"/>
        <source>The visit was recorded as made.</source>
        <translation>予定の訪問を実施済みとして記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="495"/>
        <source>Delete visit</source>
        <translation>訪問記録の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="496"/>
        <source>Delete this visit?
%1</source>
        <translation>この訪問記録を削除しますか？
%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="504"/>
        <source>The visit was deleted.</source>
        <translation>訪問記録を削除しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="509"/>
        <location filename="../../../app/views/visits/tab.py" line="519"/>
        <source>The activity was recorded.</source>
        <translation>活動を記録しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="526"/>
        <source>Delete activity</source>
        <translation>活動の削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="526"/>
        <source>Delete this activity?</source>
        <translation>この活動の記録を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="540"/>
        <source>Liaison with agencies</source>
        <translation>関係機関との連携内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="551"/>
        <source>Liaison with agencies FY%1.pdf</source>
        <translation>関係機関との連携内容 %1年度.pdf</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="557"/>
        <source>Visit list</source>
        <translation>訪問記録一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="564"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../app/views/visits/tab.py" line="573"/>
        <source>Visit list %1.pdf</source>
        <translation>訪問記録一覧 %1.pdf</translation>
    </message>
</context>
</TS>
