"""Every annual-report figure as one plain, hand-written SQL query (the benchmark's yardstick
and an independent check of app/services/stats_sources.py). Parameters: :s and :e, the
fiscal year's first and last day."""

from __future__ import annotations


def code(kind: str, key: str) -> str:
    return f"(SELECT id FROM codes WHERE kind = '{kind}' AND code = '{key}')"


def _intakes(p: str) -> str:
    return (
        "SELECT count(*) FROM intakes i JOIN intake_programmes ip ON ip.owner_id = i.id "
        f"WHERE ip.code_id = {code('programme', p)} AND i.received_on BETWEEN :s AND :e"
    )


def _plans(p: str, extra: str = "") -> str:
    return (
        f"SELECT count(*) FROM plans WHERE programme_id = {code('programme', p)} AND made_on BETWEEN :s AND :e {extra}"
    )


def _outcome_persons(*kinds: str) -> str:
    ids = ", ".join(code("outcome_kind", k) for k in kinds)
    return f"SELECT count(DISTINCT person_id) FROM employment_outcomes WHERE kind_id IN ({ids}) AND occurred_on BETWEEN :s AND :e"


def _reviews(meeting_kind: str, review_kind: str) -> str:
    return (
        "SELECT count(*) FROM case_reviews r JOIN meetings m ON m.id = r.meeting_id "
        f"WHERE m.status <> 'cancelled' AND m.kind_id = {code('meeting_kind', meeting_kind)} "
        f"AND r.kind_id = {code('review_kind', review_kind)} AND m.held_on BETWEEN :s AND :e"
    )


def _closures(cond: str) -> str:
    return (
        f"SELECT count(*) FROM evaluations WHERE kind = 'closure' AND programme_id = {code('programme', 'household_budget')} "
        f"AND evaluated_on BETWEEN :s AND :e {cond}"
    )


def _referrals(p: str) -> str:
    return f"SELECT count(*) FROM referrals WHERE direction = 'in' AND programme_id = {code('programme', p)} AND referred_on BETWEEN :s AND :e"


def _disaster(kind: str) -> str:
    return f"SELECT count(*) FROM disaster_activities WHERE kind_id = {code('disaster_activity', kind)} AND activity_on BETWEEN :s AND :e"


def _service_persons(service: str) -> str:
    return (
        f"SELECT count(DISTINCT person_id) FROM service_uses WHERE service_id = {code('external_service', service)} "
        "AND started_on BETWEEN :s AND :e"
    )


S, H, D, OR = "self_reliance", "household_budget", "disaster_recovery", "outreach"
CONSULT = "('office', 'phone', 'visit', 'accompany', 'mail_sns')"

QUERIES: dict[str, str] = {
    f"{S}.new_consultations": _intakes(S),
    f"{S}.consultations_total": (
        "SELECT count(*) FROM contacts c JOIN codes m ON m.id = c.method_id "
        f"WHERE c.programme_id = {code('programme', S)} AND m.code IN {CONSULT} AND c.contact_on BETWEEN :s AND :e"
    ),
    f"{S}.plans": _plans(S),
    f"{S}.plans_new": _plans(S, "AND revision_no = 0"),
    f"{S}.plans_revised": _plans(S, "AND revision_no > 0"),
    f"{S}.employment_support_targets": (
        "SELECT count(DISTINCT c.person_id) FROM plans p JOIN cases c ON c.id = p.case_id "
        f"WHERE p.programme_id = {code('programme', S)} AND p.employment_support AND p.made_on BETWEEN :s AND :e"
    ),
    f"{S}.employed": _outcome_persons("employed"),
    f"{S}.income_increased": _outcome_persons("income_increase"),
    f"{S}.employed_or_income_increased": _outcome_persons("employed", "income_increase"),
    f"{S}.food_support.new_users": (
        "SELECT count(*) FROM (SELECT person_id FROM food_deliveries GROUP BY person_id "
        "HAVING min(delivered_on) BETWEEN :s AND :e) AS firsts"
    ),
    f"{S}.food_support.deliveries": "SELECT count(*) FROM food_deliveries WHERE delivered_on BETWEEN :s AND :e",
    f"{S}.kids_food_club.new_users": "SELECT count(*) FROM kids_food_club_enrolments WHERE enrolled_on BETWEEN :s AND :e",
    f"{S}.sanitary_products.recipients": (
        "SELECT count(DISTINCT person_id) FROM sanitary_product_gifts WHERE given_on BETWEEN :s AND :e"
    ),
    f"{S}.housing_support": "SELECT count(*) FROM housing_support_actions WHERE action_on BETWEEN :s AND :e",
    f"{S}.referrals_in": _referrals(S),
    f"{S}.job_placement.uses": "SELECT count(*) FROM job_desk_uses WHERE used_on BETWEEN :s AND :e",
    f"{S}.job_placement.job_seekers": (
        "SELECT count(DISTINCT person_id) FROM (SELECT person_id FROM job_seekers WHERE registered_on BETWEEN :s AND :e "
        "UNION ALL SELECT js.person_id FROM job_desk_uses u JOIN job_seekers js ON js.id = u.seeker_id "
        "WHERE u.used_on BETWEEN :s AND :e) AS seekers"
    ),
    f"{S}.job_placement.employers_posting": (
        "SELECT count(DISTINCT employer_id) FROM job_postings WHERE posted_on BETWEEN :s AND :e"
    ),
    f"{S}.job_placement.employers_developed": "SELECT count(*) FROM employers WHERE developed_on BETWEEN :s AND :e",
    f"{S}.job_placement.placements": "SELECT count(*) FROM job_placements WHERE placed_on BETWEEN :s AND :e",
    f"{S}.welfare_employment_programme.users": _service_persons("welfare_employment_programme"),
    f"{S}.welfare_employment_programme.employed": (
        f"SELECT count(*) FROM employment_outcomes WHERE kind_id = {code('outcome_kind', 'employed')} "
        f"AND via_id = {code('employment_via', 'welfare_programme')} AND occurred_on BETWEEN :s AND :e"
    ),
    f"{S}.employment_preparation.users": _service_persons("employment_preparation"),
    f"{S}.learning_support.referrals": (
        f"SELECT count(*) FROM learning_support_referrals WHERE kind_id = {code('learning_support', 'classroom')} "
        "AND referred_on BETWEEN :s AND :e"
    ),
    f"{S}.home_visit_learning.referrals": (
        f"SELECT count(*) FROM learning_support_referrals WHERE kind_id = {code('learning_support', 'home_visit')} "
        "AND referred_on BETWEEN :s AND :e"
    ),
    f"{S}.temporary_living_support.users": (
        "SELECT count(DISTINCT person_id) FROM temporary_living_stays WHERE start_on BETWEEN :s AND :e"
    ),
    f"{S}.hikikomori_meeting.new_reviews": _reviews("hikikomori_coordination", "new_review"),
    f"{S}.hikikomori_meeting.monitoring_reviews": _reviews("hikikomori_coordination", "monitoring"),
    f"{H}.new_consultations": _intakes(H),
    f"{H}.use_decisions": (
        "SELECT count(DISTINCT r.case_id) FROM case_reviews r JOIN meetings m ON m.id = r.meeting_id "
        f"WHERE m.status <> 'cancelled' AND r.kind_id = {code('review_kind', 'use_decision')} "
        f"AND r.programme_id = {code('programme', H)} AND m.held_on BETWEEN :s AND :e"
    ),
    f"{H}.closure_reviews": _closures(""),
    f"{H}.evaluation.exceeded": _closures("AND level = 1"),
    f"{H}.evaluation.achieved": _closures("AND level = 2"),
    f"{H}.evaluation.mostly_achieved": _closures("AND level = 3"),
    f"{H}.evaluation.partly_achieved": _closures("AND level = 4"),
    f"{H}.evaluation.not_achieved": _closures("AND level = 5"),
    f"{H}.evaluation.extended": _closures("AND extended"),
    f"{H}.repayments_yen": (
        "SELECT coalesce(sum(p.amount_yen), 0) FROM payments p JOIN debts d ON d.id = p.debt_id "
        "WHERE p.paid_on BETWEEN :s AND :e AND d.case_id IN "
        f"(SELECT case_id FROM case_programmes WHERE programme_id = {code('programme', H)})"
    ),
    f"{H}.coordination_meeting.new_reviews": _reviews("budget_coordination", "new_review"),
    f"{H}.coordination_meeting.monitoring_reviews": _reviews("budget_coordination", "monitoring"),
    f"{D}.activities.phone": _disaster("phone"),
    f"{D}.activities.outreach": _disaster("outreach"),
    f"{D}.activities.office_visit": _disaster("office_visit"),
    f"{D}.activities.agency_liaison": _disaster("agency_liaison"),
    f"{D}.activities.community_and_publicity": _disaster("community_and_publicity"),
    f"{D}.referred_to_centre": (
        "SELECT count(DISTINCT c.person_id) FROM case_programmes cp JOIN cases c ON c.id = cp.case_id "
        f"WHERE cp.programme_id = {code('programme', S)} AND cp.joined_on BETWEEN :s AND :e "
        "AND c.person_id IN (SELECT c2.person_id FROM cases c2 JOIN disaster_details dd ON dd.case_id = c2.id)"
    ),
    f"{OR}.new_consultations": _intakes(OR),
    f"{OR}.plans": _plans(OR),
    f"{OR}.referrals_in": _referrals(OR),
    f"{OR}.hikikomori_meeting.new_reviews": _reviews("hikikomori_coordination", "new_review"),
    f"{OR}.hikikomori_meeting.monitoring_reviews": _reviews("hikikomori_coordination", "monitoring"),
    "division.consultations": _intakes(S),
}
