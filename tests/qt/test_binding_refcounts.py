"""Guard against a Qt binding that leaks references to None/True/False.

PySide6 6.12.0 on Python 3.11 decremented None's refcount on every void Qt call and True's on
every signal emit; after enough typing CPython aborts ("none_dealloc"). constraints.txt pins a
release without the bug; this test fails if a future pin brings such a bug back.
"""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
class Emitter(QObject):
    sig = Signal(int)
emitter = Emitter()
emitter.sig.connect(lambda value: None)
none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(500):
    edit.setText("x")
    edit.setVisible(False)
    emitter.sig.emit(1)
print(sys.getrefcount(None) - none0, sys.getrefcount(True) - true0)
"""


def test_qt_calls_do_not_leak_references_to_none_or_true() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    none_delta, true_delta = map(int, out.stdout.split())
    assert none_delta > -50, f"None lost {-none_delta} references in 1,500 calls"
    assert true_delta > -50, f"True lost {-true_delta} references in 500 emits"
