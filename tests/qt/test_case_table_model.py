"""CaseTableModel without a view: Qt's model checks, paging (never the whole table), the
cells a counsellor reads, and sorting through the service — with a fake fetch and on a real
ledger of 250 cases."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.drafts import IntakeDraft, PersonDraft
from app.domain.errors import StorageError
from app.qt.case_table_model import CASE_ID_ROLE, COLUMN_OF, PAGE_SIZE, CaseTableModel
from app.services.case_queries import CaseFilter
from app.services.rows import CaseRow

TODAY = date(2023, 6, 1)
DISPLAY = Qt.ItemDataRole.DisplayRole


def fake_row(i: int, **changes: object) -> CaseRow:
    row = CaseRow(
        id=i, case_no=f"2022-{i:05d}", person_id=i, person_name=f"架空 {i}号", person_kana="かくう",
        birth_date=date(1985, 7, 14), opened_on=date(2022, 4, 1), status="intake", status_label="相談受付",
        programmes="自立相談", counsellor="川辺 ひかる", disaster=False,
    )  # fmt: skip
    return replace(row, **changes)


class FakeLedger:
    """fetch/count over rows in memory; remembers every page asked for."""

    def __init__(self, rows: list[CaseRow]) -> None:
        self.rows = rows
        self.calls: list[tuple[str, int, int]] = []
        self.fail = False

    def fetch(self, f: CaseFilter, limit: int, offset: int) -> list[CaseRow]:
        if self.fail:
            raise StorageError("台帳を読めません")
        self.calls.append((f.order, limit, offset))
        rows = sorted(self.rows, key=lambda r: r.id, reverse=f.order.endswith("desc"))
        return rows[offset : offset + limit]

    def count(self, f: CaseFilter) -> int:
        return len(self.rows)


@pytest.fixture
def checked(qapp, qtlog):
    """Wrap a model in Qt's QAbstractItemModelTester; fail on any complaint it logs."""
    testers = []

    def check(model: CaseTableModel) -> CaseTableModel:
        testers.append(QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning))
        return model

    yield check
    complaints = [r.message for r in qtlog.records if "FAIL" in r.message or "modeltest" in r.message.lower()]
    assert complaints == []


def fake_model(rows: list[CaseRow], checked) -> tuple[CaseTableModel, FakeLedger]:
    ledger = FakeLedger(rows)
    model = checked(CaseTableModel(fetch=ledger.fetch, count=ledger.count, today=lambda: TODAY))
    model.set_filter(CaseFilter())
    return model, ledger


def texts(model: CaseTableModel, row: int) -> list[str]:
    return [model.data(model.index(row, c), DISPLAY) for c in range(model.columnCount())]


def test_pages_of_a_hundred_never_the_whole_table(checked) -> None:
    model, ledger = fake_model([fake_row(i) for i in range(1, 251)], checked)
    assert (model.rowCount(), model.total()) == (PAGE_SIZE, 250)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    model.fetchMore()  # nothing left: no further read
    assert [c[1:] for c in ledger.calls] == [(100, 0), (100, 100), (100, 200)]
    ids = [model.case_id_at(r) for r in range(250)]
    assert ids == sorted(set(ids), reverse=True)


def test_cells_as_the_counsellor_reads_them(checked) -> None:
    rows = [fake_row(2, disaster=True), fake_row(1, birth_date=None, counsellor="")]
    model, _ = fake_model(rows, checked)
    assert texts(model, 0) == [
        "2022-00002", "架空 2号", "かくう", "37", "2022-04-01", "自立相談", "相談受付", "川辺 ひかる", "●",
    ]  # fmt: skip
    assert texts(model, 1)[COLUMN_OF["age"]] == ""  # birth date unknown
    assert texts(model, 1)[COLUMN_OF["disaster"]] == ""
    opened = model.index(0, COLUMN_OF["opened"])
    assert model.data(opened, Qt.ItemDataRole.ToolTipRole) == "令和4年4月1日"
    age = model.index(0, COLUMN_OF["age"])
    assert model.data(age, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(1, 0), CASE_ID_ROLE) == 1
    assert (model.case_id_at(0), model.case_id_at(1), model.case_id_at(2)) == (2, 1, None)


def test_age_counts_completed_years_on_today(checked) -> None:
    rows = [fake_row(1, birth_date=date(1985, 6, 1)), fake_row(2, birth_date=date(1985, 6, 2))]
    model, _ = fake_model(rows, checked)
    assert [texts(model, r)[COLUMN_OF["age"]] for r in range(2)] == ["37", "38"]  # id 2 first


def test_english_headers_without_a_translator(checked) -> None:
    model, _ = fake_model([], checked)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Case no.", "Name", "Reading", "Age", "Opened", "Programme", "Status", "Counsellor", "Disaster",
    ]  # fmt: skip
    assert model.rowCount() == 0 and not model.canFetchMore()


@pytest.fixture
def japanese(qapp):
    """Yorisoi's Japanese translations installed (as tests/views' ``ja_app`` does)."""
    from app.qt.application import make_application

    make_application(language="ja")
    yield qapp
    for tr in getattr(qapp, "_yorisoi_translators", []):
        qapp.removeTranslator(tr)


def test_japanese_headers(japanese, checked) -> None:
    model, _ = fake_model([], checked)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["ケース番号", "氏名", "ふりがな", "年齢", "受付日", "事業", "状況", "担当", "被災"]


def test_sort_goes_through_the_service_and_reloads(checked) -> None:
    model, ledger = fake_model([fake_row(i) for i in range(1, 151)], checked)
    model.fetchMore()
    ledger.calls.clear()
    model.sort(COLUMN_OF["case_no"], Qt.SortOrder.AscendingOrder)
    assert ledger.calls == [("case_no_asc", 100, 0)]
    assert model.rowCount() == 100 and model.case_id_at(0) == 1
    assert model.sort_state() == (COLUMN_OF["case_no"], Qt.SortOrder.AscendingOrder)
    model.sort(COLUMN_OF["reading"], Qt.SortOrder.DescendingOrder)
    assert model.current_filter().order == "reading_desc"
    ledger.calls.clear()
    model.sort(COLUMN_OF["age"], Qt.SortOrder.AscendingOrder)  # no service order: unchanged
    model.sort(COLUMN_OF["counsellor"], Qt.SortOrder.AscendingOrder)
    assert ledger.calls == []
    assert [model.is_sortable(c) for c in range(model.columnCount())] == [
        True, False, True, False, True, False, True, False, False,
    ]  # fmt: skip


def test_set_filter_resets_to_the_first_page(checked) -> None:
    model, _ = fake_model([fake_row(i) for i in range(1, 251)], checked)
    model.fetchMore()
    totals = []
    model.sig_total_changed.connect(totals.append)
    model.set_filter(CaseFilter(text="架空"))
    assert model.rowCount() == 100 and model.current_filter().text == "架空"
    assert totals == [250]


def test_a_failed_page_stops_fetching_and_says_why(checked) -> None:
    model, ledger = fake_model([fake_row(i) for i in range(1, 251)], checked)
    failures = []
    model.sig_fetch_failed.connect(failures.append)
    ledger.fail = True
    model.fetchMore()
    assert failures == ["台帳を読めません"]
    assert model.rowCount() == 100 and not model.canFetchMore()


def test_needs_a_service_or_both_callables() -> None:
    with pytest.raises(TypeError):
        CaseTableModel(fetch=lambda f, limit, offset: [], today=lambda: TODAY)


# ---- a real ledger ---------------------------------------------------------------------------
FAMILY = [("山田", "やまだ"), ("佐藤", "さとう"), ("森", "もり"), ("川辺", "かわべ"), ("五味", "ごみ")]
GIVEN = [("花子", "はなこ"), ("太郎", "たろう"), ("みどり", "みどり"), ("ひかる", "ひかる"), ("蒼", "あおい")]


def open_cases(services, n: int) -> None:
    """``n`` fictional cases, opened on different days of 2022年度."""
    names = itertools.cycle(itertools.product(FAMILY, GIVEN))
    for i in range(n):
        (family, family_kana), (given, given_kana) = next(names)
        person = PersonDraft(family, given, family_kana, given_kana, birth_date=date(1950 + i % 50, 1 + i % 12, 1))
        draft = IntakeDraft(
            received_on=date(2022, 4, 1 + i % 30), method="office", route="self",
            programmes=("self_reliance",), topics=("income",), person=person,
        )  # fmt: skip
        services.cases.open_case(draft)


def test_a_real_ledger_of_250_cases(services, checked) -> None:
    """Paged in the service's order; sorted by reading through the service, filter kept."""
    open_cases(services, 250)
    model = checked(CaseTableModel(services.cases, today=lambda: TODAY))
    model.set_filter(CaseFilter())
    assert (model.rowCount(), model.total()) == (100, 250)
    while model.canFetchMore():
        model.fetchMore()
    expected = [r.id for r in services.cases.list_cases(CaseFilter(), limit=250)]
    assert [model.case_id_at(r) for r in range(model.rowCount())] == expected

    model.set_filter(CaseFilter(text="もり"))
    assert model.total() == 50
    model.sort(COLUMN_OF["reading"], Qt.SortOrder.AscendingOrder)
    readings = [texts(model, r)[COLUMN_OF["reading"]] for r in range(model.rowCount())]
    assert readings[:10] == ["もり あおい"] * 10
    assert readings[-10:] == ["もり みどり"] * 10
    assert model.total() == 50 and not model.canFetchMore()
    assert model.current_filter() == CaseFilter(text="もり", order="reading_asc")
