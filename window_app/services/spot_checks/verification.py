"""Verifying a published plan: the draw redone from what is stored (population checked against
its digest, seed, inspector pool) and compared with the stored picks, and, for information only,
whether the register still selects the same population under the plan's criteria. Audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from ...core import spot_checks as algorithm
from ...storage.database import Database
from ...storage.models import SpotCheckPick, SpotCheckPlan
from .. import audit
from ..context import Actor
from ..spot_check_population import select_population, thaw
from .plans import DRAW_ROLES, Criteria, find_plan


@dataclass(frozen=True)
class Verification:
    """`ok`: the stored draw is reproduced. For a plan with its population frozen (`frozen`),
    `population_matches` says the stored population still has the published size and digest and
    `population_size` is its size; `register_matches` / `register_size` say whether the register
    selects the same keys under the criteria today (information only: not part of `ok`);
    `published_size` is the size stored (and published) at the draw. For an older plan the
    population is the register's today: both pairs say the same."""

    number: str
    population_size: int
    population_matches: bool
    picks_match: bool
    expected: tuple[algorithm.Pick, ...]
    frozen: bool
    register_size: int
    register_matches: bool
    published_size: int

    @property
    def ok(self) -> bool:
        return self.population_matches and self.picks_match


def _redraw(
    plan: SpotCheckPlan, population: Sequence[algorithm.Candidate]
) -> tuple[algorithm.Pick, ...]:
    """The draw again from `population` with the plan's size rule, seed and inspector pool."""
    try:
        size = algorithm.sample_size(
            len(population), count=plan.criteria.get("count"),
            percent=plan.criteria.get("percent"),
        )  # fmt: skip
        return algorithm.draw(plan.seed, population, size, plan.inspector_pool)
    except algorithm.DrawError:
        return ()


def _matches(plan: SpotCheckPlan, keys: Sequence[str]) -> bool:
    """Whether `keys` are the published population (its size and digest)."""
    return len(keys) == plan.population_size and (
        algorithm.population_digest(keys) == plan.population_digest
    )


def verify_plan(db: Database, actor: Actor, number: str) -> Verification:
    """Redraw from the stored population (checked against its digest), seed and inspector pool,
    and compare with the stored picks; also say whether the register, under the plan's criteria,
    still selects that population (information only). Audited."""
    actor.require(*DRAW_ROLES)
    with db.transaction() as session:
        plan = find_plan(session, number)
        criteria = Criteria.from_json(plan.criteria)
        register = [c for c, _ in select_population(session, criteria)]
        register_matches = _matches(plan, [c.key for c in register])
        frozen = plan.frozen_population is not None
        if frozen:
            stored_population = thaw(plan.frozen_population)
            population = list(stored_population or ())
            population_matches = stored_population is not None and _matches(
                plan, [c.key for c in population]
            )
        else:  # drawn before the population was stored: the register's, as before
            population, population_matches = register, register_matches
        expected = _redraw(plan, population)
        stored = tuple(
            algorithm.Pick(p.object_key, tuple(p.inspectors))
            for p in session.scalars(
                select(SpotCheckPick)
                .where(SpotCheckPick.plan_id == plan.id)
                .order_by(SpotCheckPick.position)
            )
        )
        result = Verification(
            number=plan.number,
            population_size=len(population),
            population_matches=population_matches,
            picks_match=plan.algorithm == algorithm.ALGORITHM and expected == stored,
            expected=expected,
            frozen=frozen,
            register_size=len(register),
            register_matches=register_matches,
            published_size=plan.population_size,
        )
        audit.record(
            session, actor, "spotcheck.verified", "spot_check_plan", plan.number,
            after={"ok": result.ok, "population_matches": result.population_matches,
                   "picks_match": result.picks_match, "population_size": len(population),
                   "frozen": frozen, "register_matches": register_matches,
                   "register_size": len(register)},
        )  # fmt: skip
        return result
