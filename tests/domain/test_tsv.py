"""Tab-separated text as Excel copies and pastes it: by hand, then round trips for any grid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.tsv import parse_tsv, to_tsv


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("", []),
        ("12345", [["12345"]]),
        ("12345\r\n", [["12345"]]),  # one cell copied from Excel
        ("\r\n", [[""]]),  # one empty cell copied from Excel
        ("a\tb\r\nc\td\r\n", [["a", "b"], ["c", "d"]]),
        ("a\tb\nc\td\n", [["a", "b"], ["c", "d"]]),  # LibreOffice / a text editor
        ("a\tb\nc\td", [["a", "b"], ["c", "d"]]),  # no line end after the last line
        ("a\rb\r", [["a"], ["b"]]),  # old Mac line ends
        ("a\t\tc\r\n", [["a", "", "c"]]),
        ("a\t\r\n", [["a", ""]]),
        ("a\t", [["a", ""]]),
        ("\t\r\n\t\r\n", [["", ""], ["", ""]]),
        ("a\r\n\r\nb\r\n", [["a"], [""], ["b"]]),
        ("a\r\n\r\n", [["a"], [""]]),  # the last cell of a column was empty
        ("食費\t12,345\r\n住居費\t¥50,000\r\n", [["食費", "12,345"], ["住居費", "¥50,000"]]),
    ],
)
def test_plain_text(text: str, rows: list[list[str]]) -> None:
    assert parse_tsv(text) == rows


def test_excel_quotes_cells_with_line_breaks_tabs_and_quotes() -> None:
    # Excel: a cell with Alt+Enter line breaks, one with a tab, one starting with a quote
    text = '"1行目\n2行目"\t"a\tb"\r\n"""引用"" です"\tx\r\n'
    assert parse_tsv(text) == [["1行目\n2行目", "a\tb"], ['"引用" です', "x"]]


def test_quoted_cell_with_a_windows_line_break_and_doubled_quotes() -> None:
    assert parse_tsv('"a\r\nb"\t"say ""hi"" now"\r\nz\r\n') == [["a\r\nb", 'say "hi" now'], ["z"]]


def test_a_quote_inside_an_unquoted_cell_is_a_character() -> None:
    assert parse_tsv('5" floppy\tq\r\n') == [['5" floppy', "q"]]


def test_malformed_quotes_are_read_literally() -> None:
    assert parse_tsv('"a"b\tc') == [['"a"b', "c"]]
    assert parse_tsv('"unterminated\tx\r\ny') == [['"unterminated', "x"], ["y"]]


def test_to_tsv_writes_excels_form() -> None:
    rows = [["食費", "-12345", ""], ["a\tb", '"q', 'x"y'], ["1\n2", "=SUM(A1)", "+81"]]
    assert to_tsv(rows) == '食費\t-12345\t\r\n"a\tb"\t"""q"\tx"y\r\n"1\n2"\t=SUM(A1)\t+81\r\n'


def test_to_tsv_keeps_formula_like_text_faithful() -> None:
    # the formula-injection guard belongs to the .xlsx export, not to the clipboard
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)"):
        assert to_tsv([[cell]]) == cell + "\r\n"


def test_empty_grid() -> None:
    assert to_tsv([]) == ""
    assert parse_tsv(to_tsv([[""]])) == [[""]]


cells = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
grids = st.lists(st.lists(cells, min_size=1, max_size=6), max_size=6)
tricky = st.lists(
    st.lists(st.text(st.sampled_from(['"', "\t", "\r", "\n", "a", "あ", " ", "-", "="]), max_size=6), min_size=1),
    max_size=5,
)


@given(grids)
def test_round_trip_any_grid(rows: list[list[str]]) -> None:
    assert parse_tsv(to_tsv(rows)) == rows


@given(tricky)
def test_round_trip_grids_of_delimiters(rows: list[list[str]]) -> None:
    assert parse_tsv(to_tsv(rows)) == rows


@given(st.text(st.sampled_from(["\t", "\r", "\n", "a", "あ", '"', " "]), max_size=30))
def test_parse_never_fails_and_reads_unquoted_text_by_splitting(text: str) -> None:
    rows = parse_tsv(text)
    if '"' not in text:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n")
        assert rows == ([line.split("\t") for line in lines.split("\n")] if text else [])
