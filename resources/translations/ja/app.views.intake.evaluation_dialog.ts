<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="45"/>
        <source>Record evaluation</source>
        <translation>評価の記録</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="46"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="47"/>
        <source>Closure evaluation</source>
        <translation>終結評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="55"/>
        <source>① Exceeded the goals</source>
        <translation>① 上回って達成</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="56"/>
        <source>② Achieved</source>
        <translation>② 達成</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="57"/>
        <source>③ Almost achieved</source>
        <translation>③ ほぼ達成</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="58"/>
        <source>④ Partly achieved</source>
        <translation>④ 一部達成</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="59"/>
        <source>⑤ Not achieved</source>
        <translation>⑤ 達成できなかった</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="60"/>
        <source>Programme extended</source>
        <translation>事業延長</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="85"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="90"/>
        <source>Date of evaluation</source>
        <translation>評価日</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="95"/>
        <source>Result</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="96"/>
        <source>Reason for closure</source>
        <translation>終結理由</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="97"/>
        <source>Changes in the person</source>
        <translation>本人の変化</translation>
    </message>
    <message>
        <location filename="../../../app/views/intake/evaluation_dialog.py" line="98"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
</context>
</TS>
