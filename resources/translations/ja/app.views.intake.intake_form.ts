<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="68"/>
        <source>A person with the same details is already registered. Is this the same person?</source>
        <translation>同じ方が既に登録されているかもしれません。同じ方ですか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="73"/>
        <source>Take the intake for this person</source>
        <translation>この方で受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="95"/>
        <source>same reading and birth date</source>
        <translation>ふりがなと生年月日が同じ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="95"/>
        <source>same phone number</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="97"/>
        <source>born %1</source>
        <translation>%1生</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="145"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="238"/>
        <source>Unsaved intake</source>
        <translation>保存されていない受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="239"/>
        <source>There is an intake draft from last time that was not saved. Restore it?</source>
        <translation>前回保存されていない受付の下書きがあります。復元しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="259"/>
        <source>The draft could not be written: %1</source>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="282"/>
        <source>The intake could not be saved</source>
        <translation>受付を保存できません</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="286"/>
        <source>Saved: case %1, person %2.</source>
        <translation>保存しました（ケース番号 %1、相談者番号 %2）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="310"/>
        <source>The draft could not be removed: %1</source>
        <translation>下書きを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="343"/>
        <source>Intake for the registered person %1 %2</source>
        <translation>登録済みの相談者 %1 %2 さんで受付します</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_form.py" line="386"/>
        <source>%1 input errors: please correct the fields marked in red.</source>
        <translation>%1件の入力エラーがあります。赤い枠の項目を直してください。</translation>
    </message>
</context>
</TS>
