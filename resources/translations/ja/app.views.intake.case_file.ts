<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="165"/>
        <source>Contact</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="166"/>
        <source>Referral</source>
        <translation>つなぎ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="167"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="168"/>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="169"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="170"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="171"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="172"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="173"/>
        <source>Food support</source>
        <translation>食糧支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="174"/>
        <source>Housing support</source>
        <translation>居住支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="178"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="178"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="178"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="178"/>
        <source>Staff</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="183"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="184"/>
        <source>Contacts</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="185"/>
        <source>Referrals</source>
        <translation>つなぎ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="186"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="187"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="188"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="189"/>
        <source>Visits</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="190"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="206"/>
        <source>New contact (Ctrl+Shift+N)</source>
        <translation>支援経過の記録（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="214"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="218"/>
        <source>Back (Esc)</source>
        <translation>戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="227"/>
        <source>Change &amp;status…</source>
        <translation>支援状況を変更(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="231"/>
        <source>Record &amp;evaluation…</source>
        <translation>評価を記録(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="267"/>
        <location filename="../../../app/views/intake/case_file.py" line="291"/>
        <source>Case file</source>
        <translation>ケースファイル</translation>
    </message>
</context>
</TS>
