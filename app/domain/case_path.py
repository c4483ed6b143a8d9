"""The path of a case (ledger.md): which status may follow which.

相談受付 → スクリーニング → アセスメント → (緊急支援) → プラン案 → 支援調整会議 → 支援決定 → 支援 →
モニタリング → 評価 → 再プラン or 終結 → フォローアップ. Screening may also end the case as
他機関へつなぎ or 情報提供のみで終了. Staff may move forward past steps that did not happen
(a case can go straight from 相談受付 to アセスメント); backward moves are limited to the
loops the path has (モニタリング/評価 back to プラン案 for a re-plan, a closed case reopened
at 相談受付).
"""

from __future__ import annotations

ORDER = (
    "intake",
    "screening",
    "assessment",
    "emergency",
    "plan_draft",
    "coordination",
    "decided",
    "support",
    "monitoring",
    "evaluation",
    "closed",
    "follow_up",
)
ENDED = frozenset({"closed", "referred_out", "info_only"})
_LOOPS = {
    "monitoring": {"plan_draft", "support"},
    "evaluation": {"plan_draft", "support", "monitoring"},
    "support": {"monitoring"},
    "follow_up": {"intake", "closed"},
    "closed": {"intake", "follow_up"},
    "referred_out": {"intake", "follow_up"},
    "info_only": {"intake"},
}


def allowed_next(status: str) -> frozenset[str]:
    """Statuses a membership in ``status`` may move to."""
    nexts: set[str] = set(_LOOPS.get(status, ()))
    if status in ORDER and status not in ENDED:
        nexts.update(ORDER[ORDER.index(status) + 1 :])
        if ORDER.index(status) <= ORDER.index("assessment"):
            nexts.update({"referred_out", "info_only"})
    nexts.discard(status)
    return frozenset(nexts)


def step(status: str) -> int:
    """How far along the path ``status`` is (for choosing a case's overall status)."""
    if status in ORDER:
        return ORDER.index(status)
    return ORDER.index("assessment")  # referred_out / info_only end the path at screening


def can_move(current: str, new: str) -> bool:
    return new in allowed_next(current)


def is_open(status: str) -> bool:
    return status not in ENDED
