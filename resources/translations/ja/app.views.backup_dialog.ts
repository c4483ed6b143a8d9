<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="79" />
        <location filename="../../../app/views/backup_dialog.py" line="235" />
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="87" />
        <source>Backups of %1 are kept in %2</source>
        <translation>%1 のバックアップの保存先: %2</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="97" />
        <source>Taken at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="97" />
        <source>Reason</source>
        <translation>作成のきっかけ</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="97" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="97" />
        <source>Check</source>
        <translation>検査</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="109" />
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="110" />
        <source>&amp;Restore the chosen generation…</source>
        <translation>選んだ世代から復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="111" />
        <source>Enter on a row</source>
        <translation>行で Enter キー</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="113" />
        <source>&amp;Copy to an external drive…</source>
        <translation>外部ドライブにコピー(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="114" />
        <source>Copies the selected generations (Ctrl+A: all) and their checksums</source>
        <translation>選んだ世代（Ctrl+A ですべて）とそのチェックサムをコピーします</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="115" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="176" />
        <source>No checksum recorded</source>
        <translation>チェックサムの記録なし</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="178" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="179" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="179" />
        <source>Changed since it was made: not usable</source>
        <translation>作成後に変化しています（使えません）</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="183" />
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="184" />
        <source>On closing</source>
        <translation>終了時</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="185" />
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="186" />
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="187" />
        <source>Before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="190" />
        <source>Before an update of the ledger</source>
        <translation>台帳の更新の前</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="195" />
        <source>There are no backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="197" />
        <source>%1 generation(s). Checking…</source>
        <translation>%1 世代。確認中…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="202" />
        <source>%1 generation(s); %2 of them failed the check and cannot be restored.</source>
        <translation>%1 世代。うち %2 世代は検査に合格せず、復元に使えません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="205" />
        <source>%1 generation(s).</source>
        <translation>%1 世代。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="219" />
        <source>The backups could not be checked: %1</source>
        <translation>バックアップを検査できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="225" />
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="230" />
        <source>Backed up: %1</source>
        <translation>バックアップしました: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="244" />
        <location filename="../../../app/views/backup_dialog.py" line="250" />
        <location filename="../../../app/views/backup_dialog.py" line="264" />
        <location filename="../../../app/views/backup_dialog.py" line="284" />
        <location filename="../../../app/views/backup_dialog.py" line="291" />
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="252" />
        <source>The backup %1 failed its check (it changed after it was made) and cannot be restored. Choose another generation.</source>
        <translation>バックアップ %1 は検査に合格しませんでした（作成後に変化しています）。復元には使えません。別の世代を選んでください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="259" />
        <source>Restore the ledger from the backup of %1?

The current ledger file is not deleted: it is kept aside beside the ledger. Records saved after %1 are not in this backup and must be entered again.
The ledger is closed for the restore.</source>
        <translation>%1 のバックアップから台帳を復元しますか？

現在の台帳ファイルは削除せず、台帳の横に残します。%1 より後に保存した記録はこのバックアップに含まれないため、入力し直す必要があります。
復元のため、台帳をいったん閉じます。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="269" />
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="274" />
        <source>Another task is running.</source>
        <translation>別の処理が実行中です。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="277" />
        <source>The ledger was restored from %1.</source>
        <translation>台帳を %1 から復元しました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="281" />
        <source>The restore could not be recorded in the audit trail: %1</source>
        <translation>復元を操作記録に書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="283" />
        <source>The previous ledger file was kept as %1</source>
        <translation>それまでの台帳ファイルは次の名前で残してあります: %1</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="292" />
        <source>The ledger was not restored: %1
The ledger file was not changed.</source>
        <translation>台帳を復元できませんでした: %1
台帳ファイルは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="313" />
        <location filename="../../../app/views/backup_dialog.py" line="335" />
        <source>Copy to an external drive</source>
        <translation>外部ドライブにコピー</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="314" />
        <source>Choose a folder on an external drive, not the backups folder itself.</source>
        <translation>バックアップのフォルダそのものではなく、外部ドライブのフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="323" />
        <source>Copying %1 generation(s)…</source>
        <translation>%1 世代をコピーしています…</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="328" />
        <source>Copied %1 backup(s) to %2.</source>
        <translation>%1 世代のバックアップを %2 にコピーしました。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="330" />
        <source>Their checksums are in %1 (check them with: sha256sum -c %2).</source>
        <translation>チェックサムは %1 に書き込みました（確認: sha256sum -c %2）。</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="338" />
        <source>Copy the backups to</source>
        <translation>バックアップのコピー先</translation>
    </message>
    <message>
        <location filename="../../../app/views/backup_dialog.py" line="362" />
        <source>Please wait until the task has finished.</source>
        <translation>処理が終わるまでお待ちください。</translation>
    </message>
</context>
</TS>