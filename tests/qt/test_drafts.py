"""Drafts on disk: atomic writes, unreadable files set aside, and the form state → IntakeDraft."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from app.qt import drafts as drafts_module
from app.qt.drafts import DraftStore, intake_draft

DRAFT = {"format": 1, "fields": {"person.family_name": "山野", "topics": ["income", "no_food"]}, "person_id": None}


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts" / "intake.json")


def _folder(store: DraftStore) -> list[str]:
    return sorted(p.name for p in store.path.parent.iterdir())


def test_save_then_load_round_trips_japanese(store: DraftStore) -> None:
    store.save(DRAFT)
    assert store.load() == DRAFT
    assert "山野" in store.path.read_text(encoding="utf-8"), "readable UTF-8, not \\u escapes"
    assert _folder(store) == ["intake.json"], "no temporary file is left behind"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_draft_is_readable_by_its_owner_only(store: DraftStore) -> None:
    store.save(DRAFT)
    assert store.path.stat().st_mode & 0o777 == 0o600


def test_save_syncs_the_file_and_the_folder(store: DraftStore, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(drafts_module.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    store.save(DRAFT)
    assert len(synced) == (2 if os.name == "posix" else 1)


def test_a_failing_write_keeps_the_previous_draft(store: DraftStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save(DRAFT)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafts_module.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        store.save({"fields": {"person.family_name": "別の人"}})
    monkeypatch.undo()
    assert store.load() == DRAFT
    assert _folder(store) == ["intake.json"], "the temporary file is removed"


def test_data_that_is_not_json_is_refused_before_touching_the_file(store: DraftStore) -> None:
    store.save(DRAFT)
    with pytest.raises(TypeError):
        store.save({"when": date(2023, 6, 1)})
    assert store.load() == DRAFT


def test_missing_draft_loads_as_none(store: DraftStore) -> None:
    assert store.load() is None
    assert not store.exists()


@pytest.mark.parametrize("content", [b'{"fields": {"person.family', b"[1, 2, 3]", b"\xff\xfe\x00garbage", b""])
def test_a_corrupt_draft_is_moved_aside_and_ignored(store: DraftStore, content: bytes) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    assert store.load() is None
    assert not store.path.exists()
    [aside] = [p for p in store.path.parent.iterdir()]
    assert aside.name.startswith("intake.json.corrupt-")
    assert aside.read_bytes() == content, "kept for inspection, not destroyed"
    assert store.load() is None


def test_clear_removes_the_draft_and_is_harmless_twice(store: DraftStore) -> None:
    store.save(DRAFT)
    store.clear()
    assert store.load() is None
    store.clear()


def test_default_path_is_in_the_data_folder(isolated_home: Path) -> None:
    assert DraftStore().path == isolated_home / "drafts" / "intake.json"


# ---- intake_draft ------------------------------------------------------------------------------
def _state(**fields) -> dict:
    base = {
        "person.family_name": "山野",
        "person.given_name": "みどり",
        "person.family_kana": "ヤマノ",
        "person.given_kana": "ミドリ",
        "person.gender": "female",
        "person.gender_note": "typed before choosing 女性",
        "person.birth_date": "1970-05-03",
        "person.foreign_national": False,
        "person.preferred_language": "English",
        "received_on": "2023-06-01",
        "method": "phone",
        "route": "self",
        "referring_agency_id": {"id": 7, "text": "納税課"},
        "programmes": ["self_reliance"],
        "topics": ["income", "no_food"],
        "primary_topic": "no_food",
        "other_topic_text": "left over",
        "consent_given": False,
        "consent_on": "2023-06-01",
        "disaster": False,
        "disaster.disaster_name": "平成30年7月豪雨",
    }
    return {"format": 1, "fields": base | fields, "person_id": None}


def test_intake_draft_takes_the_fields_that_apply() -> None:
    d = intake_draft(_state())
    assert d.received_on == date(2023, 6, 1)
    assert (d.method, d.route, d.programmes) == ("phone", "self", ("self_reliance",))
    assert (d.topics, d.primary_topic) == (("income", "no_food"), "no_food")
    assert d.person is not None
    assert d.person.birth_date == date(1970, 5, 3)
    assert d.person.family_kana == "ヤマノ", "the service stores readings in hiragana"
    assert d.person.gender_note == "", "only with 性別 その他"
    assert d.person.preferred_language == "", "only with 外国籍"
    assert d.referring_agency_id is None, "only with 関係機関からの紹介"
    assert d.other_topic_text == "", "only with その他 ticked"
    assert d.consent_on is None, "only with consent"
    assert d.disaster is None


def test_intake_draft_with_every_dependent_field_in_use() -> None:
    d = intake_draft(
        _state(
            **{"person.gender": "other", "person.foreign_national": True, "route": "agency", "consent_given": True},
            topics=["other"],
            disaster=True,
            **{"disaster.disaster_on": "2018-07-07"},
        )
    )
    assert d.person.gender_note == "typed before choosing 女性"
    assert d.person.preferred_language == "English"
    assert d.referring_agency_id == 7
    assert d.other_topic_text == "left over"
    assert d.consent_on == date(2023, 6, 1)
    assert d.disaster is not None
    assert (d.disaster.disaster_name, d.disaster.disaster_on) == ("平成30年7月豪雨", date(2018, 7, 7))


def test_intake_draft_for_a_registered_person_and_unreadable_dates() -> None:
    state = _state(received_on="R5.13.1")
    state["person_id"] = 12
    d = intake_draft(state)
    assert d.person_id == 12
    assert d.person is None
    assert d.received_on is None, "the form reports an unreadable date before it saves"
    assert json.loads(json.dumps(state)) == state, "the state itself is JSON-safe"
