<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="38" />
        <source>Add staff member</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="38" />
        <source>Edit staff member</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="44" />
        <source>hiragana or katakana</source>
        <translation>ひらがな・カタカナ</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="47" />
        <source>e.g. certified social worker, career consultant</source>
        <translation>例：社会福祉士、キャリアコンサルタント</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="49" />
        <source>&amp;Family name</source>
        <translation>氏名（姓）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="50" />
        <source>&amp;Given name</source>
        <translation>氏名（名）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="51" />
        <source>Family name &amp;reading</source>
        <translation>ふりがな（姓）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="52" />
        <source>Given name r&amp;eading</source>
        <translation>ふりがな（名）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="53" />
        <source>R&amp;ole</source>
        <translation>職種(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="54" />
        <source>&amp;Qualifications</source>
        <translation>資格(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="59" />
        <source>(retired)</source>
        <translation>（廃止）</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="114" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="115" />
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="116" />
        <source>Role</source>
        <translation>職種</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="117" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="120" />
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="122" />
        <source>&amp;New…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="123" />
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="124" />
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="125" />
        <source>Re&amp;activate</source>
        <translation>有効に戻す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="126" />
        <source>&amp;Login…</source>
        <translation>ログイン設定(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="144" />
        <source>Staff members</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="129" />
        <source>Deactivate a member who has left: they stay in past records but are no longer offered for new ones.</source>
        <translation>退職・異動した職員は「無効にする」で外します。これまでの記録には残り、新しい記録では選べなくなります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="147" />
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="147" />
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="177" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="179" />
        <source> – initial password</source>
        <translation>・初期パスワード</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="185" />
        <source>%1 is now inactive.</source>
        <translation>「%1」を無効にしました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="185" />
        <source>%1 is active again.</source>
        <translation>「%1」を有効に戻しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/staff_page.py" line="196" />
        <source>Saved %1.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
</context>
</TS>