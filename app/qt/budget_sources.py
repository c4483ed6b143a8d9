"""The budget sheets as grids: :class:`SheetSource` adapters over BudgetSheetService.

Each source lays a stored sheet out as rows and columns and turns a grid write into the
service's verbs — a block of amounts in ONE ``set_amounts`` / ``set_cashflow_cells`` call, so
a paste is all or nothing. Totals rows are read from the service's figures (computed in
``app.domain.budget``), never added up here.

* :class:`HouseholdSheetSource` — 相談時家計表 (項目, 現状, 本人の見込み) and 家計計画表 (項目, 現状,
  計画, 差額, one 実績 column per follow-up month); 収入 rows, 収入合計, 支出 rows, 支出合計, loans
  received (not income), 収支差額.
* :class:`SpecialExpenseSource` — 特別支出: one row per item, a column per month (4月→3月),
  年額; the last rows add a new item and show the totals and the monthly 積立.
* :class:`CashflowSource` — キャッシュフロー表: 基準額 and 変動率 per row, then one column per
  year (an amount typed in a year overrides the projection; clearing it restores it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.budget import ColumnTotals, percent_text
from app.domain.budget_drafts import SpecialExpenseDraft, actual_column
from app.domain.errors import FieldError, ValidationError
from app.qt.sheet_model import Cell, CellWrite

FISCAL_MONTHS = (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)


def _refuse(message: str) -> None:
    raise ValidationError([FieldError("cell", "セル", "read_only", message)])


@dataclass(frozen=True)
class _Line:
    """One grid row: a stored sheet row (``row_id``) or a computed total (``total``)."""

    label: str
    row_id: int | None = None
    total: str | None = None  # "income" / "expense" / "loans" / "balance"
    section: str = ""
    feed: str | None = None


class HouseholdSheetSource:
    """A 相談時家計表 or 家計計画表 (``budget`` is a BudgetSheetService)."""

    def __init__(self, budget, sheet_id: int) -> None:
        self._budget, self.sheet_id = budget, sheet_id
        self.reload()

    def reload(self) -> None:
        self.detail = d = self._budget.sheet(self.sheet_id)
        self.plan = d.kind == "plan"
        if self.plan:
            self.columns = ["current", "plan", "difference", *(actual_column(m) for m in d.actual_months)]
        else:
            self.columns = ["current", "estimate"]
        self._rows_by_id = {r.id: r for r in d.rows}
        lines: list[_Line] = []
        for section, total, total_label in (
            ("income", "income", QCoreApplication.translate("budget_sources", "Total income")),
            ("expense", "expense", QCoreApplication.translate("budget_sources", "Total expenses")),
        ):
            for r in d.rows:
                if r.section == section and not r.is_loan:
                    lines.append(_Line(r.label, r.id, section=section, feed=r.feed))
            lines.append(_Line(total_label, total=total))
        for r in d.rows:
            if r.is_loan or r.section not in ("income", "expense"):
                lines.append(_Line(r.label, r.id, section=r.section))
        lines.append(
            _Line(QCoreApplication.translate("budget_sources", "Balance (income − expenses)"), total="balance")
        )
        self.lines = lines

    # ---- SheetSource -----------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.lines)

    def column_count(self) -> int:
        return 1 + len(self.columns)

    def header(self, col: int) -> str:
        if col == 0:
            return QCoreApplication.translate("budget_sources", "Item")
        name = self.columns[col - 1]
        fixed = {"current": QCoreApplication.translate("budget_sources", "Now"), "estimate": QCoreApplication.translate("budget_sources", "Person's estimate"), "plan": QCoreApplication.translate("budget_sources", "Plan"),
                 "difference": QCoreApplication.translate("budget_sources", "Difference")}  # fmt: skip
        if name in fixed:
            return fixed[name]
        month = self.detail.actual_months[col - 1 - 3]
        return QCoreApplication.translate("budget_sources", "Actual %1").replace("%1", f"{month.year}/{month.month}")

    def row_header(self, row: int) -> str:
        line = self.lines[row]
        if line.total is not None:
            return ""
        if line.row_id is not None and self._rows_by_id[line.row_id].is_loan:
            return QCoreApplication.translate("budget_sources", "Loan")
        return {
            "income": QCoreApplication.translate("budget_sources", "Income"),
            "expense": QCoreApplication.translate("budget_sources", "Expense"),
        }.get(line.section, "")

    def cell(self, row: int, col: int) -> Cell:
        line = self.lines[row]
        if line.total is not None:
            if col == 0:
                return Cell(line.label, "label", False, emphasis=True)
            value = self._total(line.total, self.columns[col - 1])
            warning = (
                QCoreApplication.translate("budget_sources", "The balance is negative")
                if line.total == "balance" and value < 0
                else ""
            )
            return Cell(value, "total", False, emphasis=True, warning=warning)
        r = self._rows_by_id[line.row_id]
        if col == 0:
            return Cell(r.label, "label", True)
        name = self.columns[col - 1]
        if name == "difference":
            return Cell(r.difference, "total", False)
        if name.startswith("actual:"):
            return Cell(r.actuals[col - 1 - 3], "yen", True)
        fed = self.plan and name == "plan" and r.feed is not None
        value = {"current": r.current, "estimate": r.estimate, "plan": r.plan}[name]
        return Cell(
            value,
            "yen",
            not fed,
            warning=QCoreApplication.translate("budget_sources", "From the repayment plans") if fed else "",
        )

    def _total(self, which: str, column: str) -> int:
        t = self.detail.totals
        if column.startswith("actual:"):
            month = self.detail.actual_months[self.columns.index(column) - 3]
            totals: ColumnTotals = t.actuals[month]
        else:
            totals = getattr(t, column)
        return {"income": totals.income, "expense": totals.expense, "balance": totals.balance}[which]

    def write(self, cells: list[CellWrite]) -> None:
        amounts, labels = [], []
        for row, col, value in cells:
            line = self.lines[row]
            if line.row_id is None:
                _refuse(QCoreApplication.translate("budget_sources", "A total cannot be typed over"))
            if col == 0:
                labels.append((line.row_id, str(value or "")))
            else:
                amounts.append((line.row_id, self.columns[col - 1], value))
        if amounts:
            self._budget.set_amounts(self.sheet_id, amounts)
        for row_id, label in labels:
            self._budget.set_row_label(self.sheet_id, row_id, label)

    # ---- rows ------------------------------------------------------------------------------
    def row_id(self, row: int) -> int | None:
        return self.lines[row].row_id if 0 <= row < len(self.lines) else None

    def section_at(self, row: int) -> str:
        """The section a new row inserted at grid row ``row`` belongs to."""
        for line in self.lines[row:]:
            if line.total in ("income", "expense"):
                return line.total
            if line.row_id is not None:
                return line.section
        return "expense"

    def position_of(self, row: int) -> int:
        """Where a new row inserted before grid row ``row`` goes: the 0-based index among the
        sheet's stored rows (``insert_row``'s position), after the last row when none follows."""
        order = [r.id for r in self.detail.rows]
        for line in self.lines[row:]:
            if line.row_id is not None:
                return order.index(line.row_id)
        return len(order)


class SpecialExpenseSource:
    """特別支出 of a 家計計画表: items × months (4月→3月), 年額; a blank row adds an item."""

    def __init__(self, budget, sheet_id: int) -> None:
        self._budget, self.sheet_id = budget, sheet_id
        self.reload()

    def reload(self) -> None:
        self.detail = d = self._budget.sheet(self.sheet_id)
        labels: list[str] = []
        for e in d.special_expenses:
            if e.label not in labels:
                labels.append(e.label)
        self.labels = labels
        self._by_cell = {(e.label, e.month): e for e in d.special_expenses}

    def row_count(self) -> int:
        return len(self.labels) + 3  # items, a blank row for a new one, 月別合計, 積立

    def column_count(self) -> int:
        return 1 + 12 + 1

    def header(self, col: int) -> str:
        if col == 0:
            return QCoreApplication.translate("budget_sources", "Yearly expense")
        if col == 13:
            return QCoreApplication.translate("budget_sources", "Year total")
        return QCoreApplication.translate("budget_sources", "%1月").replace("%1", str(FISCAL_MONTHS[col - 1]))

    def row_header(self, row: int) -> str:
        return ""

    def cell(self, row: int, col: int) -> Cell:
        n = len(self.labels)
        summary = self.detail.special
        if row == n + 1:
            if col == 0:
                return Cell(QCoreApplication.translate("budget_sources", "Total"), "label", False, emphasis=True)
            if col == 13:
                return Cell(summary.yearly_total, "total", False, emphasis=True)
            return Cell(summary.by_month.get(FISCAL_MONTHS[col - 1], 0), "total", False, emphasis=True)
        if row == n + 2:
            if col == 0:
                return Cell(
                    QCoreApplication.translate("budget_sources", "Monthly reserve (year ÷ 12)"),
                    "label",
                    False,
                    emphasis=True,
                )
            return Cell(summary.monthly_reserve if col == 13 else None, "total", False, emphasis=True)
        label = self.labels[row] if row < n else ""
        if col == 0:
            return Cell(label or None, "label", True)
        if col == 13:
            total = sum(e.amount_yen for (lb, _m), e in self._by_cell.items() if lb == label) if label else None
            return Cell(total, "total", False)
        e = self._by_cell.get((label, FISCAL_MONTHS[col - 1]))
        return Cell(e.amount_yen if e else None, "yen", bool(label))

    def write(self, cells: list[CellWrite]) -> None:
        n = len(self.labels)
        for row, col, value in cells:
            if row > n or col == 13:
                _refuse(QCoreApplication.translate("budget_sources", "A total cannot be typed over"))
            label = self.labels[row] if row < n else ""
            if col == 0:
                self._rename(label, str(value or "").strip())
                continue
            month = FISCAL_MONTHS[col - 1]
            existing = self._by_cell.get((label, month))
            if value is None:
                if existing is not None:
                    self._budget.delete_special_expense(self.sheet_id, existing.id)
            else:
                draft = SpecialExpenseDraft(label, month, int(value))
                self._budget.set_special_expense(self.sheet_id, draft, existing.id if existing else None)
                starter = self._by_cell.get((label, FISCAL_MONTHS[0]))
                if month != FISCAL_MONTHS[0] and starter is not None and starter.amount_yen == 0:
                    self._budget.delete_special_expense(self.sheet_id, starter.id)  # the new item's 0 in April

    def _rename(self, old: str, new: str) -> None:
        if not old:  # a new item: it exists once it has an amount; start it at 0 in April
            if new:
                self._budget.set_special_expense(self.sheet_id, SpecialExpenseDraft(new, 4, 0))
            return
        for (label, month), e in self._by_cell.items():
            if label == old:
                if new:
                    self._budget.set_special_expense(self.sheet_id, SpecialExpenseDraft(new, month, e.amount_yen), e.id)
                else:
                    self._budget.delete_special_expense(self.sheet_id, e.id)


class CashflowSource:
    """A キャッシュフロー表: ages, life events, income and expense rows with 基準額 and 変動率,
    then 収入合計, 支出合計, 年間収支, 貯蓄残高 per year."""

    FIXED = 3  # 項目, 基準額, 変動率

    def __init__(self, budget, plan_id: int) -> None:
        self._budget, self.plan_id = budget, plan_id
        self.reload()

    def reload(self) -> None:
        self.detail = d = self._budget.cashflow(self.plan_id)
        p = d.projection
        events = {y: " ".join(e.label for e in d.life_events if e.year == y) for y in p.years}
        rows: list[tuple[str, Callable[[int], Cell]]] = []
        for m in d.members:
            name = f"{m.relationship_label} {m.name}".strip() or QCoreApplication.translate("budget_sources", "Person")
            rows.append((QCoreApplication.translate("budget_sources", "Age: %1").replace("%1", name),
                         lambda i, m=m: Cell(None if m.ages[i] is None else f"{m.ages[i]}歳", "text", False)))  # fmt: skip
        rows.append(
            (
                QCoreApplication.translate("budget_sources", "Life events"),
                lambda i: Cell(events[p.years[i]] or None, "text", False),
            )
        )
        self._line_rows: dict[int, int] = {}
        for section, total in (("income", p.income), ("expense", p.expense)):
            for k, r in enumerate(d.rows):
                if r.section == section:
                    self._line_rows[len(rows)] = k
                    rows.append((r.label, lambda i, k=k: self._amount(k, i)))
            if section == "expense" and any(p.life_event_costs):
                rows.append(
                    (
                        QCoreApplication.translate("budget_sources", "Life event costs"),
                        lambda i: Cell(p.life_event_costs[i], "total", False),
                    )
                )
            label = (
                QCoreApplication.translate("budget_sources", "Total income")
                if section == "income"
                else QCoreApplication.translate("budget_sources", "Total expenses")
            )
            rows.append((label, lambda i, total=total: Cell(total[i], "total", False, emphasis=True)))
        rows.append(
            (
                QCoreApplication.translate("budget_sources", "Balance of the year"),
                lambda i: Cell(p.balance[i], "total", False, emphasis=True),
            )
        )
        rows.append((QCoreApplication.translate("budget_sources", "Savings at year end"), self._savings))
        self.rows = rows

    def _amount(self, k: int, i: int) -> Cell:
        r = self.detail.rows[k]
        typed = dict(r.overrides)
        warning = QCoreApplication.translate("budget_sources", "Typed over the projection") if i in typed else ""
        if r.feed is not None:
            warning = warning or QCoreApplication.translate("budget_sources", "From the repayment plans")
        return Cell(r.amounts[i], "yen", True, warning=warning)

    def _savings(self, i: int) -> Cell:
        p = self.detail.projection
        negative = p.savings[i] < 0
        return Cell(p.savings[i], "total", False, emphasis=True,
                    warning=QCoreApplication.translate("budget_sources", "Savings run out") if negative else "")  # fmt: skip

    def row_count(self) -> int:
        return len(self.rows)

    def column_count(self) -> int:
        return self.FIXED + len(self.detail.columns)

    def header(self, col: int) -> str:
        if col < self.FIXED:
            return (
                QCoreApplication.translate("budget_sources", "Item"),
                QCoreApplication.translate("budget_sources", "Base amount"),
                QCoreApplication.translate("budget_sources", "Change / year"),
            )[col]
        c = self.detail.columns[col - self.FIXED]
        elapsed = QCoreApplication.translate("budget_sources", "Year %1").replace("%1", str(c.index))
        return f"{c.year}\n{c.wareki}\n{elapsed}"

    def row_header(self, row: int) -> str:
        return ""

    def cell(self, row: int, col: int) -> Cell:
        label, at = self.rows[row]
        k = self._line_rows.get(row)
        if col == 0:
            return Cell(label, "label", k is not None, emphasis=k is None and row > 0 and "合計" in label)
        if col in (1, 2):
            if k is None:
                return Cell(None, "text", False)
            r = self.detail.rows[k]
            if r.feed is not None:
                return Cell(None, "text", False)
            return Cell(r.base_yen, "yen", True) if col == 1 else Cell(percent_text(r.rate_bp), "text", True)
        return at(col - self.FIXED)

    def write(self, cells: list[CellWrite]) -> None:
        years = []
        for row, col, value in cells:
            k = self._line_rows.get(row)
            if k is None:
                _refuse(
                    QCoreApplication.translate("budget_sources", "Only the income and expense rows can be typed in")
                )
            r = self.detail.rows[k]
            if col == 0:
                self._budget.set_cashflow_row_label(self.plan_id, r.id, str(value or ""))
            elif col == 1:
                self._budget.set_cashflow_base(self.plan_id, r.id, int(value or 0))
            elif col == 2:
                self._budget.set_cashflow_rate(self.plan_id, r.id, str(value or "0"))
            else:
                years.append((r.id, col - self.FIXED, value))
        if years:
            self._budget.set_cashflow_cells(self.plan_id, years)

    def line_id(self, row: int) -> int | None:
        k = self._line_rows.get(row)
        return self.detail.rows[k].id if k is not None else None
