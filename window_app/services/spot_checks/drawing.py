"""Drawing a plan (抽取): the criteria checked, the population selected and frozen, the sample
size and the inspector pool fixed, the draw made by `core.spot_checks.draw` with a published
seed, and everything stored and audited in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import spot_checks as algorithm
from ...storage.database import Database
from ...storage.models import SpotCheckPick, SpotCheckPlan, User
from .. import audit
from ..context import Actor, Role
from ..numbering import next_value
from ..spot_check_population import COMMITMENTS, freeze, select_population
from .plans import (
    DEFAULT_INSPECTOR_ROLES,
    DRAW_ROLES,
    POPULATION_LABELS,
    Criteria,
    PlanInfo,
    SpotCheckError,
    plan_info,
)


def _check_criteria(criteria: Criteria) -> None:
    if criteria.population not in POPULATION_LABELS:
        raise SpotCheckError(
            f"未知的抽查对象范围：{criteria.population}",
            english=f"Unknown population: {criteria.population}",
            field="population",
        )
    if criteria.date_from and criteria.date_to and criteria.date_from > criteria.date_to:
        raise SpotCheckError(
            "起始日期晚于截止日期",
            english="The start date is after the end date.",
            field="date_from",
        )
    if criteria.population == COMMITMENTS and not (criteria.date_from and criteria.date_to):
        raise SpotCheckError(
            "抽查告知承诺审批须指定审批日期范围",
            english="Commitment approvals are drawn from a date range: give both dates.",
            field="date_from",
        )


def _pool(session: Session, roles: Iterable[str]) -> list[str]:
    return sorted(
        session.scalars(select(User.username).where(User.active.is_(True), User.role.in_(roles)))
    )


def _roles(roles: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(sorted({str(Role(r)) for r in roles}))
    if not chosen:
        raise SpotCheckError(
            "请选择检查人员的角色",
            english="Choose the roles inspectors are drawn from.",
            field="roles",
        )
    return chosen


def draw_plan(
    db: Database,
    actor: Actor,
    criteria: Criteria,
    *,
    count: int | None = None,
    percent: object = None,
    inspector_roles: Iterable[str] = DEFAULT_INSPECTOR_ROLES,
    seed: str | None = None,
    on: date | None = None,
) -> PlanInfo:
    """Draw and store a plan; the seed defaults to `plan number/date` (published with it)."""
    actor.require(*DRAW_ROLES)
    _check_criteria(criteria)
    roles = _roles(inspector_roles)
    day = on or date.today()
    seed = (seed or "").strip() or None
    with db.transaction() as session:
        population = select_population(session, criteria)
        if not population:
            raise SpotCheckError(
                "符合条件的抽查对象为空",
                english="No object matches these criteria.",
                field="population",
            )
        size = algorithm.sample_size(len(population), count=count, percent=percent)
        pool = _pool(session, roles)
        number = f"SSJ{day.year}-{next_value(session, f'spotcheck-{day.year}'):04d}"
        seed = seed or algorithm.derived_seed(number, day)
        picks = algorithm.draw(seed, [c for c, _ in population], size, pool)
        plan = SpotCheckPlan(
            number=number, population=criteria.population,
            criteria={**criteria.as_json(), "count": count,
                      "percent": None if percent is None else str(percent)},
            seed=seed, algorithm=algorithm.ALGORITHM, inspector_roles=list(roles),
            inspector_pool=pool, population_size=len(population),
            population_digest=algorithm.population_digest(c.key for c, _ in population),
            frozen_population=freeze(c for c, _ in population),
            sample_size=size, drawn_on=day, drawn_by=actor.user_id,
            drawn_by_name=actor.display_name or actor.username,
        )  # fmt: skip
        session.add(plan)
        session.flush()
        names = {c.key: name for c, name in population}
        for position, pick in enumerate(picks, 1):
            session.add(SpotCheckPick(
                plan_id=plan.id, position=position, object_key=pick.key,
                object_name=names[pick.key][:200], inspectors=list(pick.inspectors),
            ))  # fmt: skip
        audit.record(
            session, actor, "spotcheck.drawn", "spot_check_plan", number,
            after={
                "criteria": plan.criteria, "seed": seed, "algorithm": algorithm.ALGORITHM,
                "inspector_pool": pool, "population_size": len(population),
                "population_digest": plan.population_digest,
                "picks": [[p.key, *p.inspectors] for p in picks],
            },
        )  # fmt: skip
        session.flush()
        return plan_info(session, plan)
