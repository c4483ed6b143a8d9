"""The status and evaluation dialogs of the case file: moving programmes along the case path,
and recording a monitoring or closure evaluation, as staff do it from the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.drafts import IntakeDraft, PersonDraft
from app.models import Evaluation
from app.views.intake.evaluation_dialog import EvaluationDialog
from app.views.intake.status_dialog import StatusDialog
from tests.views.conftest import SCREEN_TODAY, commit_text

SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture
def case_id(gui_services) -> int:
    """A case of 架空 たろう (invented), received 2022-04-01, in 自立相談 and 家計改善."""
    made = gui_services.cases.open_case(
        IntakeDraft(
            received_on=date(2022, 4, 1), method="visit", route="self",
            programmes=("self_reliance", "household_budget"),
            person=PersonDraft("架空", "たろう", "かくう", "たろう", birth_date=date(1980, 5, 5)),
        )
    )  # fmt: skip
    return made.case_id


@pytest.fixture
def status_dialog(ja_app, qtbot, gui_services, case_id) -> StatusDialog:
    d = StatusDialog(gui_services.cases, gui_services.codes, lambda: SCREEN_TODAY, case_id)
    qtbot.addWidget(d)
    return d


@pytest.fixture
def evaluation_dialog(ja_app, qtbot, gui_services, case_id) -> EvaluationDialog:
    d = EvaluationDialog(gui_services.cases, gui_services.codes, lambda: SCREEN_TODAY, case_id, "self_reliance")
    qtbot.addWidget(d)
    return d


def statuses(gui_services, case_id: int) -> dict[str, str]:
    return {m.programme: m.status_label for m in gui_services.cases.get_case(case_id).programmes}


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def stored_evaluations(gui_services) -> list[tuple[str, int | None, bool, list[str]]]:
    with gui_services.ledger.reading() as s:
        return [
            (e.kind, e.level, e.extended, sorted(c.code for c in e.changes))
            for e in s.scalars(select(Evaluation).order_by(Evaluation.id))
        ]


def test_status_dialog_offers_only_the_next_steps(status_dialog) -> None:
    d = status_dialog
    assert d.windowTitle() == "支援状況の変更"
    assert set(d.combos) == {"self_reliance", "household_budget"}
    assert "自立相談" in d.programme_labels["self_reliance"].text()
    assert "家計改善" in d.programme_labels["household_budget"].text()
    assert d.current_labels["household_budget"].text() == "相談受付"
    offered = items(d.combos["self_reliance"])
    assert offered[0] == "変更しない"
    assert {"スクリーニング", "アセスメント", "プラン案作成"} <= set(offered)
    assert "相談受付" not in offered
    assert d.date_edit.date() == SCREEN_TODAY


def test_status_change_for_one_programme_with_enter(status_dialog, gui_services, case_id, qtbot) -> None:
    d = status_dialog
    d.show()
    qtbot.waitExposed(d)
    combo = d.combos["self_reliance"]
    combo.setCurrentIndex(combo.findText("アセスメント"))
    d.date_edit.set_text("R4.4.8")
    commit_text(d.note_edit, "面談で状況を確認")
    qtbot.keyClick(d.note_edit, Qt.Key.Key_Return)
    assert d.result() == StatusDialog.DialogCode.Accepted
    assert statuses(gui_services, case_id) == {"self_reliance": "アセスメント", "household_budget": "相談受付"}


def test_future_date_is_refused_and_nothing_changes(status_dialog, gui_services, case_id) -> None:
    d = status_dialog
    for combo in d.combos.values():
        combo.setCurrentIndex(combo.findText("アセスメント"))
    d.date_edit.set_text("2023-07-01")
    assert d.apply() is False
    assert d.error_text() == "変更日に未来の日付は入力できません"
    assert d.result() != StatusDialog.DialogCode.Accepted
    assert statuses(gui_services, case_id) == {"self_reliance": "相談受付", "household_budget": "相談受付"}


def test_closure_evaluation_is_stored(evaluation_dialog, gui_services) -> None:
    d = evaluation_dialog
    d.set_kind("closure")
    d.date_edit.set_text("2023-05-31")
    d.level_radios[2].setChecked(True)
    d.reason_combo.setCurrentIndex(d.reason_combo.findText("目標達成"))
    d.changes_list.boxes["motivation"].setChecked(True)
    d.changes_list.boxes["housing"].setChecked(True)
    commit_text(d.comment_edit, "家計が安定し就労も継続")
    assert d.save() is not None
    assert d.result() == EvaluationDialog.DialogCode.Accepted
    assert stored_evaluations(gui_services) == [("closure", 2, False, ["housing", "motivation"])]


def test_closure_without_a_level_shows_the_error_and_stores_nothing(evaluation_dialog, gui_services) -> None:
    d = evaluation_dialog
    d.closure_radio.setChecked(True)
    assert d.save() is None
    assert d.error_text("level") == "終結評価は①〜⑤か事業延長を選んでください"
    assert d.result() != EvaluationDialog.DialogCode.Accepted
    assert stored_evaluations(gui_services) == []


def test_monitoring_disables_the_levels(evaluation_dialog, gui_services) -> None:
    d = evaluation_dialog
    assert [r.text() for r in d.level_radios.values()] == [
        "① 上回って達成", "② 達成", "③ ほぼ達成", "④ 一部達成", "⑤ 達成できなかった", "事業延長",
    ]  # fmt: skip
    d.closure_radio.setChecked(True)
    assert all(r.isEnabled() for r in d.level_radios.values())
    d.level_radios[6].setChecked(True)
    d.monitoring_radio.setChecked(True)
    assert not any(r.isEnabled() for r in d.level_radios.values())
    assert not d.reason_combo.isEnabled()
    d.changes_list.boxes["sos"].setChecked(True)
    assert d.save() is not None
    assert stored_evaluations(gui_services) == [("monitoring", None, False, ["sos"])]


def test_screenshots(status_dialog, evaluation_dialog, qtbot) -> None:
    SHOTS.mkdir(exist_ok=True)
    status_dialog.show()
    qtbot.waitExposed(status_dialog)
    assert status_dialog.grab().save(str(SHOTS / "status_dialog.png"))
    e = evaluation_dialog
    e.set_kind("closure")
    e.changes_list.boxes["motivation"].setChecked(True)
    e.show()
    qtbot.waitExposed(e)
    assert e.save() is None  # no level: the message shows under 評価
    assert e.grab().save(str(SHOTS / "evaluation_dialog.png"))
