"""The notes the services write themselves on a transition, as a code with its arguments.

A transition's `reason` is the Chinese text the audit trail, the command line and paper read.
When a service writes that text itself (not a person), it also stores the note's code and
arguments beside it, so a screen can say the same in its own language (`ui/history_notes.py`).
What a person typed stays text: the whole reason (a refusal, a decision, a resumption note), or
the `note` argument of a suspension, shown exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import suspensions
from .catalogue_terms import DELIVERIES

COMMITMENT_APPROVAL = "commitment_approval"  # no arguments
SUSPENDED = "suspended"  # reason: a core.suspensions code; note: what the clerk typed, if any
RESUMED = "resumed"  # workdays: the working days the clock stood still
DELIVERED = "delivered"  # method: a key of core.catalogue_terms.DELIVERIES

CODES = (COMMITMENT_APPROVAL, SUSPENDED, RESUMED, DELIVERED)


@dataclass(frozen=True)
class SystemNote:
    """A note written by the service: `text` is stored as the reason, `code`/`args` beside it."""

    code: str
    text: str
    args: dict[str, str | int] = field(default_factory=dict)


def commitment_approval() -> SystemNote:
    return SystemNote(COMMITMENT_APPROVAL, "告知承诺当场审批")


def suspended(reason_code: str, note: str = "") -> SystemNote:
    """The suspension's reason from the closed list, then the clerk's note as typed."""
    reason = suspensions.reason(reason_code)
    note = (note or "").strip()
    args: dict[str, str | int] = {"reason": reason.code}
    if note:
        args["note"] = note
    return SystemNote(SUSPENDED, f"{reason.zh}：{note}" if note else reason.zh, args)


def resumed(workdays: int) -> SystemNote:
    return SystemNote(RESUMED, f"恢复审查，中止{workdays}个工作日", {"workdays": workdays})


def delivered(method: str) -> SystemNote:
    return SystemNote(DELIVERED, DELIVERIES[method], {"method": method})
