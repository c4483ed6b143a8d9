"""What the case file's buttons and timeline do: the dialogs that change a case (status,
evaluation, a new or edited plan, referral, employment outcome, use of another programme),
opening a timeline entry, and printing. ``sig_changed(case_id, message)`` after a save.

``run_dialog`` runs a dialog modally and says whether it was accepted; tests replace it to
fill and save the dialog without blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from app.domain.errors import LedgerError
from app.qt.messages import MessagePresenter
from app.views.intake.evaluation_dialog import EvaluationDialog
from app.views.intake.plan_dialog import PlanDialog
from app.views.intake.record_dialogs import ContactDialog, OutcomeDialog, ReferralDialog, ServiceUseDialog
from app.views.intake.status_dialog import StatusDialog

EDITABLE = ("contact", "plan", "referral", "outcome", "service")


class CaseActions(QObject):
    sig_changed = Signal(int, str)  # (case id, status-bar message)

    def __init__(
        self,
        services,
        today: Callable[[], date],
        presenter: MessagePresenter,
        parent: QWidget,
        *,
        staff_id: int | None = None,
        timeline_entry: Callable[[str, int], object | None] = lambda kind, id_: None,
    ) -> None:
        super().__init__(parent)
        self._sv, self._today, self._presenter, self._parent = services, today, presenter, parent
        self._staff_id = staff_id
        self._entry = timeline_entry
        self.run_dialog: Callable[[QDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.choose: Callable[[str, list[str]], int | None] = self._choose_from_list
        self.last_dialog: QDialog | None = None

    # ---- the case's programmes -------------------------------------------------------------
    def _programmes(self, case_id: int, *, open_only: bool = True) -> list[tuple[str, str]]:
        case = self._sv.cases.get_case(case_id)
        members = [m for m in case.programmes if m.ended_on is None] if open_only else []
        return [(m.programme, m.programme_label) for m in (members or case.programmes)]

    def _choose_from_list(self, title: str, labels: list[str]) -> int | None:
        label, ok = QInputDialog.getItem(self._parent, self.tr("Programme"), title, labels, 0, False)
        return labels.index(label) if ok else None

    def _run(self, dialog: QDialog, case_id: int, message: str) -> bool:
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.sig_changed.emit(case_id, message)
            return True
        return False

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except LedgerError as exc:
            self._presenter.error(self._parent, self.tr("Case file"), str(exc))

    # ---- status and evaluation -------------------------------------------------------------
    def change_status(self, case_id: int) -> None:
        sv = self._sv
        dialog = StatusDialog(sv.cases, sv.codes, self._today, case_id, staff_id=self._staff_id, parent=self._parent)
        self._run(dialog, case_id, self.tr("The status was changed."))

    def record_evaluation(self, case_id: int) -> None:
        def run() -> None:
            programmes = self._programmes(case_id, open_only=False)
            if len(programmes) == 1:
                programme = programmes[0][0]
            else:
                chosen = self.choose(self.tr("Evaluate which programme?"), [label for _c, label in programmes])
                if chosen is None:
                    return
                programme = programmes[chosen][0]
            sv = self._sv
            dialog = EvaluationDialog(sv.cases, sv.codes, self._today, case_id, programme, staff_id=self._staff_id,
                                      parent=self._parent)  # fmt: skip
            self._run(dialog, case_id, self.tr("The evaluation was recorded."))

        self._guard(run)

    # ---- new records -----------------------------------------------------------------------
    def new_record(self, case_id: int, kind: str) -> None:
        self._guard(lambda: self._open(case_id, kind, None))

    def open_entry(self, case_id: int, kind: str, record_id: int) -> None:
        """Enter / double click on a timeline entry: edit it, or show it in full."""
        if kind in EDITABLE:
            self._guard(lambda: self._open(case_id, kind, record_id))
            return
        entry = self._entry(kind, record_id)
        if entry is not None:
            text = f"{entry.on:%Y-%m-%d}　{entry.title}\n\n{entry.detail}".rstrip()
            self._presenter.info(self._parent, self.tr("Case file"), text)

    def _open(self, case_id: int, kind: str, record_id: int | None) -> None:
        sv, p, today, staff = self._sv, self._parent, self._today, self._staff_id
        new = record_id is None
        if kind == "contact" and record_id is not None:
            dialog = ContactDialog(sv.records, sv.codes, today, contact_id=record_id,
                                   programmes=self._programmes(case_id, open_only=False), parent=p)  # fmt: skip
            message = self.tr("The contact was corrected.")
        elif kind == "plan":
            dialog = PlanDialog(sv.cases, sv.records, sv.codes, sv.agencies, today, case_id=case_id,
                                programmes=self._programmes(case_id), plan_id=record_id, staff_id=staff, parent=p)  # fmt: skip
            message = self.tr("The plan was saved.")
        elif kind == "referral":
            case = sv.cases.get_case(case_id)
            dialog = ReferralDialog(sv.cases, sv.records, sv.agencies, today, case_id=case_id, person_id=case.person.id,
                                    programmes=self._programmes(case_id, open_only=new), referral_id=record_id,
                                    staff_id=staff, parent=p)  # fmt: skip
            message = self.tr("The referral was saved.")
        elif kind == "outcome":
            dialog = OutcomeDialog(sv.records, sv.codes, today, case_id=case_id, outcome_id=record_id, staff_id=staff,
                                   parent=p)  # fmt: skip
            message = self.tr("The employment outcome was saved.")
        elif kind == "service":
            dialog = ServiceUseDialog(sv.records, sv.codes, sv.agencies, today, case_id=case_id, use_id=record_id,
                                      staff_id=staff, parent=p)  # fmt: skip
            message = self.tr("The use of another programme was saved.")
        else:
            raise ValueError(kind)
        self._run(dialog, case_id, message)
