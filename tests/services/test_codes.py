"""CodeService: the administrator's code tables (add, rename, retire, reinstate, delete)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.codebook import kind as seed_kind
from app.domain.drafts import CodeDraft, EvaluationDraft
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.models import Code, Intake
from tests.conftest import TODAY
from tests.services.conftest import intake_draft, person_draft


def keys(rows) -> list[str]:
    return [r.code for r in rows]


# ---- reading ---------------------------------------------------------------------------


def test_codes_are_in_display_order(services) -> None:
    rows = services.codes.codes("gender")
    assert [(r.code, r.label) for r in rows] == [
        ("male", "男性"),
        ("female", "女性"),
        ("other", "その他"),
    ]
    assert all(r.builtin and r.retired_on is None and r.kind == "gender" for r in rows)
    positions = [r.position for r in rows]
    assert positions == sorted(positions)


@pytest.mark.parametrize("kind", ["consult_topic", "case_status", "personal_change", "debt_kind"])
def test_codes_follow_the_codebook(services, kind: str) -> None:
    assert keys(services.codes.codes(kind)) == [c.code for c in seed_kind(kind).codes]


def test_short_labels_and_parents(services) -> None:
    programmes = {r.code: r.short_label for r in services.codes.codes("programme")}
    assert programmes["household_budget"] == "家計改善"
    debts = {r.code: r.parent_code for r in services.codes.codes("debt_kind")}
    assert debts["resident_tax"] == "tax"
    assert debts["tax"] is None
    assert debts["rent"] is None


def test_unknown_kind_has_no_codes(services) -> None:
    assert services.codes.codes("no_such_kind") == []


def test_kinds_list_extendability(services) -> None:
    kinds = {k: (label, ext) for k, label, ext in services.codes.kinds()}
    assert kinds["programme"] == ("事業", False)
    assert kinds["review_kind"][1] is False
    assert kinds["consult_topic"] == ("相談内容", True)


def test_label_lookup(services) -> None:
    assert services.codes.label("consult_topic", "no_food") == "食べるものがない"
    assert services.codes.label("consult_topic", "no_such") == "no_such"  # falls back to key


# ---- add -------------------------------------------------------------------------------


def test_add_code_to_an_extendable_kind(services) -> None:
    row = services.codes.add_code(CodeDraft("gender", " 回答しない ", short_label="無回答"))
    assert row.code == "custom_4"
    assert (row.label, row.short_label, row.builtin, row.retired_on) == (
        "回答しない",
        "無回答",
        False,
        None,
    )
    rows = services.codes.codes("gender")
    assert keys(rows) == ["male", "female", "other", "custom_4"]
    assert rows[-1].position > rows[-2].position
    assert rows[-1] == row
    second = services.codes.add_code(CodeDraft("gender", "記入なし"))
    assert second.code == "custom_5"
    assert keys(services.codes.codes("gender"))[-1] == "custom_5"


def test_added_code_goes_after_retired_ones(services, code_id) -> None:
    services.codes.retire_code(code_id("relationship", "other"))
    row = services.codes.add_code(CodeDraft("relationship", "里親"))
    everything = services.codes.codes("relationship", include_retired=True)
    assert everything[-1].code == row.code
    assert row.position > max(r.position for r in everything[:-1])


def test_added_code_with_a_parent(services) -> None:
    row = services.codes.add_code(CodeDraft("debt_kind", "森林環境税", parent_code="tax"))
    assert row.parent_code == "tax"
    stored = next(r for r in services.codes.codes("debt_kind") if r.code == row.code)
    assert stored.parent_code == "tax"


def test_added_code_can_be_used_in_records(services, ledger) -> None:
    row = services.codes.add_code(CodeDraft("consult_topic", "ペットのこと"))
    r = services.cases.open_case(intake_draft(topics=(row.code,)))
    with ledger.reading() as s:
        assert [c.code for c in s.get(Intake, r.intake_id).topics] == [row.code]


@pytest.mark.parametrize("kind", ["programme", "review_kind", "case_status", "outcome_kind"])
def test_fixed_kinds_cannot_be_extended(services, kind: str) -> None:
    before = keys(services.codes.codes(kind, include_retired=True))
    with pytest.raises(ValidationError) as exc:
        services.codes.add_code(CodeDraft(kind, "新しい分類"))
    assert exc.value.fields == ("kind",)
    assert exc.value.errors[0].code == "fixed"
    assert keys(services.codes.codes(kind, include_retired=True)) == before


def test_unknown_kind_cannot_be_extended(services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.codes.add_code(CodeDraft("no_such_kind", "何か"))
    assert exc.value.fields == ("kind",)
    assert exc.value.errors[0].code == "unknown"


@pytest.mark.parametrize("label", ["女性", " 女性　", "その他"])
def test_duplicate_label_is_refused(services, label: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.codes.add_code(CodeDraft("gender", label))
    assert exc.value.fields == ("label",)
    assert exc.value.errors[0].code == "duplicate"
    assert len(services.codes.codes("gender")) == 3


def test_label_of_a_retired_code_is_still_taken(services, code_id) -> None:
    services.codes.retire_code(code_id("gender", "other"))
    with pytest.raises(ValidationError):
        services.codes.add_code(CodeDraft("gender", "その他"))


def test_same_label_in_another_kind_is_fine(services) -> None:
    # "その他" exists in gender; adding it to agency_kind (which has none) works
    row = services.codes.add_code(CodeDraft("agency_kind", "その他"))
    assert row.kind == "agency_kind"


@pytest.mark.parametrize(("label", "code"), [("", "required"), ("  ", "required"), ("x" * 201, "too_long")])
def test_label_is_validated(services, label: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.codes.add_code(CodeDraft("gender", label))
    assert exc.value.fields == ("label",)
    assert exc.value.errors[0].code == code


def test_unknown_parent_is_refused(services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.codes.add_code(CodeDraft("debt_kind", "何か", parent_code="nope"))
    assert exc.value.fields == ("parent_code",)


# ---- rename / retire / reinstate -------------------------------------------------------


def test_rename_code(services, code_id) -> None:
    services.codes.rename_code(code_id("intake_method", "mail"), " メール・SNS ")
    assert services.codes.label("intake_method", "mail") == "メール・SNS"
    with pytest.raises(ValidationError):
        services.codes.rename_code(code_id("intake_method", "mail"), "")
    with pytest.raises(NotFoundError):
        services.codes.rename_code(999_999, "x")


def test_retire_and_reinstate(services, code_id) -> None:
    cid = code_id("housing_status", "company")
    services.codes.retire_code(cid)
    assert "company" not in keys(services.codes.codes("housing_status"))
    retired = next(r for r in services.codes.codes("housing_status", include_retired=True) if r.id == cid)
    assert retired.retired_on == TODAY
    # still listed in its place
    assert keys(services.codes.codes("housing_status", include_retired=True)) == [
        c.code for c in seed_kind("housing_status").codes
    ]
    services.codes.reinstate_code(cid)
    active = next(r for r in services.codes.codes("housing_status") if r.id == cid)
    assert active.retired_on is None


def test_retire_on_a_given_date(services, code_id) -> None:
    cid = code_id("housing_status", "company")
    services.codes.retire_code(cid, on=date(2023, 3, 31))
    row = next(r for r in services.codes.codes("housing_status", include_retired=True) if r.id == cid)
    assert row.retired_on == date(2023, 3, 31)


def test_reinstated_code_can_be_used_again(services, code_id) -> None:
    cid = code_id("work_status", "regular")
    services.codes.retire_code(cid)
    with pytest.raises(ValidationError):
        services.cases.open_case(intake_draft(work_status="regular"))
    services.codes.reinstate_code(cid)
    assert services.cases.open_case(intake_draft(work_status="regular")).case_no == "2022-00001"


def test_retire_missing_code(services) -> None:
    with pytest.raises(NotFoundError):
        services.codes.retire_code(999_999)
    with pytest.raises(NotFoundError):
        services.codes.reinstate_code(999_999)


def test_child_keeps_its_parent_when_the_parent_is_retired(services, code_id) -> None:
    services.codes.retire_code(code_id("debt_kind", "tax"))
    debts = {r.code: r.parent_code for r in services.codes.codes("debt_kind")}
    assert debts["resident_tax"] == "tax"


# ---- delete and usage ------------------------------------------------------------------


def test_builtin_code_cannot_be_deleted(services, code_id, count) -> None:
    before = count(Code)
    with pytest.raises(ConflictError) as exc:
        services.codes.delete_code(code_id("gender", "other"))
    assert "標準の分類" in str(exc.value)
    assert count(Code) == before


def test_unused_custom_code_is_deleted(services, count) -> None:
    row = services.codes.add_code(CodeDraft("consult_topic", "ペットのこと"))
    before = count(Code)
    assert services.codes.usage_count(row.id) == 0
    services.codes.delete_code(row.id)
    assert count(Code) == before - 1
    assert row.code not in keys(services.codes.codes("consult_topic", include_retired=True))
    with pytest.raises(NotFoundError):
        services.codes.delete_code(row.id)


def test_used_custom_code_cannot_be_deleted(services, count) -> None:
    row = services.codes.add_code(CodeDraft("consult_topic", "ペットのこと"))
    services.cases.open_case(intake_draft(topics=("income", row.code), primary_topic="income"))
    with pytest.raises(ConflictError) as exc:
        services.codes.delete_code(row.id)
    assert "1 件" in str(exc.value)
    services.cases.open_case(
        intake_draft(person=person_draft(family_name="川辺"), topics=("debt", row.code), primary_topic="debt")
    )
    with pytest.raises(ConflictError) as exc:
        services.codes.delete_code(row.id)
    assert "2 件" in str(exc.value)
    assert row.code in keys(services.codes.codes("consult_topic"))
    # retiring is the way out
    services.codes.retire_code(row.id)
    assert row.code not in keys(services.codes.codes("consult_topic"))


def test_usage_count_of_a_single_column(services, code_id) -> None:
    for name in ("山野", "川辺"):
        services.cases.open_case(intake_draft(person=person_draft(family_name=name), work_status="unemployed"))
    services.cases.open_case(intake_draft(person=person_draft(family_name="森田"), work_status="pension"))
    assert services.codes.usage_count(code_id("work_status", "unemployed")) == 2
    assert services.codes.usage_count(code_id("work_status", "pension")) == 1
    assert services.codes.usage_count(code_id("work_status", "regular")) == 0
    # persons' gender column: three persons, all 女性 (person_draft's default)
    assert services.codes.usage_count(code_id("gender", "female")) == 3
    # intake method: three intakes, all 来所
    assert services.codes.usage_count(code_id("intake_method", "office")) == 3


def test_usage_count_of_a_multi_select(services, code_id) -> None:
    r = services.cases.open_case(intake_draft())
    for day in (1, 2):
        services.cases.record_evaluation(
            EvaluationDraft(
                r.case_id,
                "self_reliance",
                "monitoring",
                date(2022, 6, day),
                changes=("motivation", "sos") if day == 1 else ("motivation",),
            )
        )
    assert services.codes.usage_count(code_id("personal_change", "motivation")) == 2
    assert services.codes.usage_count(code_id("personal_change", "sos")) == 1
    assert services.codes.usage_count(code_id("personal_change", "goal")) == 0


def test_usage_count_counts_child_codes(services, code_id) -> None:
    assert services.codes.usage_count(code_id("debt_kind", "tax")) == 3
    assert services.codes.usage_count(code_id("debt_kind", "rent")) == 0


def test_custom_parent_with_a_child_cannot_be_deleted(services) -> None:
    parent = services.codes.add_code(CodeDraft("debt_kind", "架空の債務グループ"))
    services.codes.add_code(CodeDraft("debt_kind", "架空の債務", parent_code=parent.code))
    assert services.codes.usage_count(parent.id) == 1
    with pytest.raises(ConflictError):
        services.codes.delete_code(parent.id)


def test_usage_count_of_missing_code(services) -> None:
    with pytest.raises(NotFoundError):
        services.codes.usage_count(999_999)
