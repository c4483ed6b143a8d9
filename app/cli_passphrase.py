"""The ledger passphrase on the command line: asked with getpass on the terminal (prompts on
standard error, nothing echoed), or read from ``YORISOI_PASSPHRASE`` for scripted use.

The environment variable is a convenience with a cost, spelled out in the README: other
processes of the same user can read a process's environment, and a passphrase typed into an
``export`` line stays in the shell history (and in a CI log if echoed).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.db.cipher import (
    PASSPHRASE_ENV,
    WrongPassphraseError,
    key_opens,
    normalize_passphrase,
    passphrase_problems,
    passphrase_status,
)
from app.domain.errors import StorageError

TRIES = 3

NEW_PASSPHRASE_ADVICE = (
    "台帳を暗号化するパスフレーズを決めてください（{min} 文字以上。文章のように長いものが安全です）。\n"
    "パスフレーズを忘れると、台帳もバックアップも誰にも読めなくなります（復旧の方法はありません）。\n"
    "紙に書いてセンターの金庫など決まった場所に保管してください。職員のサインイン用パスワードとは別のものです。"
)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    import getpass

    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError as exc:
        raise StorageError("パスフレーズの入力が中断されました") from exc


def existing_passphrase(ledger: Path, *, against: Path | None = None) -> str:
    """The passphrase of the encrypted ``ledger`` (or of the encrypted file ``against``, e.g.
    the backup to restore): from YORISOI_PASSPHRASE, else asked on the terminal up to three
    times. Checked before it is returned (a passphrase that is right but meets a damaged
    ledger is returned: opening it then reports the damage). WrongPassphraseError when it
    does not open the file; StorageError when there is no terminal and no variable."""
    opens: Callable[[str], bool]
    if against is None:
        opens = lambda value: passphrase_status(ledger, value) != "wrong"  # noqa: E731
    else:
        opens = lambda value: key_opens(against, value)  # noqa: E731
    target = against or ledger
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        if not opens(env):
            raise WrongPassphraseError(target)
        return env
    if not _interactive():
        raise StorageError(
            f"この台帳は暗号化されています: {target}\n"
            f"端末で実行してパスフレーズを入力するか、環境変数 {PASSPHRASE_ENV} を設定してください。"
        )
    for _ in range(TRIES):
        value = _ask(f"台帳のパスフレーズ（{target.name}）: ")
        if value and opens(value):
            return value
        _say("パスフレーズが違います。もう一度入力してください。")
    raise WrongPassphraseError(target)


def new_passphrase(env_name: str = PASSPHRASE_ENV, *, plain_hint: bool = True) -> str:
    """A new passphrase: from ``env_name`` (it must follow the rules), else typed twice on the
    terminal (up to three attempts). StorageError when neither is possible."""
    from app.db.cipher import MIN_PASSPHRASE_LENGTH

    env = os.environ.get(env_name)
    if env:
        problems = passphrase_problems(env)
        if problems:
            raise StorageError(f"環境変数 {env_name} のパスフレーズは使えません:\n" + "\n".join(problems))
        return env
    if not _interactive():
        hint = "（暗号化しない場合は --plain）" if plain_hint else ""
        raise StorageError(
            "台帳を暗号化するパスフレーズが必要です。"
            f"端末で実行して入力するか、環境変数 {env_name} を設定してください{hint}。"
        )
    _say(NEW_PASSPHRASE_ADVICE.format(min=MIN_PASSPHRASE_LENGTH))
    for _ in range(TRIES):
        first = _ask("新しいパスフレーズ: ")
        problems = passphrase_problems(first)
        if problems:
            for problem in problems:
                _say(problem)
            continue
        if normalize_passphrase(_ask("確認のため、もう一度入力してください: ")) != normalize_passphrase(first):
            _say("2回の入力が一致しません。最初からやり直してください。")
            continue
        return first
    raise StorageError("パスフレーズを決められませんでした。もう一度実行してください。")
