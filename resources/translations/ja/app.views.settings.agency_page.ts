<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgencyEditDialog</name>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="40"/>
        <source>Add agency</source>
        <translation>関係機関の追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="40"/>
        <source>Edit agency</source>
        <translation>関係機関の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="43"/>
        <source>hiragana or katakana</source>
        <translation>ひらがな・カタカナ</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="54"/>
        <source>&amp;Name</source>
        <translation>機関名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="55"/>
        <source>&amp;Reading</source>
        <translation>ふりがな(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="56"/>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="57"/>
        <source>&amp;Department</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="58"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="59"/>
        <source>&amp;Contact person</source>
        <translation>担当者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="60"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="61"/>
        <source>No&amp;te</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="66"/>
        <source>(retired)</source>
        <translation>（廃止）</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="130"/>
        <source>Name, department or reading</source>
        <translation>機関名・部署・ふりがなで検索</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="131"/>
        <source>Show re&amp;tired agencies</source>
        <translation>廃止した機関も表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="135"/>
        <source>Name and department</source>
        <translation>機関名・部署</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="136"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="137"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="138"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="139"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="143"/>
        <source>&amp;New…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="144"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="145"/>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="146"/>
        <source>Re&amp;instate</source>
        <translation>再開(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="167"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="150"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="171"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="172"/>
        <source>Retired %1</source>
        <translation>廃止 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="214"/>
        <source>%1 agencies</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="192"/>
        <source>Retired %1.</source>
        <translation>「%1」を廃止しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="192"/>
        <source>Retired %1. Tick “Show retired agencies” to see it.</source>
        <translation>「%1」を廃止しました。「廃止した機関も表示」にチェックすると表示・再開できます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="199"/>
        <source>Reinstated %1.</source>
        <translation>「%1」を再開しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="223"/>
        <source>Saved %1.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
</context>
</TS>
