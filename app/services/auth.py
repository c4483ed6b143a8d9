"""AuthService: staff sign-in, passwords, access roles and permissions.

Passwords are stored as Argon2id hashes (argon2-cffi, parameters below); the rules and the
growing delay after failures are in ``app.domain.passwords``. Every sign-in attempt leaves an
audit row (``sign_in`` / ``sign_in_failed`` with the login id in ``detail``, never the
password), committed even when the attempt fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.audit import attribute_to, lock_chain, mark_auth_bookkeeping, record
from app.domain.drafts import StaffDraft
from app.domain.errors import ConflictError, LedgerError, NotFoundError, PermissionDeniedError
from app.domain.passwords import format_wait, lockout_delay, normalize_password, password_problems
from app.domain.rules import validate_staff
from app.domain.validation import Checker
from app.models import StaffCredential, StaffMember
from app.models.base import utc_now
from app.models.security import ACCESS_ROLES
from app.services.base import Service, get_or_404
from app.services.staff import _values as staff_values  # the staff form's own validation/cleaning

# Argon2id, RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): about 0.1 s on
# an office PC, which is what an attacker pays per guess too.
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
_hasher = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM, hash_len=32, salt_len=16, type=Type.ID
)


@cache
def _dummy_hash() -> str:
    """Verified against for unknown ids, so they cost as much time as known ones."""
    return _hasher.hash("yorisoi-no-such-login")


LOGIN_MAX = 64
ROLE_LABELS = {"admin": "管理者", "counsellor": "相談員", "viewer": "閲覧"}

READ, CASES, PRINT, EXPORT = "read", "cases", "print", "export"
STAFF, CODES, RESTORE, AUDIT_LOG = "staff", "codes", "restore", "audit_log"
PERMISSION_LABELS = {
    READ: "閲覧", CASES: "ケースの記録", PRINT: "印刷", EXPORT: "書き出し",
    STAFF: "職員とログインの管理", CODES: "分類コードの管理", RESTORE: "バックアップからの復元", AUDIT_LOG: "操作記録の閲覧",
}  # fmt: skip
_COUNSELLOR = frozenset({READ, CASES, PRINT, EXPORT})
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": _COUNSELLOR | {STAFF, CODES, RESTORE, AUDIT_LOG},  # the centre head also keeps cases
    "counsellor": _COUNSELLOR,
    "viewer": frozenset({READ}),
}


class SignInError(LedgerError):
    """Sign-in refused. ``wait`` is how long until the next attempt is accepted (None if now)."""

    def __init__(self, message: str, wait: timedelta | None = None) -> None:
        self.wait = wait
        super().__init__(message)


@dataclass(frozen=True)
class SignedIn:
    staff_id: int
    name: str
    role: str
    must_change: bool


@dataclass(frozen=True)
class LoginInfo:
    staff_id: int
    login_id: str
    role: str
    must_change: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def hash_password(password: str) -> str:
    """The Argon2id PHC string stored for ``password`` (NFKC-normalised first)."""
    return _hasher.hash(normalize_password(password))


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches the stored hash (a malformed hash never matches)."""
    try:
        return _hasher.verify(password_hash, normalize_password(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than today's (rehash at sign-in)."""
    return _hasher.check_needs_rehash(password_hash)


def normalize_login(login_id: str) -> str:
    return normalize_password(login_id).strip().lower()


def _check_login(c: Checker, login_id: str) -> str:
    login = normalize_login(login_id)
    if c.required("login_id", "ログインID", login):
        c.max_len("login_id", "ログインID", login, LOGIN_MAX)
        if not all(ch.isascii() and (ch.isalnum() or ch in "._-@") for ch in login):
            c.add("login_id", "ログインID", "invalid", "ログインIDは半角英数字と . _ - @ で入力してください")
    return login


def _check_password(c: Checker, field: str, password: str, login: str) -> None:
    for problem in password_problems(password, login_id=login):
        c.add(field, "パスワード", "weak_password", problem)


def _ensure_login_free(s: Session, login: str, staff_id: int | None) -> None:
    holder = s.scalar(select(StaffMember.id).where(StaffMember.login_id == login))
    if holder is not None and holder != staff_id:
        c = Checker()
        c.add("login_id", "ログインID", "taken", f"ログインID「{login}」は他の職員が使っています")
        c.raise_if_any()


def _require(s: Session, staff_id: int | None, action: str) -> str:
    """The role of ``staff_id`` if it may do ``action``; PermissionDeniedError otherwise."""
    if action not in PERMISSION_LABELS:
        raise ValueError(f"unknown permission {action!r}")
    what = PERMISSION_LABELS[action]
    if staff_id is None:
        raise PermissionDeniedError(f"{what}にはログインが必要です")
    row = s.execute(
        select(StaffMember.access_role, StaffMember.active, StaffCredential.must_change)
        .outerjoin(StaffCredential, StaffCredential.staff_id == StaffMember.id)
        .where(StaffMember.id == staff_id)
    ).first()
    if row is None or not row.active or row.must_change is None:
        raise PermissionDeniedError(f"{what}の権限がありません（ログインできる職員ではありません）")
    if row.must_change:
        raise PermissionDeniedError("初期パスワードを変更してから操作してください")
    if action not in PERMISSIONS[row.access_role]:
        needed = next(ROLE_LABELS[r] for r in reversed(ACCESS_ROLES) if action in PERMISSIONS[r])
        raise PermissionDeniedError(
            f"{what}には「{needed}」以上の権限が必要です（あなたの権限: {ROLE_LABELS[row.access_role]}）"
        )
    return row.access_role


class AuthService(Service):
    def needs_first_admin(self) -> bool:
        """True while nobody can sign in (no credentials at all): the first start."""
        with self._ledger.reading() as s:
            return not s.scalar(select(func.count()).select_from(StaffCredential))

    def create_first_admin(
        self, staff_draft: StaffDraft | None, login_id: str, password: str, *, existing_staff_id: int | None = None
    ) -> int:
        """Create the first staff member as 管理者 with the password they chose (no change
        required) — or, with ``existing_staff_id`` (a ledger whose staff were registered
        before sign-in existed), make that member the administrator; one transaction.
        ConflictError once anyone has a login."""
        c = Checker()
        if existing_staff_id is None:
            if staff_draft is None:
                raise ValueError("staff_draft or existing_staff_id is needed")
            validate_staff(c, staff_draft)
        login = _check_login(c, login_id)
        _check_password(c, "password", password, login)
        c.raise_if_any()
        password_hash = hash_password(password)
        with self._ledger.transaction() as s:
            lock_chain(s)  # two PCs on their first start: one admin only
            if s.scalar(select(func.count()).select_from(StaffCredential)):
                raise ConflictError("管理者はすでに登録されています。管理者にログインIDを発行してもらってください。")
            if existing_staff_id is None:
                _ensure_login_free(s, login, None)
                member = StaffMember(**staff_values(s, staff_draft), login_id=login, access_role="admin")
                s.add(member)
                s.flush()
            else:
                member = get_or_404(s, StaffMember, existing_staff_id, "職員")
                _ensure_login_free(s, login, member.id)
                if not member.active:
                    c.add("staff", "職員", "inactive", "退職した職員は管理者にできません")
                    c.raise_if_any()
                member.login_id, member.access_role = login, "admin"
            attribute_to(s, member.id)
            s.add(StaffCredential(staff_id=member.id, password_hash=password_hash, must_change=False))
            return member.id

    def set_login(
        self, staff_id: int, login_id: str, role: str, initial_password: str, *, by_staff_id: int | None
    ) -> None:
        """管理者 only: give ``staff_id`` a login id, a role and an initial password that must
        be changed at the first sign-in (also resets the failure counter). Refuses to leave
        the ledger without an active administrator."""
        c = Checker()
        login = _check_login(c, login_id)
        if role not in ACCESS_ROLES:
            c.add("role", "権限", "unknown_role", "権限を選んでください")
        _check_password(c, "initial_password", initial_password, login)
        c.raise_if_any()
        password_hash = hash_password(initial_password)
        with self._ledger.transaction() as s:
            _require(s, by_staff_id, STAFF)
            attribute_to(s, by_staff_id)
            member = get_or_404(s, StaffMember, staff_id, "職員")
            _ensure_login_free(s, login, staff_id)
            if member.access_role == "admin" and role != "admin" and not self._other_admins(s, staff_id):
                c.add("role", "権限", "last_admin", "管理者が一人もいなくなるため、権限を変更できません")
                c.raise_if_any()
            member.login_id, member.access_role = login, role
            cred = s.scalar(select(StaffCredential).where(StaffCredential.staff_id == staff_id))
            if cred is None:
                cred = StaffCredential(staff_id=staff_id)
                s.add(cred)
            cred.password_hash, cred.must_change, cred.changed_at = password_hash, True, utc_now()
            cred.failed_count, cred.locked_until = 0, None

    @staticmethod
    def _other_admins(s: Session, staff_id: int) -> int:
        return s.scalar(
            select(func.count())
            .select_from(StaffMember)
            .join(StaffCredential, StaffCredential.staff_id == StaffMember.id)
            .where(StaffMember.access_role == "admin", StaffMember.active.is_(True), StaffMember.id != staff_id)
        )

    def sign_in(self, login_id: str, password: str, *, now: datetime | None = None) -> SignedIn:
        """Check a login id and password. Raises SignInError (the same message for an unknown
        id and a wrong password; with the remaining wait while locked). The attempt, the
        failure counter and the delay are committed whatever the outcome."""
        now = now or utc_now()
        login = normalize_login(login_id)[:LOGIN_MAX]
        with self._ledger.transaction() as s:
            mark_auth_bookkeeping(s)
            lock_chain(s)  # the failure counter is read-modify-write
            outcome = self._attempt(s, login, password, now)
        if isinstance(outcome, SignInError):
            raise outcome
        return outcome

    def _attempt(self, s: Session, login: str, password: str, now: datetime) -> SignedIn | SignInError:
        row = s.execute(
            select(StaffMember, StaffCredential)
            .join(StaffCredential, StaffCredential.staff_id == StaffMember.id)
            .where(StaffMember.login_id == login)
        ).first()
        wrong = SignInError("ログインIDまたはパスワードが違います")
        if row is None or not row.StaffMember.active:
            verify_password(_dummy_hash(), password[:1024])
            member_id = row.StaffMember.id if row is not None else None
            attribute_to(s, None)
            record(s, "sign_in_failed", "staff_members", member_id, f"login={login}", staff_id=member_id)
            return wrong
        member, cred = row.StaffMember, row.StaffCredential
        attribute_to(s, member.id)
        if cred.locked_until is not None and now < cred.locked_until:
            wait = cred.locked_until - now
            record(s, "sign_in_failed", "staff_members", member.id, f"login={login} 待機中", staff_id=member.id)
            return SignInError(
                f"パスワードを続けて間違えたため、あと{format_wait(wait)}はログインできません。時間をおいてやり直してください。",
                wait,
            )
        if len(password) > 1024 or not verify_password(cred.password_hash, password):
            cred.failed_count += 1
            delay = lockout_delay(cred.failed_count)
            cred.locked_until = now + delay if delay else None
            record(
                s, "sign_in_failed", "staff_members", member.id, f"login={login} {cred.failed_count}回目",
                staff_id=member.id,
            )  # fmt: skip
            if delay:
                return SignInError(
                    f"ログインIDまたはパスワードが違います。{cred.failed_count}回続けて間違えたため、"
                    f"{format_wait(delay)}後までログインできません。",
                    delay,
                )
            return wrong
        if cred.failed_count or cred.locked_until is not None:
            cred.failed_count, cred.locked_until = 0, None
        if needs_rehash(cred.password_hash):
            cred.password_hash = hash_password(password)
        record(s, "sign_in", "staff_members", member.id, f"login={login}", staff_id=member.id)
        return SignedIn(member.id, member.display_name, member.access_role, cred.must_change)

    def change_password(self, staff_id: int, old: str, new: str) -> None:
        """The member's own change (required after an initial password): ValidationError on
        ``old_password`` when ``old`` is wrong, on ``new_password`` when ``new`` breaks a rule
        or equals ``old``; nothing written then."""
        with self._ledger.transaction() as s:
            mark_auth_bookkeeping(s)
            member = get_or_404(s, StaffMember, staff_id, "職員")
            cred = s.scalar(select(StaffCredential).where(StaffCredential.staff_id == staff_id))
            if cred is None:
                raise NotFoundError("この職員にはログインが設定されていません")
            c = Checker()
            if not verify_password(cred.password_hash, old[:1024]):
                c.add("old_password", "現在のパスワード", "wrong_password", "現在のパスワードが違います")
            _check_password(c, "new_password", new, member.login_id or "")
            if normalize_password(new) == normalize_password(old):
                c.add("new_password", "パスワード", "unchanged", "今までと違うパスワードにしてください")
            c.raise_if_any()
            attribute_to(s, staff_id)
            cred.password_hash, cred.must_change, cred.changed_at = hash_password(new), False, utc_now()
            cred.failed_count, cred.locked_until = 0, None

    def sign_out(self, staff_id: int) -> None:
        """Record the sign-out (the GUI also calls ``set_current_staff(None)``)."""
        with self._ledger.transaction() as s:
            mark_auth_bookkeeping(s)
            record(s, "sign_out", "staff_members", staff_id, staff_id=staff_id)

    def logins(self) -> dict[int, LoginInfo]:
        """Every staff member who can sign in (has a password), by staff id."""
        with self._ledger.reading() as s:
            rows = s.execute(
                select(StaffMember.id, StaffMember.login_id, StaffMember.access_role, StaffCredential.must_change).join(
                    StaffCredential, StaffCredential.staff_id == StaffMember.id
                )
            ).all()
        return {r.id: LoginInfo(r.id, r.login_id or "", r.access_role, r.must_change) for r in rows}

    def role_of(self, staff_id: int) -> str:
        with self._ledger.reading() as s:
            role = s.scalar(select(StaffMember.access_role).where(StaffMember.id == staff_id))
        if role is None:
            raise NotFoundError(f"職員（ID {staff_id}）が見つかりません")
        return role

    def require(self, staff_id: int | None, action: str) -> str:
        """The role of ``staff_id`` when it may do ``action`` (READ, CASES, PRINT, EXPORT,
        STAFF, CODES, RESTORE, AUDIT_LOG); PermissionDeniedError (Japanese) otherwise."""
        with self._ledger.reading() as s:
            return _require(s, staff_id, action)
