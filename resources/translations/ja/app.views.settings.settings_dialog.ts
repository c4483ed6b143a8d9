<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="73" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="79" />
        <source>Staff members</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="80" />
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="81" />
        <source>Code tables</source>
        <translation>コード表</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="82" />
        <source>Corporation and centre</source>
        <translation>法人・センター</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="85" />
        <source>Budget sheet templates</source>
        <translation>家計表のひな形</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="118" />
        <source>Read-only access: nothing can be changed here.</source>
        <translation>閲覧の権限のため、ここでは何も変更できません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="124" />
        <source>Only an administrator can change this.</source>
        <translation>管理者だけが変更できます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="160" />
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../../../app/views/settings/settings_dialog.py" line="161" />
        <source>The corporation and centre page has unsaved changes. Close without saving?</source>
        <translation>「法人・センター」に保存していない変更があります。保存せずに閉じますか？</translation>
    </message>
</context>
</TS>