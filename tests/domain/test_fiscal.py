"""Fiscal year (年度): April – March, labels in 西暦 and 和暦."""

from __future__ import annotations

import ast
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.fiscal import (
    fiscal_months,
    fiscal_year,
    fiscal_year_label,
    fiscal_year_label_wareki,
    fiscal_year_range,
    month_label,
)
from app.domain.wareki import ERAS, Era

DATES = st.dates(min_value=date(1873, 4, 1), max_value=date(2100, 12, 31))
FISCAL_YEARS = st.integers(min_value=1873, max_value=2099)


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2022, 4, 1), 2022),
        (date(2022, 3, 31), 2021),
        (date(2023, 3, 31), 2022),
        (date(2023, 4, 1), 2023),
        (date(2022, 12, 31), 2022),
        (date(2023, 1, 1), 2022),
        (date(2024, 2, 29), 2023),
        (date(2019, 4, 30), 2019),
        (date(2019, 5, 1), 2019),
        (date(1989, 1, 7), 1988),
        (date(1989, 1, 8), 1988),
    ],
)
def test_fiscal_year(d: date, fy: int) -> None:
    assert fiscal_year(d) == fy


def test_fiscal_year_range() -> None:
    assert fiscal_year_range(2022) == (date(2022, 4, 1), date(2023, 3, 31))
    assert fiscal_year_range(2023) == (date(2023, 4, 1), date(2024, 3, 31))


def test_fiscal_months_run_april_to_march() -> None:
    assert fiscal_months(2022) == [
        (2022, 4),
        (2022, 5),
        (2022, 6),
        (2022, 7),
        (2022, 8),
        (2022, 9),
        (2022, 10),
        (2022, 11),
        (2022, 12),
        (2023, 1),
        (2023, 2),
        (2023, 3),
    ]


def test_fiscal_year_label() -> None:
    assert fiscal_year_label(2022) == "2022年度"
    assert fiscal_year_label(2019) == "2019年度"


@pytest.mark.parametrize(
    ("fy", "label"),
    [
        (2022, "令和4年度"),
        (2020, "令和2年度"),
        (2019, "令和元年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
        (1927, "昭和2年度"),
        (1926, "大正15年度"),
        (1912, "大正元年度"),
        (1911, "明治44年度"),
        (1873, "明治6年度"),
    ],
)
def test_fiscal_year_label_wareki(fy: int, label: str) -> None:
    assert fiscal_year_label_wareki(fy) == label


def test_fiscal_year_label_wareki_with_a_future_era() -> None:
    eras = (*ERAS, Era("新元号", "X", date(2040, 6, 1)))
    assert fiscal_year_label_wareki(2039, eras=eras) == "令和21年度"
    assert fiscal_year_label_wareki(2040, eras=eras) == "新元号元年度"
    assert fiscal_year_label_wareki(2041, eras=eras) == "新元号2年度"
    assert fiscal_year_label_wareki(2040) == "令和22年度"


@pytest.mark.parametrize(("month", "label"), [(1, "1月"), (4, "4月"), (12, "12月")])
def test_month_label(month: int, label: str) -> None:
    assert month_label(month) == label


@pytest.mark.parametrize("month", [0, 13, -1])
def test_month_label_rejects_bad_month(month: int) -> None:
    with pytest.raises(ValueError, match="月は1〜12"):
        month_label(month)


def test_month_labels_of_a_fiscal_year() -> None:
    labels = [month_label(m) for _, m in fiscal_months(2022)]
    assert labels[0] == "4月"
    assert labels[-1] == "3月"
    assert len(labels) == 12


# ------------------------------------------------------------------------------- properties


@given(DATES)
def test_date_lies_in_the_range_of_its_fiscal_year(d: date) -> None:
    start, end = fiscal_year_range(fiscal_year(d))
    assert start <= d <= end
    assert (d.year, d.month) in fiscal_months(fiscal_year(d))


@given(FISCAL_YEARS)
def test_range_edges_belong_to_the_fiscal_year(fy: int) -> None:
    start, end = fiscal_year_range(fy)
    assert fiscal_year(start) == fiscal_year(end) == fy
    assert fiscal_year(start - timedelta(days=1)) == fy - 1
    assert fiscal_year(end + timedelta(days=1)) == fy + 1
    assert (end - start).days + 1 in (365, 366)


@given(FISCAL_YEARS)
def test_fiscal_months_cover_the_range(fy: int) -> None:
    months = fiscal_months(fy)
    start, end = fiscal_year_range(fy)
    assert len(months) == len(set(months)) == 12
    assert months[0] == (start.year, start.month)
    assert months[-1] == (end.year, end.month)
    assert months == sorted(months)


@given(FISCAL_YEARS)
def test_wareki_label_has_a_positive_era_year(fy: int) -> None:
    label = fiscal_year_label_wareki(fy)
    assert label.endswith("年度")
    assert label[2:-2] == "元" or int(label[2:-2]) >= 2


# -------------------------------------------------------------------- standard library only

DOMAIN_MODULES = ["fiscal", "wareki", "money", "kana"]


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_imports_only_the_standard_library(module: str) -> None:
    path = Path(__file__).resolve().parents[2] / "app" / "domain" / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top != "app":
                imported.add(top)
            else:
                assert node.module.startswith("app.domain"), node.module
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)
