<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>IntakeSections</name>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="137"/>
        <source>Person</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="141"/>
        <source>Enter as a different person (&amp;N)</source>
        <translation>別の人として入力(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="146"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="147"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="148"/>
        <source>Reading (family)</source>
        <translation>ふりがな（せい）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="149"/>
        <source>Reading (given)</source>
        <translation>ふりがな（めい）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="150"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="151"/>
        <source>Gender (details)</source>
        <translation>その他の内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="153"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="154"/>
        <source>Postal code</source>
        <translation>〒</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="155"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="156"/>
        <source>Home phone</source>
        <translation>自宅電話</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="157"/>
        <source>Mobile phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="158"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="159"/>
        <source>Foreign national</source>
        <translation>外国籍</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="160"/>
        <source>Preferred language</source>
        <translation>希望する言語</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="164"/>
        <source>Companion (came instead of or with the person)</source>
        <translation>同伴者（本人に代わって・本人と一緒に来た方）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="165"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="166"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="167"/>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="171"/>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="172"/>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="175"/>
        <source>Received by</source>
        <translation>受付者</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="176"/>
        <source>Method</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="177"/>
        <source>Route</source>
        <translation>相談経路</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="178"/>
        <source>Referring agency</source>
        <translation>紹介元の関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="182"/>
        <source>Consultation topics (tick all that apply)</source>
        <translation>相談内容（当てはまるものすべて）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="186"/>
        <source>Other (details)</source>
        <translation>その他の内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="187"/>
        <source>Most pressing</source>
        <translation>最も困っていること</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="191"/>
        <source>Programmes</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="198"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="199"/>
        <source>Consents to sharing information</source>
        <translation>情報共有への同意あり</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="200"/>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="204"/>
        <source>What the person wants</source>
        <translation>本人の希望</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="211"/>
        <source>Staff interview (sheet B)</source>
        <translation>B票（職員による聞き取り）</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="212"/>
        <source>Work</source>
        <translation>仕事</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="213"/>
        <source>Housing</source>
        <translation>住居</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="214"/>
        <source>Health insurance</source>
        <translation>健康保険</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="215"/>
        <source>Pension</source>
        <translation>年金</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="216"/>
        <source>Disability certificate / care level</source>
        <translation>障害者手帳・介護認定</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="217"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="218"/>
        <source>Public assistance history</source>
        <translation>生活保護受給歴</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="222"/>
        <source>Disaster victim</source>
        <translation>被災者</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="227"/>
        <source>Disaster</source>
        <translation>災害名</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="228"/>
        <source>Date hit</source>
        <translation>被災日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="229"/>
        <source>Damage certificate</source>
        <translation>罹災証明</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="230"/>
        <source>Housing now</source>
        <translation>被災後の住まい</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="231"/>
        <source>Recovery support centre contact</source>
        <translation>復興支援センターの連絡先</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/intake_sections.py" line="301"/>
        <source>(age %1)</source>
        <translation>（%1歳）</translation>
    </message>
</context>
</TS>
