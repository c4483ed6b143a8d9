"""The case file's printouts as PDFs: what they say (extracted with pypdf), that their fonts
travel inside them, and that long contact histories number their pages right."""

from __future__ import annotations

import io
import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.report.case_sheets import render_contact_history, render_intake_sheet, render_plan_sheet
from app.services.case_sheets import CaseSheetService, ContactHistory, ContactLine
from tests.services.test_case_sheets import make_case

ORG = "社会福祉法人 架空福祉会　架空市生活自立相談支援センター"
PRINTED = date(2023, 6, 1)


@pytest.fixture
def made(services, ledger):
    return make_case(services, ledger)


@pytest.fixture
def sheets(ledger) -> CaseSheetService:
    return CaseSheetService(ledger, lambda: PRINTED)


def pages_text(pdf: Path | io.BytesIO) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def squeeze(text: str) -> str:
    """Text with line breaks and spaces (also the no-break spaces of gaps) removed."""
    return re.sub(r"\s+", "", text.replace("\xa0", " "))


def font_descriptors(pdf: Path | io.BytesIO) -> list[tuple[str, bool]]:
    """(font name, embedded TrueType outlines?) of every font every page uses."""
    found = []
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            name = str(font.get("/BaseFont"))
            found.append((name, descriptor is not None and "/FontFile2" in descriptor.get_object()))
    return found


def assert_fonts_embedded(pdf: Path | io.BytesIO) -> None:
    fonts = font_descriptors(pdf)
    assert fonts, "no fonts found"
    assert all(embedded for _name, embedded in fonts), fonts
    assert all("IPAex" in name for name, _embedded in fonts), fonts  # never a CID or base-14 font


def assert_no_markup(texts: list[str]) -> None:
    """No Paragraph markup leaks into the printout as text."""
    whole = "".join(texts)
    for leak in ("&nbsp;", "&amp;", "&lt;", "<br/>", "<b>"):
        assert leak not in whole, leak


def assert_numbered(texts: list[str]) -> None:
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {total} ページ" in text, (number, text[-200:])


def test_intake_sheet_pdf(sheets, made, tmp_path: Path) -> None:
    out = tmp_path / "intake.pdf"
    pages = render_intake_sheet(sheets.intake_sheet(made.case_id), out, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) >= 1
    whole = squeeze("".join(texts))
    for expected in (
        "相談受付・申込票", made.case_no, "山田花子", "やまだはなこ", "昭和53年（1978年）11月23日生43歳",
        "令和4年（2022年）4月12日（火）10:30", "関係機関からの紹介（架空市役所生活福祉課）",
        "■収入・生活費", "◎家賃やローンの支払い", "□住まい", "□食べるものがない", "子どもの進学費用",
        "家賃の滞納を解消したい。仕事も探したい。", "■同意あり（令和4年（2022年）4月12日）", "□同意なし",
        "パート・派遣等", "申請中（精神保健福祉手帳）", "〒710-0001岡山県架空市緑町3-4-5", "山田翔太", "やまだしょうた",
        "鈴木和子", "別居", "平成30年7月豪雨", "大規模半壊", "午後の面談を希望", squeeze(ORG),
        "印刷日令和5年（2023年）6月1日",
    ):  # fmt: skip
        assert expected in whole, expected
    assert "■なし" in whole or "■あり" in whole  # 外国籍
    assert_no_markup(texts)
    assert_numbered(texts)
    assert_fonts_embedded(out)


def test_plan_sheet_pdf(sheets, made, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    render_plan_sheet(sheets.plan_sheet(made.plan_id), out, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    whole = squeeze("".join(texts))
    for expected in (
        "プラン兼事業等利用申込書（初回）", "山田花子", "生活困窮者自立相談支援事業", "令和4年（2022年）5月10日",
        "令和4年（2022年）5月10日～令和4年（2022年）10月31日", "今の家で暮らし続ける", "■経済的困窮", "■債務",
        "□病気", "①分割納付の合意", "家計表をつける", "川辺（相談支援員）", "家主との協議に同行", "令和4年6月30日",
        "就職支援ナビゲーター", "架空公共職業安定所", "■住居確保給付金", "□就労準備支援", "民生委員", "■対象", "□対象外",
        "令和4年（2022年）8月10日", "令和4年（2022年）5月17日定例支援調整会議", "令和4年（2022年）5月20日", "氏名（自署）",
    ):  # fmt: skip
        assert expected in whole, expected
    assert_no_markup(texts)
    assert_numbered(texts)
    assert_fonts_embedded(out)
    replan = io.BytesIO()
    render_plan_sheet(sheets.plan_sheet(made.replan_id), replan, printed_on=PRINTED)
    assert "プラン兼事業等利用申込書（再プラン1）" in squeeze("".join(pages_text(replan)))


def test_contact_history_pdf(sheets, made, tmp_path: Path) -> None:
    out = tmp_path / "contacts.pdf"
    render_contact_history(sheets.contact_history(made.case_id), out, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    whole = squeeze("".join(texts))
    for expected in (
        "支援経過記録（経過一覧）", made.case_no, "山田花子", "自立相談・家計改善", "全期間", "4件",
        "令和4年度（2022年度）", "R4.4.13（水）", "家計表を確認", "参加者：本人、長男", "関係機関：架空市役所生活福祉課",
        "所要45分", "次回：来週も家計表を持参", "森田さとし", "R4.4.20（水）9:30", "ハローワークへ同行",
        "眠れない日が続く。" * 40,  # in full
    ):  # fmt: skip
        assert expected in whole, expected
    assert (
        whole.index("家計表を確認") < whole.index("長い記録") < whole.index("ハローワーク") < whole.index("家主へ電話")
    )
    assert_fonts_embedded(out)


def _history(count: int, **changes) -> ContactHistory:
    start = date(2022, 3, 20)
    lines = tuple(
        ContactLine(
            i, start + timedelta(days=i), time(10, 0) if i % 2 else None, "来所", "自立相談", "本人", (),
            f"第{i + 1}回の記録。" + "家計表を一緒に確認し、来月の支出を見直した。" * (1 + i % 4), "川辺 ひかる", 30, "",
        )
        for i in range(count)
    )  # fmt: skip
    fields = dict(case_id=1, case_no="2022-00001", person_name="山田 花子", person_kana="やまだ はなこ",
                  programmes=("自立相談",), counsellor="川辺 ひかる", date_from=None, date_to=None, contacts=lines)  # fmt: skip
    fields.update(changes)
    return ContactHistory(**fields)


def test_long_history_numbers_every_page_and_keeps_every_contact() -> None:
    out = io.BytesIO()
    pages = render_contact_history(_history(120), out, organisation=ORG, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages == len(texts) >= 4
    assert_numbered(texts)
    assert "1 / " + str(pages) + " ページ" in texts[0]
    whole = squeeze("".join(texts))
    assert all(f"第{i + 1}回の記録。" in whole for i in range(120))
    # a new fiscal year starts a new table; the header row repeats on every page
    assert "令和3年度（2021年度）12件" in whole and "令和4年度（2022年度）108件" in whole
    assert all("日付" in t and "内容" in t for t in texts)
    assert_fonts_embedded(out)


def test_a_contact_longer_than_a_page_splits_without_losing_text() -> None:
    history = _history(3)
    huge = "とても長い記録。" + "本人の話では夜眠れない日が続いている。\n" * 150 + "記録の終わり。"
    lines = (
        history.contacts[0],
        ContactLine(99, date(2022, 3, 21), None, "訪問", "自立相談", "", (), huge, "", None, ""),
    )
    out = io.BytesIO()
    pages = render_contact_history(_history(0, contacts=lines), out, printed_on=PRINTED)
    texts = pages_text(out)
    assert pages >= 3
    whole = squeeze("".join(texts))
    assert whole.count("本人の話では夜眠れない日が続いている。") == 150  # nothing lost where the row splits
    assert whole.index("とても長い記録。") < whole.index("記録の終わり。")
    assert sum(t.count("令和3年度（2021年度）") for t in texts) == pages  # the band once a page, not twice


def test_user_text_prints_literally() -> None:
    tricky = "<b>&</b> タグのような <i>文字</i> & 記号 &amp; <br/>"
    line = ContactLine(1, date(2022, 5, 1), time(9, 0), "電話", "自立相談", "本人 & 母", (), tricky, "川辺 ひかる", None,
                       "次回 <確認>")  # fmt: skip
    out = io.BytesIO()
    render_contact_history(_history(0, contacts=(line,), person_name="山田 <花子>"), out, organisation="A & B")
    whole = squeeze("".join(pages_text(out)))
    assert squeeze(tricky) in whole
    assert "参加者：本人&母" in whole and "次回：次回<確認>" in whole and "山田<花子>" in whole and "A&B" in whole


def test_empty_history_and_period_are_stated() -> None:
    out = io.BytesIO()
    render_contact_history(_history(0, date_from=date(2023, 4, 1), date_to=date(2023, 5, 31)), out)
    whole = squeeze("".join(pages_text(out)))
    assert "令和5年（2023年）4月1日～令和5年（2023年）5月31日" in whole
    assert "この期間の記録はありません。" in whole and "0件" in whole
