"""Yorisoi (寄り添い): an offline case ledger for a 生活自立相談支援センター.

The package is layered (see ../shared/conventions.md): ``domain`` → ``models`` / ``db`` →
``services`` → ``report`` / ``cli`` are Qt-free; ``qt`` and ``views`` hold the GUI.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("yorisoi")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Yorisoi"
APP_NAME_JA = "寄り添い"
