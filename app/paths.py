"""Where Yorisoi keeps its files, and how resources are found (also when frozen).

Default ledger: ``<user data dir>/yorisoi.sqlite3`` (platformdirs: e.g.
``%LOCALAPPDATA%\\Yorisoi\\yorisoi.sqlite3`` on Windows, ``~/.local/share/yorisoi`` on Linux).
``YORISOI_HOME`` replaces both the data and the config folder (tests, a portable install).
The ledger in use is chosen as: ``--ledger PATH`` > ``YORISOI_LEDGER`` > settings > default;
each may also be a server, ``postgresql://user@host/dbname``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "yorisoi"


def _home_override() -> Path | None:
    home = os.environ.get("YORISOI_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def default_ledger_path() -> Path:
    return data_dir() / "yorisoi.sqlite3"


def backups_dir(ledger: Path) -> Path:
    """Backups live beside the ledger, so moving the folder moves them too."""
    return ledger.parent / "backups"


def resolve_ledger_path(cli_value: str | os.PathLike[str] | None):  # -> app.db.location.Location
    """The ledger to open: a file path, or a server location for ``postgresql://…``."""
    from app.db.location import parse_location

    if cli_value:
        return parse_location(cli_value)
    env = os.environ.get("YORISOI_LEDGER")
    if env:
        return parse_location(env)
    from app.settings import load_settings

    configured = load_settings().ledger_path
    if configured:
        return parse_location(configured)
    return default_ledger_path()


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``: in the source tree, or in a pyinstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)
