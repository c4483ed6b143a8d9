"""The paged table model shared by the case, visit and meeting lists: it loads a page at a
time, never the whole table, and a failing later page stops fetching with a message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex

from app.domain.errors import StorageError
from app.qt.paged_model import PagedTableModel


@dataclass(frozen=True)
class Row:
    id: int


class Numbers(PagedTableModel[int, Row]):
    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Any, role: int = 0) -> Any:
        return self.row_at(index.row()).id


def test_pages_are_fetched_as_the_view_asks(qapp) -> None:
    calls: list[tuple[int, int, int]] = []

    def fetch(limit_to: int, limit: int, offset: int) -> list[Row]:
        calls.append((limit_to, limit, offset))
        return [Row(i) for i in range(offset, min(offset + limit, limit_to))]

    model = Numbers(fetch, lambda limit_to: limit_to, 0, page_size=10)
    totals: list[int] = []
    model.sig_total_changed.connect(totals.append)
    model.set_filter(25)
    assert (model.rowCount(), model.total(), totals) == (10, 25, [25])
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.canFetchMore(QModelIndex())
    assert [c[2] for c in calls] == [0, 10, 20]
    assert model.row_of_id(17) == 17 and model.row_of_id(99) is None


def test_a_failing_page_stops_fetching_and_says_why(qapp) -> None:
    def fetch(_f: int, limit: int, offset: int) -> list[Row]:
        if offset:
            raise StorageError("台帳を読めません")
        return [Row(i) for i in range(limit)]

    model = Numbers(fetch, lambda _f: 100, 0, page_size=10)
    failures: list[str] = []
    model.sig_fetch_failed.connect(failures.append)
    model.set_filter(1)
    model.fetchMore(QModelIndex())
    assert failures == ["台帳を読めません"] and not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 10
