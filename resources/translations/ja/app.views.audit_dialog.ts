<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="99"/>
        <location filename="../../../app/views/audit_dialog.py" line="195"/>
        <location filename="../../../app/views/audit_dialog.py" line="216"/>
        <location filename="../../../app/views/audit_dialog.py" line="295"/>
        <location filename="../../../app/views/audit_dialog.py" line="328"/>
        <location filename="../../../app/views/audit_dialog.py" line="373"/>
        <source>Audit log</source>
        <translation>操作記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="112"/>
        <source>Verify checks that no entry was changed, removed or inserted.</source>
        <translation>「検証」で、記録が書き換え・削除・挿入されていないかを確かめます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="115"/>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="115"/>
        <source>Recompute the hash chain (Alt+V)</source>
        <translation>ハッシュの連鎖を計算し直して確かめます（Alt+V）</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="117"/>
        <source>&amp;Export to CSV…</source>
        <translation>CSVに書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="117"/>
        <source>The entries matching the filters (Ctrl+E)</source>
        <translation>絞り込みに合う記録を書き出します（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="119"/>
        <source>&amp;Refresh (F5)</source>
        <translation>再読み込み(&amp;R)（F5）</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="120"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="147"/>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="148"/>
        <source>&amp;Until</source>
        <translation>終了日(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="151"/>
        <source>&amp;Staff</source>
        <translation>職員(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="151"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="152"/>
        <source>&amp;Target</source>
        <translation>対象(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="163"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="170"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="197"/>
        <source>(inactive)</source>
        <translation>（無効）</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="202"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="203"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="204"/>
        <location filename="../../../app/views/audit_dialog.py" line="290"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="205"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="206"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="207"/>
        <source>Record ID</source>
        <translation>記録ID</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="208"/>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="209"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="246"/>
        <source>View</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="246"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="246"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="247"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="247"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="247"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="248"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="248"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="248"/>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="249"/>
        <source>Sign-out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="249"/>
        <source>Failed sign-in</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="249"/>
        <location filename="../../../app/views/audit_dialog.py" line="385"/>
        <location filename="../../../app/views/audit_dialog.py" line="406"/>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="260"/>
        <source>Persons</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="260"/>
        <source>Household members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="261"/>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="261"/>
        <source>Programmes of a case</source>
        <translation>ケースの利用事業</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="262"/>
        <source>Status changes</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="262"/>
        <source>Intake forms</source>
        <translation>相談受付・申込票</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="263"/>
        <source>Disaster details</source>
        <translation>被災状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="263"/>
        <source>Assessments</source>
        <translation>アセスメント</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="264"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="264"/>
        <source>Supporters&apos; roles</source>
        <translation>プランの支援者の役割</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="265"/>
        <source>Support records</source>
        <translation>支援経過記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="265"/>
        <source>Referrals</source>
        <translation>紹介・つなぎ</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="266"/>
        <source>Evaluations</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="266"/>
        <source>Employment outcomes</source>
        <translation>就労・増収</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="267"/>
        <source>Use of other programmes</source>
        <translation>他事業の利用</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="267"/>
        <source>Food support</source>
        <translation>食料支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="268"/>
        <source>Kids food club</source>
        <translation>フードキッズクラブ</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="269"/>
        <source>Sanitary products</source>
        <translation>生理用品の提供</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="270"/>
        <source>Housing support</source>
        <translation>居住支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="271"/>
        <source>Temporary living support</source>
        <translation>一時生活支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="272"/>
        <source>Housing security benefit</source>
        <translation>住居確保給付金</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="273"/>
        <source>Learning support</source>
        <translation>学習支援</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="273"/>
        <source>Seminars</source>
        <translation>セミナー・講座</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="274"/>
        <source>Budget sheets</source>
        <translation>家計表</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="274"/>
        <source>Budget sheet rows</source>
        <translation>家計表の行</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="275"/>
        <source>Budget actuals</source>
        <translation>家計計画の実績</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="275"/>
        <source>Special expenses</source>
        <translation>特別支出</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="276"/>
        <source>Cash-flow tables</source>
        <translation>キャッシュフロー表</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="276"/>
        <source>Cash-flow rows</source>
        <translation>キャッシュフロー表の行</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="277"/>
        <source>Cash-flow amounts</source>
        <translation>キャッシュフロー表の金額</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="277"/>
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="278"/>
        <source>Debts</source>
        <translation>債務・滞納</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="278"/>
        <source>Instalment agreements</source>
        <translation>分納</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="279"/>
        <source>Scheduled payments</source>
        <translation>分納の予定</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="279"/>
        <source>Repayments</source>
        <translation>返済</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="280"/>
        <source>Budget improvement plans</source>
        <translation>家計改善支援計画書</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="281"/>
        <source>Budget plan monitoring</source>
        <translation>家計改善支援のモニタリング</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="282"/>
        <source>Budget templates</source>
        <translation>家計表のひな形</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="283"/>
        <source>Budget template rows</source>
        <translation>家計表のひな形の行</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="284"/>
        <source>Outreach visits</source>
        <translation>訪問記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="284"/>
        <source>Hikikomori states</source>
        <translation>ひきこもりの状況</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="285"/>
        <source>Disaster activities</source>
        <translation>災害支援活動</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="285"/>
        <source>Job seekers</source>
        <translation>求職者</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="286"/>
        <source>Job desk uses</source>
        <translation>職業紹介の利用</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="286"/>
        <source>Employers</source>
        <translation>事業所</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="287"/>
        <source>Job postings</source>
        <translation>求人</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="287"/>
        <source>Job placements</source>
        <translation>就職（職業紹介）</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="288"/>
        <source>Recurring meetings</source>
        <translation>定例会議</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="288"/>
        <source>Meetings</source>
        <translation>会議・研修</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="289"/>
        <source>Meeting attendees</source>
        <translation>会議の出席者</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="289"/>
        <source>Case reviews</source>
        <translation>ケース検討</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="290"/>
        <source>Logins</source>
        <translation>ログイン情報</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="291"/>
        <source>Agencies</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="291"/>
        <source>Code lists</source>
        <translation>コード表</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="291"/>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="292"/>
        <source>Organisation</source>
        <translation>法人・センター</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="292"/>
        <source>Programme profiles</source>
        <translation>事業概要</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="293"/>
        <source>Duty days</source>
        <translation>担当曜日</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="293"/>
        <source>Staffing</source>
        <translation>職員配置</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="294"/>
        <source>Targets</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="294"/>
        <source>Report narratives</source>
        <translation>報告書の文章</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="295"/>
        <source>Ledger information</source>
        <translation>台帳の情報</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="362"/>
        <source>The period starts after it ends: no entries.</source>
        <translation>期間の開始が終了より後です。該当する記録はありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="364"/>
        <source>No entries match the filters.</source>
        <translation>条件に合う記録はありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="366"/>
        <source>The newest %1 entries; scroll down for more.</source>
        <translation>最新の%1件を表示しています。下へスクロールすると続きを読み込みます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="368"/>
        <source>%1 entries.</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="378"/>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="388"/>
        <source>OK: %1 entries</source>
        <translation>正常: %1件</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="390"/>
        <source>Inconsistent: from No. %1</source>
        <translation>不整合: 番号 %1 から</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="400"/>
        <source>The audit log does not verify from entry No. %1: an entry was changed, removed or inserted outside Yorisoi. The %2 entries before it are intact.

Keep the ledger file as it is and tell the person in charge of the system.</source>
        <translation>操作記録は番号 %1 から整合しません。Yorisoi の外で記録が書き換えられたか、削除または挿入されています。それより前の %2 件は正常です。

台帳ファイルはそのままにして、システムの担当者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="412"/>
        <source>Audit log_%1.csv</source>
        <translation>操作記録_%1.csv</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="419"/>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="426"/>
        <source>Export to CSV</source>
        <translation>CSVに書き出す</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="430"/>
        <source>%1 entries exported to %2.</source>
        <translation>%1件を %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="436"/>
        <source>Export the audit log</source>
        <translation>操作記録の書き出し</translation>
    </message>
    <message>
        <location filename="../../../app/views/audit_dialog.py" line="436"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
</TS>
