"""Export file names built from personal names (issue #9 point 7): never outside the chosen
folder, valid on Windows, readable when the name is ordinary (app.files.safe_file_name)."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.files import path_in_folder, safe_file_name
from tests.fuzz_text import LONG, LONG_TEXT, TEXT, japanese_text

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in "123456789"}
NAMES = st.one_of(
    TEXT,
    LONG_TEXT,
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "../", "..\\", "/", "C:\\", "\\\\server\\share\\",
                                                           "~/", "./"]),
              st.sampled_from(["CON", "con", "Nul", "COM1", "lpt9", "AUX", "PRN", "家計表 ", "経過一覧 ", ".", ".."])
              | japanese_text,
              st.sampled_from(["", ".pdf", ".xlsx", ".ics", ".csv", ".", " ", "...", " . ", "\u202efdp.exe", "\x00",
                               ".tar.gz", "\u3000"])),
)  # fmt: skip
FUZZ = settings(
    max_examples=300,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_safe(result: str, max_bytes: int = 200) -> None:
    assert result and result not in (".", "..")
    assert not set(result) & FORBIDDEN
    assert len(result.encode("utf-8")) <= max_bytes
    assert result == result.rstrip(". ") and result == result.lstrip(" ")
    assert result.split(".", 1)[0].rstrip(" ").upper() not in RESERVED
    assert unicodedata.is_normalized("NFC", result)


@FUZZ
@given(NAMES)
def test_any_name_gives_a_safe_name_in_the_folder(tmp_path: Path, name: str) -> None:
    result = safe_file_name(name)
    assert_safe(result)
    assert (tmp_path / result).resolve().parent == tmp_path.resolve()
    path = path_in_folder(tmp_path, name)
    assert path.parent == tmp_path and path.name == result
    assert safe_file_name(result) == result  # stable: a safe name stays as it is


@FUZZ
@given(NAMES, st.integers(16, 300))
def test_the_byte_limit_keeps_the_extension(name: str, max_bytes: int) -> None:
    result = safe_file_name(name + ".xlsx", max_bytes=max_bytes)
    assert_safe(result, max_bytes)
    assert result.endswith(".xlsx")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("家計表 山田 花子.xlsx", "家計表 山田 花子.xlsx"),
        ("相談受付・申込票 山野 みどり（P000123）.pdf", "相談受付・申込票 山野 みどり（P000123）.pdf"),
        ("経過一覧 2023-00042 ヤマダ タロウ.pdf", "経過一覧 2023-00042 ヤマダ タロウ.pdf"),
        ("キャッシュフロー表 O'Brien 花子.xlsx", "キャッシュフロー表 O'Brien 花子.xlsx"),
        ("会議予定 2023年04月～2024年03月.ics", "会議予定 2023年04月～2024年03月.ics"),
        ("令和5年度 事業報告書.pdf", "令和5年度 事業報告書.pdf"),
        ("../../etc/passwd", ".._.._etc_passwd"),
        ("..\\..\\Windows\\win.ini", ".._.._Windows_win.ini"),
        ("C:\\x", "C__x"),
        ("山田/花子: 記録?.pdf", "山田_花子_ 記録_.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("LPT9 .xlsx", "_LPT9.xlsx"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        (".", "_"),
        ("..", "_"),
        ("", "無題"),
        ("   ", "無題"),
        ("...", "無題"),
        ("山田 花子. . ", "山田 花子"),
        ("  山田 花子.pdf", "山田 花子.pdf"),
        ("山田\x00花子.pdf", "山田_花子.pdf"),
        ("山田\t花子\r\n.pdf", "山田_花子__.pdf"),
        ("山田\u202efdp.exe", "山田_fdp.exe"),
        ("ｶﾞ", "ｶﾞ"),  # half-width kana: kept (NFC, not NFKC)
        ("\u304b\u3099.pdf", "\u304c.pdf"),  # か + combining ゛ → が, one character (NFC)
    ],
)
def test_examples(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_long_names_are_cut_at_a_character_boundary() -> None:
    result = safe_file_name("家計表 " + "山田花子" * 2500 + ".xlsx")
    assert result.startswith("家計表 山田花子") and result.endswith(".xlsx")
    assert len(result.encode("utf-8")) <= 200
    result.encode("utf-8").decode("utf-8")  # whole characters only
    assert len(safe_file_name("a" * LONG)) == 200
    assert safe_file_name("山" * LONG, max_bytes=16) == "山" * 5


def test_max_bytes_has_a_floor() -> None:
    with pytest.raises(ValueError):
        safe_file_name("山田", max_bytes=8)


def test_path_in_folder_refuses_a_planted_symlink(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "家計表 山田 花子.xlsx").symlink_to(elsewhere / "x.xlsx")
    with pytest.raises(ValueError):
        path_in_folder(folder, "家計表 山田 花子.xlsx")
    assert path_in_folder(folder, "../家計表 山田 花子.pdf") == folder / ".._家計表 山田 花子.pdf"


def test_the_views_use_the_one_function() -> None:
    from app.views.intake import case_print
    from app.views.report import output

    assert case_print._safe_file_name is safe_file_name
    assert output._safe_file_name is safe_file_name
