"""The centre itself: staff, the agency directory, and per fiscal year the organisation and
programme profiles (duty days, staffing table), targets and narrative sections."""

from __future__ import annotations

import random
from datetime import date

from app.domain.fiscal import fiscal_year_range
from app.domain.kana import search_key
from app.services.demo.context import Ctx
from app.services.demo.names import FEMALE_GIVEN, MALE_GIVEN, SURNAMES
from app.services.demo.narratives import (
    CENTRE,
    CENTRE_ADDRESS,
    CORPORATION,
    DIVISION,
    DIVISION_GOALS,
    EVALUATION_CRITERIA,
    PROGRAMME_TITLES,
    SECTIONS,
)
from app.services.demo.places import AGENCIES
from app.services.demo.texts import QUALIFICATIONS

DISASTER_START = date(2018, 7, 6)  # 平成30年7月豪雨
STAFF_ROLES = (
    ("head", 1),
    ("chief_counsellor", 1),
    ("counsellor", 4),
    ("employment_counsellor", 2),
    ("budget_advisor", 1),
    ("outreach_worker", 1),
    ("clerk", 1),
)
TARGETS = (
    ("self_reliance.new_consultations", 1504),
    ("self_reliance.plans", 752),
    ("self_reliance.employment_support_targets", 462),
    ("self_reliance.employed_or_income_increased", 346),
    ("household_budget.use_decisions", 48),
    ("outreach.new_consultations", 1200),
    ("outreach.plans", 240),
)
# programme → [(row label, role, FTE in 1/100)]
STAFFING = {
    "self_reliance": (
        ("センター長・主任相談支援員", "chief_counsellor", 90),
        ("相談支援員兼家計改善支援員", "budget_advisor", 60),
        ("相談支援員", "counsellor", 400),
        ("就労支援員", "employment_counsellor", 200),
    ),
    "household_budget": (
        ("主任相談支援員兼務", "budget_advisor", 10),
        ("相談支援員兼務", "budget_advisor", 40),
    ),
    "disaster_recovery": (("相談支援員兼務", "counsellor", 50),),
    "outreach": (("アウトリーチ支援員", "outreach_worker", 100),),
}
DUTY_NOTES = {
    "self_reliance": "月曜日から金曜日（週5日）",
    "household_budget": "週5日のうち火曜日・木曜日を家計改善支援業務に従事",
    "disaster_recovery": "真備地区を中心に週2日程度の訪問・連携業務",
    "outreach": "月曜日から金曜日（訪問は予約制）",
}


def build_staff(ctx: Ctx, rng: random.Random) -> None:
    """About ten invented staff members with their roles, plus one who has left."""
    used: set[tuple[str, str]] = set()
    hired = ctx.start
    roles = [r for r, n in STAFF_ROLES for _ in range(n)] + ["counsellor"]
    for i, role in enumerate(roles):
        gender = "female" if rng.random() < 0.55 else "male"
        table = FEMALE_GIVEN if gender == "female" else MALE_GIVEN
        while True:
            fam, fam_kana = rng.choice(SURNAMES)
            giv, giv_kana = rng.choice(table[rng.choice(("mid", "young"))])
            if (fam, giv) not in used:
                used.add((fam, giv))
                break
        active = i < len(roles) - 1
        sid = ctx.sink.add(
            "staff_members",
            hired,
            family_name=fam,
            given_name=giv,
            family_kana=fam_kana,
            given_kana=giv_kana,
            role_id=ctx.code("staff_role", role),
            qualifications=rng.choice(QUALIFICATIONS),
            login_id=None,
            active=active,
        )
        if active:
            ctx.staff.setdefault(role, []).append(sid)
    ctx.staff["disaster"] = ctx.staff["counsellor"][:1]


def build_agencies(ctx: Ctx, rng: random.Random) -> None:
    """The agency directory, with the tags later stages choose agencies by."""
    for seed in AGENCIES:
        fam, _kana = rng.choice(SURNAMES)
        aid = ctx.sink.add(
            "agencies",
            ctx.start,
            name=seed.name,
            name_kana=seed.kana,
            kind_id=ctx.code("agency_kind", seed.kind),
            department=seed.department,
            phone=f"086-4{rng.randint(20, 79)}-{rng.randint(0, 9999):04d}",
            contact_person=f"{fam} 様" if rng.random() < 0.6 else "",
            address="岡山県倉敷市" if seed.name.startswith("倉敷") else "",
            note="",
            search_key="|".join(search_key(x) for x in (seed.name, seed.department, seed.kana) if x),
            retired_on=None,
        )
        label = f"{seed.name} {seed.department}".strip()
        ctx.agency_names[aid] = label
        ctx.agencies.setdefault("all", []).append(aid)
        for tag in seed.tags:
            ctx.agencies.setdefault(tag, []).append(aid)


def build_year_profile(ctx: Ctx, fy: int) -> None:
    """Organisation profile, programme profiles, targets and narratives of one year."""
    start, end = fiscal_year_range(fy)
    head = ctx.staff["head"][0]
    ctx.sink.add(
        "organisation_profiles",
        start,
        fiscal_year=fy,
        corporation_name=CORPORATION,
        division_name=DIVISION,
        centre_name=CENTRE,
        address=CENTRE_ADDRESS,
        division_goals=DIVISION_GOALS,
    )
    programmes = [p for p in PROGRAMME_TITLES if p != "disaster_recovery" or end >= DISASTER_START]
    for programme in programmes:
        _programme_profile(ctx, fy, programme, head)
    for key, value in TARGETS:
        if key.split(".")[0] in programmes:
            ctx.sink.add(
                "year_targets",
                start,
                fiscal_year=fy,
                figure_key=key,
                target_value=max(1, round(value * ctx.scale)),
                unit="件",
            )
    for position, (programme, key, title, body) in enumerate(SECTIONS, start=1):
        if programme is None or programme in programmes:
            ctx.sink.add(
                "report_narratives",
                end,
                fiscal_year=fy,
                section_key=key,
                programme_id=ctx.code("programme", programme) if programme else None,
                position=position,
                title=title,
                body=body,
                author_id=head,
            )


def _in_charge(ctx: Ctx, programme: str) -> list[int]:
    roles = {
        "self_reliance": ("chief_counsellor", "employment_counsellor"),
        "household_budget": ("budget_advisor",),
        "disaster_recovery": ("disaster",),
        "outreach": ("outreach_worker",),
    }[programme]
    return [s for r in roles for s in ctx.staff[r]]


def _programme_profile(ctx: Ctx, fy: int, programme: str, head: int) -> None:
    start, end = fiscal_year_range(fy)
    pid = ctx.sink.add(
        "programme_profiles",
        start,
        fiscal_year=fy,
        programme_id=ctx.code("programme", programme),
        title=PROGRAMME_TITLES[programme],
        facility_name=CENTRE if programme != "disaster_recovery" else f"{CENTRE} 被災者支援担当",
        address=CENTRE_ADDRESS,
        responsible_staff_id=head,
        qualifications="社会福祉士・精神保健福祉士",
        duty_note=DUTY_NOTES[programme],
        evaluation_criteria=EVALUATION_CRITERIA if programme == "household_budget" else "",
    )
    ctx.sink.link("programme_profile_staff", pid, _in_charge(ctx, programme))
    if programme == "household_budget":
        for weekday in range(5):
            key = "household_budget" if weekday in (1, 3) else "self_reliance"
            ctx.sink.add(
                "programme_duty_days",
                profile_id=pid,
                weekday=weekday,
                programme_id=ctx.code("programme", key),
            )
    for position, (label, role, fte) in enumerate(STAFFING[programme], start=1):
        ctx.sink.add(
            "programme_staffing",
            profile_id=pid,
            position=position,
            period_from=start,
            period_to=end,
            row_label=label,
            role_id=ctx.code("staff_role", role),
            fte_hundredths=fte,
        )
