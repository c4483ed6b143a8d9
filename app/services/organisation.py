"""OrganisationService: the organisation profile per fiscal year (法人名, 部署, センター名,
所在地, 部署の目標), which the annual report prints on its first page."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFoundError
from app.domain.org_drafts import LABELS, OrganisationProfileDraft, validate_fiscal_year, validate_organisation_profile
from app.domain.validation import Checker, clean_text
from app.models import OrganisationProfile
from app.services.base import Service
from app.services.org_rows import OrganisationProfileRow

_TEXT_FIELDS = ("corporation_name", "division_name", "centre_name", "address")


def _row(p: OrganisationProfile) -> OrganisationProfileRow:
    return OrganisationProfileRow(
        p.id, p.version, p.fiscal_year, p.corporation_name, p.division_name, p.centre_name, p.address,
        p.division_goals,
    )  # fmt: skip


def _stored(d: OrganisationProfileDraft) -> dict[str, str]:
    """The draft as it is stored: single-line texts trimmed, the goals' trailing blanks cut."""
    values = {name: clean_text(getattr(d, name)) for name in _TEXT_FIELDS}
    values["division_goals"] = d.division_goals.rstrip()
    return values


def _differences(p: OrganisationProfile, values: dict[str, str]) -> list[tuple[str, str, str]]:
    return [(LABELS[k], getattr(p, k), v) for k, v in values.items() if getattr(p, k) != v]


def _find(s: Session, fiscal_year: int) -> OrganisationProfile | None:
    return s.scalar(select(OrganisationProfile).where(OrganisationProfile.fiscal_year == fiscal_year))


class OrganisationService(Service):
    def years(self) -> list[int]:
        """The fiscal years that have a profile, oldest first."""
        with self._ledger.reading() as s:
            return list(s.scalars(select(OrganisationProfile.fiscal_year).order_by(OrganisationProfile.fiscal_year)))

    def profile(self, fiscal_year: int) -> OrganisationProfileRow | None:
        """The profile of 年度 ``fiscal_year``, or None when none was saved."""
        with self._ledger.reading() as s:
            p = _find(s, fiscal_year)
            return _row(p) if p is not None else None

    def latest_before(self, fiscal_year: int) -> OrganisationProfileRow | None:
        """The most recent profile of a year before ``fiscal_year`` (what a new year starts from)."""
        with self._ledger.reading() as s:
            p = s.scalar(
                select(OrganisationProfile)
                .where(OrganisationProfile.fiscal_year < fiscal_year)
                .order_by(OrganisationProfile.fiscal_year.desc())
                .limit(1)
            )
            return _row(p) if p is not None else None

    def save_profile(
        self, fiscal_year: int, draft: OrganisationProfileDraft, *, version: int | None = None
    ) -> OrganisationProfileRow:
        """Create or update the profile of ``fiscal_year`` (one transaction).

        ``version`` is what the caller read: the profile's version, or 0 for "there was none
        yet". If someone saved that year in between, ConflictError lists what differs and
        nothing is written. None skips the check (the last save wins)."""
        c = Checker()
        validate_organisation_profile(c, draft, fiscal_year)
        c.raise_if_any()
        values = _stored(draft)
        with self._ledger.transaction() as s:
            p = _find(s, fiscal_year)
            if version is not None and (p.version if p is not None else 0) != version:
                raise ConflictError(
                    f"{fiscal_year}年度の法人・センター情報は他の人が先に保存しました。"
                    "読み込み直すか、内容を確かめてもう一度保存してください。",
                    _differences(p, values) if p is not None else (),
                )
            if p is None:
                p = OrganisationProfile(fiscal_year=fiscal_year, **values)
                s.add(p)
            else:
                for key, value in values.items():
                    setattr(p, key, value)
            s.flush()
            return _row(p)

    def copy_profile(self, from_year: int, to_year: int, *, replace: bool = False) -> OrganisationProfileRow:
        """Start ``to_year`` from the profile of ``from_year`` (one transaction).

        NotFoundError when ``from_year`` has none; ConflictError when ``to_year`` already has
        one, unless ``replace``."""
        c = Checker()
        validate_fiscal_year(c, to_year)
        c.raise_if_any()
        with self._ledger.transaction() as s:
            source = _find(s, from_year)
            if source is None:
                raise NotFoundError(f"{from_year}年度の法人・センター情報がありません")
            values = {k: getattr(source, k) for k in (*_TEXT_FIELDS, "division_goals")}
            target = _find(s, to_year)
            if target is not None and not replace:
                raise ConflictError(f"{to_year}年度の法人・センター情報は既にあります")
            if target is None:
                target = OrganisationProfile(fiscal_year=to_year, **values)
                s.add(target)
            else:
                for key, value in values.items():
                    setattr(target, key, value)
            s.flush()
            return _row(target)
