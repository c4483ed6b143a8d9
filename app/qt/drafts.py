"""Unsaved form input kept on disk, so nothing typed is lost to a crash or a power cut; and
the intake form's state turned into the :class:`IntakeDraft` a service takes.

A :class:`DraftStore` holds one JSON object in one file. Writes are atomic: the new text goes
to a temporary file in the same folder, is flushed and fsync'ed, then ``os.replace``d over the
old file, and (on POSIX) the folder itself is fsync'ed so the rename survives a power cut. A
failed write leaves the previous draft untouched. Reading never raises: a file that cannot
be read or is not a JSON object is moved aside (``<name>.corrupt-<timestamp>``) and
``load()`` returns None.

The draft holds personal data: the file is created readable by its owner only (0600) in the
user's data folder, and is removed as soon as the form is saved or the draft declined.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.drafts import DisasterDraft, IntakeDraft, PersonDraft
from app.files import fsync_dir, write_text_durably
from app.paths import data_dir

log = logging.getLogger(__name__)


def default_intake_draft_path() -> Path:
    """``<data dir>/drafts/intake.json``."""
    return data_dir() / "drafts" / "intake.json"


class DraftStore:
    """One JSON object in one file. Not thread-safe: use it from the GUI thread only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_intake_draft_path()

    def save(self, data: dict[str, Any]) -> None:
        """Replace the stored draft with ``data`` atomically.

        Raises ``TypeError``/``ValueError`` for data that is not JSON-safe and ``OSError``
        when the file cannot be written; in both cases the previous draft is kept."""
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        write_text_durably(self.path, text)

    def load(self) -> dict[str, Any] | None:
        """The stored draft, or None when there is none or it cannot be read (then the file
        is moved aside for inspection). Never raises."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("draft %s unreadable: %s", self.path, exc)
            self._move_aside()
            return None
        try:
            data = json.loads(text)
        except ValueError as exc:
            log.warning("draft %s is not JSON: %s", self.path, exc)
            data = None
        if not isinstance(data, dict):
            self._move_aside()
            return None
        return data

    def clear(self) -> None:
        """Remove the stored draft (nothing happens when there is none)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            fsync_dir(self.path.parent)

    def exists(self) -> bool:
        return self.path.exists()

    def _move_aside(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, target)
        except OSError as exc:  # cannot move it: remove it, so it is not offered again
            log.warning("cannot move draft %s aside: %s", self.path, exc)
            with contextlib.suppress(OSError):
                self.path.unlink()


# ---- the intake form's state → IntakeDraft -----------------------------------------------------
OTHER = "other"  # the code of その他 (gender, consult_topic): its free text is used only then
AGENCY_ROUTE = "agency"  # the consult_route that names a referring agency
DATE_KEYS = ("person.birth_date", "received_on", "consent_on", "disaster.disaster_on")
_DATE_FIELDS = {key.rsplit(".", 1)[-1] for key in DATE_KEYS}


def iso_date(value: Any) -> date | None:
    """``value`` as a date if it is ISO text ("2022-04-01"), else None."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _fields_of(values: dict[str, Any], prefix: str, cls: type) -> dict[str, Any]:
    """The entries of ``values`` named ``prefix + <a field of cls>``, dates parsed."""
    out = {}
    for f in dataclasses.fields(cls):
        key = prefix + f.name
        if key in values:
            out[f.name] = iso_date(values[key]) if f.name in _DATE_FIELDS else values[key]
    return out


def intake_draft(state: dict[str, Any]) -> IntakeDraft:
    """The :class:`IntakeDraft` of an intake form's ``state()`` (``{"fields": {key: value},
    "person_id": …}``, keys as the draft's attribute names, ``person.*``, ``disaster.*``).

    Fields that do not apply are left out: その他の内容 unless その他 is chosen, the language
    unless 外国籍, the agency unless the route is 関係機関からの紹介, the consent date without
    consent, the disaster details unless the section is ticked. Dates that are not ISO text
    (typed but unreadable) become None: the form reports those before it saves."""
    v = dict(state.get("fields") or {})
    person_id = state.get("person_id")
    person = None
    if person_id is None:
        p = _fields_of(v, "person.", PersonDraft)
        p["gender_note"] = p.get("gender_note", "") if p.get("gender") == OTHER else ""
        p["preferred_language"] = p.get("preferred_language", "") if p.get("foreign_national") else ""
        person = PersonDraft(**p)
    d = _fields_of(v, "", IntakeDraft)
    topics = tuple(v.get("topics") or ())
    agency = v.get("referring_agency_id") or {}
    d.update(
        programmes=tuple(v.get("programmes") or ()),
        topics=topics,
        person_id=person_id,
        person=person,
        referring_agency_id=agency.get("id") if d.get("route") == AGENCY_ROUTE else None,
        other_topic_text=d.get("other_topic_text", "") if OTHER in topics else "",
        consent_on=d.get("consent_on") if d.get("consent_given") else None,
        disaster=DisasterDraft(**_fields_of(v, "disaster.", DisasterDraft)) if v.get("disaster") else None,
    )
    return IntakeDraft(**d)
