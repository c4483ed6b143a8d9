"""PersonService: persons and their household, search and the duplicate check at intake."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.drafts import HouseholdMemberDraft, PersonDraft
from app.domain.errors import ConflictError
from app.domain.kana import gojuon_sort_string, normalize_reading, phone_key, phone_query_digits, search_key
from app.domain.rules import validate_household_member, validate_person
from app.domain.validation import Checker, clean_text, normalize_postal_code
from app.models import Code, HouseholdMember, Person
from app.services.base import Service, code_key, get_or_404, next_number, resolve_code
from app.services.rows import DuplicateCandidate, HouseholdMemberRow, PersonDetail, PersonRow

PERSON_NO_WIDTH = 6


def person_row(p: Person) -> PersonRow:
    return PersonRow(
        p.id,
        p.person_no,
        p.full_name,
        p.full_kana,
        p.birth_date,
        p.phone_mobile or p.phone_home,
        p.address,
    )


def _phone_keys(d: PersonDraft) -> list[str]:
    return [k for k in (phone_key(d.phone_home), phone_key(d.phone_mobile)) if k]


def reading_sort_key(family_kana: str, given_kana: str) -> str:
    return gojuon_sort_string(f"{family_kana} {given_kana}".strip())[:200]


def apply_person_draft(s: Session, person: Person, d: PersonDraft, prefix: str = "") -> None:
    """Copy a validated draft onto ``person`` with every stored form normalised.

    Codes are resolved before any field changes, so the lookup cannot flush a half-updated
    row (one save = one UPDATE = version + 1)."""
    gender_id = resolve_code(s, "gender", d.gender, field=f"{prefix}gender", label="性別", required=False)
    person.family_name = clean_text(d.family_name)
    person.given_name = clean_text(d.given_name)
    person.family_kana = normalize_reading(d.family_kana)
    person.given_kana = normalize_reading(d.given_kana)
    person.gender_id = gender_id
    person.gender_note = clean_text(d.gender_note)
    person.birth_date = d.birth_date
    person.postal_code = normalize_postal_code(d.postal_code)
    person.address = clean_text(d.address)
    person.phone_home = clean_text(d.phone_home)
    person.phone_mobile = clean_text(d.phone_mobile)
    person.email = clean_text(d.email)
    person.foreign_national = d.foreign_national
    person.preferred_language = clean_text(d.preferred_language)
    person.note = d.note
    person.search_key = "|".join(k for k in (search_key(person.full_name), search_key(person.full_kana)) if k)
    person.reading_key = reading_sort_key(person.family_kana, person.given_kana)
    person.phone_key = "|".join(_phone_keys(d))


def create_person(s: Session, d: PersonDraft, prefix: str = "") -> Person:
    """Insert a person (inside the caller's transaction); the draft must be validated."""
    person = Person(person_no=f"P{next_number(s, 'person'):0{PERSON_NO_WIDTH}d}")
    apply_person_draft(s, person, d, prefix)
    s.add(person)
    s.flush()
    return person


_PERSON_LABELS = {
    "family_name": "氏名（姓）", "given_name": "氏名（名）", "family_kana": "ふりがな（姓）",
    "given_kana": "ふりがな（名）", "gender_note": "性別（その他）", "birth_date": "生年月日",
    "postal_code": "郵便番号", "address": "住所", "phone_home": "自宅電話", "phone_mobile": "携帯電話",
    "email": "メール", "foreign_national": "外国籍", "preferred_language": "希望する言語", "note": "備考",
}  # fmt: skip


def person_differences(s: Session, person: Person, draft: PersonDraft) -> list[tuple[str, str, str]]:
    """(label, saved, entered) for each field where the saved person differs from the draft,
    compared in stored (normalised) form."""
    probe = Person(person_no=person.person_no)
    with s.no_autoflush:
        apply_person_draft(s, probe, draft)
    s.expunge(probe) if probe in s else None
    out = []
    for field, label in _PERSON_LABELS.items():
        saved, entered = getattr(person, field), getattr(probe, field)
        if saved != entered:
            out.append((label, "" if saved is None else str(saved), "" if entered is None else str(entered)))
    return out


class PersonService(Service):
    def create_person(self, draft: PersonDraft) -> PersonRow:
        c = Checker()
        validate_person(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            return person_row(create_person(s, draft))

    def update_person(self, person_id: int, draft: PersonDraft, expected_version: int) -> PersonRow:
        """Save changes made to a person read at ``expected_version``; ConflictError if
        someone saved it in between (the caller shows both and lets the user choose)."""
        c = Checker()
        validate_person(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            person = get_or_404(s, Person, person_id, "相談者")
            if person.version != expected_version:
                raise ConflictError(
                    "この相談者は他の人が先に保存しました。読み込み直すか、内容を確かめてもう一度保存してください。",
                    person_differences(s, person, draft),
                )
            apply_person_draft(s, person, draft)
            s.flush()
            return person_row(person)

    def get_person(self, person_id: int) -> PersonDetail:
        with self._ledger.reading() as s:
            p = get_or_404(s, Person, person_id, "相談者")
            household = tuple(
                HouseholdMemberRow(
                    m.id,
                    code_key(s, m.relationship_id) or "",
                    s.get(Code, m.relationship_id).label,
                    m.name,
                    m.name_kana,
                    m.birth_date,
                    m.lives_together,
                    m.employment,
                    m.health,
                )
                for m in p.household
            )
            return PersonDetail(
                p.id,
                p.person_no,
                p.version,
                p.family_name,
                p.given_name,
                p.family_kana,
                p.given_kana,
                code_key(s, p.gender_id),
                p.gender_note,
                p.birth_date,
                p.postal_code,
                p.address,
                p.phone_home,
                p.phone_mobile,
                p.email,
                p.foreign_national,
                p.preferred_language,
                p.note,
                household,
            )

    def find_duplicates(self, draft: PersonDraft, exclude_id: int | None = None) -> list[DuplicateCandidate]:
        """Persons with the same reading and birth date, or the same phone number."""
        out: dict[int, DuplicateCandidate] = {}
        with self._ledger.reading() as s:
            fk, gk = normalize_reading(draft.family_kana), normalize_reading(draft.given_kana)
            if fk and draft.birth_date is not None:
                q = select(Person).where(
                    Person.family_kana == fk,
                    Person.given_kana == gk,
                    Person.birth_date == draft.birth_date,
                )
                for p in s.scalars(q):
                    out[p.id] = DuplicateCandidate(person_row(p), "reading_birth", "ふりがなと生年月日が同じ")
            phones = _phone_keys(draft)
            if phones:
                q = select(Person).where(or_(*(Person.phone_key.contains(k) for k in phones)))
                for p in s.scalars(q):
                    stored = set(p.phone_key.split("|"))
                    if p.id not in out and stored & set(phones):
                        out[p.id] = DuplicateCandidate(person_row(p), "phone", "電話番号が同じ")
        out.pop(exclude_id, None) if exclude_id is not None else None
        return list(out.values())

    def search_people(self, text: str, *, limit: int = 50) -> list[PersonRow]:
        """Name or reading (kana and width folded, spaces ignored, any length incl. two
        characters), phone digits, or person number; in 五十音 order."""
        text = text.replace("\x00", "")  # a pasted NUL: PostgreSQL refuses it in a query
        key, digits = search_key(text), phone_query_digits(text)
        if not key:
            return []
        with self._ledger.reading() as s:
            conds = [
                Person.search_key.contains(key, autoescape=True),
                Person.person_no == text.strip().upper(),
            ]
            if digits:
                conds.append(Person.phone_key.contains(digits, autoescape=True))
            q = select(Person).where(or_(*conds)).order_by(Person.reading_key, Person.id).limit(limit)
            return [person_row(p) for p in s.scalars(q)]

    def add_household_member(self, person_id: int, draft: HouseholdMemberDraft) -> int:
        c = Checker()
        validate_household_member(c, draft, self._today())
        c.raise_if_any()
        with self._ledger.transaction() as s:
            person = get_or_404(s, Person, person_id, "相談者")
            member = HouseholdMember(
                person_id=person.id,
                position=max((m.position for m in person.household), default=0) + 1,
                relationship_id=resolve_code(s, "relationship", draft.relationship, field="relationship", label="続柄"),
                name=clean_text(draft.name),
                name_kana=normalize_reading(draft.name_kana),
                birth_date=draft.birth_date,
                lives_together=draft.lives_together,
                employment=clean_text(draft.employment),
                health=clean_text(draft.health),
                note=draft.note,
            )
            s.add(member)
            s.flush()
            return member.id

    def remove_household_member(self, member_id: int) -> None:
        with self._ledger.transaction() as s:
            s.delete(get_or_404(s, HouseholdMember, member_id, "世帯員"))
