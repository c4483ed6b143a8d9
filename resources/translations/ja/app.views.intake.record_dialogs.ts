<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="144"/>
        <source>Edit employment outcome</source>
        <translation>就労の成果の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="144"/>
        <source>Record employment outcome</source>
        <translation>就労の成果を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="145"/>
        <source>Employed</source>
        <translation>就職</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="145"/>
        <source>Income increased</source>
        <translation>増収</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="154"/>
        <source>e.g. 30000 / 3万</source>
        <translation>例: 30000 / 3万</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="156"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="157"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="158"/>
        <source>Employer</source>
        <translation>就職先</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="159"/>
        <source>Type of employment</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="160"/>
        <source>Found through</source>
        <translation>就職の経路</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="161"/>
        <source>Monthly increase (yen)</source>
        <translation>増収額（月額・円）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="162"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="66"/>
        <source>Edit referral</source>
        <translation>つなぎの編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="66"/>
        <source>Record referral</source>
        <translation>つなぎを記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="68"/>
        <source>From an agency (received)</source>
        <translation>関係機関から（受）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="68"/>
        <source>To an agency (sent)</source>
        <translation>関係機関へ（送）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="78"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="79"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="80"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="81"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="82"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="83"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="108"/>
        <source>Choose the agency from the directory</source>
        <translation>関係機関を一覧から選んでください</translation>
    </message>
</context>
<context>
    <name>ServiceUseDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="235"/>
        <source>Edit use of another programme</source>
        <translation>他事業の利用の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="235"/>
        <source>Record use of another programme</source>
        <translation>他事業の利用を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="244"/>
        <source>Programme used</source>
        <translation>利用する事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="245"/>
        <source>Started</source>
        <translation>利用開始日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="246"/>
        <source>Ended</source>
        <translation>利用終了日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="247"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="248"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="270"/>
        <source>Choose the agency from the directory, or leave it blank</source>
        <translation>関係機関は一覧から選ぶか、空欄にしてください</translation>
    </message>
</context>
</TS>
