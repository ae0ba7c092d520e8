"""State transitions and in-person visits, recorded where they happen.

Every service that moves an application calls `move()`; the state machine in the core decides
what is allowed, and the transition row plus the audit event say who, when and why. A reason
the service writes itself is passed as a `core.transition_notes.SystemNote`: its Chinese text is
stored as the reason like any other, its code and arguments beside it for the screens.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..core.states import State, check_transition
from ..core.transition_notes import SystemNote
from ..storage.models import Application, Transition, Visit
from . import audit
from .context import Actor

VISIT_PURPOSES = ("intake", "correction", "pickup")


def move(
    session: Session,
    actor: Actor,
    application: Application,
    target: State,
    *,
    on: date,
    reason: str | None = None,
    note: SystemNote | None = None,
    details: dict | None = None,
) -> None:
    """`reason` is text a person gave (stored as given); `note` one the service writes itself."""
    if note is not None:
        if reason is not None:
            raise ValueError("a transition has a typed reason or a system note, not both")
        reason = note.text
    previous = application.state
    check_transition(previous, target)
    application.state = str(target)
    session.add(
        Transition(
            application_id=application.id,
            from_state=previous,
            to_state=str(target),
            on=on,
            user_id=actor.user_id,
            reason=reason,
            note_code=note.code if note else None,
            note_args=dict(note.args) if note else None,
        )
    )
    audit.record(
        session, actor, f"application.{target}", "application", application.number,
        before={"state": previous}, after={"state": str(target), **(details or {})}, reason=reason,
    )  # fmt: skip


def record_visit(
    session: Session, actor: Actor, application: Application, purpose: str, on: date
) -> None:
    """One in-person trip of the applicant; the count feeds the zero-trip rate."""
    if purpose not in VISIT_PURPOSES:
        raise ValueError(f"unknown visit purpose {purpose!r}")
    session.add(
        Visit(application_id=application.id, on=on, purpose=purpose, window_id=actor.window_id)
    )
    application.visits += 1
