"""Frozen rows of CaseRecordService: one record of a case file as its edit dialog reads it
(the draft it was saved from plus its version), and the meetings a plan can be approved at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.domain.drafts import ContactDraft, OutcomeDraft, PlanDraft, ReferralDraft, ServiceUseDraft


@dataclass(frozen=True)
class PlanDetail:
    id: int
    version: int
    case_id: int
    revision_no: int  # 0 = 初回, n = 再プラン n
    draft: PlanDraft
    agency_names: dict[int, str]  # the supporters' agencies, by id


@dataclass(frozen=True)
class ContactDetail:
    id: int
    version: int
    draft: ContactDraft


@dataclass(frozen=True)
class ReferralDetail:
    id: int
    version: int
    draft: ReferralDraft
    agency_name: str


@dataclass(frozen=True)
class OutcomeDetail:
    id: int
    version: int
    draft: OutcomeDraft


@dataclass(frozen=True)
class ServiceUseDetail:
    id: int
    version: int
    draft: ServiceUseDraft
    agency_name: str


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting a plan can be approved at (a coordination meeting, not cancelled)."""

    id: int
    held_on: date
    start_time: time | None
    kind_label: str
    title: str

    @property
    def display(self) -> str:
        at = f" {self.start_time:%H:%M}" if self.start_time else ""
        title = f" {self.title}" if self.title and self.title != self.kind_label else ""
        return f"{self.held_on:%Y-%m-%d}{at} {self.kind_label}{title}"
