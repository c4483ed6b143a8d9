"""The screens' side of the audit trail: views, printouts, exports and imports are recorded
through the open ledger's ``AuditService`` (``install`` at sign-in, ``uninstall`` when the
window closes). Recording comes first: when it fails the screen does not show, print or
write the data (the user is told why), so nothing is seen or handed out unrecorded.

Without an installed service (the command line's own code paths, some widget tests) nothing
is recorded and everything is allowed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.errors import LedgerError

_service: Any = None


def install(audit_service: Any) -> None:
    global _service
    _service = audit_service


def uninstall(audit_service: Any = None) -> None:
    """Stop recording (only if ``audit_service`` is the installed one, when given)."""
    global _service
    if audit_service is None or _service is audit_service:
        _service = None


def installed() -> bool:
    return _service is not None


def note(action: str, table: str = "", record_id: int | None = None, detail: str = "") -> None:
    """Record one entry; LedgerError when the ledger refuses it."""
    if _service is not None:
        _service.record_event(action, table, record_id, detail)


def allowed(
    parent: Any, presenter: Any, action: str, table: str = "", record_id: int | None = None, detail: str = ""
) -> bool:
    """Record the entry and say whether the screen may go on; when recording fails the
    presenter shows why and the caller shows, prints or writes nothing."""
    try:
        note(action, table, record_id, detail)
    except LedgerError as exc:
        if presenter is not None:
            title = QCoreApplication.translate("audit_trail", "Not recorded")
            text = QCoreApplication.translate(
                "audit_trail", "This could not be recorded in the audit trail, so it was not done:\n%1"
            ).replace("%1", str(exc))
            presenter.error(parent, title, text)
        return False
    return True
