"""Sign-in, passwords, roles and permissions (AuthService), on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.domain.drafts import CodeDraft, StaffDraft
from app.domain.errors import ConflictError, ValidationError
from app.models import StaffCredential
from app.models.base import utc_now
from app.services.auth import (
    AUDIT_LOG,
    CASES,
    READ,
    STAFF,
    AuthService,
    PermissionDeniedError,
    SignInError,
    hash_password,
    needs_rehash,
    verify_password,
)
from tests.conftest import TODAY
from tests.services.conftest import intake_draft

ADMIN_PW = "umi-no-mieru-oka-7"
BOSS = StaffDraft("大森", "head", "さとし", family_kana="おおもり", given_kana="さとし")


@pytest.fixture
def auth(ledger) -> AuthService:
    return AuthService(ledger, today=lambda: TODAY)


@pytest.fixture
def admin(auth) -> int:
    return auth.create_first_admin(BOSS, "oomori", ADMIN_PW)


def audit_rows(ledger) -> list[tuple]:
    with ledger.engine.connect() as c:
        return c.execute(text("SELECT * FROM audit_log ORDER BY id")).all()


def test_first_start_creates_the_administrator_once(auth) -> None:
    assert auth.needs_first_admin()
    admin_id = auth.create_first_admin(BOSS, "Oomori", ADMIN_PW)
    assert not auth.needs_first_admin()
    signed = auth.sign_in("oomori", ADMIN_PW)  # login ids are case-insensitive
    assert signed == type(signed)(admin_id, "大森 さとし", "admin", False)
    with pytest.raises(ConflictError, match="すでに"):
        auth.create_first_admin(BOSS, "another", ADMIN_PW)


def test_first_admin_password_follows_the_rules(auth) -> None:
    with pytest.raises(ValidationError) as err:
        auth.create_first_admin(BOSS, "oomori", "twelve-chars")
    assert "13文字以上" in err.value.for_field("password").message
    with pytest.raises(ValidationError) as err:
        auth.create_first_admin(BOSS, "oomori.satoshi", "OOMORI.SATOSHI")
    assert "ログインIDと同じ" in err.value.for_field("password").message
    with pytest.raises(ValidationError) as err:
        auth.create_first_admin(BOSS, "大森", ADMIN_PW)
    assert err.value.fields == ("login_id",)
    assert auth.needs_first_admin()  # nothing written
    auth.create_first_admin(BOSS, "oomori", "thirteen-char")


def test_password_is_stored_as_argon2id_and_never_in_clear(ledger, auth, admin) -> None:
    with ledger.reading() as s:
        stored = s.scalar(select(StaffCredential.password_hash).where(StaffCredential.staff_id == admin))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_password(stored, ADMIN_PW) and not verify_password(stored, "wrong")
    assert not verify_password("not a hash", ADMIN_PW)
    assert not needs_rehash(stored)
    assert verify_password(hash_password("ＡＢＣ-full-width"), "ABC-full-width")
    assert all(ADMIN_PW not in str(v) for row in audit_rows(ledger) for v in row)


def test_wrong_password_five_times_then_the_delay_grows(ledger, auth, admin) -> None:
    t0 = utc_now()
    for _ in range(4):
        with pytest.raises(SignInError, match="ログインIDまたはパスワードが違います") as err:
            auth.sign_in("oomori", "wrong-password-1", now=t0)
        assert err.value.wait is None
    with pytest.raises(SignInError, match="5回続けて") as err:
        auth.sign_in("oomori", "wrong-password-1", now=t0)
    assert err.value.wait == timedelta(seconds=30)

    # while locked even the right password is refused, saying how long to wait
    with pytest.raises(SignInError, match="あと20秒") as err:
        auth.sign_in("oomori", ADMIN_PW, now=t0 + timedelta(seconds=10))
    assert err.value.wait == timedelta(seconds=20)

    t1 = t0 + timedelta(seconds=31)
    with pytest.raises(SignInError, match="1分後") as err:
        auth.sign_in("oomori", "wrong-password-1", now=t1)
    assert err.value.wait == timedelta(seconds=60)
    t2 = t1 + timedelta(seconds=61)
    with pytest.raises(SignInError, match="2分後"):
        auth.sign_in("oomori", "wrong-password-1", now=t2)

    signed = auth.sign_in("oomori", ADMIN_PW, now=t2 + timedelta(minutes=2, seconds=1))
    assert signed.staff_id == admin
    with ledger.reading() as s:
        counter = s.execute(
            select(StaffCredential.failed_count, StaffCredential.locked_until).where(StaffCredential.staff_id == admin)
        ).one()
    assert tuple(counter) == (0, None)


def test_every_attempt_is_audited_with_the_login_id_never_the_password(ledger, auth, admin) -> None:
    with pytest.raises(SignInError):
        auth.sign_in("oomori", "my-secret-guess-1")
    with pytest.raises(SignInError, match="ログインIDまたはパスワードが違います"):
        auth.sign_in("nobody", "my-secret-guess-2")
    auth.sign_in("oomori", ADMIN_PW)
    auth.sign_out(admin)
    rows = [(r.action, r.staff_id, r.detail) for r in audit_rows(ledger) if r.action.startswith("sign")]
    assert rows == [
        ("sign_in_failed", admin, "login=oomori 1回目"),
        ("sign_in_failed", None, "login=nobody"),
        ("sign_in", admin, "login=oomori"),
        ("sign_out", admin, ""),
    ]
    dump = " ".join(str(v) for row in audit_rows(ledger) for v in row)
    assert "my-secret-guess" not in dump and ADMIN_PW not in dump


def test_an_inactive_member_cannot_sign_in(services, auth, admin) -> None:
    services.staff.set_active(admin, False)
    with pytest.raises(SignInError, match="ログインIDまたはパスワードが違います"):
        auth.sign_in("oomori", ADMIN_PW)


def test_admin_gives_a_login_that_must_be_changed_first(auth, admin, counsellor) -> None:
    auth.set_login(counsellor, "kawabe", "counsellor", "syoki-password-1", by_staff_id=admin)
    signed = auth.sign_in("kawabe", "syoki-password-1")
    assert (signed.role, signed.must_change) == ("counsellor", True)
    with pytest.raises(PermissionDeniedError, match="初期パスワードを変更"):
        auth.require(counsellor, CASES)

    with pytest.raises(ValidationError) as err:
        auth.change_password(counsellor, "wrong-old-password", "atarashii-password-2")
    assert err.value.fields == ("old_password",)
    with pytest.raises(ValidationError) as err:
        auth.change_password(counsellor, "syoki-password-1", "syoki-password-1")
    assert err.value.fields == ("new_password",)
    with pytest.raises(ValidationError, match="13文字以上"):
        auth.change_password(counsellor, "syoki-password-1", "short")

    auth.change_password(counsellor, "syoki-password-1", "atarashii-password-2")
    assert not auth.sign_in("kawabe", "atarashii-password-2").must_change
    with pytest.raises(SignInError):
        auth.sign_in("kawabe", "syoki-password-1")
    assert auth.require(counsellor, CASES) == "counsellor"
    with pytest.raises(PermissionDeniedError, match="「管理者」以上の権限"):
        auth.require(counsellor, STAFF)


def test_roles_map_to_permissions(services, auth, admin) -> None:
    viewer = services.staff.add_staff(StaffDraft("森", "counsellor", "ゆう"))
    auth.set_login(viewer, "mori", "viewer", "syoki-password-1", by_staff_id=admin)
    auth.change_password(viewer, "syoki-password-1", "yomu-dake-desu-3")
    assert auth.role_of(viewer) == "viewer" and auth.role_of(admin) == "admin"
    assert auth.require(viewer, READ) == "viewer"
    with pytest.raises(PermissionDeniedError, match="ケースの記録には「相談員」以上"):
        auth.require(viewer, CASES)
    for action in (READ, CASES, STAFF, AUDIT_LOG):
        assert auth.require(admin, action) == "admin"
    with pytest.raises(PermissionDeniedError, match="ログインが必要"):
        auth.require(None, READ)
    with pytest.raises(PermissionDeniedError):  # no login at all
        auth.require(services.staff.add_staff(StaffDraft("林", "counsellor")), READ)


def test_only_an_admin_sets_logins_and_the_last_admin_stays(auth, admin, counsellor) -> None:
    auth.set_login(counsellor, "kawabe", "counsellor", "syoki-password-1", by_staff_id=admin)
    auth.change_password(counsellor, "syoki-password-1", "atarashii-password-2")
    with pytest.raises(PermissionDeniedError):
        auth.set_login(counsellor, "kawabe", "admin", "syoki-password-9", by_staff_id=counsellor)
    with pytest.raises(ValidationError, match="管理者が一人もいなくなる"):
        auth.set_login(admin, "oomori", "counsellor", "syoki-password-9", by_staff_id=admin)
    with pytest.raises(ValidationError, match="他の職員が使っています"):
        auth.set_login(counsellor, "OOMORI", "counsellor", "syoki-password-9", by_staff_id=admin)
    assert auth.role_of(admin) == "admin"


@pytest.fixture
def signed_in_role():
    """Set the process-wide signed-in member/role for one test, and clear it after."""
    from app.db.audit import set_current_staff

    yield set_current_staff
    set_current_staff(None)


def test_a_viewer_writes_nothing_and_a_counsellor_no_staff_or_codes(
    services, auth, admin, counsellor, signed_in_role
) -> None:
    viewer = services.staff.add_staff(StaffDraft("森", "counsellor", "ゆう"))
    auth.set_login(viewer, "mori", "viewer", "syoki-password-1", by_staff_id=admin)
    signed_in_role(viewer, "viewer")
    with pytest.raises(PermissionDeniedError, match="閲覧の権限では"):
        services.staff.add_staff(StaffDraft("林", "counsellor"))
    with pytest.raises(PermissionDeniedError, match="閲覧の権限では"):
        services.codes.add_code(CodeDraft("contact_method", "テスト方法"))
    # sign-in bookkeeping and a member's own password are allowed to a viewer
    auth.change_password(viewer, "syoki-password-1", "yomu-dake-desu-3")
    assert auth.sign_in("mori", "yomu-dake-desu-3").role == "viewer"

    signed_in_role(counsellor, "counsellor")
    with pytest.raises(PermissionDeniedError, match="「管理者」の権限"):
        services.staff.add_staff(StaffDraft("林", "counsellor"))
    with pytest.raises(PermissionDeniedError, match="「管理者」の権限"):
        services.codes.add_code(CodeDraft("contact_method", "テスト方法"))

    signed_in_role(admin, "admin")
    assert services.staff.add_staff(StaffDraft("林", "counsellor"))


def test_a_counsellor_keeps_cases_a_viewer_cannot(services, auth, admin, counsellor, signed_in_role) -> None:
    signed_in_role(counsellor, "counsellor")
    assert services.cases.open_case(intake_draft()).case_id
    signed_in_role(counsellor, "viewer")
    with pytest.raises(PermissionDeniedError):
        services.cases.open_case(intake_draft())


def test_the_first_admin_can_be_an_existing_staff_member(services, auth, counsellor) -> None:
    admin_id = auth.create_first_admin(None, "kawabe", ADMIN_PW, existing_staff_id=counsellor)
    assert admin_id == counsellor
    assert auth.sign_in("kawabe", ADMIN_PW).role == "admin"
    with pytest.raises(ConflictError):
        auth.create_first_admin(None, "other", ADMIN_PW, existing_staff_id=counsellor)
