"""The 家計改善支援 printouts as PDFs: a budget case built through the services, each sheet
rendered, its text extracted (pypdf) and checked against the services' own figures, fonts
embedded, pages numbered, and the cash flow on landscape pages."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.budget_drafts import (
    CashflowHeaderDraft,
    ImprovementPlanDraft,
    LifeEventDraft,
    MonitoringDraft,
    SheetHeaderDraft,
    SpecialExpenseDraft,
)
from app.domain.debt_drafts import AgreementDraft, DebtDraft, PaymentDraft
from app.domain.drafts import HouseholdMemberDraft, StaffDraft
from app.domain.money import format_man, format_yen
from app.report.budget_chart import cashflow_chart, nice_step, scales
from app.report.budget_sheets import (
    render_cashflow,
    render_consultation_sheet,
    render_debts,
    render_improvement_plan,
    render_plan_sheet,
)
from tests.report.test_case_sheets import assert_fonts_embedded, assert_no_markup, assert_numbered, squeeze
from tests.services.conftest import intake_draft

ORG = "社会福祉法人 架空福祉会　架空市生活自立相談支援センター"
PRINTED = date(2023, 6, 1)
CONSULTED_ON = date(2023, 5, 10)
PLANNED_ON = date(2023, 6, 1)


@dataclass(frozen=True)
class BudgetCase:
    case_id: int
    case_no: str
    advisor: str
    consultation: int
    plan: int
    cashflow5: int
    cashflow30: int
    improvement: int


def _row_id(detail, label: str) -> int:
    return next(r.id for r in detail.rows if r.label == label)


def build_budget_case(services) -> BudgetCase:
    """山野 みどり in 家計改善支援: a consultation sheet (収支差額 ▲15,000円), a plan sheet with two
    実績 months and 特別支出, two debts with 分納 agreements and payments (the loan's ends in
    September 2025), 5- and 30-year cash flows (the 30-year one goes into the red), and a
    家計改善支援計画書. Every write goes through the services."""
    opened = services.cases.open_case(intake_draft(programmes=("household_budget",)))
    case_id = opened.case_id
    advisor = services.staff.add_staff(StaffDraft("川辺", "budget_advisor", "ひかる"))
    person = services.cases.get_case(case_id).person.id
    child = services.people.add_household_member(
        person, HouseholdMemberDraft("child", name="山野 こはる", birth_date=date(2015, 4, 2))
    )
    budget, debts = services.budget, services.debts

    standard = next(t for t in budget.templates("household") if t.builtin and not t.for_older_person)
    consultation = budget.create_consultation_sheet(case_id, standard.id, CONSULTED_ON, advisor)
    d = budget.sheet(consultation)
    budget.set_header(consultation, SheetHeaderDraft(CONSULTED_ON, "令和5年4月分", 35_000, "通帳で確認"), d.version)
    amounts = {
        "本人就労収入": (140_000, 150_000), "児童手当": (10_000, 10_000), "児童扶養手当": (10_000, None),
        "借入金（収入ではない）": (50_000, None), "住居費": (60_000, 60_000), "水道光熱費": (15_000, 12_000),
        "食費": (55_000, 40_000), "通信費": (15_000, 9_000), "債務返済": (20_000, 20_000), "その他": (10_000, None),
    }  # fmt: skip
    cells = []
    for label, (current, estimate) in amounts.items():
        cells.append((_row_id(d, label), "current", current))
        if estimate is not None:
            cells.append((_row_id(d, label), "estimate", estimate))
    budget.set_amounts(consultation, cells)

    loan = debts.add_debt(DebtDraft(
        case_id, "consumer_finance", CONSULTED_ON, creditor="架空ファイナンス株式会社", original_yen=500_000,
        balance_yen=300_000, arrears_yen=40_000, arrears_months=2, collection_status="reminder",
        course="instalments", handling_office="法テラス架空",
    ))  # fmt: skip
    tax = debts.add_debt(DebtDraft(
        case_id, "resident_tax", CONSULTED_ON, creditor="架空市（市県民税）", original_yen=120_000,
        balance_yen=120_000, arrears_yen=120_000, arrears_months=8, collection_status="seizure_notice",
        course="instalments", handling_office="納税課",
    ))  # fmt: skip
    loan_agreement = debts.add_agreement(
        loan.id, AgreementDraft(date(2023, 4, 10), 300_000, 10_000, date(2023, 4, 1), 25)
    )
    tax_agreement = debts.add_agreement(
        tax.id, AgreementDraft(date(2023, 5, 15), 120_000, 20_000, date(2023, 5, 1), 31)
    )
    debts.record_payment(PaymentDraft(loan.id, date(2023, 4, 25), 10_000, loan_agreement.id))
    debts.record_payment(PaymentDraft(loan.id, date(2023, 5, 29), 10_000, loan_agreement.id, note="4日遅れ"))
    debts.record_payment(PaymentDraft(tax.id, date(2023, 5, 31), 20_000, tax_agreement.id))

    plan = budget.create_plan_sheet(case_id, consultation, PLANNED_ON, advisor)
    p = budget.sheet(plan)
    budget.add_actual_month(plan, date(2023, 6, 1))
    budget.add_actual_month(plan, date(2023, 7, 1))
    budget.set_amounts(plan, [
        (_row_id(p, "本人就労収入"), "plan", 150_000), (_row_id(p, "児童手当"), "plan", 10_000),
        (_row_id(p, "児童扶養手当"), "plan", 10_000), (_row_id(p, "住居費"), "plan", 60_000),
        (_row_id(p, "水道光熱費"), "plan", 12_000), (_row_id(p, "食費"), "plan", 40_000),
        (_row_id(p, "通信費"), "plan", 5_000), (_row_id(p, "本人就労収入"), "actual:2023-06", 148_000),
        (_row_id(p, "食費"), "actual:2023-06", 43_500), (_row_id(p, "本人就労収入"), "actual:2023-07", 151_000),
        (_row_id(p, "食費"), "actual:2023-07", 39_800),
    ])  # fmt: skip
    budget.set_special_expense(plan, SpecialExpenseDraft("固定資産税", 6, 60_000))
    budget.set_special_expense(plan, SpecialExpenseDraft("自動車税（種別割）", 5, 30_500))
    budget.set_special_expense(plan, SpecialExpenseDraft("NHK受信料", 10, 13_650))

    cf_template = next(t for t in budget.templates("cashflow") if t.builtin and not t.for_older_person)
    plans = []
    for years in (5, 30):
        cf = budget.create_cashflow(case_id, cf_template.id, 2023, years, advisor)
        rows = {r.label: r.id for r in budget.cashflow(cf).rows}
        budget.set_cashflow_base(cf, rows["本人収入"], 2_600_000)
        budget.set_cashflow_rate(cf, rows["本人収入"], "0")
        budget.set_cashflow_base(cf, rows["手当"], 360_000)
        budget.set_cashflow_base(cf, rows["基本生活費"], 2_100_000)
        budget.set_cashflow_base(cf, rows["住居費"], 720_000)
        budget.set_cashflow_cell(cf, rows["一時的収入"], 1, 150_000)
        budget.add_life_event(cf, LifeEventDraft(2024, "冷蔵庫の買い替え", 120_000))
        budget.add_life_event(cf, LifeEventDraft(2028, "中学校入学", 150_000, household_member_id=child))
        budget.add_life_event(cf, LifeEventDraft(2031, "高校入学", 300_000, household_member_id=child))
        header = CashflowHeaderDraft(
            2023, years, savings_start_yen=350_000, return_rate="0.1", note="児童扶養手当は含まない"
        )
        budget.set_cashflow_header(cf, header, budget.cashflow(cf).version)
        plans.append(cf)

    improvement = budget.save_improvement_plan(case_id, ImprovementPlanDraft(
        made_on=PLANNED_ON, issues="毎月の収支が赤字で、消費者金融の返済と住民税の滞納がある。\n食費と通信費が多い。",
        goals="収支の均衡、住民税の滞納解消、月1万円の貯蓄", person_actions="家計簿をつける。スマートフォンを格安プランに変える。",
        supports=("management", "arrears"), period_from=date(2023, 6, 1), period_to=date(2023, 11, 30),
        monitorings=(MonitoringDraft(date(2023, 5, 25), date(2023, 5, 26), "食費が計画内に"), MonitoringDraft(date(2023, 9, 1))),
        staff_id=advisor,
    ))  # fmt: skip
    return BudgetCase(case_id, opened.case_no, "川辺 ひかる", consultation, plan, plans[0], plans[1], improvement)


@pytest.fixture
def made(services) -> BudgetCase:
    return build_budget_case(services)


def pages(pdf: Path | io.BytesIO) -> tuple[list[str], PdfReader]:
    reader = PdfReader(pdf)
    return [p.extract_text() for p in reader.pages], reader


def names(made: BudgetCase) -> dict:
    return dict(person_name="山野 みどり", case_no=made.case_no, advisor=made.advisor, organisation=ORG,
                printed_on=PRINTED)  # fmt: skip


def check_common(out: Path, made: BudgetCase, *expected: str) -> str:
    texts, reader = pages(out)
    whole = squeeze("".join(texts))
    for text in ("山野みどり", made.case_no, "川辺ひかる", squeeze(ORG), "印刷日令和5年（2023年）6月1日", *expected):
        assert squeeze(text) in whole, text
    assert_no_markup(texts)
    assert_numbered(texts)
    assert_fonts_embedded(out)
    assert all("Helvetica" not in str(font) for font in _fonts(reader))
    return whole


def _fonts(reader: PdfReader) -> list[str]:
    return [str(ref.get_object().get("/BaseFont")) for p in reader.pages for ref in p["/Resources"]["/Font"].values()]


def test_consultation_sheet_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "consultation.pdf"
    d = services.budget.sheet(made.consultation)
    assert d.totals.current.income == 160_000 and d.totals.current.balance == -15_000
    n = render_consultation_sheet(d, out, **names(made))
    check_common(
        out, made, "相談時家計表", "令和5年（2023年）5月10日", "令和5年4月分", "35,000円", "通帳で確認",
        "収入合計" + format_yen(d.totals.current.income, unit=False) + format_yen(d.totals.estimate.income, unit=False),
        "支出合計175,000141,000", "収支差額（収入－支出）▲15,00019,000", "借入金（収入ではない）※250,000",
        "借入金の合計50,000", "※2借入金は収入ではないため", "本人就労収入140,000150,000", "単位：円",
    )  # fmt: skip
    assert n == len(pages(out)[0])


def test_plan_sheet_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    d = services.budget.sheet(made.plan)
    render_plan_sheet(d, out, **names(made))
    assert d.totals.plan.expense == 60_000 + 12_000 + 40_000 + 5_000 + 10_000 + 20_000
    whole = check_common(
        out, made, "家計計画表", "令和5年（2023年）6月1日", "実績2023年6月", "実績2023年7月",
        # 現状 / 計画 / 差額 / 実績 6月 / 実績 7月
        "本人就労収入140,000150,00010,000148,000151,000", "食費55,00040,000▲15,00043,50039,800",
        "債務返済※120,00010,000▲10,000", "滞納分の支払い※120,00020,000",
        "収入合計" + "".join(format_yen(v, unit=False) for v in (160_000, 170_000, 10_000, 148_000, 151_000)),
        "※1計画額は返済計画（分納）から入ります（令和5年6月分・2023年6月分）",
        "特別支出", "固定資産税", "NHK受信料", "年間合計104,150円÷12＝月々の積立8,680円",
    )  # fmt: skip
    assert d.special.monthly_reserve == 8_680
    assert whole.index("5月") < whole.index("3月年額")  # months run 4月 → 3月


def test_plan_sheet_with_many_actual_months_continues_in_blocks(services, made, tmp_path: Path) -> None:
    for month in range(8, 13):
        services.budget.add_actual_month(made.plan, date(2023, month, 1))
    for month in range(1, 5):
        services.budget.add_actual_month(made.plan, date(2024, month, 1))
    out = io.BytesIO()
    render_plan_sheet(services.budget.sheet(made.plan), out, **names(made))
    whole = squeeze("".join(pages(out)[0]))
    assert "実績（続き）" in whole and "実績2024年4月" in whole
    assert whole.count("収入合計170,000") == 2  # 11 months: four beside the plan, then 4 + 3 beside 計画 again


def test_cashflow_5_years_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "cf5.pdf"
    d = services.budget.cashflow(made.cashflow5)
    render_cashflow(d, out, **names(made))
    p = d.projection
    debt = next(r for r in d.rows if r.feed)
    assert debt.amounts == (90_000, 120_000, 90_000, 0, 0)  # April 2023 – September 2025, then freed
    reader = pages(out)[1]
    whole = check_common(
        out, made, "キャッシュフロー表", "西暦変動率2023年2024年2025年2026年2027年",
        "和暦令和5年令和6年令和7年令和8年令和9年", "経過年数0年1年2年3年4年", "本人山野みどり38歳39歳40歳41歳42歳",
        "子山野こはる8歳9歳10歳11歳12歳",
        "単位：万円（百円未満四捨五入）", "冷蔵庫の買い替え（12.00）",
        "債務返済※1分納" + "".join(format_man(v, unit=False) for v in debt.amounts),
        "年間収支（収入－支出）" + "".join(format_man(v, unit=False) for v in p.balance),
        "貯蓄残高（年末）" + "".join(format_man(v, unit=False) for v in p.savings),
        "運用利率年0.1%", "開始時の貯蓄残高350,000円", "年間収支と貯蓄残高の推移", "2023年～2027年（5年間）",
    )  # fmt: skip
    assert p.first_negative_year is None and "マイナスになります" not in whole
    for page in reader.pages:
        box = page.mediabox
        assert box.width > box.height  # landscape


def test_cashflow_30_years_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "cf30.pdf"
    d = services.budget.cashflow(made.cashflow30)
    render_cashflow(d, out, **names(made))
    p = d.projection
    assert p.first_negative_year is not None
    year = p.first_negative_year
    texts, reader = pages(out)
    whole = check_common(
        out,
        made,
        "2043年2044年2045年2046年2047年2048年2049年2050年2051年2052年",
        "経過年数20年21年22年23年24年25年26年27年28年29年",
        "貯蓄残高が",
        f"{year}年",
        "にマイナスになります",
    )
    assert whole.count("貯蓄残高（年末）") == 3  # three blocks of ten years
    assert whole.count("本人山野みどり38歳") == 1 and "本人山野みどり48歳" in whole and "本人山野みどり58歳" in whole
    assert whole.count("西暦変動率") == 3  # row labels repeated in each block
    k = year - 2023
    assert format_man(p.savings[k], unit=False).startswith("▲")
    assert format_man(p.savings[k], unit=False) in whole
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
    assert len(texts) >= 3


def test_debts_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "debts.pdf"
    debts = services.debts.list_debts(made.case_id)
    agreements = {d.id: services.debts.agreement(d.agreement.id) for d in debts if d.agreement}
    render_debts(debts, agreements, out, **names(made))
    whole = check_common(
        out, made, "滞納・債務一覧", "基準日令和5年（2023年）6月1日", "架空ファイナンス株式会社", "架空市（市県民税）",
        "消費者金融（債務返済）", "住民税（市県民税）（滞納分の支払い）", "差押予告", "（8か月）",
        "合計（2件）620,000380,000160,00040,000",  # 当初 / 残高 / 滞納 / 返済済
        "分納：消費者金融架空ファイナンス株式会社", "30回・毎月25日", "順調", "納付済", "未到来",
        "令和7年9月（2025年9月）", "令和5年5月29日（遅れ）", "4日遅れ", "返済の合計20,000",
        "分納：住民税（市県民税）架空市（市県民税）", "6回・毎月31日",
    )  # fmt: skip
    assert whole.index("架空ファイナンス") < whole.index("分納：住民税")


def test_improvement_plan_pdf(services, made, tmp_path: Path) -> None:
    out = tmp_path / "improvement.pdf"
    (plan,) = services.budget.improvement_plans(made.case_id)
    options = ["家計管理支援", "滞納解消支援", "債務整理支援", "貸付あっせん", "給付制度の利用"]
    render_improvement_plan(plan, out, **names(made), support_options=options, evaluation=2,
                            approved_meeting="2023-06-27 家計改善支援事業支援調整会議")  # fmt: skip
    check_common(
        out, made, "家計改善支援計画書", "令和5年（2023年）6月1日", "毎月の収支が赤字", "食費と通信費が多い。",
        "月1万円の貯蓄", "■家計管理支援", "■滞納解消支援", "□債務整理支援",
        "食費が計画内に", "令和5年（2023年）5月26日", "□①上回って達成■②達成", "□事業延長", "家計改善支援事業支援調整会議", "氏名（自署）",
        "令和5年（2023年）6月1日～令和5年（2023年）11月30日",
    )  # fmt: skip


def test_markup_in_user_text_is_printed_as_text(services, made) -> None:
    d = services.budget.sheet(made.consultation)
    services.budget.set_row_label(made.consultation, _row_id(d, "その他"), "<b>ペット</b> & 趣味")
    out = io.BytesIO()
    render_consultation_sheet(services.budget.sheet(made.consultation), out, **names(made))
    assert "<b>ペット</b>&趣味" in squeeze("".join(pages(out)[0]))


def test_chart_scales_share_the_zero_line() -> None:
    left, right = scales([[350_000, -2_000_000, 1_200_000], [50_000, -90_000]])
    assert (left.below, left.above) == (right.below, right.above)
    assert left.low <= -2_000_000 and left.high >= 1_200_000 and right.low <= -90_000 and right.high >= 50_000
    assert [nice_step(x) for x in (1, 12_000, 25_000, 26_000, 70_000)] == [1000, 20_000, 25_000, 50_000, 100_000]
    (only,) = scales([[0, 0]])
    assert only.step > 0 and only.high > 0
    drawing = cashflow_chart(["2023", "2024"], [10_000, -5_000], [100_000, -20_000], 300, 200)
    assert (drawing.width, drawing.height) == (300, 200)
    with pytest.raises(ValueError):
        cashflow_chart(["2023"], [1, 2], [1], 300, 200)


def test_squeeze_helper_keeps_our_markers() -> None:
    assert re.sub(r"\s+", "", "▲ 1,000") == "▲1,000"


def test_empty_sheets_still_print(services, tmp_path: Path) -> None:
    """A sheet just made (every amount empty, no months, no debts, a one-year cash flow of
    zeros) prints without error, one page each, the chart included."""
    opened = services.cases.open_case(intake_draft(programmes=("household_budget",)))
    budget = services.budget
    standard = next(t for t in budget.templates("household") if t.builtin and not t.for_older_person)
    sheet = budget.create_consultation_sheet(opened.case_id, standard.id, CONSULTED_ON)
    plan = budget.create_plan_sheet(opened.case_id, sheet, PLANNED_ON)
    cf_template = next(t for t in budget.templates("cashflow") if t.builtin and not t.for_older_person)
    cf = budget.create_cashflow(opened.case_id, cf_template.id, 2023, 1)
    kw = dict(person_name="", case_no="", advisor="", printed_on=PRINTED)  # the sheets' own names
    for name, render in (
        ("c", lambda out: render_consultation_sheet(budget.sheet(sheet), out, **kw)),
        ("p", lambda out: render_plan_sheet(budget.sheet(plan), out, **kw)),
        ("f", lambda out: render_cashflow(budget.cashflow(cf), out, **kw)),
        ("d", lambda out: render_debts([], {}, out, **kw)),
    ):
        out = tmp_path / f"{name}.pdf"
        assert render(out) >= 1
        whole = squeeze("".join(pages(out)[0]))
        assert_fonts_embedded(out)
        if name != "d":
            assert "山野みどり" in whole and opened.case_no in whole
    assert "登録されている滞納・債務はありません" in squeeze("".join(pages(tmp_path / "d.pdf")[0]))
    assert "特別支出の登録はありません" in squeeze("".join(pages(tmp_path / "p.pdf")[0]))
