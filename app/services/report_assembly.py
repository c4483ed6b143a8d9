"""Assembling the annual report's data (app.services.report_rows.ReportData) from what the
services computed: the year's figures and lists (StatisticsService), the organisation and
programme profiles, the narratives, the meeting calendar (MeetingService) and the outreach
liaison log (OutreachService).

Pure functions over frozen rows: no session, no I/O. AnnualReportService reads, this builds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.fiscal import fiscal_months, fiscal_year_label, fiscal_year_label_wareki, fiscal_year_range
from app.domain.money import rounding_note
from app.domain.placeholders import fill, format_figure
from app.domain.report_drafts import DIVISION, SECTION_GOALS, SECTION_POLICY, section_part, section_scope
from app.domain.wareki import format_wareki
from app.services.meeting_rows import ActivityTable, TrainingRow, days_text
from app.services.org_rows import OrganisationProfileRow
from app.services.outreach_rows import MonthLiaison
from app.services.report_rows import (
    LAYOUT,
    OTHER_GROUP,
    PROGRAMME_ORDER,
    TARGET_KEYS,
    ChapterData,
    DivisionData,
    EventLine,
    EventList,
    FigureGroup,
    FigureRow,
    MonthLines,
    NarrativeProblem,
    NarrativeRow,
    ProgrammeProfileRow,
    ReportData,
    StaffingBlock,
    StaffingEntryRow,
    StaffingLine,
    TrainingLine,
)
from app.services.statistics import FigureValue, YearFigures
from app.services.stats_lists import EVENT_LISTS

PROGRAMME_LABELS = {
    "self_reliance": ("生活困窮者自立相談支援事業", "自立相談"),
    "household_budget": ("生活困窮者家計改善支援事業", "家計改善"),
    "disaster_recovery": ("被災者生活困窮自立支援事業", "被災者支援"),
    "outreach": ("アウトリーチ等の充実による自立相談支援機能強化事業", "アウトリーチ"),
}
EVENT_TITLES = {
    "self_reliance.seminars": "就労セミナー",
    "self_reliance.workshops": "ワークショップ（居場所支援）",
    "outreach.workshops": "ワークショップ（余暇活動・サロン活動）",
}
DEFAULT_DIVISION = "地域生活部門"
# meetings about single cases: in the programmes' own tables, not in the division's plan
CASE_MEETING_KINDS = {"emergency_coordination", "case_conference", "support_council"}
DISASTER_ACTIVITIES = tuple(key for key, _l, _n in LAYOUT["disaster_recovery"][0][1])


@dataclass(frozen=True)
class RawNarrative:
    """A narrative as stored (what the service read)."""

    id: int
    version: int
    section_key: str
    position: int
    title: str
    body: str


@dataclass(frozen=True)
class Calendar:
    """What the meeting calendar and the outreach log give the report (None: not asked)."""

    activity: Mapping[str | None, ActivityTable]  # programme (None: every programme) → table
    trainings: Sequence[TrainingRow]
    liaison: Sequence[MonthLiaison]


# ---- figures ---------------------------------------------------------------------------------------
def figure_row(f: FigureValue, label: str = "", note: str = "") -> FigureRow:
    target_text = format_figure(f.target, f.unit) if f.target is not None else ""
    return FigureRow(f.key, label or f.label, f.unit, f.value, format_figure(f.value, f.unit), f.target, target_text,
                     f.achievement_label, f.monthly, note)  # fmt: skip


def _groups(programme: str, figures: Mapping[str, FigureValue]) -> tuple[FigureGroup, ...]:
    placed = set(TARGET_KEYS.get(programme, ()))
    groups = []
    for title, entries in LAYOUT.get(programme, ()):
        rows = tuple(figure_row(figures[k], label, note) for k, label, note in entries if k in figures)
        placed |= {k for k, _l, _n in entries}
        if rows:
            groups.append(FigureGroup(title, rows))
    rest = tuple(figure_row(f) for f in figures.values() if f.programme == programme and f.key not in placed)
    if rest:
        groups.append(FigureGroup(OTHER_GROUP, rest))
    return tuple(groups)


def _targets(programme: str, figures: Mapping[str, FigureValue]) -> tuple[FigureRow, ...]:
    return tuple(figure_row(figures[k]) for k in TARGET_KEYS.get(programme, ()) if k in figures)


# ---- narratives ------------------------------------------------------------------------------------
def narrative_rows(fiscal_year: int, raw: Sequence[RawNarrative], year: YearFigures) -> list[NarrativeRow]:
    """The narratives with their placeholders filled from ``year``'s figures and targets."""
    values = {k: f.value for k, f in year.figures.items()}
    targets = {k: f.target for k, f in year.figures.items() if f.target is not None}
    out = []
    for n in sorted(raw, key=lambda n: (n.position, n.section_key)):
        filled = fill(n.body, values, targets=targets)
        out.append(NarrativeRow(n.id, n.version, fiscal_year, n.section_key, section_scope(n.section_key) or "",
                                section_part(n.section_key), n.position, n.title, n.body, filled.text,
                                filled.problems))  # fmt: skip
    return out


# ---- staffing --------------------------------------------------------------------------------------
def _month_span(a: date, b: date) -> str:
    try:
        return f"{format_wareki(a, style='year')}{a.month}月～{format_wareki(b, style='year')}{b.month}月"
    except ValueError:
        return f"{a.year}年{a.month}月～{b.year}年{b.month}月"


def staffing_blocks(entries: Sequence[StaffingEntryRow]) -> tuple[StaffingBlock, ...]:
    """The entries as one table per period: rows in the order first entered, roles likewise."""
    periods: dict[tuple[date, date], list[StaffingEntryRow]] = {}
    for e in entries:
        periods.setdefault((e.period_from, e.period_to), []).append(e)
    blocks = []
    for (start, end), items in sorted(periods.items()):
        roles = tuple(dict.fromkeys(e.role_label for e in items))
        labels = tuple(dict.fromkeys(e.row_label for e in items))
        grid: dict[tuple[str, str], int] = {}
        for e in items:
            grid[(e.row_label, e.role_label)] = grid.get((e.row_label, e.role_label), 0) + e.fte_hundredths
        lines = tuple(
            StaffingLine(label, tuple(grid.get((label, r)) for r in roles),
                         sum(grid.get((label, r), 0) for r in roles))
            for label in labels
        )  # fmt: skip
        totals = tuple(sum(grid.get((label, r), 0) for label in labels) for r in roles)
        blocks.append(StaffingBlock(start, end, _month_span(start, end), roles, lines, totals, sum(totals)))
    return tuple(blocks)


# ---- calendar, trainings, lists --------------------------------------------------------------------
def _when(t: TrainingRow) -> str:
    return f"{t.held_on.month}月{days_text(((t.held_on, t.ends_on),))[1:-1]}"


def training_lines(items: Sequence[TrainingRow]) -> tuple[TrainingLine, ...]:
    return tuple(TrainingLine(t.held_on, _when(t), t.title, t.organiser, t.summary) for t in items)


def activity_months(table: ActivityTable | None, fiscal_year: int) -> tuple[MonthLines, ...]:
    months = {(m.year, m.month): m for m in table.months} if table else {}
    return tuple(
        MonthLines(mo, f"{mo}月", tuple(line.text for line in months[(y, mo)].lines) if (y, mo) in months else ())
        for y, mo in fiscal_months(fiscal_year)
    )


def division_plan(
    tables: Mapping[str | None, ActivityTable], fiscal_year: int, left_out: set[str]
) -> tuple[MonthLines, ...]:
    """Per month, one line per programme naming its meetings once each (no days): the
    division's 年間活動計画 at a glance. Meetings of a ``left_out`` kind (trainings, which
    have their own lists, and meetings about single cases) are not in it."""
    out = []
    for y, mo in fiscal_months(fiscal_year):
        lines = []
        for programme in PROGRAMME_ORDER:
            table = tables.get(programme)
            month = next((m for m in table.months if (m.year, m.month) == (y, mo)), None) if table else None
            titles = dict.fromkeys(x.title for x in (month.lines if month else ()) if x.kind not in left_out)
            if titles:
                lines.append(f"・{PROGRAMME_LABELS[programme][1]}：{'、'.join(titles)}")
        out.append(MonthLines(mo, f"{mo}月", tuple(lines)))
    return tuple(out)


def liaison_months(items: Sequence[MonthLiaison]) -> tuple[MonthLines, ...]:
    return tuple(MonthLines(m.month, m.label, tuple(f"・{x.text}" for x in m.lines())) for m in items)


def _events(programme: str, year: YearFigures) -> tuple[EventList, ...]:
    out = []
    for key, (prog, _kind) in EVENT_LISTS.items():
        items = year.lists.events.get(key, ())
        if prog == programme and items:
            lines = tuple(EventLine(e.held_on, e.theme, e.content, e.participants) for e in items)
            out.append(EventList(key, EVENT_TITLES.get(key, key), lines))
    return tuple(out)


# ---- chapters --------------------------------------------------------------------------------------
def _monthly(programme: str, figures: Mapping[str, FigureValue]) -> tuple[str, tuple[int, ...]]:
    key = f"{programme}.new_consultations"
    if key in figures:
        return "月別の新規相談件数", figures[key].monthly
    parts = (
        [figures[k].monthly for k in DISASTER_ACTIVITIES if k in figures] if programme == "disaster_recovery" else []
    )
    if parts:
        return "月別の支援実績（電話・アウトリーチ・来所・連携・地域活動の合計）", tuple(
            map(sum, zip(*parts, strict=True))
        )
    return "", ()


def _chapter_wanted(
    programme: str, profile: ProgrammeProfileRow | None, year: YearFigures, texts: Sequence[NarrativeRow], cal: Calendar
) -> bool:
    """A chapter prints when the year has its profile, a narrative, a meeting or training, or
    a figure above zero (a programme that did not run that year has none of them)."""
    table = cal.activity.get(programme)
    return (
        (profile is not None and profile.id is not None)
        or bool(texts)
        or bool(table and any(m.lines for m in table.months))
        or any(t.programme == programme for t in cal.trainings)
        or any(f.value for f in year.figures.values() if f.programme == programme)
    )


def chapter(
    programme: str,
    year: YearFigures,
    profile: ProgrammeProfileRow | None,
    narratives: Sequence[NarrativeRow],
    cal: Calendar,
    ended: bool,
) -> ChapterData:
    figures = year.figures
    label = PROGRAMME_LABELS.get(programme, (programme, programme))[0]
    mine = [n for n in narratives if n.scope == programme]
    monthly_title, monthly = _monthly(programme, figures)
    evaluations = ()
    if programme == "household_budget":
        levels = LAYOUT["household_budget"][1][1][:5]
        evaluations = tuple((lab, figures[k].value) for k, lab, _n in levels if k in figures)
    table = cal.activity.get(programme)
    return ChapterData(
        programme=programme,
        label=label,
        title=(profile.title if profile and profile.title else label),
        profile=profile,
        staffing=staffing_blocks(profile.staffing) if profile else (),
        targets=_targets(programme, figures),
        groups=_groups(programme, figures),
        policy=tuple(n for n in mine if n.part == SECTION_POLICY),
        activities=tuple(n for n in mine if n.part not in (SECTION_POLICY, SECTION_GOALS)),
        goals=tuple(n for n in mine if n.part == SECTION_GOALS),
        activity_title="活動実績表" if ended else "年間活動計画",
        activity_months=activity_months(table, year.fiscal_year),
        trainings=training_lines([t for t in cal.trainings if t.programme == programme]),
        liaison=liaison_months(cal.liaison) if programme == "outreach" else (),
        events=_events(programme, year),
        agencies=year.lists.agencies.get(programme, ()),
        monthly_title=monthly_title,
        monthly=monthly,
        evaluations=evaluations,
    )


def assemble(
    year: YearFigures,
    org: OrganisationProfileRow | None,
    profiles: Mapping[str, ProgrammeProfileRow],
    raw_narratives: Sequence[RawNarrative],
    cal: Calendar,
    *,
    today: date,
    training_kinds: set[str],
) -> ReportData:
    """The whole report of ``year``."""
    fy = year.fiscal_year
    start, end = fiscal_year_range(fy)
    narratives = narrative_rows(fy, raw_narratives, year)
    chapters = tuple(
        chapter(p, year, profiles.get(p), narratives, cal, end < today)
        for p in PROGRAMME_ORDER
        if _chapter_wanted(p, profiles.get(p), year, [n for n in narratives if n.scope == p], cal)
    )
    division_name = (org.division_name if org else "") or DEFAULT_DIVISION
    division = DivisionData(
        name=division_name,
        programme_titles=tuple(c.title for c in chapters),
        goals=org.division_goals if org else "",
        consultations=figure_row(year.figures["division.consultations"]),
        narratives=tuple(n for n in narratives if n.scope == DIVISION),
        plan=division_plan(cal.activity, fy, training_kinds | CASE_MEETING_KINDS),
        trainings=training_lines([t for t in cal.trainings if t.programme is None]),
        monthly=tuple(
            (PROGRAMME_LABELS[c.programme][1], c.monthly)
            for c in chapters
            if c.monthly and c.programme != "disaster_recovery"
        ),
    )
    problems = tuple(
        NarrativeProblem(n.section_key, n.title, p)
        for n in narratives
        for p in n.problems
    )  # fmt: skip
    notes = (f"金額は万円で表示しています（{rounding_note().split('（')[1].rstrip('）')}）。",)
    figures = {r.key: r for c in chapters for r in c.rows()}
    figures[division.consultations.key] = division.consultations
    for f in year.figures.values():  # a chapter left out (nothing that year) still answers
        figures.setdefault(f.key, figure_row(f))
    return ReportData(
        fiscal_year=fy,
        year_label=fiscal_year_label(fy),
        wareki_label=fiscal_year_label_wareki(fy),
        period_from=start,
        period_to=end,
        corporation=org.corporation_name if org else "",
        centre_name=org.centre_name if org else "",
        address=org.address if org else "",
        has_profile=org is not None,
        division=division,
        chapters=chapters,
        figures=figures,
        problems=problems,
        notes=notes,
    )


__all__ = ["Calendar", "RawNarrative", "assemble", "figure_row", "narrative_rows", "staffing_blocks"]
