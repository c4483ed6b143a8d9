"""StatisticsService, the rest of a year: the lists the report prints (seminars, workshops,
trainings, meetings per month, agencies), targets and 達成 / 未達成, monthly breakdowns on
the edges of the year, the empty ledger, and the key catalogue against annual-report.md."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.services.statistics import StatisticsService
from app.services.stats_figures import FIGURES, LIST_KEYS
from app.services.stats_lists import EventItem, MeetingItem, TrainingItem
from tests.conftest import TODAY
from tests.services.stats_builders import (
    AFTER,
    ALL_KEYS,
    BEFORE,
    FIRST,
    FY,
    LAST,
    PER_DATE,
    Builder,
    build_edges,
    expected,
    monthly,
    values,
)

ANNUAL_REPORT = Path(__file__).resolve().parents[3] / "shared" / "domain" / "annual-report.md"


@pytest.fixture
def b(ledger, services) -> Builder:
    return Builder(ledger, services)


@pytest.fixture
def stats(ledger) -> StatisticsService:
    return StatisticsService(ledger, today=lambda: TODAY)


# ---- the key catalogue ---------------------------------------------------------------------


def report_keys(text: str) -> tuple[set[str], set[str]]:
    """(figure keys, list keys) of the markdown tables whose first column is ``key``.

    ``a.b / c`` → a.b, a.c; ``a.b.x / .y`` → a.b.x, a.b.y; a row whose definition starts
    with "list:" names a list, not a figure.
    """
    figures: set[str] = set()
    lists: set[str] = set()
    in_table = False
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if not cells:
            in_table = False
            continue
        if cells[0] == "key":
            in_table = True
            continue
        if not in_table or set(cells[0]) <= {"-", ":"}:
            continue
        first, *others = [p.strip() for p in cells[0].split(" / ")]
        prefix = first.rsplit(".", 1)[0]
        keys = {first} | {f"{prefix}.{p.lstrip('.')}" for p in others}
        (lists if cells[-1].startswith("list:") else figures).update(keys)
    return figures, lists


def test_report_keys_parser_expands_shorthand() -> None:
    text = "\n".join(
        [
            "| key | label | definition |",
            "|---|---|---|",
            "| p.plans_new / plans_revised | 新規 / 再 | x |",
            "| p.wep.users / .employed | 利用者 / 就職数 | y |",
            "| q.evaluation.exceeded / achieved / not_achieved | ① ② ⑤ | z |",
            "| p.seminars | 就労セミナー | list: date, theme |",
            "",
            "| not | a key table |",
            "| r.ignored | x |",
        ]
    )
    assert report_keys(text) == (
        {
            "p.plans_new",
            "p.plans_revised",
            "p.wep.users",
            "p.wep.employed",
            "q.evaluation.exceeded",
            "q.evaluation.achieved",
            "q.evaluation.not_achieved",
        },
        {"p.seminars"},
    )


def test_figure_keys_are_exactly_those_of_the_annual_report() -> None:
    if not ANNUAL_REPORT.is_file():
        pytest.skip(f"{ANNUAL_REPORT} is not here")
    figures, lists = report_keys(ANNUAL_REPORT.read_text(encoding="utf-8"))
    assert len(ALL_KEYS) == len(set(ALL_KEYS)) == 52
    assert set(ALL_KEYS) == figures
    assert lists == {"self_reliance.seminars", "self_reliance.workshops"}
    assert lists <= set(LIST_KEYS)


def test_definitions_are_the_catalogue(stats) -> None:
    assert stats.definitions() == FIGURES


# ---- the empty ledger ------------------------------------------------------------------------


def test_an_empty_ledger_gives_zero_everywhere(stats) -> None:
    y = stats.year(FY)
    assert values(y) == expected()
    for key, f in y.figures.items():
        assert type(f.value) is int, key
        assert f.monthly == (0,) * 12, key
        assert (f.target, f.achieved, f.achievement_label) == (None, None, ""), key
        assert stats.explain(FY, key) == [], key
        assert stats.figure(FY, key).value == 0, key
    assert y.targets_without_figure == ()
    lists = y.lists
    assert lists.events == {"self_reliance.seminars": (), "self_reliance.workshops": (), "outreach.workshops": ()}
    assert (lists.trainings, lists.meetings_by_month, lists.agencies) == ((), {}, {})


# ---- monthly breakdowns -------------------------------------------------------------------------


def test_the_same_records_on_each_edge_of_the_year(b, stats) -> None:
    """Every kind of record on 2022-03-31, 2022-04-01, 2023-03-31 and 2023-04-01: FY2022
    counts the middle two, in 4月 (index 0) and 3月 (index 11)."""
    build_edges(b)
    assert set(PER_DATE) == set(ALL_KEYS)
    y = stats.year(FY)
    assert values(y) == {k: 2 * n for k, n in PER_DATE.items()}
    for key, n in PER_DATE.items():
        assert y.figures[key].monthly == monthly(m4=n, m3=n), key
        assert {r.on for r in stats.explain(FY, key)} == {FIRST, LAST}, key
    for fy, m in ((2021, monthly(m3=1)), (2023, monthly(m4=1))):
        other = stats.year(fy)
        assert values(other) == PER_DATE, fy
        for key, n in PER_DATE.items():
            assert other.figures[key].monthly == tuple(n * x for x in m), (fy, key)


def test_a_distinct_person_counts_in_the_month_of_the_first_record(b, stats) -> None:
    c = b.case(date(2022, 5, 2), "self_reliance", "household_budget")
    p = c.person_id
    for d in (date(2022, 5, 20), date(2022, 6, 20)):
        b.food(p, d)
        b.sanitary(p, d)
        b.outcome(p, d, "employed", via="welfare_programme")
        b.outcome(p, d, "income_increase")
        b.service_use(p, d, "welfare_employment_programme")
        b.service_use(p, d, "employment_preparation")
        b.stay(p, d)
        b.plan(c, d, employment=True)
        b.review(b.meeting(d, "budget_coordination", "household_budget"), c, "use_decision", "household_budget")
        b.desk_use(b.seeker(p, d), d)
        b.posting(b.employer(f"架空工業{d:%m}"), d)
    y = stats.year(FY)
    once_in_may = [
        "self_reliance.employment_support_targets",
        "self_reliance.employed",
        "self_reliance.income_increased",
        "self_reliance.employed_or_income_increased",
        "self_reliance.food_support.new_users",
        "self_reliance.sanitary_products.recipients",
        "self_reliance.job_placement.job_seekers",
        "self_reliance.welfare_employment_programme.users",
        "self_reliance.employment_preparation.users",
        "self_reliance.temporary_living_support.users",
        "household_budget.use_decisions",
    ]
    for key in once_in_may:
        assert (y.value(key), y.figures[key].monthly) == (1, monthly(m5=1)), key
    every_time = [
        "self_reliance.plans",
        "self_reliance.food_support.deliveries",
        "self_reliance.welfare_employment_programme.employed",
        "self_reliance.job_placement.uses",
        "self_reliance.job_placement.employers_posting",  # two employers
    ]
    for key in every_time:
        assert (y.value(key), y.figures[key].monthly) == (2, monthly(m5=1, m6=1)), key


# ---- targets ----------------------------------------------------------------------------------


def test_targets_and_achievement(b, stats) -> None:
    for _ in range(2):
        b.case(date(2022, 7, 1))
    b.target("self_reliance.new_consultations", 2)  # equal: 達成
    b.target("self_reliance.plans", 3)  # 0 < 3: 未達成
    b.target("household_budget.use_decisions", 0)  # 0 ≥ 0: 達成
    b.target("outreach.new_consultations", 1)
    b.target("self_reliance.employed_or_income_increased", 9, fy=2021)  # another year's
    b.target("self_reliance.no_such_figure", 5)
    b.target("outreach.retired_key", 1)
    b.target("self_reliance.plans", 1, fy=2023)
    y = stats.year(FY)

    def state(key: str) -> tuple:
        f = y.figures[key]
        return f.value, f.target, f.achieved, f.achievement_label

    assert state("self_reliance.new_consultations") == (2, 2, True, "達成")
    assert state("self_reliance.plans") == (0, 3, False, "未達成")
    assert state("household_budget.use_decisions") == (0, 0, True, "達成")
    assert state("outreach.new_consultations") == (0, 1, False, "未達成")
    assert state("self_reliance.employed_or_income_increased") == (0, None, None, "")
    assert y.targets_without_figure == ("outreach.retired_key", "self_reliance.no_such_figure")
    with_target = {k for k, f in y.figures.items() if f.target is not None}
    assert with_target == {
        "self_reliance.new_consultations",
        "self_reliance.plans",
        "household_budget.use_decisions",
        "outreach.new_consultations",
    }
    for key in ALL_KEYS:
        assert stats.figure(FY, key) == y.figures[key], key
    assert stats.figure(2023, "self_reliance.plans").target == 1
    assert stats.year(2021).figures["self_reliance.employed_or_income_increased"].target == 9


def test_a_target_above_the_value_by_one(b, stats) -> None:
    b.case(date(2022, 7, 1))
    b.target("division.consultations", 2)
    f = stats.figure(FY, "division.consultations")
    assert (f.value, f.target, f.achieved, f.achievement_label) == (1, 2, False, "未達成")


# ---- seminars and workshops ---------------------------------------------------------------------


def test_seminars_and_workshops_of_the_year(b, stats) -> None:
    one, two = b.person("参加 いちか"), b.person("参加 にこ")
    b.event(date(2022, 5, 20), "seminar", "履歴書の書き方", persons=(one, two), walk_ins=3)
    b.event(FIRST, "seminar", "面接の練習", walk_ins=4)
    b.event(LAST, "seminar", "働き方の相談会", persons=(one,))
    b.event(BEFORE, "seminar", "前年度のセミナー", walk_ins=10)
    b.event(AFTER, "seminar", "翌年度のセミナー", walk_ins=10)
    b.event(date(2022, 6, 1), "seminar", "アウトリーチの説明会", "outreach", walk_ins=2)
    b.event(date(2022, 7, 7), "workshop", "料理", content="季節の料理づくり", persons=(two,))
    b.event(LAST, "workshop", "居場所", "outreach", content="居場所づくり", walk_ins=6)
    events = stats.year(FY).lists.events
    assert events == {
        "self_reliance.seminars": (
            EventItem(FIRST, "面接の練習", "", 4),
            EventItem(date(2022, 5, 20), "履歴書の書き方", "", 5),  # 2 persons + 3 walk-ins
            EventItem(LAST, "働き方の相談会", "", 1),
        ),
        "self_reliance.workshops": (EventItem(date(2022, 7, 7), "料理", "季節の料理づくり", 1),),
        "outreach.workshops": (EventItem(LAST, "居場所", "居場所づくり", 6),),
    }
    assert values(stats.year(FY)) == expected()  # events are lists, not figures


# ---- trainings and the meeting calendar ------------------------------------------------------


def test_trainings_and_meetings_by_month(b, stats) -> None:
    b.meeting(
        date(2022, 6, 1),
        "training",
        title="相談支援従事者研修",
        ends_on=date(2022, 6, 2),
        organiser="架空県社会福祉協議会",
        summary="アセスメントの基礎",
    )
    b.meeting(date(2022, 11, 30), "training", title="家計改善支援員研修", ends_on=date(2022, 12, 1))
    b.meeting(date(2022, 8, 1), "training", title="中止の研修", status="cancelled")
    b.meeting(BEFORE, "training", title="前年度の研修")
    b.meeting(date(2022, 9, 28), "budget_coordination", "household_budget", title="家計改善支援事業 支援調整会議")
    b.meeting(date(2022, 9, 29), "budget_coordination", "household_budget", title="中止の会議", status="cancelled")
    b.meeting(date(2022, 9, 5), "hikikomori_coordination", "outreach", title="ひきこもり支援調整会議")
    b.meeting(date(2022, 4, 20), "regular_coordination", "self_reliance", title="定例会議（後）")
    b.meeting(FIRST, "regular_coordination", "self_reliance", title="定例会議（前）")
    b.meeting(LAST, "regular_coordination", "self_reliance", title="年度末の会議", status="planned")
    b.meeting(AFTER, "regular_coordination", "self_reliance", title="翌年度の会議")
    b.meeting(date(2022, 10, 5), "independence_council", title="自立支援協議会")
    lists = stats.year(FY).lists
    assert lists.trainings == (
        TrainingItem(
            date(2022, 6, 1), date(2022, 6, 2), "相談支援従事者研修", "架空県社会福祉協議会", "アセスメントの基礎"
        ),
        TrainingItem(date(2022, 11, 30), date(2022, 12, 1), "家計改善支援員研修", "", ""),
    )
    by_month = {
        programme: {m: [(i.title, i.days_label) for i in items] for m, items in months.items()}
        for programme, months in lists.meetings_by_month.items()
    }
    assert by_month == {
        "division": {
            6: [("相談支援従事者研修", "（1～2日）")],
            10: [("自立支援協議会", "（5日）")],
            11: [("家計改善支援員研修", "（30日～12月1日）")],
        },
        "household_budget": {9: [("家計改善支援事業 支援調整会議", "（28日）")]},
        "outreach": {9: [("ひきこもり支援調整会議", "（5日）")]},
        "self_reliance": {
            4: [("定例会議（前）", "（1日）"), ("定例会議（後）", "（20日）")],
            3: [("年度末の会議", "（31日）")],
        },
    }
    item = lists.meetings_by_month["household_budget"][9][0]
    assert item == MeetingItem(
        date(2022, 9, 28), None, "家計改善支援事業 支援調整会議", "budget_coordination", "家計改善支援事業支援調整会議"
    )


def test_days_label() -> None:
    def item(on: date, ends: date | None = None) -> MeetingItem:
        return MeetingItem(on, ends, "研修", "training", "研修")

    assert item(date(2022, 9, 28)).days_label == "（28日）"
    assert item(date(2022, 9, 28), date(2022, 9, 28)).days_label == "（28日）"
    assert item(date(2022, 6, 1), date(2022, 6, 2)).days_label == "（1～2日）"
    assert item(date(2023, 3, 30), date(2023, 4, 1)).days_label == "（30日～4月1日）"


# ---- agencies (関係機関一覧) ---------------------------------------------------------------------


def test_agencies_per_programme_in_gojuon_order(b, stats) -> None:
    aoba = b.agency("青葉クリニック", "あおばくりにっく", kind="medical")
    welfare = b.agency("架空市役所", "かくうしやくしょ", department="生活福祉課", kind="government")
    tax = b.agency("架空市役所", "かくうしやくしょ", department="納税課", kind="government")
    hw = b.agency("架空ハローワーク", "かくうはろーわーく", kind="employment")
    sakura = b.agency("桜台地域包括支援センター", "さくらだいちいきほうかつしえんせんたー")
    shiomi = b.agency("潮見不動産", "しおみふどうさん", kind="real_estate")
    nemu = b.agency("合歓の木ホーム", "ねむのきほーむ")
    hato = b.agency("波止浜法律事務所", "はとはまほうりつじむしょ", kind="legal")
    mana = b.agency("学びの森学園", "まなびのもりがくえん", kind="education")
    no_kana = b.agency("ＮＰＯ法人架空ネット", kind="private")
    old = b.agency("古町診療所", "ふるまちしんりょうじょ", kind="medical")
    hall = b.agency("架空公民館", "かくうこうみんかん", kind="community")
    school = b.agency("架空小学校", "かくうしょうがっこう", kind="education")

    c = b.case(date(2022, 4, 10), "self_reliance", "household_budget", "outreach", referred_by=hw)
    p = c.person_id
    b.referral(c, date(2022, 5, 1), agency=welfare)
    b.referral(c, date(2022, 5, 2), agency=welfare)  # the same agency again: listed once
    b.referral(c, date(2022, 5, 3), "household_budget", direction="out", agency=tax)
    b.referral(c, BEFORE, agency=old)  # last year
    b.contact(c, date(2022, 6, 1), "agency_talk", "household_budget", agencies=(tax, sakura))
    b.contact(c, date(2022, 12, 1), "office", agencies=(no_kana, tax))
    b.plan(c, date(2022, 6, 10), supporter_agency=aoba)
    b.visit(c, date(2022, 7, 1), "outreach", (nemu,))
    b.visit(c, date(2022, 7, 2), "outreach", (school,), planned=True)  # not made yet
    b.disaster_activity(date(2022, 8, 1), "agency_liaison", (hato,))
    b.meeting(date(2022, 9, 28), "budget_coordination", "household_budget", agencies=(mana,))
    b.meeting(date(2022, 9, 29), "budget_coordination", "household_budget", status="cancelled", agencies=(hall,))
    b.service_use(p, date(2022, 10, 1), "welfare_employment_programme", agency=hw)
    b.service_use(p, AFTER, "employment_preparation", agency=old)  # next year
    b.housing(p, date(2022, 11, 1), agency=shiomi)
    assert stats.year(FY).lists.agencies == {
        "self_reliance": (
            "青葉クリニック",
            "架空市役所 生活福祉課",
            "架空市役所 納税課",
            "架空ハローワーク",
            "潮見不動産",
            "ＮＰＯ法人架空ネット",  # no reading: last
        ),
        "household_budget": ("架空市役所 納税課", "架空ハローワーク", "桜台地域包括支援センター", "学びの森学園"),
        "outreach": ("架空ハローワーク", "合歓の木ホーム"),
        "disaster_recovery": ("波止浜法律事務所",),
    }
    assert stats.year(2021).lists.agencies == {"self_reliance": ("古町診療所",)}
    assert stats.year(2023).lists.agencies == {"self_reliance": ("古町診療所",)}


def test_report_keys_are_dotted_identifiers() -> None:
    """Every key the parser finds is a dotted lower-case identifier (no stray text)."""
    if not ANNUAL_REPORT.is_file():
        pytest.skip(f"{ANNUAL_REPORT} is not here")
    figures, lists = report_keys(ANNUAL_REPORT.read_text(encoding="utf-8"))
    key = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
    assert all(key.match(k) for k in figures | lists), sorted(k for k in figures | lists if not key.match(k))
