<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgencyEditDialog</name>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="63"/>
        <source>Add agency</source>
        <translation>関係機関の追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="63"/>
        <source>Edit agency</source>
        <translation>関係機関の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="66"/>
        <source>hiragana or katakana</source>
        <translation>ひらがな・カタカナ</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="77"/>
        <source>&amp;Name</source>
        <translation>機関名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="78"/>
        <source>&amp;Reading</source>
        <translation>ふりがな(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="79"/>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="80"/>
        <source>&amp;Department</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="81"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="82"/>
        <source>&amp;Contact person</source>
        <translation>担当者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="83"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="84"/>
        <source>No&amp;te</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="100"/>
        <source>(retired)</source>
        <translation>（廃止）</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="181"/>
        <source>Name, department or reading</source>
        <translation>機関名・部署・ふりがなで検索</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="182"/>
        <source>Show re&amp;tired agencies</source>
        <translation>廃止した機関も表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="185"/>
        <source>Name and department</source>
        <translation>機関名・部署</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="186"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="187"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="188"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="189"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="196"/>
        <source>&amp;New…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="197"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="198"/>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="199"/>
        <source>Re&amp;instate</source>
        <translation>再開(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="209"/>
        <location filename="../../../app/views/settings/agency_page.py" line="218"/>
        <location filename="../../../app/views/settings/agency_page.py" line="266"/>
        <location filename="../../../app/views/settings/agency_page.py" line="309"/>
        <location filename="../../../app/views/settings/agency_page.py" line="322"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="220"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="243"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="244"/>
        <source>Retired %1</source>
        <translation>廃止 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="269"/>
        <source>%1 agencies</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="292"/>
        <source>Retired %1.</source>
        <translation>「%1」を廃止しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="292"/>
        <source>Retired %1. Tick “Show retired agencies” to see it.</source>
        <translation>「%1」を廃止しました。「廃止した機関も表示」にチェックすると表示・再開できます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="301"/>
        <source>Reinstated %1.</source>
        <translation>「%1」を再開しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/agency_page.py" line="339"/>
        <source>Saved %1.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
</context>
</TS>
