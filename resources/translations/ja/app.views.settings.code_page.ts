<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CodeEditDialog</name>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="59"/>
        <source>Add code</source>
        <translation>コードの追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="59"/>
        <source>Rename code</source>
        <translation>コードの名称変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="62"/>
        <source>optional, for narrow tables</source>
        <translation>省略可（狭い表で使う短い名前）</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="66"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="68"/>
        <source>&amp;Short name</source>
        <translation>略称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="70"/>
        <source>&amp;Group</source>
        <translation>上位分類(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="106"/>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="107"/>
        <source>Records</source>
        <translation>使用件数</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="108"/>
        <source>Origin</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="109"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="113"/>
        <source>&amp;New…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="114"/>
        <source>Rena&amp;me…</source>
        <translation>名称変更(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="115"/>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="116"/>
        <source>Re&amp;instate</source>
        <translation>再開(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="117"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="133"/>
        <source>Code tables</source>
        <translation>コード表</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="119"/>
        <source>&amp;List</source>
        <translation>分類(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="136"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="136"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="140"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="141"/>
        <source>Retired %1</source>
        <translation>廃止 %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="212"/>
        <source>The statistics count this list by its standard codes: codes can be renamed but not added.</source>
        <translation>この分類は集計が標準のコードで数えるため、名称の変更だけができます（追加はできません）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="214"/>
        <source>A code that records use cannot be deleted: retire it, and it is no longer offered.</source>
        <translation>記録で使われているコードは削除できません。廃止すると、新しい記録では選べなくなります。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="190"/>
        <source>Retired “%1”.</source>
        <translation>「%1」を廃止しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="195"/>
        <source>Reinstated “%1”.</source>
        <translation>「%1」を再開しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="202"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>「%1」を削除しますか？削除は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="204"/>
        <source>Delete code</source>
        <translation>コードの削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="203"/>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/code_page.py" line="221"/>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
</context>
</TS>
