"""A spot-check plan as stored and as shown: the criteria it was drawn under, the picks with
their inspectors and results, and reading plans back (one, all, or the population drawn from).

It exists so that drawing, verifying, recording results and printing the notice (the package's
other modules) share one shape of a plan and one way of finding it by number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import spot_checks as algorithm
from ...core.errors import DomainError
from ...storage.database import Database
from ...storage.models import SpotCheckPick, SpotCheckPlan, User
from ..context import Actor, Role
from ..spot_check_population import COMMITMENTS, ENTERPRISES, select_population, thaw

POPULATION_LABELS = {ENTERPRISES: "登记企业", COMMITMENTS: "告知承诺审批"}
POPULATION_ENGLISH = {ENTERPRISES: "registered enterprises", COMMITMENTS: "approvals on commitment"}
RESULTS = {"normal": "正常", "problem": "发现问题"}
DRAW_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)
DEFAULT_INSPECTOR_ROLES = (Role.CLERK, Role.SUPERVISOR)


class SpotCheckError(DomainError):
    pass


@dataclass(frozen=True)
class Criteria:
    """What is drawn from; dates are inclusive (registration day, or approval day)."""

    population: str = ENTERPRISES
    category: str | None = None
    authority_code: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def as_json(self) -> dict:
        data = asdict(self)
        for name in ("date_from", "date_to"):
            data[name] = data[name].isoformat() if data[name] else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> Criteria:
        dates = {
            k: date.fromisoformat(data[k]) if data.get(k) else None
            for k in ("date_from", "date_to")
        }
        return cls(
            population=data["population"], category=data.get("category"),
            authority_code=data.get("authority_code"), **dates,
        )  # fmt: skip


@dataclass(frozen=True)
class PickInfo:
    position: int
    key: str
    name: str
    inspectors: tuple[str, ...]
    inspector_names: tuple[str, ...]
    result: str | None
    note: str | None
    result_on: date | None


@dataclass(frozen=True)
class PlanInfo:
    number: str
    criteria: Criteria
    seed: str
    algorithm: str
    count: int | None
    percent: str | None
    inspector_roles: tuple[str, ...]
    inspector_pool: tuple[str, ...]
    population_size: int
    population_digest: str
    sample_size: int
    drawn_on: date
    drawn_by: str
    picks: tuple[PickInfo, ...]
    population_frozen: bool = False  # the population was stored at the draw (migration 0010)

    @property
    def recorded(self) -> int:
        return sum(1 for p in self.picks if p.result)


def plan_info(session: Session, plan: SpotCheckPlan) -> PlanInfo:
    display = dict(session.execute(select(User.username, User.display_name)).all())
    rows = session.scalars(
        select(SpotCheckPick)
        .where(SpotCheckPick.plan_id == plan.id)
        .order_by(SpotCheckPick.position)
    )
    picks = tuple(
        PickInfo(
            p.position,
            p.object_key,
            p.object_name,
            tuple(p.inspectors),
            tuple(display.get(u, u) for u in p.inspectors),
            p.result,
            p.note,
            p.result_on,
        )  # fmt: skip
        for p in rows
    )
    return PlanInfo(
        number=plan.number, criteria=Criteria.from_json(plan.criteria), seed=plan.seed,
        algorithm=plan.algorithm, count=plan.criteria.get("count"),
        percent=plan.criteria.get("percent"), inspector_roles=tuple(plan.inspector_roles),
        inspector_pool=tuple(plan.inspector_pool), population_size=plan.population_size,
        population_digest=plan.population_digest, sample_size=plan.sample_size,
        drawn_on=plan.drawn_on, drawn_by=plan.drawn_by_name, picks=picks,
        population_frozen=plan.frozen_population is not None,
    )  # fmt: skip


def find_plan(session: Session, number: str) -> SpotCheckPlan:
    plan = session.scalars(
        select(SpotCheckPlan).where(SpotCheckPlan.number == (number or "").strip())
    ).first()
    if plan is None:
        raise SpotCheckError(
            f"未找到抽查计划{number}", english=f"No spot-check plan {number}.", field="plan"
        )
    return plan


def list_plans(db: Database, actor: Actor) -> list[PlanInfo]:
    """Every plan, newest first, with its picks."""
    actor.require(*DRAW_ROLES)
    with db.reading() as session:
        plans = session.scalars(select(SpotCheckPlan).order_by(SpotCheckPlan.id.desc()))
        return [plan_info(session, p) for p in plans]


def get_plan(db: Database, actor: Actor, number: str) -> PlanInfo:
    actor.require(*DRAW_ROLES)
    with db.reading() as session:
        return plan_info(session, find_plan(session, number))


def population(db: Database, actor: Actor, number: str) -> tuple[algorithm.Candidate, ...]:
    """The population the plan was drawn from, sorted by key, with who handled each object:
    with the plan's seed and inspector pool, anyone can recompute the draw. As stored with the
    plan at the draw; for a plan drawn before migration 0010, as its criteria select it now."""
    actor.require(*DRAW_ROLES)
    with db.reading() as session:
        plan = find_plan(session, number)
        if plan.frozen_population is not None:
            return tuple(sorted(thaw(plan.frozen_population) or (), key=lambda c: c.key))
        criteria = Criteria.from_json(plan.criteria)
        return tuple(
            sorted((c for c, _ in select_population(session, criteria)), key=lambda c: c.key)
        )
