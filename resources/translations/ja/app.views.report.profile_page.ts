<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="105" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="106" />
        <location filename="../../../app/views/report/profile_page.py" line="292" />
        <source>Copy from the previous year</source>
        <translation>前年度から写す</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="123" />
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="124" />
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="131" />
        <source>Corporation and centre (this fiscal year)</source>
        <translation>法人・センター（この年度）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="132" />
        <source>Corporation</source>
        <translation>法人名</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="132" />
        <source>Division</source>
        <translation>部署名</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="132" />
        <source>Centre name</source>
        <translation>センター名</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="133" />
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="133" />
        <source>Division goals</source>
        <translation>部署の目標</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="139" />
        <location filename="../../../app/views/report/profile_page.py" line="256" />
        <source>Programme profile</source>
        <translation>事業概要</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="140" />
        <source>Programme name</source>
        <translation>事業名</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="140" />
        <source>Facility</source>
        <translation>施設の名称</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="141" />
        <source>Place</source>
        <translation>実施場所</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="141" />
        <source>Qualifications</source>
        <translation>資格</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="142" />
        <source>Duty pattern</source>
        <translation>勤務体制</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="142" />
        <source>Evaluation criteria</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="145" />
        <source>Person responsible</source>
        <translation>事業責任者</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="146" />
        <source>Staff in charge</source>
        <translation>事業担当者</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="155" />
        <source>Weekly duty</source>
        <translation>曜日ごとの担当</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="160" />
        <source>Staffing (persons, full-time equivalent)</source>
        <translation>人員配置（常勤換算の人数）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="169" />
        <source>Targets (blank: none)</source>
        <translation>目標値（空欄：目標なし）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="188" />
        <source>Pro&amp;gramme</source>
        <translation>事業(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="281" />
        <source>Not saved: correct the parts marked in red.</source>
        <translation>保存していません。赤字の所を直してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="284" />
        <source>Saved the profile of %1.</source>
        <translation>%1の事業概要・目標値を保存しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="293" />
        <source>Discard the unsaved changes?</source>
        <translation>未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="304" />
        <source>Copied from FY%1: organisation %2, programme profiles %3, targets %4, narratives %5; kept what this year already had (%6).</source>
        <translation>%1年度から写しました：法人情報 %2、事業概要 %3件、目標値 %4件、文章 %5件（この年度に既にあったもの %6件はそのまま）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="306" />
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="306" />
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="325" />
        <source>Programme profile: %1</source>
        <translation>事業概要：%1</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="333" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="341" />
        <source>%1 (former)</source>
        <translation>%1（退職）</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="360" />
        <location filename="../../../app/views/report/profile_page.py" line="444" />
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="362" />
        <source>No profile saved for this programme in %1 yet.</source>
        <translation>%1のこの事業の事業概要はまだ保存されていません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="379" />
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../../../app/views/report/profile_page.py" line="444" />
        <source>Discard the unsaved changes of this programme?</source>
        <translation>この事業の未保存の変更を破棄しますか？</translation>
    </message>
</context>
</TS>
