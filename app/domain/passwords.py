"""Password rules and the growing sign-in delay: pure functions, no I/O.

The hashing itself (Argon2id through argon2-cffi) lives in ``app.services.auth``: the domain
imports only the standard library (tests/test_layering.py).

Passwords are compared and hashed after NFKC normalisation, so a password typed with the
IME in full-width mode (ＡＢＣ１２３) is the same password as its half-width form.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

MIN_LENGTH = 13
MAX_LENGTH = 256  # longer input is refused before hashing (no hashing of megabytes)
FREE_FAILURES = 5  # failed sign-ins before any delay
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)


def normalize_password(password: str) -> str:
    """The form that is checked, hashed and verified (NFKC)."""
    return unicodedata.normalize("NFKC", password)


def password_problems(password: str, *, login_id: str = "") -> list[str]:
    """Every rule ``password`` breaks, as Japanese sentences (empty when acceptable)."""
    pw = normalize_password(password)
    problems: list[str] = []
    if len(pw) < MIN_LENGTH:
        problems.append(f"パスワードは{MIN_LENGTH}文字以上にしてください（現在{len(pw)}文字）")
    if len(pw) > MAX_LENGTH:
        problems.append(f"パスワードは{MAX_LENGTH}文字以内にしてください")
    if pw and len(set(pw)) == 1:
        problems.append("同じ文字だけのパスワードは使えません")
    if login_id and pw.casefold() == normalize_password(login_id).casefold():
        problems.append("ログインIDと同じパスワードは使えません")
    return problems


def lockout_delay(failed_count: int) -> timedelta:
    """How long sign-in is refused after ``failed_count`` consecutive failures: nothing for
    the first four, 30 seconds after the fifth, doubling with each further failure, at most
    15 minutes."""
    if failed_count < FREE_FAILURES:
        return timedelta(0)
    doublings = min(failed_count - FREE_FAILURES, 10)  # 30 s × 2**10 is far past the cap
    return min(FIRST_DELAY * (2**doublings), MAX_DELAY)


def format_wait(wait: timedelta) -> str:
    """``2分30秒`` / ``45秒`` (rounded up to whole seconds; at least 1 second)."""
    seconds = max(1, -int(-wait.total_seconds() // 1))
    minutes, secs = divmod(seconds, 60)
    if minutes and secs:
        return f"{minutes}分{secs}秒"
    return f"{minutes}分" if minutes else f"{secs}秒"
