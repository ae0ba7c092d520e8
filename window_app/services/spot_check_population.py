"""The population of a spot-check plan (services.spot_checks): the objects its criteria select
from the register, each with who handled it (never their inspector), and the population as a
plan stores it (frozen at the draw, migration 0010)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import spot_checks as algorithm
from ..storage.models import Applicant, Application, CodeAllocation, Enterprise, Transition, User

if TYPE_CHECKING:
    from .spot_checks import Criteria

ENTERPRISES, COMMITMENTS = "enterprises", "commitments"


def _candidates(
    session: Session, rows: list, keys: list[str], handled: Iterable[tuple[int, int | None]]
) -> list[tuple[algorithm.Candidate, str]]:
    """Each row (with `id` and `name`) as a candidate under its key, with the usernames of the
    users who handled it (`handled`: row id, user id pairs)."""
    names = dict(session.execute(select(User.id, User.username)).all())
    handlers: dict[int, set[str]] = defaultdict(set)
    for owner, user_id in handled:
        if user_id in names:
            handlers[owner].add(names[user_id])
    return [
        (algorithm.Candidate(key, frozenset(handlers.get(r.id, ()))), r.name)
        for r, key in zip(rows, keys, strict=True)
    ]


def _enterprises(session: Session, c: Criteria) -> list[tuple[algorithm.Candidate, str]]:
    stmt = select(Enterprise.id, Enterprise.uscc, Enterprise.name, Enterprise.application_id)
    if c.category:
        stmt = stmt.where(Enterprise.category == c.category)
    if c.authority_code:
        stmt = stmt.where(Enterprise.authority_code == c.authority_code)
    if c.date_from:
        stmt = stmt.where(Enterprise.registered_on >= c.date_from)
    if c.date_to:
        stmt = stmt.where(Enterprise.registered_on <= c.date_to)
    rows = session.execute(stmt).all()
    # who handled it: the clerk who issued its code, and the clerk of its linked application
    handled = list(
        session.execute(
            select(CodeAllocation.enterprise_id, CodeAllocation.allocated_by).where(
                CodeAllocation.enterprise_id.in_([r.id for r in rows])
            )
        )
    )
    linked = {r.application_id: r.id for r in rows if r.application_id is not None}
    if linked:
        clerks = session.execute(
            select(Application.id, Application.clerk_id).where(Application.id.in_(list(linked)))
        )
        handled += [(linked[app_id], clerk) for app_id, clerk in clerks]
    return _candidates(session, rows, [r.uscc for r in rows], handled)


def _commitments(session: Session, c: Criteria) -> list[tuple[algorithm.Candidate, str]]:
    stmt = (
        select(Application.id, Application.number, Application.clerk_id, Applicant.name)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(
            Application.commitment.is_(True),
            Application.decision == "approved",
            Application.decided_on >= c.date_from,
            Application.decided_on <= c.date_to,
        )
    )
    rows = session.execute(stmt).all()
    # who handled it: the clerk who received it and everyone who moved it (approved it)
    moved = session.execute(
        select(Transition.application_id, Transition.user_id).where(
            Transition.application_id.in_([r.id for r in rows])
        )
    )
    handled = [*((r.id, r.clerk_id) for r in rows), *moved]
    return _candidates(session, rows, [r.number for r in rows], handled)


def select_population(session: Session, c: Criteria) -> list[tuple[algorithm.Candidate, str]]:
    return (_enterprises if c.population == ENTERPRISES else _commitments)(session, c)


def freeze(population: Iterable[algorithm.Candidate]) -> list[list]:
    """The population as stored with the plan: ``[key, [handler, ...]]`` sorted by key."""
    return [[c.key, sorted(c.handlers)] for c in sorted(population, key=lambda c: c.key)]


def thaw(stored: object) -> tuple[algorithm.Candidate, ...] | None:
    """The stored population back as candidates; None when it is not a list of such pairs."""
    if not isinstance(stored, list):
        return None
    candidates = []
    for entry in stored:
        if not (isinstance(entry, list) and len(entry) == 2):
            return None
        key, handlers = entry
        if not (isinstance(key, str) and isinstance(handlers, list)):
            return None
        if not all(isinstance(h, str) for h in handlers):
            return None
        candidates.append(algorithm.Candidate(key, frozenset(handlers)))
    return tuple(candidates)
