"""SQLAlchemy ORM models: every table of the ledger.

Importing this package registers every table on ``Base.metadata`` (what the migrations and
the models-vs-migrations test compare).
"""

from app.models.base import Base
from app.models.budget import (
    BudgetActual,
    BudgetImprovementPlan,
    BudgetPlanMonitoring,
    BudgetSheet,
    BudgetSheetRow,
    BudgetTemplate,
    BudgetTemplateRow,
    CashflowCell,
    CashflowPlan,
    CashflowRow,
    Debt,
    InstalmentAgreement,
    LifeEvent,
    Payment,
    ScheduledPayment,
    SpecialExpense,
)
from app.models.cases import (
    Assessment,
    Case,
    CaseProgramme,
    CaseStatusChange,
    Contact,
    DisasterDetail,
    Evaluation,
    Intake,
    Plan,
    PlanSupporterAction,
    Referral,
)
from app.models.codes import Code, CodeKind
from app.models.jobdesk import Employer, JobDeskUse, JobPlacement, JobPosting, JobSeeker
from app.models.meetings import CaseReview, Meeting, MeetingAttendee, MeetingSeries
from app.models.org import (
    Agency,
    DutyDay,
    LedgerMeta,
    NumberSequence,
    OrganisationProfile,
    ProgrammeProfile,
    ReportNarrative,
    StaffingEntry,
    StaffMember,
    YearTarget,
)
from app.models.outreach import DisasterActivity, HikikomoriState, OutreachVisit
from app.models.people import HouseholdMember, Person
from app.models.support import (
    EmploymentOutcome,
    Event,
    FoodDelivery,
    HousingBenefitApplication,
    HousingSupportAction,
    KidsFoodClubEnrolment,
    LearningSupportReferral,
    SanitaryProductGift,
    ServiceUse,
    TemporaryLivingStay,
)

__all__ = [
    "Agency", "Assessment", "Base", "BudgetActual", "BudgetImprovementPlan",
    "BudgetPlanMonitoring", "BudgetSheet", "BudgetSheetRow", "BudgetTemplate",
    "BudgetTemplateRow", "Case", "CaseProgramme", "CaseReview", "CaseStatusChange",
    "CashflowCell", "CashflowPlan", "CashflowRow", "Code", "CodeKind", "Contact", "Debt",
    "DisasterActivity", "DisasterDetail", "DutyDay", "Employer", "EmploymentOutcome",
    "Evaluation", "Event", "FoodDelivery", "HikikomoriState", "HouseholdMember",
    "HousingBenefitApplication", "HousingSupportAction", "InstalmentAgreement", "Intake",
    "JobDeskUse", "JobPlacement", "JobPosting", "JobSeeker", "KidsFoodClubEnrolment",
    "LearningSupportReferral", "LedgerMeta", "LifeEvent", "Meeting", "MeetingAttendee",
    "MeetingSeries", "NumberSequence", "OrganisationProfile", "OutreachVisit", "Payment",
    "Person", "Plan", "PlanSupporterAction", "ProgrammeProfile", "Referral", "ReportNarrative",
    "SanitaryProductGift", "ScheduledPayment", "ServiceUse", "SpecialExpense", "StaffMember",
    "StaffingEntry", "TemporaryLivingStay", "YearTarget",
]
