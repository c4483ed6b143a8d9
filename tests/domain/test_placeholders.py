"""Figure placeholders in narrative texts: syntax, escapes, formats, and problems that are
reported (never printed raw)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.placeholders import (
    check_placeholders,
    escape_braces,
    fill,
    find_placeholders,
    format_figure,
    format_number,
    problems_message,
)

VALUES = {"self_reliance.new_consultations": 12_839, "household_budget.repayments_yen": 9_328_700, "a.b": 0}
TARGETS = {"self_reliance.new_consultations": 1_504}


def filled(text: str) -> str:
    return fill(text, VALUES, targets=TARGETS).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新規相談は{self_reliance.new_consultations}件", "新規相談は12,839件"),
        ("{self_reliance.new_consultations}", "12,839"),
        ("返済は{household_budget.repayments_yen}円", "返済は9,328,700円"),
        ("返済は{household_budget.repayments_yen:万円}", "返済は932.87万円"),
        ("目標{self_reliance.new_consultations:目標}件", "目標1,504件"),
        ("{ self_reliance.new_consultations }件", "12,839件"),  # spaces around the key
        ("｛self_reliance.new_consultations｝件", "12,839件"),  # full-width braces (an IME)
        ("｛ｓｅｌｆ＿ｒｅｌｉａｎｃｅ．ｎｅｗ＿ｃｏｎｓｕｌｔａｔｉｏｎｓ｝", "12,839"),  # full-width key
        ("{Self_Reliance.New_Consultations}", "12,839"),  # case is folded
        ("{self_reliance.new_consultations：万円}", "1.28万円"),  # a full-width colon
        ("{a.b}件", "0件"),
        ("{{self_reliance.new_consultations}}", "{self_reliance.new_consultations}"),  # escaped
        ("{{{self_reliance.new_consultations}}}", "{12,839}"),
        ("｛｛と｝｝", "｛と｝"),
        ("a}b", "a}b"),  # a lone closing brace is text
        ("中括弧なし", "中括弧なし"),
        ("", ""),
        ("2行目\n{a.b}件", "2行目\n0件"),
    ],
)
def test_fill(text: str, expected: str) -> None:
    result = fill(text, VALUES, targets=TARGETS)
    assert result.text == expected
    assert result.problems == ()


def test_keys_used_in_order_of_first_use() -> None:
    result = fill("{a.b}{self_reliance.new_consultations}{a.b}", VALUES)
    assert result.keys == ("a.b", "self_reliance.new_consultations")


@pytest.mark.parametrize(
    ("text", "printed", "code", "key"),
    [
        ("{self_reliance.typo}件", "（不明な項目：self_reliance.typo）件", "unknown_key", "self_reliance.typo"),
        ("{ここにメモ}", "（不明な項目：ここにメモ）", "unknown_key", "ここにメモ"),
        ("{}", "（不明な項目：）", "unknown_key", ""),
        ("{a.b:千円}", "（不明な書式：a.b:千円）", "bad_spec", "a.b"),
        ("{a.b:目標}", "（目標値未設定：a.b）", "no_target", "a.b"),
        ("{a.b", "{a.b", "unclosed", ""),
        ("{a.b\n}", "{a.b\n}", "unclosed", ""),  # a placeholder never spans lines
        ("{a.{b}", "{a.（不明な項目：b）", "unclosed", ""),
    ],
)
def test_problems_are_reported_and_never_printed_raw(text: str, printed: str, code: str, key: str) -> None:
    result = fill(text, VALUES, targets=TARGETS)
    assert result.text == printed
    assert code in [p.code for p in result.problems]
    assert any(p.key == key for p in result.problems if p.code == code)
    assert all(p.message for p in result.problems)


def test_known_keys_without_a_value_are_reported() -> None:
    result = fill("{x.y}", {}, known={"x.y"})
    assert result.text == "（不明な項目：x.y）"
    assert [p.code for p in result.problems] == ["unknown_key"]


def test_check_lists_every_problem_in_order() -> None:
    problems = check_placeholders("{a.b} {no.such} {a.b:x} {open", {"a.b"})
    assert [p.code for p in problems] == ["unknown_key", "bad_spec", "unclosed"]
    assert [p.raw for p in problems] == ["{no.such}", "{a.b:x}", "{"]
    assert check_placeholders("{a.b:目標} {a.b:万円} {{x}}", {"a.b"}) == ()  # targets are not checked here
    message = problems_message(problems)
    assert "{no.such}" in message and "{a.b:x}" in message and "閉じていない" in message


def test_find_placeholders() -> None:
    found = find_placeholders("前{a.b}後{{x}}{ c.d :万円 }")
    assert [(p.key, p.spec, p.raw) for p in found] == [("a.b", "", "{a.b}"), ("c.d", "万円", "{ c.d :万円 }")]
    assert found[0].start == 1 and found[0].end == 6


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (12_839, "件", "12,839件"),
        (2_519, "人", "2,519人"),
        (203, "社", "203社"),
        (10_082, "回", "10,082回"),
        (0, "件", "0件"),
        (9_328_700, "円", "932.87万円"),
        (9_328_750, "円", "932.88万円"),  # 四捨五入
        (35_300, "円", "3.53万円"),
    ],
)
def test_format_figure(value: int, unit: str, text: str) -> None:
    assert format_figure(value, unit) == text


def test_format_number_negative() -> None:
    assert format_number(-1200) == "▲1,200"


@given(st.text(max_size=60))
def test_escaped_text_prints_as_itself(text: str) -> None:
    result = fill(escape_braces(text), VALUES)
    assert result.text == text
    assert result.problems == ()


@given(st.text(alphabet="{}｛｝ab.:_万円目標 件\n", max_size=40))
def test_nothing_raw_is_printed_for_any_text(text: str) -> None:
    """Whatever staff type, a braced place either prints its figure or a mark (never itself),
    and every problem the save check finds is also reported when printing."""
    assume(not any(pair in text for pair in ("{{", "}}", "｛｛", "｝｝")))
    result = fill(text, {"a.b": 7})
    bad = [p for p in find_placeholders(text) if p.key != "a.b" or p.spec not in ("", "万円")]
    for p in bad:
        assert p.raw not in result.text
    assert len([x for x in result.problems if x.code != "unclosed"]) == len(bad)
    problems = check_placeholders(text, {"a.b"})
    assert {p.raw for p in problems} <= {p.raw for p in result.problems}


# ---- the report drafts' small parsers (app.domain.report_drafts) -------------------------------
@pytest.mark.parametrize(
    ("text", "hundredths"), [("0.9", 90), ("４", 400), ("1.25人", 125), (" 0.1 人", 10), ("12", 1200)]
)
def test_parse_fte(text: str, hundredths: int) -> None:
    from app.domain.report_drafts import format_fte, parse_fte

    assert parse_fte(text) == hundredths
    assert parse_fte(format_fte(hundredths)) == hundredths


@pytest.mark.parametrize("text", ["", "0.125", "-1", "一人", "1,5"])
def test_parse_fte_rejects(text: str) -> None:
    from app.domain.report_drafts import parse_fte

    with pytest.raises(ValueError, match="人数"):
        parse_fte(text)


@pytest.mark.parametrize(
    ("key", "scope"),
    [("division.overview", "division"), ("household_budget.activities.1", "household_budget"), ("x.y", None),
     ("outreach", None), ("outreach.Policy", None)],
)  # fmt: skip
def test_section_scope(key: str, scope: str | None) -> None:
    from app.domain.report_drafts import section_scope

    assert section_scope(key) == scope
