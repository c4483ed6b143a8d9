<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="62"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="64"/>
        <source>&amp;Copy from the previous year…</source>
        <translation>前年度から写す(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="81"/>
        <location filename="../../../app/views/settings/organisation_page.py" line="118"/>
        <location filename="../../../app/views/settings/organisation_page.py" line="148"/>
        <location filename="../../../app/views/settings/organisation_page.py" line="188"/>
        <location filename="../../../app/views/settings/organisation_page.py" line="204"/>
        <source>Corporation and centre</source>
        <translation>法人・センター</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="82"/>
        <source>Printed on the first page of the annual report of the fiscal year.</source>
        <translation>その年度の事業報告書の最初のページに印刷されます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="83"/>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="89"/>
        <source>Co&amp;rporation</source>
        <translation>法人名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="90"/>
        <source>&amp;Division</source>
        <translation>部署名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="91"/>
        <source>Ce&amp;ntre name</source>
        <translation>センター名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="92"/>
        <source>&amp;Address</source>
        <translation>所在地(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="93"/>
        <source>Division &amp;goals</source>
        <translation>部署の目標(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="122"/>
        <source>FY%1 (%2)</source>
        <translation>%1年度（%2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="178"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>保存していません。赤字の項目を直してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="182"/>
        <source>Not saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="183"/>
        <source>%1

Show the saved profile instead? What you entered is discarded.</source>
        <translation>%1

保存済みの内容を表示しますか？入力中の内容は破棄されます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="184"/>
        <source>Saved elsewhere</source>
        <translation>別の場所で保存されています</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="193"/>
        <source>Saved the profile of %1.</source>
        <translation>%1の法人・センター情報を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="206"/>
        <source>Copy from the previous year</source>
        <translation>前年度から写す</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="208"/>
        <source>No earlier fiscal year has a saved profile.</source>
        <translation>これより前の年度に保存された法人・センター情報がありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="211"/>
        <source>Replace what the form shows with the profile of %1?</source>
        <translation>入力欄の内容を%1の内容で置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="217"/>
        <source>Copied from %1. Check it and save with Ctrl+S.</source>
        <translation>%1の内容を写しました。確かめてから保存してください（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="224"/>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="240"/>
        <location filename="../../../app/views/settings/organisation_page.py" line="255"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="242"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="244"/>
        <source>Nothing saved for this year yet</source>
        <translation>この年度はまだ保存されていません</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/organisation_page.py" line="256"/>
        <source>Discard the unsaved changes of %1?</source>
        <translation>%1の保存していない変更を破棄しますか？</translation>
    </message>
</context>
</TS>
