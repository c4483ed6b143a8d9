<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="169"/>
        <source>Contact</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="170"/>
        <source>Referral</source>
        <translation>つなぎ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="171"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="172"/>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="173"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="174"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="175"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="176"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="177"/>
        <source>Food support</source>
        <translation>食糧支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="178"/>
        <source>Housing support</source>
        <translation>居住支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="182"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="182"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="182"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="182"/>
        <source>Staff</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="187"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="188"/>
        <source>Contacts</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="189"/>
        <source>Referrals</source>
        <translation>つなぎ</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="190"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="191"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="192"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="193"/>
        <source>Visits</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="194"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="210"/>
        <source>New contact (Ctrl+Shift+N)</source>
        <translation>支援経過の記録（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="218"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="222"/>
        <source>Back (Esc)</source>
        <translation>戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="235"/>
        <source>Change &amp;status…</source>
        <translation>支援状況を変更(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="236"/>
        <source>Record e&amp;valuation…</source>
        <translation>評価を記録(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="239"/>
        <source>New &amp;plan… (Ctrl+Shift+P)</source>
        <translation>新しいプラン(&amp;P)…（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="240"/>
        <source>Record &amp;referral… (Ctrl+Shift+R)</source>
        <translation>つなぎを記録(&amp;R)…（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="241"/>
        <source>Employment &amp;outcome… (Ctrl+Shift+O)</source>
        <translation>就職・増収(&amp;O)…（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="242"/>
        <source>&amp;Use of another programme… (Ctrl+Shift+U)</source>
        <translation>他事業の利用(&amp;U)…（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="248"/>
        <source>Print (Ctrl+P)</source>
        <translation>印刷（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="252"/>
        <source>Intake and application form</source>
        <translation>相談受付・申込票</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="253"/>
        <source>Plan (the selected or the newest)</source>
        <translation>プラン（選択中または最新）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="254"/>
        <source>Contact history</source>
        <translation>経過一覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/case_file.py" line="297"/>
        <location filename="../../../app/views/intake/case_file.py" line="321"/>
        <source>Case file</source>
        <translation>ケースファイル</translation>
    </message>
</context>
</TS>
