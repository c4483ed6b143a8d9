"""BudgetSheetService: the 家計改善支援 sheets of a case (household-budget.md §1–3, 5).

相談時家計表 (``consultation``: columns 現状 and 見込) and 家計計画表 (``plan``: 現状 copied from a
consultation sheet, 計画, 差額 and one 実績 column per follow-up month, with 特別支出), the
キャッシュフロー表 with its life events, and the 家計改善支援計画書; the row templates they are
made from.

Contracts
---------
* Every public method is one ``ledger.transaction()`` (writes) or ``ledger.reading()``
  (reads); input is validated first (ValidationError, nothing written); a sheet, row, plan or
  template that does not exist (or belongs to another sheet) is NotFoundError.
* The grid's cell edits are one short transaction each and return the sheet's new totals
  (``SheetTotals``) or the cash flow's new ``Projection``, so the grid repaints its total rows
  without reading the sheet again. The bulk forms (``set_amounts``, ``set_cashflow_cells``)
  write every cell or none.
* Rows fed from the repayment plans (``feed``): a plan sheet's 計画 of 債務返済 / 滞納分 is what
  the case's instalment agreements require in the sheet's month (DebtService.case_feeds) and
  is not typed (ValidationError ``fed``); ``refresh_feeds`` reads it again. A cash-flow fed row
  takes each year's amount from DebtService.case_yearly_feeds; only an override cell replaces
  it.
* 実績 cells are never empty: a month column holds an amount (0 until typed) for every row of
  the sheet — adding a month, or a row, fills it with 0; clearing a cell writes 0; a month
  column exists while its amounts do.
* Template edits change only sheets made afterwards: a sheet copies its rows when made.

The cash-flow verbs live in app.services.budget_cashflow (``CashflowMethods``) for size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.budget import (
    CASHFLOW_SECTIONS,
    FEEDS,
    SHEET_SECTIONS,
    SheetLine,
    SheetTotals,
    SpecialItem,
    line_difference,
    sheet_totals,
    special_expense_summary,
)
from app.domain.budget_drafts import (
    COLUMN_LABELS,
    ImprovementPlanDraft,
    SheetColumn,
    SheetHeaderDraft,
    SpecialExpenseDraft,
    check_label,
    check_yen,
    parse_column,
    validate_improvement_plan,
    validate_sheet_header,
    validate_special_expense,
)
from app.domain.errors import ConflictError, NotFoundError
from app.domain.validation import Checker, clean_text
from app.models import (
    Agency,
    BudgetActual,
    BudgetImprovementPlan,
    BudgetPlanMonitoring,
    BudgetSheet,
    BudgetSheetRow,
    BudgetTemplate,
    BudgetTemplateRow,
    Case,
    CaseProgramme,
    Evaluation,
    Meeting,
    SpecialExpense,
)
from app.models.base import utc_now
from app.services.base import Service, get_or_404, resolve_code, resolve_codes
from app.services.budget_cashflow import (
    STEP,
    CashflowMethods,
    case_of,
    insert_at,
    invalid,
    pick,
    staff_name,
    usable_template,
)
from app.services.budget_rows import (
    SHEET_KIND_LABELS,
    ImprovementPlanDetail,
    MonitoringRow,
    SheetDetail,
    SheetLineRow,
    SheetSummary,
    SpecialExpenseRow,
    TemplateDetail,
    TemplateLineRow,
)
from app.services.cases import _check_not_before_opening, _check_staff

Cell = tuple[int, str, int | None]  # (row id, column, yen or None)
_KIND_COLUMNS = {"consultation": ("current", "estimate"), "plan": ("current", "plan", "actual")}
_TEMPLATE_KINDS = {"household": SHEET_SECTIONS, "cashflow": CASHFLOW_SECTIONS}


def _month_start(d: date) -> date:
    return d.replace(day=1)


# ---- look-ups -------------------------------------------------------------------------------
def _sheet(s: Session, sheet_id: int) -> BudgetSheet:
    return get_or_404(s, BudgetSheet, sheet_id, "家計表")


def _sheet_rows(s: Session, sheet_id: int) -> list[BudgetSheetRow]:
    q = (
        select(BudgetSheetRow)
        .where(BudgetSheetRow.sheet_id == sheet_id)
        .order_by(BudgetSheetRow.position, BudgetSheetRow.id)
        .options(selectinload(BudgetSheetRow.actuals))
    )
    return list(s.scalars(q))


def _months(rows: Iterable[BudgetSheetRow]) -> list[date]:
    return sorted({a.month for r in rows for a in r.actuals})


def _line(r: BudgetSheetRow, *, with_actuals: bool = True) -> SheetLine:
    actuals = {a.month: a.amount_yen for a in r.actuals} if with_actuals else {}
    return SheetLine(r.section, r.label, r.current_yen, r.estimate_yen, r.plan_yen, actuals, r.is_loan, r.feed)


def _totals(rows: Sequence[BudgetSheetRow]) -> SheetTotals:
    return sheet_totals([_line(r) for r in rows], _months(rows))


def _parse_cells(cells: Sequence[Cell]) -> list[SheetColumn]:
    c, columns = Checker(), []
    for i, (_row_id, column, yen) in enumerate(cells):
        try:
            columns.append(parse_column(column))
        except ValueError:
            columns.append(SheetColumn("", None))
            c.add(f"cells.{i}.column", "列", "unknown_column", f"列「{column}」はありません")
        check_yen(c, f"cells.{i}.yen", "金額", yen)
    c.raise_if_any()
    return columns


def _write_cell(sheet: BudgetSheet, row: BudgetSheetRow, col: SheetColumn, yen: int | None, months: set) -> None:
    if col.name not in _KIND_COLUMNS[sheet.kind]:
        kind = SHEET_KIND_LABELS[sheet.kind]
        raise invalid("column", "列", "not_for_kind", f"{kind}に「{COLUMN_LABELS[col.name]}」の列はありません")
    if col.name == "plan" and row.feed is not None and yen != row.plan_yen:  # pasting it back is no change
        message = f"「{row.label}」の計画額は返済計画（分納）から入ります。分納の内容を変更してください"
        raise invalid("yen", "金額", "fed", message)
    if col.name != "actual":
        setattr(row, f"{col.name}_yen", yen)
        return
    if col.month not in months:
        raise invalid("column", "列", "no_month", f"{col.month:%Y年%m月}の実績列がありません")
    actual = next((a for a in row.actuals if a.month == col.month), None)
    if actual is None:
        row.actuals.append(BudgetActual(month=col.month, amount_yen=yen or 0))
    else:
        actual.amount_yen = yen or 0


def _summary(s: Session, sheet: BudgetSheet, rows: Sequence[BudgetSheetRow]) -> SheetSummary:
    totals = sheet_totals([_line(r, with_actuals=False) for r in rows], ())
    balance = totals.current.balance if sheet.kind == "consultation" else totals.plan.balance
    return SheetSummary(
        sheet.id,
        sheet.case_id,
        sheet.kind,
        SHEET_KIND_LABELS[sheet.kind],
        sheet.made_on,
        staff_name(s, sheet.staff_id),
        sheet.month_basis,
        sheet.base_sheet_id,
        balance,
        sheet.version,
    )


def _header_differences(sheet: BudgetSheet, d: SheetHeaderDraft) -> list[tuple[str, str, str]]:
    pairs = (
        ("作成日", sheet.made_on, d.made_on),
        ("対象月", sheet.month_basis, clean_text(d.month_basis)),
        ("預貯金残高", sheet.savings_yen, d.savings_yen),
        ("備考", sheet.note, d.note),
    )
    return [(label, "" if a is None else str(a), "" if b is None else str(b)) for label, a, b in pairs if a != b]


def _improvement_detail(s: Session, p: BudgetImprovementPlan) -> ImprovementPlanDetail:
    return ImprovementPlanDetail(
        id=p.id,
        version=p.version,
        case_id=p.case_id,
        made_on=p.made_on,
        staff_id=p.staff_id,
        staff_name=staff_name(s, p.staff_id),
        issues=p.issues,
        goals=p.goals,
        person_actions=p.person_actions,
        supports=tuple(c.code for c in p.supports),
        support_labels=tuple(c.label for c in p.supports),
        agency_ids=tuple(a.id for a in p.agencies),
        agency_names=tuple(f"{a.name} {a.department}".strip() for a in p.agencies),
        period_from=p.period_from,
        period_to=p.period_to,
        monitorings=tuple(MonitoringRow(m.id, m.planned_on, m.done_on, m.note) for m in p.monitorings),
        approved_meeting_id=p.approved_meeting_id,
        evaluation_id=p.evaluation_id,
    )


class BudgetSheetService(CashflowMethods, Service):
    # ---- templates ------------------------------------------------------------------------
    def templates(self, sheet_kind: str, *, include_retired: bool = False) -> list[TemplateDetail]:
        """The templates of ``sheet_kind`` ("household" / "cashflow") with their rows, the
        standard one first. ValueError for another kind."""
        if sheet_kind not in _TEMPLATE_KINDS:
            raise ValueError(f"unknown sheet kind {sheet_kind!r}")
        with self._ledger.reading() as s:
            q = select(BudgetTemplate).where(BudgetTemplate.sheet_kind == sheet_kind)
            if not include_retired:
                q = q.where(BudgetTemplate.retired_on.is_(None))
            q = q.order_by(BudgetTemplate.for_older_person, BudgetTemplate.builtin.desc(), BudgetTemplate.id)
            return [
                TemplateDetail(
                    t.id,
                    t.name,
                    t.sheet_kind,
                    t.for_older_person,
                    t.builtin,
                    t.retired_on,
                    tuple(
                        TemplateLineRow(r.id, r.position, r.section, r.label, r.feed, r.is_loan, r.rate_bp)
                        for r in t.rows
                    ),
                )
                for t in s.scalars(q.options(selectinload(BudgetTemplate.rows)))
            ]

    def add_template_row(
        self,
        template_id: int,
        section: str,
        label: str,
        *,
        position: int | None = None,
        feed: str | None = None,
        is_loan: bool = False,
        rate_bp: int = 0,
    ) -> int:
        """Insert a row at ``position`` (0-based; None appends). Sheets already made keep
        their rows."""
        c = Checker()
        check_label(c, "label", "項目名", label)
        if feed is not None and feed not in FEEDS:
            c.add("feed", "返済計画との連動", "invalid", "連動先は債務返済か滞納分の支払いです")
        c.raise_if_any()
        with self._ledger.transaction() as s:
            t = get_or_404(s, BudgetTemplate, template_id, "様式")
            if section not in _TEMPLATE_KINDS[t.sheet_kind]:
                raise invalid("section", "区分", "invalid", "区分は収入・支出（家計表はその他も）から選んでください")
            if not -10_000 <= rate_bp <= 10_000:
                raise invalid("rate_bp", "変動率", "range", "変動率は-100%〜100%で入力してください")
            row = BudgetTemplateRow(
                section=section, label=clean_text(label), feed=feed, is_loan=is_loan, rate_bp=rate_bp, position=0
            )
            rows = list(t.rows)
            insert_at(rows, row, position)
            t.rows = rows
            t.updated_at = utc_now()
            s.flush()
            return row.id

    def rename_template_row(self, row_id: int, label: str) -> None:
        c = Checker()
        check_label(c, "label", "項目名", label)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            get_or_404(s, BudgetTemplateRow, row_id, "様式の行").label = clean_text(label)

    def delete_template_row(self, row_id: int) -> None:
        with self._ledger.transaction() as s:
            s.delete(get_or_404(s, BudgetTemplateRow, row_id, "様式の行"))

    # ---- sheets ---------------------------------------------------------------------------
    def create_consultation_sheet(
        self, case_id: int, template_id: int, made_on: date, staff_id: int | None = None
    ) -> int:
        """A 相談時家計表 with the template's rows, every amount empty."""
        c = Checker()
        validate_sheet_header(c, SheetHeaderDraft(made_on), self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = case_of(s, case_id)
            _check_staff(s, staff_id, "staff_id")
            _check_not_before_opening(case, made_on, "made_on", "作成日")
            t = usable_template(s, template_id, "household")
            sheet = BudgetSheet(
                case_id=case.id, kind="consultation", made_on=made_on, staff_id=staff_id, template_id=t.id
            )
            sheet.rows = [
                BudgetSheetRow(position=i * STEP, section=r.section, label=r.label, feed=r.feed, is_loan=r.is_loan)
                for i, r in enumerate(t.rows, start=1)
            ]
            s.add(sheet)
            s.flush()
            return sheet.id

    def create_plan_sheet(self, case_id: int, base_sheet_id: int, made_on: date, staff_id: int | None = None) -> int:
        """A 家計計画表 from a consultation sheet of the same case: its rows, its 現状 and its
        預貯金残高; 計画 is empty except the fed rows, which take what the case's agreements
        require in ``made_on``'s month."""
        c = Checker()
        validate_sheet_header(c, SheetHeaderDraft(made_on), self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = case_of(s, case_id)
            _check_staff(s, staff_id, "staff_id")
            _check_not_before_opening(case, made_on, "made_on", "作成日")
            base = _sheet(s, base_sheet_id)
            if base.case_id != case.id or base.kind != "consultation":
                message = "元にする表は、このケースの相談時家計表を選んでください"
                raise invalid("base_sheet_id", "元の相談時家計表", "invalid", message)
            if made_on < base.made_on:
                message = f"作成日は元の相談時家計表の作成日（{base.made_on:%Y-%m-%d}）以降にしてください"
                raise invalid("made_on", "作成日", "before_base", message)
            feeds = self._feeds(case.id, made_on) if any(r.feed for r in base.rows) else {}
            sheet = BudgetSheet(
                case_id=case.id,
                kind="plan",
                made_on=made_on,
                staff_id=staff_id,
                template_id=base.template_id,
                base_sheet_id=base.id,
                savings_yen=base.savings_yen,
            )
            sheet.rows = [
                BudgetSheetRow(
                    position=i * STEP,
                    section=r.section,
                    label=r.label,
                    feed=r.feed,
                    is_loan=r.is_loan,
                    current_yen=r.current_yen,
                    plan_yen=feeds.get(r.feed, 0) if r.feed else None,
                    note=r.note,
                )
                for i, r in enumerate(base.rows, start=1)
            ]
            s.add(sheet)
            s.flush()
            return sheet.id

    def _feeds(self, case_id: int, made_on: date) -> dict[str, int]:
        from app.services.debts import DebtService  # a sibling service; imported late on purpose

        return DebtService(self._ledger, self._today).case_feeds(case_id, _month_start(made_on))

    def sheets(self, case_id: int) -> list[SheetSummary]:
        """The case's sheets, newest first."""
        with self._ledger.reading() as s:
            case_of(s, case_id)
            q = (
                select(BudgetSheet)
                .where(BudgetSheet.case_id == case_id)
                .order_by(BudgetSheet.made_on.desc(), BudgetSheet.id.desc())
                .options(selectinload(BudgetSheet.rows))
            )
            return [_summary(s, sheet, sheet.rows) for sheet in s.scalars(q)]

    def sheet(self, sheet_id: int) -> SheetDetail:
        with self._ledger.reading() as s:
            sheet = _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            months = _months(rows)
            lines = []
            for r in rows:
                by_month = {a.month: a.amount_yen for a in r.actuals}
                lines.append(
                    SheetLineRow(
                        r.id,
                        r.position,
                        r.section,
                        r.label,
                        r.feed,
                        r.is_loan,
                        r.current_yen,
                        r.estimate_yen,
                        r.plan_yen,
                        line_difference(_line(r)),
                        tuple(by_month.get(m, 0) for m in months),
                        r.note,
                    )
                )
            specials = tuple(
                SpecialExpenseRow(e.id, e.position, e.label, e.month, e.amount_yen) for e in sheet.special_expenses
            )
            case = case_of(s, sheet.case_id)
            return SheetDetail(
                id=sheet.id,
                version=sheet.version,
                case_id=case.id,
                case_no=case.case_no,
                person_name=case.person.full_name,
                kind=sheet.kind,
                kind_label=SHEET_KIND_LABELS[sheet.kind],
                made_on=sheet.made_on,
                staff_id=sheet.staff_id,
                staff_name=staff_name(s, sheet.staff_id),
                template_id=sheet.template_id,
                base_sheet_id=sheet.base_sheet_id,
                month_basis=sheet.month_basis,
                savings_yen=sheet.savings_yen,
                note=sheet.note,
                rows=tuple(lines),
                actual_months=tuple(months),
                special_expenses=specials,
                special=special_expense_summary(SpecialItem(e.label, e.month, e.amount_yen) for e in specials),
                totals=_totals(rows),
                feed_month=_month_start(sheet.made_on) if sheet.kind == "plan" else None,
            )

    def set_header(self, sheet_id: int, draft: SheetHeaderDraft, expected_version: int) -> SheetSummary:
        """Save 作成日, 対象月, 預貯金残高 and 備考 of a sheet read at ``expected_version``;
        ConflictError if someone saved the header in between. A plan sheet's fed rows keep
        their amounts until ``refresh_feeds``."""
        c = Checker()
        validate_sheet_header(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            if sheet.version != expected_version:
                raise ConflictError(
                    "この家計表は他の人が先に保存しました。読み込み直すか、内容を確かめてもう一度保存してください。",
                    _header_differences(sheet, draft),
                )
            _check_not_before_opening(case_of(s, sheet.case_id), draft.made_on, "made_on", "作成日")
            sheet.made_on = draft.made_on
            sheet.month_basis = clean_text(draft.month_basis)
            sheet.savings_yen = draft.savings_yen
            sheet.note = draft.note
            s.flush()
            return _summary(s, sheet, sheet.rows)

    def refresh_feeds(self, sheet_id: int) -> SheetTotals:
        """Read the plan sheet's 債務返済 / 滞納分 計画 again from the case's agreements (for the
        first day of the sheet's month)."""
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            if sheet.kind != "plan":
                raise invalid("sheet_id", "家計表", "not_plan", "返済計画から入るのは家計計画表の計画額です")
            rows = _sheet_rows(s, sheet_id)
            feeds = self._feeds(sheet.case_id, sheet.made_on)
            for r in rows:
                if r.feed is not None:
                    r.plan_yen = feeds.get(r.feed, 0)
            s.flush()
            return _totals(rows)

    def delete_sheet(self, sheet_id: int) -> None:
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            if s.scalar(select(BudgetSheet.id).where(BudgetSheet.base_sheet_id == sheet.id).limit(1)):
                message = "この相談時家計表を元にした家計計画表があります。先にそちらを削除してください"
                raise invalid("sheet_id", "家計表", "in_use", message)
            s.delete(sheet)

    # ---- cells and rows (the grid) ----------------------------------------------------------
    def set_amount(self, sheet_id: int, row_id: int, column: str, yen: int | None) -> SheetTotals:
        """One cell: ``column`` is "current" / "estimate" (相談時家計表), "current" / "plan" /
        "actual:YYYY-MM" (家計計画表); None empties it (a 実績 cell becomes 0)."""
        return self.set_amounts(sheet_id, [(row_id, column, yen)])

    def set_amounts(self, sheet_id: int, cells: Sequence[Cell]) -> SheetTotals:
        """Many cells (a block pasted from Excel) in one transaction: all are written or, on
        the first bad cell or unknown row, none."""
        columns = _parse_cells(cells)
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            months = set(_months(rows))
            for (row_id, _column, yen), col in zip(cells, columns, strict=True):
                _write_cell(sheet, pick(rows, row_id, "家計表の行"), col, yen, months)
            s.flush()
            return _totals(rows)

    def set_row_label(self, sheet_id: int, row_id: int, label: str) -> None:
        c = Checker()
        check_label(c, "label", "項目名", label)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            _sheet(s, sheet_id)
            row = s.get(BudgetSheetRow, row_id)
            if row is None or row.sheet_id != sheet_id:
                raise NotFoundError(f"家計表の行（ID {row_id}）が見つかりません")
            row.label = clean_text(label)

    def insert_row(self, sheet_id: int, position: int, section: str, label: str, *, is_loan: bool = False) -> int:
        """A new row before the row now at ``position`` (0-based; past the end appends)."""
        c = Checker()
        check_label(c, "label", "項目名", label)
        if section not in SHEET_SECTIONS:
            c.add("section", "区分", "invalid", "区分は収入・支出・その他から選んでください")
        c.raise_if_any()
        with self._ledger.transaction() as s:
            _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            row = BudgetSheetRow(sheet_id=sheet_id, section=section, label=clean_text(label), is_loan=is_loan)
            row.actuals = [BudgetActual(month=m, amount_yen=0) for m in _months(rows)]
            insert_at(rows, row, position)
            s.add(row)
            s.flush()
            return row.id

    def delete_row(self, sheet_id: int, row_id: int) -> SheetTotals:
        with self._ledger.transaction() as s:
            _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            row = pick(rows, row_id, "家計表の行")
            s.delete(row)
            rows.remove(row)
            s.flush()
            return _totals(rows)

    def move_row(self, sheet_id: int, row_id: int, position: int) -> None:
        """Move a row to ``position`` (0-based, in the order without the row)."""
        with self._ledger.transaction() as s:
            _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            row = pick(rows, row_id, "家計表の行")
            rows.remove(row)
            insert_at(rows, row, position)

    def add_actual_month(self, sheet_id: int, month: date) -> date:
        """A 実績 column for ``month`` (any day of it) on a plan sheet, every row at 0; returns
        the 1st of the month."""
        first = _month_start(month)
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            if sheet.kind != "plan":
                raise invalid("month", "実績月", "not_plan", "実績の列は家計計画表にだけ追加できます")
            if first < _month_start(sheet.made_on):
                raise invalid("month", "実績月", "before_plan", "実績月は計画の作成月以降にしてください")
            rows = _sheet_rows(s, sheet_id)
            if first in _months(rows):
                raise invalid("month", "実績月", "duplicate", f"{first:%Y年%m月}の実績列はすでにあります")
            for r in rows:
                r.actuals.append(BudgetActual(month=first, amount_yen=0))
            return first

    def remove_actual_month(self, sheet_id: int, month: date) -> SheetTotals:
        first = _month_start(month)
        with self._ledger.transaction() as s:
            _sheet(s, sheet_id)
            rows = _sheet_rows(s, sheet_id)
            if first not in _months(rows):
                raise NotFoundError(f"{first:%Y年%m月}の実績列が見つかりません")
            for r in rows:
                r.actuals = [a for a in r.actuals if a.month != first]
            s.flush()
            return _totals(rows)

    def set_special_expense(self, sheet_id: int, draft: SpecialExpenseDraft, expense_id: int | None = None) -> int:
        """Add a 特別支出 (``expense_id`` None) or change one; returns its id."""
        c = Checker()
        validate_special_expense(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            if expense_id is None:
                item = SpecialExpense(position=max((e.position for e in sheet.special_expenses), default=0) + STEP)
                sheet.special_expenses.append(item)
            else:
                item = pick(sheet.special_expenses, expense_id, "特別支出")
            item.label, item.month, item.amount_yen = clean_text(draft.label), draft.month, draft.amount_yen
            s.flush()
            return item.id

    def delete_special_expense(self, sheet_id: int, expense_id: int) -> None:
        with self._ledger.transaction() as s:
            sheet = _sheet(s, sheet_id)
            sheet.special_expenses.remove(pick(sheet.special_expenses, expense_id, "特別支出"))

    # ---- 家計改善支援計画書 ---------------------------------------------------------------------
    def improvement_plans(self, case_id: int) -> list[ImprovementPlanDetail]:
        """The case's 家計改善支援計画書, newest first."""
        with self._ledger.reading() as s:
            case_of(s, case_id)
            q = select(BudgetImprovementPlan).where(BudgetImprovementPlan.case_id == case_id)
            q = q.order_by(BudgetImprovementPlan.made_on.desc(), BudgetImprovementPlan.id.desc())
            return [_improvement_detail(s, p) for p in s.scalars(q)]

    def save_improvement_plan(
        self,
        case_id: int,
        draft: ImprovementPlanDraft,
        plan_id: int | None = None,
        expected_version: int | None = None,
    ) -> int:
        """A new plan (``plan_id`` None), or changes to one read at ``expected_version``
        (required then; ConflictError if someone saved it in between). The case must be in
        家計改善支援事業. Returns the plan's id."""
        if plan_id is not None and expected_version is None:
            raise ValueError("expected_version is required to change a saved plan")
        c = Checker()
        validate_improvement_plan(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = case_of(s, case_id)
            if plan_id is None:
                plan = BudgetImprovementPlan(case_id=case.id)
                s.add(plan)
            else:
                plan = get_or_404(s, BudgetImprovementPlan, plan_id, "家計改善支援計画書")
                if plan.case_id != case.id:
                    raise NotFoundError(f"家計改善支援計画書（ID {plan_id}）はこのケースのものではありません")
                if plan.version != expected_version:
                    raise ConflictError(
                        "この家計改善支援計画書は他の人が先に保存しました。読み込み直してからやり直してください。"
                    )
            with s.no_autoflush:
                self._check_improvement(s, case, draft, kept_agencies={a.id for a in plan.agencies})
                self._apply_improvement(s, plan, draft)
            s.flush()
            return plan.id

    def _check_improvement(self, s: Session, case: Case, d: ImprovementPlanDraft, kept_agencies: set[int]) -> None:
        programme = resolve_code(s, "programme", "household_budget", field="case_id", label="事業")
        member = select(CaseProgramme.id).where(
            CaseProgramme.case_id == case.id, CaseProgramme.programme_id == programme
        )
        if s.scalar(member) is None:
            raise invalid("case_id", "ケース", "not_member", "このケースは家計改善支援事業を利用していません")
        _check_staff(s, d.staff_id, "staff_id")
        _check_not_before_opening(case, d.made_on, "made_on", "作成日")
        for agency_id in d.agency_ids:
            agency = s.get(Agency, agency_id)
            if agency is None:
                raise invalid("agency_ids", "関係機関", "unknown", "関係機関が見つかりません")
            if agency.retired_on is not None and agency_id not in kept_agencies:
                raise invalid("agency_ids", "関係機関", "retired", f"「{agency.name}」は廃止された関係機関です")
        if d.approved_meeting_id is not None and s.get(Meeting, d.approved_meeting_id) is None:
            raise invalid("approved_meeting_id", "利用決定の会議", "unknown", "会議が見つかりません")
        if d.evaluation_id is not None:
            ev = s.get(Evaluation, d.evaluation_id)
            if ev is None or ev.case_id != case.id:
                raise invalid("evaluation_id", "終結評価", "other_case", "このケースの評価を選んでください")

    def _apply_improvement(self, s: Session, plan: BudgetImprovementPlan, d: ImprovementPlanDraft) -> None:
        plan.supports = resolve_codes(s, "budget_support", d.supports, field="supports", label="支援内容")
        plan.agencies = [s.get(Agency, a) for a in d.agency_ids]
        plan.made_on, plan.staff_id = d.made_on, d.staff_id
        plan.issues, plan.goals, plan.person_actions = d.issues, d.goals, d.person_actions
        plan.period_from, plan.period_to = d.period_from, d.period_to
        plan.approved_meeting_id, plan.evaluation_id = d.approved_meeting_id, d.evaluation_id
        plan.monitorings = [
            BudgetPlanMonitoring(planned_on=m.planned_on, done_on=m.done_on, note=m.note) for m in d.monitorings
        ]
        plan.updated_at = utc_now()  # the links and monitorings live in other tables: bump the version too
