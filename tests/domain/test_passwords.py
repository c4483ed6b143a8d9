"""Password rules and the growing delay after failed sign-ins."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.passwords import (
    FREE_FAILURES,
    MAX_DELAY,
    MIN_LENGTH,
    format_wait,
    lockout_delay,
    normalize_password,
    password_problems,
)


def test_thirteen_characters_are_enough_twelve_are_not() -> None:
    assert password_problems("a" * 6 + "b" * 6) == ["パスワードは13文字以上にしてください（現在12文字）"]
    assert password_problems("correct-horse") == []
    assert MIN_LENGTH == 13


def test_japanese_passwords_count_characters_not_bytes() -> None:
    assert password_problems("よりそいの相談窓口はあたたかい") == []
    assert password_problems("よりそい") != []


@pytest.mark.parametrize(
    ("password", "login", "message"),
    [
        ("aaaaaaaaaaaaaaaa", "", "同じ文字だけのパスワードは使えません"),
        ("tanaka.hikaru", "tanaka.hikaru", "ログインIDと同じパスワードは使えません"),
        ("TANAKA.HIKARU", "tanaka.hikaru", "ログインIDと同じパスワードは使えません"),
        ("ｔａｎａｋａ．ｈｉｋａｒｕ", "tanaka.hikaru", "ログインIDと同じパスワードは使えません"),
        ("x" * 300, "", "パスワードは256文字以内にしてください"),
    ],
)
def test_rules_with_japanese_messages(password: str, login: str, message: str) -> None:
    assert message in password_problems(password, login_id=login)


def test_full_width_input_is_the_same_password() -> None:
    assert normalize_password("ＡＢＣ１２３") == "ABC123"


def test_no_delay_for_the_first_four_failures_then_thirty_seconds_doubling() -> None:
    assert [lockout_delay(n) for n in range(FREE_FAILURES)] == [timedelta(0)] * FREE_FAILURES
    assert [lockout_delay(n).total_seconds() for n in range(5, 11)] == [30, 60, 120, 240, 480, 900]
    assert lockout_delay(11) == lockout_delay(10_000) == MAX_DELAY == timedelta(minutes=15)


@given(st.integers(min_value=0, max_value=10**6))
def test_delay_never_shrinks_and_never_exceeds_the_cap(n: int) -> None:
    assert lockout_delay(n) <= lockout_delay(n + 1) <= MAX_DELAY


@given(st.text(max_size=10_000), st.text(max_size=100))
def test_rules_never_crash(password: str, login: str) -> None:
    problems = password_problems(password, login_id=login)
    assert all(isinstance(p, str) and p for p in problems)


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.2, "1秒"), (20, "20秒"), (20.3, "21秒"), (60, "1分"), (150, "2分30秒"), (900, "15分")]
)
def test_wait_is_shown_in_minutes_and_seconds(seconds: float, text: str) -> None:
    assert format_wait(timedelta(seconds=seconds)) == text
