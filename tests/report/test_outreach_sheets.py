"""The outreach printouts: the chapter's 関係機関との連携内容 (月 | 内容, the agencies named,
one line per agency set and action with its days) and the 訪問記録一覧 — what they say (pypdf),
that the fonts travel inside them and that long tables repeat their header and number pages."""

from __future__ import annotations

import io
import re
from datetime import date, time

from app.domain.drafts import AgencyDraft, StaffDraft
from app.domain.fiscal import fiscal_months
from app.domain.visit_drafts import VisitDraft
from app.report.outreach_sheets import render_liaison_table, render_visit_log
from app.services.outreach import OutreachService
from app.services.outreach_rows import LiaisonEntry, MonthLiaison, VisitRow
from tests.report.test_case_sheets import (
    ORG,
    PRINTED,
    assert_fonts_embedded,
    assert_no_markup,
    assert_numbered,
    pages_text,
    squeeze,
)
from tests.services.conftest import intake_draft

SSW = "架空市教育委員会 SSW"
NURSE = "架空市保健所 保健推進室"


def _entry(on: date, agencies: tuple[str, ...], what: str, i: int = 1) -> LiaisonEntry:
    return LiaisonEntry(on, agencies, ("川辺 ひかる",), what, "visit", i, "2022-00001")


def _year(entries_per_month: dict[int, list[LiaisonEntry]]) -> list[MonthLiaison]:
    return [MonthLiaison(y, m, tuple(entries_per_month.get(m, ()))) for y, m in fiscal_months(2022)]


def test_liaison_table_names_the_agencies_month_by_month() -> None:
    months = _year({
        5: [_entry(date(2022, 5, 10), (SSW,), "同行訪問"), _entry(date(2022, 5, 12), (SSW, NURSE), "医療機関へ同行"),
            _entry(date(2022, 5, 24), (SSW,), "同行訪問")],
        1: [_entry(date(2023, 1, 6), (NURSE,), "相談同行")],
    })  # fmt: skip
    out = io.BytesIO()
    pages = render_liaison_table(months, out, fiscal_year=2022, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) == 1
    whole = squeeze("".join(texts))
    assert "令和4年度（2022年度）関係機関との連携内容" in whole
    assert "件数4件" in whole and ORG.replace(" ", "").replace("\u3000", "") in whole
    assert f"・{squeeze(SSW)}と同行訪問（10日・24日）" in whole
    assert f"・{squeeze(SSW)}・{squeeze(NURSE)}と医療機関へ同行（12日）" in whole
    assert "1月・架空市保健所保健推進室と相談同行（6日）" in whole
    # every month 4月 → 3月 in order; an empty month says so
    shown = [int(m) for m in re.findall(r"(\d+)月(?=記録なし|・)", whole[whole.index("連携内容4月") :])]
    assert shown == [m for _y, m in fiscal_months(2022)]
    assert whole.count("記録なし") == 10
    assert "川辺" not in whole and "2022-00001" not in whole  # no staff, no case, no person in the report's table
    assert_numbered(texts)
    assert_no_markup(texts)
    assert_fonts_embedded(out)


def test_a_long_year_runs_over_pages_with_the_header_repeated() -> None:
    agencies = [f"架空市関係機関{i:02d} 相談課" for i in range(40)]
    busy = {
        m: [_entry(date(2022 if m >= 4 else 2023, m, 1 + i % 28), (agencies[i],), "同行訪問、アセスメント", i)
            for i in range(40)]
        for m in (4, 5, 6)
    }  # fmt: skip
    out = io.BytesIO()
    pages = render_liaison_table(_year(busy), out, fiscal_year=2022, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) >= 2
    assert all("関係機関との連携内容" in t and "月" in t for t in texts)
    assert sum(t.count("関係機関との連携内容") for t in texts) >= pages + 1  # title, and the header on each page
    whole = squeeze("".join(texts))
    assert all(f"架空市関係機関{i:02d}相談課と同行訪問、アセスメント" in whole for i in range(40))
    assert (
        "5月（続き）" in whole and "6月（続き）" in whole
    )  # a month longer than half a page goes on, named, on the next page
    assert_numbered(texts)


def test_the_service_year_prints_as_the_table(services, ledger) -> None:
    outreach = OutreachService(ledger, today=lambda: PRINTED)
    counsellor = services.staff.add_staff(StaffDraft("川辺", "outreach_worker", "ひかる", "かわべ", "ひかる"))
    agency = services.agencies.add_agency(AgencyDraft("架空市役所", "government", department="生活福祉課"))
    case_id = services.cases.open_case(intake_draft(programmes=("outreach",))).case_id
    for day in (9, 23):
        outreach.record_visit(VisitDraft(date(2022, 6, day), "home", "visit", case_id=case_id, result="met",
                                         staff_ids=(counsellor,), agency_ids=(agency,), start_at=time(10, 0)))  # fmt: skip
    out = io.BytesIO()
    render_liaison_table(outreach.liaison_by_month(2022), out, fiscal_year=2022, printed_on=PRINTED)
    assert "6月・架空市役所生活福祉課と同行訪問（9日・23日）" in squeeze("".join(pages_text(out)))


def _visit(i: int, on: date, **changes: object) -> VisitRow:
    fields = dict(
        id=i, version=1, visited_on=on, start_at=time(14, 0), end_at=time(15, 0), planned=False, case_id=1,
        case_no="2022-00001", person_name="山野 みどり", programme="アウトリーチ", place="自宅", method="訪問",
        result_code="through_door", result="ドア越し", purpose="関係づくり", staff="川辺 ひかる、森 あかり",
        agencies=SSW, content=f"第{i}回。ドア越しに声をかけた。", next_visit_on=None,
    )  # fmt: skip
    fields.update(changes)
    return VisitRow(**fields)  # type: ignore[arg-type]


def test_visit_log_lists_a_period_by_month() -> None:
    rows = [_visit(i, date(2022, 5 + i % 2, 1 + i // 2)) for i in range(60)]
    rows.append(_visit(99, date(2022, 7, 1), planned=True, result="", result_code=None, start_at=None, end_at=None,
                       content="", next_visit_on=None, agencies=""))  # fmt: skip
    rows.append(_visit(98, date(2022, 5, 2), content="母 & 本人 <確認>", next_visit_on=date(2022, 5, 16)))
    out = io.BytesIO()
    pages = render_visit_log(rows, out, period="2022年度", organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) >= 2
    whole = squeeze("".join(texts))
    assert "訪問記録一覧" in whole and "期間2022年度" in whole and "件数62件" in whole
    assert "2022年5月31件" in whole and "2022年6月30件" in whole and "2022年7月1件" in whole
    assert all(f"第{i}回。" in whole for i in range(60))
    assert whole.index("2022年5月") < whole.index("2022年6月") < whole.index("2022年7月")
    assert "同行：架空市教育委員会SSW" in whole and "14:00～15:00" in whole and "予定" in whole
    assert "母&本人<確認>" in whole and "次回：R4.5.16" in whole
    assert all("日付・時刻" in t for t in texts)  # the header row on every page
    assert_numbered(texts)
    assert_no_markup(texts)
    assert_fonts_embedded(out)


def test_an_empty_visit_log_says_so() -> None:
    out = io.BytesIO()
    render_visit_log([], out, printed_on=PRINTED)
    whole = squeeze("".join(pages_text(out)))
    assert "この条件の訪問記録はありません。" in whole and "0件" in whole
