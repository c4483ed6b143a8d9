"""The one typed settings object, every default in one place, stored as JSON in the config
folder. Window and header state live in QSettings (app/qt), not here."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Settings:
    ledger_path: str = ""  # empty: the default ledger
    language: str = "ja"  # ja / en
    last_staff_id: int | None = None
    last_login: str = ""  # the login id offered at the next sign-in on this PC
    idle_lock_minutes: int = 5  # the screen locks after this many minutes without input (1–15)

    @property
    def idle_lock(self) -> int:
        """``idle_lock_minutes`` kept within 1–15 whatever the file says."""
        return clamp_idle_minutes(self.idle_lock_minutes)

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


_TYPES: dict[str, type] = {
    "ledger_path": str,
    "language": str,
    "last_staff_id": int,
    "last_login": str,
    "idle_lock_minutes": int,
}
_NULLABLE = {"last_staff_id"}
assert set(_TYPES) == {f.name for f in fields(Settings)}


IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 15


def clamp_idle_minutes(minutes: int) -> int:
    return max(IDLE_LOCK_MIN, min(IDLE_LOCK_MAX, int(minutes)))


def settings_path() -> Path:
    from app.paths import config_dir

    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (never an error:
    a broken settings file must not keep a counsellor out of the ledger)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    values = {}
    for key, value in raw.items():
        expected = _TYPES.get(key)
        if expected is None:
            continue  # a setting of a newer or older version: ignored
        if isinstance(value, expected) and not isinstance(value, bool):
            values[key] = value
        elif value is None and key in _NULLABLE:
            values[key] = None
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write durably (temp file, fsync, rename) so a power cut never leaves half a file."""
    from app.files import write_text_durably

    write_text_durably(path or settings_path(), json.dumps(asdict(settings), ensure_ascii=False, indent=2))
