"""State transitions and in-person visits, recorded where they happen.

Every service that moves an application calls `move()`; the state machine in the core decides
what is allowed, and the transition row plus the audit event say who, when and why. A reason
the service writes itself is passed as a `core.transition_notes.SystemNote`: its Chinese text is
stored as the reason like any other, its code and arguments beside it for the screens.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, bindparam, insert
from sqlalchemy.orm import Session

from ..core.states import State, check_transition
from ..core.transition_notes import SystemNote
from ..storage import deferred_rows
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
    add_transition(
        session, application.id, previous, str(target), on, actor.user_id, reason=reason,
        note_code=note.code if note else None, note_args=dict(note.args) if note else None,
    )  # fmt: skip
    audit.record(
        session, actor, f"application.{target}", "application", application.number,
        before={"state": previous}, after={"state": str(target), **(details or {})}, reason=reason,
    )  # fmt: skip


# no note: SQL NULL (as intake stored it), not the JSON text `null`; read back, both are None
_TRANSITION = insert(Transition.__table__).values(
    note_args=bindparam("note_args", type_=JSON(none_as_null=True))
)


def add_transition(
    session: Session,
    application_id: int,
    from_state: str | None,
    to_state: str,
    on: date,
    user_id: int | None,
    *,
    reason: str | None = None,
    note_code: str | None = None,
    note_args: dict | None = None,
) -> None:
    """The transition row, sent with the transaction's other transitions in one INSERT
    (storage.deferred_rows: at commit, or before a statement of the transaction reads them)."""
    deferred_rows.append(session, _TRANSITION, {
        "application_id": application_id, "from_state": from_state, "to_state": to_state,
        "on": on, "user_id": user_id, "reason": reason, "note_code": note_code,
        "note_args": note_args,
    })  # fmt: skip


def record_visit(
    session: Session, actor: Actor, application: Application, purpose: str, on: date
) -> None:
    """One in-person trip of the applicant; the count feeds the zero-trip rate."""
    if purpose not in VISIT_PURPOSES:
        raise ValueError(f"unknown visit purpose {purpose!r}")
    # by relationship: a new application (intake) is flushed with its visit, in one flush
    session.add(Visit(application=application, on=on, purpose=purpose, window_id=actor.window_id))
    application.visits = (application.visits or 0) + 1  # None: a new row, not yet flushed
