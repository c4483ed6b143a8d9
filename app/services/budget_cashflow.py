"""The キャッシュフロー表 half of BudgetSheetService (household-budget.md §3), and the small
look-ups both halves share; kept apart from budget_sheets.py only for size.

Contracts are those of app.services.budget_sheets: one transaction per public method,
validation first, NotFoundError for a plan or row that does not exist or belongs to another
plan. Every edit returns the new ``Projection`` (app.domain.budget: amounts per row and year,
収入合計, 支出合計 with the life events, 年間収支, 貯蓄残高, the first year in the red).

* A row's projected amount is its first-year ``base_yen`` grown by its 変動率; an override
  cell (``set_cashflow_cell``) replaces one year; None removes the override.
* A row fed from the repayment plans (債務返済) takes each year's amount from
  DebtService.case_yearly_feeds and stops after the agreements end; its base and 変動率 are
  not used and are refused (ValidationError ``fed``); only an override cell replaces a year.
* Shortening the table keeps the override cells of the years dropped (they come back if the
  table grows again); they are not part of the projection meanwhile.
* Ages are at 31 December of each year: the person (本人) first, then the household members
  of app.models.people; None before a member's birth year or without a birth date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.budget import (
    CASHFLOW_SECTIONS,
    CashflowLine,
    LifeEventCost,
    Projection,
    age_at_year_end,
    cashflow_projection,
)
from app.domain.budget_drafts import (
    CashflowHeaderDraft,
    LifeEventDraft,
    check_label,
    check_rate,
    check_years,
    check_yen,
    parse_rate_percent,
    validate_cashflow_header,
    validate_life_event,
)
from app.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.domain.validation import Checker, clean_text
from app.domain.wareki import format_wareki
from app.models import (
    BudgetTemplate,
    Case,
    CashflowCell,
    CashflowPlan,
    CashflowRow,
    Code,
    HouseholdMember,
    LifeEvent,
    StaffMember,
)
from app.services.base import Service, get_or_404
from app.services.budget_rows import (
    CashflowDetail,
    CashflowLineRow,
    CashflowSummary,
    LifeEventRow,
    MemberAges,
    YearColumn,
)
from app.services.cases import _check_staff

YearCell = tuple[int, int, int | None]  # (row id, year index, yen or None)
STEP = 10  # rows are numbered 10, 20, 30 … so the order survives a hand edit of the table


# ---- shared with budget_sheets ----------------------------------------------------------------
def invalid(field: str, label: str, code: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, label, code, message)])


def case_of(s: Session, case_id: int) -> Case:
    return get_or_404(s, Case, case_id, "ケース")


def staff_name(s: Session, staff_id: int | None) -> str:
    staff = s.get(StaffMember, staff_id) if staff_id is not None else None
    return staff.display_name if staff is not None else ""


def pick(items: Iterable, item_id: int, what: str):
    """The item of ``items`` with ``item_id``; NotFoundError naming ``what`` otherwise."""
    found = next((x for x in items if x.id == item_id), None)
    if found is None:
        raise NotFoundError(f"{what}（ID {item_id}）が見つかりません")
    return found


def insert_at(items: list, item: object, position: int | None) -> None:
    """Insert ``item`` at ``position`` (0-based, clamped; None appends) and renumber."""
    at = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(at, item)
    for i, x in enumerate(items, start=1):
        if x.position != i * STEP:
            x.position = i * STEP


def usable_template(s: Session, template_id: int, kind: str) -> BudgetTemplate:
    t = get_or_404(s, BudgetTemplate, template_id, "様式")
    if t.sheet_kind != kind:
        raise invalid("template_id", "様式", "wrong_kind", f"「{t.name}」はこの表の様式ではありません")
    if t.retired_on is not None:
        raise invalid("template_id", "様式", "retired", f"「{t.name}」は使われなくなった様式です")
    return t


# ---- cash flow ---------------------------------------------------------------------------------
def _plan(s: Session, plan_id: int) -> CashflowPlan:
    """The plan with its rows, their cells and its life events loaded in three queries."""
    plan = s.get(
        CashflowPlan,
        plan_id,
        options=[
            selectinload(CashflowPlan.rows).selectinload(CashflowRow.cells),
            selectinload(CashflowPlan.life_events),
        ],
    )
    if plan is None:
        raise NotFoundError(f"キャッシュフロー表（ID {plan_id}）が見つかりません")
    return plan


def _check_year_index(plan: CashflowPlan, year_index: int, field: str = "year_index") -> None:
    if isinstance(year_index, bool) or not isinstance(year_index, int) or not 0 <= year_index < plan.years:
        raise invalid(field, "年", "range", f"年は1〜{plan.years}年目で指定してください")


def _write_year_cell(row: CashflowRow, year_index: int, yen: int | None) -> None:
    cell = next((c for c in row.cells if c.year_index == year_index), None)
    if yen is None:
        if cell is not None:
            row.cells.remove(cell)
    elif cell is None:
        row.cells.append(CashflowCell(year_index=year_index, amount_yen=yen))
    else:
        cell.amount_yen = yen


def _not_fed(row: CashflowRow, field: str, label: str) -> None:
    if row.feed is not None:
        message = f"「{row.label}」は返済計画（分納）から入る行です。年ごとの金額を直接入力してください"
        raise invalid(field, label, "fed", message)


def _member_ages(s: Session, case: Case, years: Sequence[int]) -> tuple[MemberAges, ...]:
    def ages(birth: date | None) -> tuple[int | None, ...]:
        return tuple(None if birth is None or y < birth.year else age_at_year_end(birth, y) for y in years)

    person = case.person
    out = [MemberAges(None, "本人", person.full_name, person.birth_date, ages(person.birth_date))]
    for m in person.household:
        label = s.get(Code, m.relationship_id).label
        out.append(MemberAges(m.id, label, m.name, m.birth_date, ages(m.birth_date)))
    return tuple(out)


class CashflowMethods(Service):
    """The キャッシュフロー表 verbs; BudgetSheetService inherits them."""

    def create_cashflow(
        self, case_id: int, template_id: int, start_year: int, years: int = 5, staff_id: int | None = None
    ) -> int:
        """A キャッシュフロー表 made today with the template's rows (base 0, the template's
        変動率), no savings and a 運用利率 of 0."""
        c = Checker()
        validate_cashflow_header(c, CashflowHeaderDraft(start_year, years))
        c.raise_if_any()
        with self._ledger.transaction() as s:
            case = case_of(s, case_id)
            _check_staff(s, staff_id, "staff_id")
            t = usable_template(s, template_id, "cashflow")
            plan = CashflowPlan(
                case_id=case.id,
                made_on=self._today(),
                staff_id=staff_id,
                template_id=t.id,
                start_year=start_year,
                years=years,
                savings_start_yen=0,
                return_rate_bp=0,
            )
            plan.rows = [
                CashflowRow(position=i * STEP, section=r.section, label=r.label, feed=r.feed, rate_bp=r.rate_bp)
                for i, r in enumerate((r for r in t.rows if r.section in CASHFLOW_SECTIONS), start=1)
            ]
            s.add(plan)
            s.flush()
            return plan.id

    def cashflows(self, case_id: int) -> list[CashflowSummary]:
        with self._ledger.reading() as s:
            case_of(s, case_id)
            q = select(CashflowPlan).where(CashflowPlan.case_id == case_id)
            return [
                CashflowSummary(p.id, p.case_id, p.made_on, p.start_year, p.years, staff_name(s, p.staff_id), p.version)
                for p in s.scalars(q.order_by(CashflowPlan.made_on.desc(), CashflowPlan.id.desc()))
            ]

    def cashflow(self, plan_id: int) -> CashflowDetail:
        """The table: years (西暦, 和暦, 経過年数), each row's amounts, life events, the ages of
        the person and household members at 31 December, and the projection."""
        with self._ledger.reading() as s:
            plan = _plan(s, plan_id)
            projection = self._projection(plan)
            case = case_of(s, plan.case_id)
            years = projection.years
            rows = tuple(
                CashflowLineRow(
                    r.id,
                    r.position,
                    r.section,
                    r.label,
                    r.feed,
                    r.base_yen,
                    r.rate_bp,
                    tuple((cell.year_index, cell.amount_yen) for cell in r.cells),
                    amounts,
                )
                for r, amounts in zip(plan.rows, projection.rows, strict=True)
            )
            return CashflowDetail(
                id=plan.id,
                version=plan.version,
                case_id=case.id,
                case_no=case.case_no,
                person_name=case.person.full_name,
                made_on=plan.made_on,
                staff_id=plan.staff_id,
                staff_name=staff_name(s, plan.staff_id),
                template_id=plan.template_id,
                start_year=plan.start_year,
                years=plan.years,
                savings_start_yen=plan.savings_start_yen,
                return_rate_bp=plan.return_rate_bp,
                note=plan.note,
                columns=tuple(
                    YearColumn(k, y, format_wareki(date(y, 12, 31), style="year")) for k, y in enumerate(years)
                ),
                rows=rows,
                life_events=tuple(
                    LifeEventRow(e.id, e.year, e.label, e.cost_yen, e.household_member_id) for e in plan.life_events
                ),
                members=_member_ages(s, case, years),
                projection=projection,
            )

    def _projection(self, plan: CashflowPlan) -> Projection:
        years = list(range(plan.start_year, plan.start_year + plan.years))
        feeds = None
        if any(r.feed for r in plan.rows):
            from app.services.debts import DebtService  # a sibling service; imported late on purpose

            feeds = DebtService(self._ledger, self._today).case_yearly_feeds(plan.case_id, years)
        lines = [
            CashflowLine(
                r.section, r.base_yen, r.rate_bp, {c.year_index: c.amount_yen for c in r.cells}, r.feed, r.label
            )
            for r in plan.rows
        ]
        events = [LifeEventCost(e.year, e.cost_yen, e.label) for e in plan.life_events]
        return cashflow_projection(
            plan.start_year, plan.years, lines, events, plan.savings_start_yen, plan.return_rate_bp, feeds
        )

    def _edit_plan(self, s: Session, plan: CashflowPlan) -> Projection:
        s.flush()
        return self._projection(plan)

    def set_cashflow_header(self, plan_id: int, draft: CashflowHeaderDraft, expected_version: int) -> Projection:
        """開始年, 年数, 貯蓄残高（開始時）, 運用利率 and 備考 of a plan read at
        ``expected_version``; ConflictError if someone changed the plan in between. Override
        cells beyond a shortened table are kept (and shown again if it grows)."""
        c = Checker()
        validate_cashflow_header(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            if plan.version != expected_version:
                raise ConflictError("このキャッシュフロー表は他の人が先に変更しました。読み込み直してください。")
            plan.start_year, plan.years = draft.start_year, draft.years
            plan.savings_start_yen = draft.savings_start_yen
            plan.return_rate_bp = parse_rate_percent(draft.return_rate)
            plan.note = draft.note
            return self._edit_plan(s, plan)

    def set_years(self, plan_id: int, years: int) -> Projection:
        c = Checker()
        check_years(c, "years", years)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            plan.years = years
            return self._edit_plan(s, plan)

    def set_cashflow_cell(self, plan_id: int, row_id: int, year_index: int, yen: int | None) -> Projection:
        """Type an amount over one year's projection (year_index 0 = the first year); None
        removes the override."""
        return self.set_cashflow_cells(plan_id, [(row_id, year_index, yen)])

    def set_cashflow_cells(self, plan_id: int, cells: Sequence[YearCell]) -> Projection:
        """Many override cells in one transaction: all or none."""
        c = Checker()
        for i, (_row_id, _k, yen) in enumerate(cells):
            check_yen(c, f"cells.{i}.yen", "金額", yen)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            for i, (row_id, year_index, yen) in enumerate(cells):
                _check_year_index(plan, year_index, f"cells.{i}.year_index")
                _write_year_cell(pick(plan.rows, row_id, "キャッシュフロー表の行"), year_index, yen)
            return self._edit_plan(s, plan)

    def set_cashflow_base(self, plan_id: int, row_id: int, yen: int) -> Projection:
        """The row's amount a year in the first year (grown by its 変動率 after)."""
        c = Checker()
        check_yen(c, "base_yen", "初年の金額", yen, required=True)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            row = pick(plan.rows, row_id, "キャッシュフロー表の行")
            _not_fed(row, "base_yen", "初年の金額")
            row.base_yen = yen
            return self._edit_plan(s, plan)

    def set_cashflow_rate(self, plan_id: int, row_id: int, rate: str) -> Projection:
        """The row's 変動率 as percent text ("0.5", "-1", "1%")."""
        c = Checker()
        rate_bp = check_rate(c, "rate", "変動率", rate)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            row = pick(plan.rows, row_id, "キャッシュフロー表の行")
            _not_fed(row, "rate", "変動率")
            row.rate_bp = rate_bp
            return self._edit_plan(s, plan)

    def insert_cashflow_row(self, plan_id: int, position: int, section: str, label: str) -> int:
        c = Checker()
        check_label(c, "label", "項目名", label)
        if section not in CASHFLOW_SECTIONS:
            c.add("section", "区分", "invalid", "区分は収入か支出です")
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            row = CashflowRow(section=section, label=clean_text(label), base_yen=0, rate_bp=0, position=0)
            rows = list(plan.rows)
            insert_at(rows, row, position)
            plan.rows = rows
            s.flush()
            return row.id

    def set_cashflow_row_label(self, plan_id: int, row_id: int, label: str) -> None:
        c = Checker()
        check_label(c, "label", "項目名", label)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            pick(_plan(s, plan_id).rows, row_id, "キャッシュフロー表の行").label = clean_text(label)

    def delete_cashflow_row(self, plan_id: int, row_id: int) -> Projection:
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            plan.rows.remove(pick(plan.rows, row_id, "キャッシュフロー表の行"))
            return self._edit_plan(s, plan)

    def add_life_event(self, plan_id: int, draft: LifeEventDraft) -> int:
        c = Checker()
        validate_life_event(c, draft)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            if draft.household_member_id is not None:
                member = s.get(HouseholdMember, draft.household_member_id)
                if member is None or member.person_id != case_of(s, plan.case_id).person_id:
                    message = "世帯員は、このケースの相談者の世帯から選んでください"
                    raise invalid("household_member_id", "世帯員", "other_household", message)
            event = LifeEvent(
                year=draft.year,
                label=clean_text(draft.label),
                cost_yen=draft.cost_yen,
                household_member_id=draft.household_member_id,
            )
            plan.life_events.append(event)
            s.flush()
            return event.id

    def remove_life_event(self, plan_id: int, event_id: int) -> None:
        with self._ledger.transaction() as s:
            plan = _plan(s, plan_id)
            plan.life_events.remove(pick(plan.life_events, event_id, "ライフイベント"))

    def delete_cashflow(self, plan_id: int) -> None:
        with self._ledger.transaction() as s:
            s.delete(_plan(s, plan_id))
