"""The life of an application and the transitions the services allow."""

from __future__ import annotations

from enum import StrEnum

from .errors import DomainError


class State(StrEnum):
    RECEIVED = "received"
    CORRECTION = "correction"
    ACCEPTED = "accepted"
    IN_REVIEW = "in_review"
    SUSPENDED = "suspended"
    APPROVED = "approved"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"
    DELIVERED = "delivered"
    REFUSED = "refused"  # 不予受理: never accepted
    REVOKED = "revoked"  # 撤销许可: a commitment approval whose verification failed (issue 19)


LABELS_ZH = {
    State.RECEIVED: "已接收",
    State.CORRECTION: "补正中",
    State.ACCEPTED: "已受理",
    State.IN_REVIEW: "审查中",
    State.SUSPENDED: "中止",
    State.APPROVED: "准予许可",
    State.DENIED: "不予许可",
    State.WITHDRAWN: "撤回",
    State.COMPLETED: "已办结",
    State.DELIVERED: "已送达",
    State.REFUSED: "不予受理",
    State.REVOKED: "撤销许可",
}

DECIDED = frozenset({State.APPROVED, State.DENIED, State.WITHDRAWN})
OPEN = frozenset(
    {State.RECEIVED, State.CORRECTION, State.ACCEPTED, State.IN_REVIEW, State.SUSPENDED}
)
CLOCK_RUNNING = frozenset({State.ACCEPTED, State.IN_REVIEW})

TRANSITIONS: dict[State, frozenset[State]] = {
    State.RECEIVED: frozenset({State.CORRECTION, State.ACCEPTED, State.REFUSED, State.WITHDRAWN}),
    State.CORRECTION: frozenset({State.CORRECTION, State.ACCEPTED, State.REFUSED, State.WITHDRAWN}),
    State.ACCEPTED: frozenset({State.IN_REVIEW, State.APPROVED, State.DENIED, State.WITHDRAWN}),
    State.IN_REVIEW: frozenset({State.SUSPENDED, State.APPROVED, State.DENIED, State.WITHDRAWN}),
    State.SUSPENDED: frozenset({State.IN_REVIEW, State.WITHDRAWN}),
    State.APPROVED: frozenset({State.COMPLETED, State.REVOKED}),
    State.DENIED: frozenset({State.COMPLETED}),
    State.WITHDRAWN: frozenset({State.COMPLETED}),
    State.COMPLETED: frozenset({State.DELIVERED, State.REVOKED}),
    State.DELIVERED: frozenset({State.REVOKED}),
    State.REFUSED: frozenset(),
    State.REVOKED: frozenset(),
}


class TransitionError(DomainError):
    pass


def check_transition(current: State | str, target: State | str) -> None:
    current, target = State(current), State(target)
    if target not in TRANSITIONS[current]:
        raise TransitionError(
            f"当前状态“{LABELS_ZH[current]}”不能转为“{LABELS_ZH[target]}”",
            english=f"An application in state “{current.replace('_', ' ')}” cannot move to state “{target.replace('_', ' ')}”.",
        )
