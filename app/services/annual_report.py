"""AnnualReportService: the annual report (事業報告書) of a fiscal year — everything it prints
as one frozen ``ReportData`` — and what staff edit for it per year: narrative sections with
figure placeholders, programme profiles (事業概要), staffing tables and targets; copying a
year's settings to the next; and the consistency warnings to read before printing.

Figures come from StatisticsService, the 年間活動計画 and 研修一覧表 from MeetingService, the
関係機関との連携内容 from OutreachService: the report is consistent with the screens by
construction. The organisation profile itself is OrganisationService's.

Every write is one transaction; ``expected_version`` is what the caller read (0: "there was
none yet"); a mismatch raises ConflictError and writes nothing, None skips the check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.domain.org_drafts import validate_fiscal_year
from app.domain.placeholders import check_placeholders, problems_message
from app.domain.report_drafts import (
    LABELS,
    PROGRAMMES,
    WEEKDAYS,
    ProgrammeProfileDraft,
    StaffingEntryDraft,
    section_scope,
    validate_programme_profile,
    validate_section_key,
    validate_staffing,
    validate_targets,
)
from app.domain.rules import TEXT_MAX
from app.domain.validation import Checker, clean_text
from app.models import (
    Code,
    DutyDay,
    OrganisationProfile,
    ProgrammeProfile,
    ReportNarrative,
    StaffingEntry,
    StaffMember,
    YearTarget,
)
from app.models.base import utc_now
from app.services.base import Service, resolve_code
from app.services.meetings import MeetingService
from app.services.organisation import OrganisationService
from app.services.outreach import OutreachService
from app.services.report_assembly import Calendar, RawNarrative, assemble, narrative_rows
from app.services.report_quality import data_quality
from app.services.report_rows import (
    PROGRAMME_ORDER,
    CopySummary,
    DutyDayRow,
    NarrativeRow,
    ProgrammeProfileRow,
    QualityIssue,
    ReportData,
    StaffingEntryRow,
)
from app.services.statistics import StatisticsService
from app.services.stats_figures import FIGURES, FIGURES_BY_KEY

_PROFILE_FIELDS = ("title", "facility_name", "address", "qualifications", "duty_note", "evaluation_criteria")


class _Codes:
    """Programme and staff-role codes by id and key."""

    def __init__(self, s: Session) -> None:
        rows = s.execute(select(Code.id, Code.kind, Code.code, Code.label, Code.short_label, Code.attrs).where(
            Code.kind.in_(("programme", "staff_role", "meeting_kind"))))  # fmt: skip
        self.by_id = {i: (kind, code, label, short or (attrs or {}).get("short") or label)
                      for i, kind, code, label, short, attrs in rows}  # fmt: skip
        self.by_key = {(kind, code): i for i, (kind, code, _l, _s) in self.by_id.items()}
        self.training_kinds = _training(s)

    def key(self, code_id: int) -> str:
        return self.by_id[code_id][1]

    def label(self, code_id: int) -> str:
        return self.by_id[code_id][2]

    def short(self, code_id: int) -> str:
        return self.by_id[code_id][3]


def _training(s: Session) -> set[str]:
    rows = s.execute(select(Code.code, Code.attrs).where(Code.kind == "meeting_kind"))
    return {code for code, attrs in rows if (attrs or {}).get("category") == "training"}


def _check(*rules: Callable[[Checker], object]) -> None:
    """Run every rule on one Checker; ValidationError with all their problems (nothing written)."""
    c = Checker()
    for rule in rules:
        rule(c)
    c.raise_if_any()


def _programme(programme: str) -> None:
    if programme not in PROGRAMMES:
        raise ValidationError([FieldError("programme", "事業", "unknown_code", f"事業「{programme}」はありません")])


def _find_profile(s: Session, fiscal_year: int, programme_id: int) -> ProgrammeProfile | None:
    return s.scalar(
        select(ProgrammeProfile).where(
            ProgrammeProfile.fiscal_year == fiscal_year, ProgrammeProfile.programme_id == programme_id
        )
    )


def _stale(found_version: int, expected: int | None, what: str) -> None:
    if expected is not None and found_version != expected:
        raise ConflictError(f"{what}は他の人が先に保存しました。読み込み直してから、もう一度保存してください。")


def _profile_row(
    s: Session, codes: _Codes, fiscal_year: int, programme: str, p: ProgrammeProfile | None
) -> ProgrammeProfileRow:
    label = codes.label(codes.by_key[("programme", programme)])
    if p is None:
        return ProgrammeProfileRow(
            None, 0, fiscal_year, programme, label, "", "", "", None, "", (), (), "", "", "", (), ()
        )
    names = {m.id: m.display_name for m in s.scalars(select(StaffMember).where(
        StaffMember.id.in_([p.responsible_staff_id or 0, *(m.id for m in p.staff_in_charge)])))}  # fmt: skip
    in_charge = sorted(p.staff_in_charge, key=lambda m: (m.reading_key, m.id))
    days = tuple(DutyDayRow(d.weekday, WEEKDAYS[d.weekday], codes.key(d.programme_id), codes.short(d.programme_id))
                 for d in p.duty_days)  # fmt: skip
    staffing = tuple(StaffingEntryRow(e.period_from, e.period_to, e.row_label, codes.key(e.role_id),
                                      codes.label(e.role_id), e.fte_hundredths) for e in p.staffing)  # fmt: skip
    return ProgrammeProfileRow(
        p.id, p.version, fiscal_year, programme, label, p.title, p.facility_name, p.address, p.responsible_staff_id,
        names.get(p.responsible_staff_id or 0, ""), tuple(m.id for m in in_charge),
        tuple(m.display_name for m in in_charge), p.qualifications, p.duty_note, p.evaluation_criteria, days, staffing,
    )  # fmt: skip


def _raw(n: ReportNarrative) -> RawNarrative:
    return RawNarrative(n.id, n.version, n.section_key, n.position, n.title, n.body)


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class AnnualReportService(Service):
    # ---- the report --------------------------------------------------------------------------
    def report_data(self, fiscal_year: int) -> ReportData:
        """Everything the annual report of ``fiscal_year`` prints (read-only)."""
        _check(lambda c: validate_fiscal_year(c, fiscal_year))
        year = StatisticsService(self._ledger, self._today).year(fiscal_year)
        org = OrganisationService(self._ledger, self._today).profile(fiscal_year)
        with self._ledger.reading() as s:
            codes = _Codes(s)
            profiles = self._profiles(s, codes, fiscal_year)
            raw = [
                _raw(n) for n in s.scalars(select(ReportNarrative).where(ReportNarrative.fiscal_year == fiscal_year))
            ]
        meetings = MeetingService(self._ledger, self._today)
        cal = Calendar(
            activity={p: meetings.activity_table(fiscal_year, p) for p in PROGRAMME_ORDER},
            trainings=meetings.trainings(fiscal_year),
            liaison=OutreachService(self._ledger, self._today).liaison_by_month(fiscal_year),
        )
        return assemble(year, org, profiles, raw, cal, today=self._today(), training_kinds=codes.training_kinds)

    def _profiles(self, s: Session, codes: _Codes, fiscal_year: int) -> dict[str, ProgrammeProfileRow]:
        found = {codes.key(p.programme_id): p for p in s.scalars(
            select(ProgrammeProfile).where(ProgrammeProfile.fiscal_year == fiscal_year))}  # fmt: skip
        return {prog: _profile_row(s, codes, fiscal_year, prog, p) for prog, p in found.items()}

    def figure_keys(self) -> list[tuple[str, str, str]]:
        """(key, label, unit) of every figure a narrative may quote, in the report's order."""
        return [(f.key, f.label, f.unit) for f in FIGURES]

    # ---- narratives --------------------------------------------------------------------------
    def narratives(self, fiscal_year: int) -> list[NarrativeRow]:
        """The year's narrative sections in print order, with their figures filled in and any
        placeholder that cannot print reported in ``problems``."""
        with self._ledger.reading() as s:
            raw = [
                _raw(n) for n in s.scalars(select(ReportNarrative).where(ReportNarrative.fiscal_year == fiscal_year))
            ]
        year = StatisticsService(self._ledger, self._today).year(fiscal_year)
        return narrative_rows(fiscal_year, raw, year)

    def save_narrative(
        self,
        fiscal_year: int,
        section_key: str,
        text: str,
        expected_version: int | None = None,
        *,
        title: str | None = None,
        author_staff_id: int | None = None,
    ) -> NarrativeRow:
        """Create or replace the narrative ``section_key`` of ``fiscal_year`` (one transaction).

        ``title`` None keeps the saved title. A placeholder naming no figure, an unknown format
        or an unclosed brace is refused (ValidationError on ``text`` listing them)."""
        body = text.replace("\r\n", "\n").rstrip()

        def rules(c: Checker) -> None:
            validate_fiscal_year(c, fiscal_year)
            validate_section_key(c, section_key)
            c.max_len("text", LABELS["text"], body, TEXT_MAX)
            c.max_len("title", "見出し", title or "", 300)
            problems = check_placeholders(body, FIGURES_BY_KEY.keys())
            if problems:
                c.add("text", LABELS["text"], "unknown_placeholder", problems_message(problems))

        _check(rules)
        scope = section_scope(section_key)
        with self._ledger.transaction() as s:
            n = s.scalar(select(ReportNarrative).where(
                ReportNarrative.fiscal_year == fiscal_year, ReportNarrative.section_key == section_key))  # fmt: skip
            _stale(n.version if n is not None else 0, expected_version, "この文章")
            if n is None:
                last = s.scalar(
                    select(func.max(ReportNarrative.position)).where(ReportNarrative.fiscal_year == fiscal_year)
                )
                programme_id = None
                if scope in PROGRAMMES:
                    programme_id = resolve_code(s, "programme", scope, field="section_key", label="事業")
                n = ReportNarrative(fiscal_year=fiscal_year, section_key=section_key, programme_id=programme_id,
                                    position=(last or 0) + 1, title="")  # fmt: skip
                s.add(n)
            n.body = body
            if title is not None:
                n.title = clean_text(title)
            if author_staff_id is not None:
                n.author_id = author_staff_id
            s.flush()
            raw = _raw(n)
        year = StatisticsService(self._ledger, self._today).year(fiscal_year)
        return narrative_rows(fiscal_year, [raw], year)[0]

    def delete_narrative(self, fiscal_year: int, section_key: str, expected_version: int | None = None) -> None:
        """Remove a narrative section (NotFoundError when there is none)."""
        with self._ledger.transaction() as s:
            n = s.scalar(select(ReportNarrative).where(
                ReportNarrative.fiscal_year == fiscal_year, ReportNarrative.section_key == section_key))  # fmt: skip
            if n is None:
                raise NotFoundError(f"{fiscal_year}年度の文章「{section_key}」はありません")
            _stale(n.version, expected_version, "この文章")
            s.delete(n)

    # ---- programme profiles and staffing -----------------------------------------------------
    def programme_profile(self, fiscal_year: int, programme: str) -> ProgrammeProfileRow:
        """The 事業概要 of ``programme`` in ``fiscal_year`` (``id`` None: not saved yet)."""
        _programme(programme)
        with self._ledger.reading() as s:
            codes = _Codes(s)
            p = _find_profile(s, fiscal_year, codes.by_key[("programme", programme)])
            return _profile_row(s, codes, fiscal_year, programme, p)

    def save_programme_profile(
        self, fiscal_year: int, programme: str, draft: ProgrammeProfileDraft, *, expected_version: int | None = None
    ) -> ProgrammeProfileRow:
        """Create or update the 事業概要 (texts, staff, weekly duty pattern); the staffing
        table is kept (``save_staffing``)."""
        _programme(programme)
        _check(lambda c: validate_fiscal_year(c, fiscal_year), lambda c: validate_programme_profile(c, draft))
        with self._ledger.transaction() as s:
            codes = _Codes(s)
            prog_id = codes.by_key[("programme", programme)]
            p = _find_profile(s, fiscal_year, prog_id)
            _stale(p.version if p is not None else 0, expected_version, "事業概要")
            staff_ids = {x for x in (draft.responsible_staff_id, *draft.staff_in_charge_ids) if x is not None}
            staff = {m.id: m for m in s.scalars(select(StaffMember).where(StaffMember.id.in_(staff_ids)))}
            if len(staff) != len(staff_ids):
                raise ValidationError([FieldError("staff_in_charge_ids", LABELS["staff_in_charge_ids"], "not_found",
                                                  "登録されていない職員が選ばれています")])  # fmt: skip
            if p is None:
                p = ProgrammeProfile(fiscal_year=fiscal_year, programme_id=prog_id)
                s.add(p)
            for name in _PROFILE_FIELDS:
                value = getattr(draft, name)
                setattr(p, name, clean_text(value) if name in ("title", "facility_name", "address") else value.rstrip())
            p.responsible_staff_id = draft.responsible_staff_id
            p.staff_in_charge = [staff[i] for i in draft.staff_in_charge_ids]
            p.duty_days = [DutyDay(weekday=d.weekday, programme_id=codes.by_key[("programme", d.programme)])
                           for d in sorted(draft.duty_days, key=lambda d: d.weekday)]  # fmt: skip
            p.updated_at = utc_now()
            s.flush()
            return _profile_row(s, codes, fiscal_year, programme, p)

    def save_staffing(
        self,
        fiscal_year: int,
        programme: str,
        entries: Sequence[StaffingEntryDraft],
        *,
        expected_version: int | None = None,
    ) -> ProgrammeProfileRow:
        """Replace the staffing table of ``programme`` in ``fiscal_year`` with ``entries`` (the
        profile is created, empty, if the year has none)."""
        _programme(programme)
        _check(
            lambda c: validate_fiscal_year(c, fiscal_year), lambda c: validate_staffing(c, list(entries), fiscal_year)
        )
        with self._ledger.transaction() as s:
            codes = _Codes(s)
            prog_id = codes.by_key[("programme", programme)]
            p = _find_profile(s, fiscal_year, prog_id)
            _stale(p.version if p is not None else 0, expected_version, "人員配置")
            roles = [resolve_code(s, "staff_role", e.role, field=f"staffing[{i}].role", label="職種")
                     for i, e in enumerate(entries)]  # fmt: skip
            if p is None:
                p = ProgrammeProfile(fiscal_year=fiscal_year, programme_id=prog_id)
                s.add(p)
            p.staffing = [
                StaffingEntry(position=i, period_from=e.period_from, period_to=e.period_to,
                              row_label=clean_text(e.row_label), role_id=role, fte_hundredths=e.fte_hundredths)
                for i, (e, role) in enumerate(zip(entries, roles, strict=True), start=1)
            ]  # fmt: skip
            p.updated_at = utc_now()  # a new version: the table is part of the profile
            s.flush()
            return _profile_row(s, codes, fiscal_year, programme, p)

    # ---- targets -----------------------------------------------------------------------------
    def targets(self, fiscal_year: int) -> dict[str, int]:
        """Figure key → 目標値 of the year."""
        with self._ledger.reading() as s:
            q = select(YearTarget.figure_key, YearTarget.target_value).where(YearTarget.fiscal_year == fiscal_year)
            return dict(s.execute(q.order_by(YearTarget.figure_key)).all())

    def save_targets(self, fiscal_year: int, programme: str, targets: Mapping[str, int | None]) -> dict[str, int]:
        """Set (or, with None, remove) targets of ``programme``'s figures; returns the
        programme's targets after the change."""
        if programme != "division":
            _programme(programme)
        known = {f.key for f in FIGURES if f.programme == programme}
        _check(lambda c: validate_fiscal_year(c, fiscal_year), lambda c: validate_targets(c, dict(targets), known))
        with self._ledger.transaction() as s:
            saved = {t.figure_key: t for t in s.scalars(
                select(YearTarget).where(YearTarget.fiscal_year == fiscal_year, YearTarget.figure_key.in_(known)))}  # fmt: skip
            for key, value in targets.items():
                t = saved.get(key)
                if value is None:
                    if t is not None:
                        s.delete(t)
                elif t is None:
                    s.add(YearTarget(fiscal_year=fiscal_year, figure_key=key, target_value=value,
                                     unit=FIGURES_BY_KEY[key].unit))  # fmt: skip
                elif t.target_value != value:
                    t.target_value = value
            s.flush()
            q = select(YearTarget.figure_key, YearTarget.target_value).where(
                YearTarget.fiscal_year == fiscal_year, YearTarget.figure_key.in_(known)
            )
            return dict(s.execute(q.order_by(YearTarget.figure_key)).all())

    # ---- a new year from the last --------------------------------------------------------------
    def copy_year(self, from_fy: int, to_fy: int) -> CopySummary:
        """Start ``to_fy`` from ``from_fy``: organisation profile, programme profiles (staff,
        duty pattern, staffing with its periods moved to the new year), targets and
        narratives (to rewrite; their placeholders fill with the new year's figures). What
        ``to_fy`` already has is kept. One transaction; NotFoundError when ``from_fy`` has
        nothing to copy."""
        _check(lambda c: validate_fiscal_year(c, from_fy), lambda c: validate_fiscal_year(c, to_fy))
        if from_fy == to_fy:
            raise ValidationError([FieldError("to_fy", "年度", "same_year", "同じ年度にはコピーできません")])
        with self._ledger.transaction() as s:
            counts = _copy(s, from_fy, to_fy)
        return CopySummary(from_fy, to_fy, *counts)

    # ---- checks --------------------------------------------------------------------------------
    def data_quality(self, fiscal_year: int) -> list[QualityIssue]:
        """Consistency warnings of the year (app.services.report_quality), each with the
        records to open."""
        year = StatisticsService(self._ledger, self._today).values(fiscal_year)
        with self._ledger.reading() as s:
            codes = _Codes(s)
            with_profile = {codes.key(i) for i in s.scalars(
                select(ProgrammeProfile.programme_id).where(ProgrammeProfile.fiscal_year == fiscal_year))}  # fmt: skip
            printed = [p for p in PROGRAMME_ORDER
                       if p in with_profile or any(v for k, v in year.items() if k.startswith(f"{p}."))]  # fmt: skip
            return data_quality(s, fiscal_year, printed, set(year))


def _copy(s: Session, from_fy: int, to_fy: int) -> tuple[bool, int, int, int, int]:
    kept = 0
    org = s.scalar(select(OrganisationProfile).where(OrganisationProfile.fiscal_year == from_fy))
    has_org = s.scalar(select(OrganisationProfile.id).where(OrganisationProfile.fiscal_year == to_fy)) is not None
    copied_org = org is not None and not has_org
    if copied_org:
        s.add(OrganisationProfile(fiscal_year=to_fy, corporation_name=org.corporation_name,
                                  division_name=org.division_name, centre_name=org.centre_name, address=org.address,
                                  division_goals=org.division_goals))  # fmt: skip
    kept += org is not None and has_org
    profiles = 0
    existing = set(s.scalars(select(ProgrammeProfile.programme_id).where(ProgrammeProfile.fiscal_year == to_fy)))
    for p in s.scalars(select(ProgrammeProfile).where(ProgrammeProfile.fiscal_year == from_fy)):
        if p.programme_id in existing:
            kept += 1
            continue
        profiles += 1
        copy = ProgrammeProfile(fiscal_year=to_fy, programme_id=p.programme_id,
                                responsible_staff_id=p.responsible_staff_id,
                                **{k: getattr(p, k) for k in _PROFILE_FIELDS})  # fmt: skip
        copy.staff_in_charge = [m for m in p.staff_in_charge if m.active]
        copy.duty_days = [DutyDay(weekday=d.weekday, programme_id=d.programme_id) for d in p.duty_days]
        years = to_fy - from_fy
        copy.staffing = [StaffingEntry(position=e.position, period_from=_shift(e.period_from, years),
                                       period_to=_shift(e.period_to, years), row_label=e.row_label, role_id=e.role_id,
                                       fte_hundredths=e.fte_hundredths) for e in p.staffing]  # fmt: skip
        s.add(copy)
    targets = 0
    have = set(s.scalars(select(YearTarget.figure_key).where(YearTarget.fiscal_year == to_fy)))
    for t in s.scalars(select(YearTarget).where(YearTarget.fiscal_year == from_fy)):
        if t.figure_key in have:
            kept += 1
            continue
        targets += 1
        s.add(YearTarget(fiscal_year=to_fy, figure_key=t.figure_key, target_value=t.target_value, unit=t.unit))
    narratives = 0
    have = set(s.scalars(select(ReportNarrative.section_key).where(ReportNarrative.fiscal_year == to_fy)))
    for n in s.scalars(select(ReportNarrative).where(ReportNarrative.fiscal_year == from_fy)):
        if n.section_key in have:
            kept += 1
            continue
        narratives += 1
        s.add(ReportNarrative(fiscal_year=to_fy, section_key=n.section_key, programme_id=n.programme_id,
                              position=n.position, title=n.title, body=n.body, author_id=n.author_id))  # fmt: skip
    if not (org or profiles or targets or narratives or kept):
        raise NotFoundError(f"{from_fy}年度には報告書の設定（法人情報・事業概要・目標値・文章）がありません")
    s.flush()
    return copied_org, profiles, targets, narratives, kept


__all__ = ["AnnualReportService"]
