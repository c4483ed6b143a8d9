<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="59"/>
        <source>Edit contact</source>
        <translation>支援経過の修正</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="81"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="82"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="83"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="84"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="85"/>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="86"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="87"/>
        <source>Next action</source>
        <translation>次回の対応</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="96"/>
        <source>Enter the time as HH:MM</source>
        <translation>時刻は HH:MM の形で入力してください</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="216"/>
        <source>Edit employment outcome</source>
        <translation>就労の成果の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="216"/>
        <source>Record employment outcome</source>
        <translation>就労の成果を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="217"/>
        <source>Employed</source>
        <translation>就職</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="217"/>
        <source>Income increased</source>
        <translation>増収</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="226"/>
        <source>e.g. 30000 / 3万</source>
        <translation>例: 30000 / 3万</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="228"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="229"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="230"/>
        <source>Employer</source>
        <translation>就職先</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="231"/>
        <source>Type of employment</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="232"/>
        <source>Found through</source>
        <translation>就職の経路</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="233"/>
        <source>Monthly increase (yen)</source>
        <translation>増収額（月額・円）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="234"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="138"/>
        <source>Edit referral</source>
        <translation>つなぎの編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="138"/>
        <source>Record referral</source>
        <translation>つなぎを記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="140"/>
        <source>From an agency (received)</source>
        <translation>関係機関から（受）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="140"/>
        <source>To an agency (sent)</source>
        <translation>関係機関へ（送）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="150"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="151"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="152"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="153"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="154"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="155"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="180"/>
        <source>Choose the agency from the directory</source>
        <translation>関係機関を一覧から選んでください</translation>
    </message>
</context>
<context>
    <name>ServiceUseDialog</name>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="307"/>
        <source>Edit use of another programme</source>
        <translation>他事業の利用の編集</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="307"/>
        <source>Record use of another programme</source>
        <translation>他事業の利用を記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="316"/>
        <source>Programme used</source>
        <translation>利用する事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="317"/>
        <source>Started</source>
        <translation>利用開始日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="318"/>
        <source>Ended</source>
        <translation>利用終了日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="319"/>
        <source>Agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="320"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/record_dialogs.py" line="342"/>
        <source>Choose the agency from the directory, or leave it blank</source>
        <translation>関係機関は一覧から選ぶか、空欄にしてください</translation>
    </message>
</context>
</TS>
