"""Tab-separated text as Excel puts it on (and takes it off) the clipboard. No Qt.

Excel's format
--------------
* Cells are separated by tabs, lines end with "\\r\\n", and the last line ends with one too.
* A cell that holds a tab, a line break or starts with a double quote is quoted:
  ``"line 1\\nline 2"``; a double quote inside a quoted cell is doubled (``"say ""hi"" now"``).
  A quote in the middle of an unquoted cell is just a character (``5" floppy``).

:func:`parse_tsv` reads that (and plain "\\n" or lone "\\r" line ends, with or without the last
one). It is lenient: a cell that starts with a quote but is not a well-formed quoted cell is
read as the literal text up to the next tab or line end. Rows may come back ragged (a line
with fewer tabs); nothing is padded. :func:`to_tsv` writes Excel's form, and the two are
inverse: ``parse_tsv(to_tsv(rows)) == rows`` for every list of rows that each have at least
one cell (a row with no cells cannot be told from a row with one empty cell).

The text is kept faithful: a cell that begins with = + - @ is written as it is. Guarding
against formula injection is the job of the .xlsx export, not of the clipboard.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A well-formed quoted cell: the closing quote is followed by a tab, a line end or the end.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"(?=\t|\r|\n|\Z)')
_PLAIN = re.compile(r"[^\t\r\n]*")
_NEEDS_QUOTES = re.compile(r"[\t\r\n]")


def parse_tsv(text: str) -> list[list[str]]:
    """The rows of cells in ``text`` ("" → no rows; "\\r\\n" → one row of one empty cell)."""
    rows: list[list[str]] = []
    row: list[str] = []
    pos, end = 0, len(text)
    while pos < end:
        quoted = _QUOTED.match(text, pos) if text[pos] == '"' else None
        if quoted:
            row.append(quoted[1].replace('""', '"'))
            pos = quoted.end()
        else:
            plain = _PLAIN.match(text, pos)
            assert plain is not None  # matches the empty string at worst
            row.append(plain[0])
            pos = plain.end()
        if pos >= end:
            break
        if text[pos] == "\t":
            pos += 1
            if pos == end:  # "a\t" at the very end: the last cell is empty
                row.append("")
            continue
        pos += 2 if text.startswith("\r\n", pos) else 1  # a line end
        rows.append(row)
        row = []
    if row:
        rows.append(row)
    return rows


def _quote(cell: str) -> str:
    if _NEEDS_QUOTES.search(cell) or cell.startswith('"'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    """``rows`` as Excel's clipboard text: tabs between cells, "\\r\\n" after every line."""
    return "".join("\t".join(_quote(cell) for cell in row) + "\r\n" for row in rows)
