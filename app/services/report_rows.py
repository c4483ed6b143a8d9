"""Plain frozen data of the annual report (事業報告書): what AnnualReportService returns and
app.report.annual prints, plus the report's layout of the figures (which chapter, which
group, in which order, under which printed label).

Every figure of StatisticsService prints exactly once, in its programme's chapter: the
indicators with a 目標値 (``TARGET_KEYS``) in the 目標値 ⇒ 実績値 list, every other figure in
the chapter's groups (``LAYOUT``); a figure the layout does not name (one added later) goes
into a last group 「その他の実績」, so nothing computed is ever left out of the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.placeholders import PlaceholderProblem
from app.domain.report_drafts import format_fte

PROGRAMME_ORDER = ("self_reliance", "household_budget", "disaster_recovery", "outreach")
# the indicators that have a 目標値 every year (annual-report.md)
TARGET_KEYS: dict[str, tuple[str, ...]] = {
    "self_reliance": (
        "self_reliance.new_consultations",
        "self_reliance.plans",
        "self_reliance.employment_support_targets",
        "self_reliance.employed_or_income_increased",
    ),
    "household_budget": ("household_budget.use_decisions",),
    "disaster_recovery": (),
    "outreach": ("outreach.new_consultations", "outreach.plans"),
}
_SR, _HB, _DR, _OR = (f"{p}." for p in PROGRAMME_ORDER)
_WEP = f"{_SR}welfare_employment_programme."
_JOB = f"{_SR}job_placement."
# programme → ((group title, ((key, printed label or "" for the statistics' label, note), …)), …)
LAYOUT: dict[str, tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]] = {
    "self_reliance": (
        ("相談・支援計画の実施状況", (
            (f"{_SR}consultations_total", "延べ相談件数", "来所・電話・訪問・同行・メール等"),
            (f"{_SR}plans_new", "支援計画（新規プラン）", ""),
            (f"{_SR}plans_revised", "支援計画（再プラン）", ""),
        )),
        ("就労支援の実施結果", (
            (f"{_SR}employed", "就職成功者数", ""),
            (f"{_SR}income_increased", "就労増収者数", ""),
            (f"{_WEP}users", "生活保護受給者等就労自立促進事業 利用者", ""),
            (f"{_WEP}employed", "生活保護受給者等就労自立促進事業 就職数", ""),
        )),
        ("無料職業紹介の実施状況", (
            (f"{_JOB}uses", "利用実施回数", ""),
            (f"{_JOB}job_seekers", "求職者数（利用者数）", ""),
            (f"{_JOB}employers_posting", "求人掲載企業", ""),
            (f"{_JOB}employers_developed", "企業開拓数", ""),
            (f"{_JOB}placements", "就職者数", ""),
        )),
        ("食糧支援・生活支援の実施状況", (
            (f"{_SR}food_support.new_users", "食糧支援 新規利用者", ""),
            (f"{_SR}food_support.deliveries", "食糧支援 延べ実施件数", ""),
            (f"{_SR}kids_food_club.new_users", "デリシャスフードキッズクラブ 新規利用者", ""),
            (f"{_SR}sanitary_products.recipients", "生理用品配布 利用者", ""),
            (f"{_SR}housing_support", "居住支援 実施件数", "物件探し・保証人・転居の支援"),
            (f"{_SR}temporary_living_support.users", "一時生活支援 利用者", ""),
        )),
        ("関係機関・任意事業との連携", (
            (f"{_SR}referrals_in", "関係機関からの繋ぎ", "延べ件数"),
            (f"{_SR}employment_preparation.users", "就労準備支援 利用者", ""),
            (f"{_SR}learning_support.referrals", "学習支援教室への繋ぎ", ""),
            (f"{_SR}home_visit_learning.referrals", "小学生訪問型学習・生活支援への繋ぎ", ""),
        )),
        ("引きこもり支援調整会議", (
            (f"{_SR}hikikomori_meeting.new_reviews", "新規検討", ""),
            (f"{_SR}hikikomori_meeting.monitoring_reviews", "モニタリング検討", ""),
        )),
    ),
    "household_budget": (
        ("相談・終結評価の状況", (
            (f"{_HB}new_consultations", "新規相談件数", ""),
            (f"{_HB}closure_reviews", "家計再生が達成（終結評価件数）", "家計改善支援終結目標と照らし合わせた評価"),
        )),
        ("終結評価の内訳（5段階）", (
            (f"{_HB}evaluation.exceeded", "①上回って達成", ""),
            (f"{_HB}evaluation.achieved", "②達成", ""),
            (f"{_HB}evaluation.mostly_achieved", "③ほぼ達成", ""),
            (f"{_HB}evaluation.partly_achieved", "④一部達成", ""),
            (f"{_HB}evaluation.not_achieved", "⑤達成できなかった", ""),
            (f"{_HB}evaluation.extended", "※事業延長", ""),
        )),
        ("返済の状況", (
            (f"{_HB}repayments_yen", "家計改善利用者返済金額", "市県民税・国民健康保険の滞納分を含む"),
        )),
        ("家計改善支援事業支援調整会議", (
            (f"{_HB}coordination_meeting.new_reviews", "新規検討者", ""),
            (f"{_HB}coordination_meeting.monitoring_reviews", "モニタリング検討者", ""),
        )),
    ),
    "disaster_recovery": (
        ("被災者見守り支援との業務連携", (
            (f"{_DR}activities.phone", "電話対応", ""),
            (f"{_DR}activities.outreach", "アウトリーチ対応", ""),
            (f"{_DR}activities.office_visit", "来所対応", ""),
            (f"{_DR}activities.agency_liaison", "関係機関との連携", ""),
            (f"{_DR}activities.community_and_publicity", "地域コミュニティーの再構築及び広報活動", ""),
        )),
        ("生活自立相談支援センターとの連携", (
            (f"{_DR}referred_to_centre", "生活自立相談支援センターへの支援開始件数", ""),
        )),
    ),
    "outreach": (
        ("関係機関との連携", ((f"{_OR}referrals_in", "関係機関からの支援の繋ぎ", "延べ件数"),)),
        ("引きこもり支援調整会議", (
            (f"{_OR}hikikomori_meeting.new_reviews", "ケース検討", ""),
            (f"{_OR}hikikomori_meeting.monitoring_reviews", "モニタリング検討", ""),
        )),
    ),
}  # fmt: skip
OTHER_GROUP = "その他の実績"
EVALUATION_KEYS = tuple(key for key, _label, _note in LAYOUT["household_budget"][1][1][:5])


@dataclass(frozen=True)
class FigureRow:
    """One figure as the report prints it (``text``: "12,839件", "932.87万円")."""

    key: str
    label: str
    unit: str
    value: int
    text: str
    target: int | None
    target_text: str  # "1,504件", "" without a target
    achievement: str  # 達成 / 未達成 / ""
    monthly: tuple[int, ...]  # 4月 → 3月
    note: str = ""


@dataclass(frozen=True)
class FigureGroup:
    title: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class StaffingEntryRow:
    period_from: date
    period_to: date
    row_label: str
    role: str
    role_label: str
    fte_hundredths: int

    @property
    def fte_text(self) -> str:
        return format_fte(self.fte_hundredths)


@dataclass(frozen=True)
class StaffingLine:
    row_label: str
    cells: tuple[int | None, ...]  # hundredths of a person per role column
    total: int


@dataclass(frozen=True)
class StaffingBlock:
    """The staffing table of one period: rows × roles → persons, with 合計."""

    period_from: date
    period_to: date
    period_label: str  # 令和4年4月～令和5年3月
    roles: tuple[str, ...]
    lines: tuple[StaffingLine, ...]
    column_totals: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class DutyDayRow:
    weekday: int
    weekday_label: str  # 火
    programme: str
    programme_label: str  # the short label: 家計改善


@dataclass(frozen=True)
class ProgrammeProfileRow:
    """A programme's 事業概要 of one year (``id`` None: nothing saved for that year)."""

    id: int | None
    version: int
    fiscal_year: int
    programme: str
    programme_label: str
    title: str
    facility_name: str
    address: str
    responsible_staff_id: int | None
    responsible_staff: str
    staff_in_charge_ids: tuple[int, ...]
    staff_in_charge: tuple[str, ...]
    qualifications: str
    duty_note: str
    evaluation_criteria: str
    duty_days: tuple[DutyDayRow, ...]
    staffing: tuple[StaffingEntryRow, ...]


@dataclass(frozen=True)
class NarrativeRow:
    """A narrative section: ``body`` as written, ``text`` with its figures filled in."""

    id: int
    version: int
    fiscal_year: int
    section_key: str
    scope: str  # division or a programme
    part: str  # policy / goals / activities …
    position: int
    title: str
    body: str
    text: str
    problems: tuple[PlaceholderProblem, ...]


@dataclass(frozen=True)
class MonthLines:
    """One month of a month → list table (年間活動計画, 関係機関との連携内容)."""

    month: int
    label: str  # 4月
    lines: tuple[str, ...]  # "・家計改善支援事業 支援調整会議（28日）"


@dataclass(frozen=True)
class TrainingLine:
    held_on: date
    when: str  # 9月1～2日
    title: str
    organiser: str
    summary: str


@dataclass(frozen=True)
class EventLine:
    held_on: date
    theme: str
    content: str
    participants: int


@dataclass(frozen=True)
class EventList:
    key: str  # self_reliance.seminars
    title: str  # 就労セミナー
    items: tuple[EventLine, ...]


@dataclass(frozen=True)
class NarrativeProblem:
    section_key: str
    title: str
    problem: PlaceholderProblem


@dataclass(frozen=True)
class ChapterData:
    programme: str
    label: str  # 生活困窮者家計改善支援事業
    title: str  # 倉敷市生活困窮者家計改善支援事業 (the profile's, else the label)
    profile: ProgrammeProfileRow | None
    staffing: tuple[StaffingBlock, ...]
    targets: tuple[FigureRow, ...]
    groups: tuple[FigureGroup, ...]
    policy: tuple[NarrativeRow, ...]
    activities: tuple[NarrativeRow, ...]
    goals: tuple[NarrativeRow, ...]
    activity_title: str  # 年間活動計画 / 活動実績表
    activity_months: tuple[MonthLines, ...]
    trainings: tuple[TrainingLine, ...]
    liaison: tuple[MonthLines, ...]  # 関係機関との連携内容 (the outreach chapter)
    events: tuple[EventList, ...]
    agencies: tuple[str, ...]
    monthly_title: str  # the chart's title ("" for none)
    monthly: tuple[int, ...]
    evaluations: tuple[tuple[str, int], ...]  # 終結評価: (label, count) ① → ⑤

    def rows(self) -> tuple[FigureRow, ...]:
        """Every figure the chapter prints, in print order."""
        return self.targets + tuple(r for g in self.groups for r in g.rows)


@dataclass(frozen=True)
class DivisionData:
    name: str  # 地域生活部門
    programme_titles: tuple[str, ...]
    goals: str
    consultations: FigureRow
    narratives: tuple[NarrativeRow, ...]
    plan: tuple[MonthLines, ...]  # the division's monthly meetings (titles, no days)
    trainings: tuple[TrainingLine, ...]  # trainings of no one programme
    monthly: tuple[tuple[str, tuple[int, ...]], ...]  # (programme short label, new consultations 4月 → 3月)


@dataclass(frozen=True)
class ReportData:
    fiscal_year: int
    year_label: str  # 2022年度
    wareki_label: str  # 令和4年度
    period_from: date
    period_to: date
    corporation: str
    centre_name: str
    address: str
    has_profile: bool  # the year's organisation profile was saved
    division: DivisionData
    chapters: tuple[ChapterData, ...]
    figures: dict[str, FigureRow]  # every figure key → how it prints
    problems: tuple[NarrativeProblem, ...]  # placeholders that could not print
    notes: tuple[str, ...]  # what the reader should know (rounding, missing sources)

    def chapter(self, programme: str) -> ChapterData | None:
        return next((c for c in self.chapters if c.programme == programme), None)

    @property
    def organisation_line(self) -> str:
        return "　".join(x for x in (self.corporation, self.division.name) if x)


@dataclass(frozen=True)
class RecordRef:
    """A record to open from a data-quality issue: its table and id, and its case."""

    table: str
    id: int
    case_id: int | None
    on: date | None
    label: str  # 相談受付 / プラン / 返済 …


@dataclass(frozen=True)
class QualityIssue:
    """A consistency warning before printing (annual-report.md "Drill-down and checks")."""

    code: str  # plan_before_intake, outcome_without_intake, evaluation_without_decision, …
    title: str  # the kind of problem, in Japanese
    message: str  # this instance, in Japanese
    records: tuple[RecordRef, ...]


@dataclass(frozen=True)
class CopySummary:
    """What copy_year brought over (items the target year already had are kept)."""

    from_year: int
    to_year: int
    organisation: bool
    profiles: int
    targets: int
    narratives: int
    kept: int  # items not copied because the target year has its own


__all__ = [
    "EVALUATION_KEYS",
    "LAYOUT",
    "OTHER_GROUP",
    "PROGRAMME_ORDER",
    "TARGET_KEYS",
    "ChapterData",
    "CopySummary",
    "DivisionData",
    "DutyDayRow",
    "EventLine",
    "EventList",
    "FigureGroup",
    "FigureRow",
    "MonthLines",
    "NarrativeProblem",
    "NarrativeRow",
    "ProgrammeProfileRow",
    "QualityIssue",
    "RecordRef",
    "ReportData",
    "StaffingBlock",
    "StaffingEntryRow",
    "StaffingLine",
    "TrainingLine",
]
