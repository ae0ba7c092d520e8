"""Random spot checks (双随机抽查, work plan items 23, 31, 33): draw, verify, record results.

A supervisor draws a plan: the population (registered enterprises, optionally of one category,
one registering authority, registered in a date range; or applications approved on commitment
(告知承诺) in a date range), a sample size (a count, or a percentage rounded up) and the roles the
inspectors come from (active users; two per object, never one who handled it). The draw itself
is `core.spot_checks.draw`; the plan stores the criteria, the seed, the inspector pool, the
population's size and digest and the population itself as drawn (each object's key and who
handled it: frozen at the draw, migration 0010). `verify_plan` redraws from what is stored and
says whether it matches; separately, and only for information, whether the register still selects
the same population under the criteria (a later registration or approval inside an open date
range changes that, not the draw). Plans drawn before 0010 have no stored population: their
verification selects it again from the register, as it always did.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import printing
from printing import DocumentHeader, SpotCheckNoticeData

from ..core import spot_checks as algorithm
from ..core.enterprise_names import authority_name
from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    SpotCheckPick,
    SpotCheckPlan,
    User,
)
from . import audit, documents, hall_settings
from .context import Actor, Role
from .numbering import next_value
from .registration_links import CATEGORIES
from .spot_check_population import COMMITMENTS, ENTERPRISES, freeze, select_population, thaw

__all__ = [
    "ENTERPRISES", "COMMITMENTS", "RESULTS", "Criteria", "PickInfo", "PlanInfo", "SpotCheckError",
    "Verification", "draw_plan", "get_plan", "list_plans", "notice_pdf", "population", "record_result",
    "verify_plan",
]  # fmt: skip

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
        return _info(session, plan)


def _info(session: Session, plan: SpotCheckPlan) -> PlanInfo:
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


def _find(session: Session, number: str) -> SpotCheckPlan:
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
        return [_info(session, p) for p in plans]


def get_plan(db: Database, actor: Actor, number: str) -> PlanInfo:
    actor.require(*DRAW_ROLES)
    with db.reading() as session:
        return _info(session, _find(session, number))


def population(db: Database, actor: Actor, number: str) -> tuple[algorithm.Candidate, ...]:
    """The population the plan was drawn from, sorted by key, with who handled each object:
    with the plan's seed and inspector pool, anyone can recompute the draw. As stored with the
    plan at the draw; for a plan drawn before migration 0010, as its criteria select it now."""
    actor.require(*DRAW_ROLES)
    with db.reading() as session:
        plan = _find(session, number)
        if plan.frozen_population is not None:
            return tuple(sorted(thaw(plan.frozen_population) or (), key=lambda c: c.key))
        criteria = Criteria.from_json(plan.criteria)
        return tuple(
            sorted((c for c, _ in select_population(session, criteria)), key=lambda c: c.key)
        )


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
        plan = _find(session, number)
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


def record_result(
    db: Database,
    actor: Actor,
    number: str,
    key: str,
    result: str,
    note: str | None = None,
    *,
    on: date | None = None,
) -> PickInfo:
    """正常 or 发现问题 (a note is required then) for one drawn object; a correction is audited too."""
    actor.require(*DRAW_ROLES)
    if result not in RESULTS:
        raise SpotCheckError(
            f"未知的检查结果：{result}", english=f"Unknown result: {result}", field="result"
        )
    note = (note or "").strip() or None
    if result == "problem" and not note:
        raise SpotCheckError(
            "发现问题时须填写问题说明",
            english="Describe the problem found.",
            field="note",
        )
    day = on or date.today()
    with db.transaction() as session:
        plan = _find(session, number)
        pick = session.scalars(
            select(SpotCheckPick).where(
                SpotCheckPick.plan_id == plan.id, SpotCheckPick.object_key == (key or "").strip()
            )
        ).first()
        if pick is None:
            raise SpotCheckError(
                f"抽查计划{plan.number}中没有对象{key}",
                english=f"Plan {plan.number} did not draw {key}.",
                field="key",
            )
        before = {"result": pick.result, "note": pick.note} if pick.result else None
        pick.result, pick.note, pick.result_on, pick.result_by = result, note, day, actor.user_id
        audit.record(
            session, actor, "spotcheck.result", "spot_check_plan", plan.number,
            before=before,
            after={"object": pick.object_key, "result": result, "note": note,
                   "on": day.isoformat()},
        )  # fmt: skip
        session.flush()
        return next(p for p in _info(session, plan).picks if p.key == pick.object_key)


def _notice_data(session: Session, plan: PlanInfo, actor: Actor, lang: str, day: date):
    """The public notice's plain data; a person's name is masked (an applicant on commitment)."""
    zh = lang == "zh"
    c = plan.criteria
    every = "全部" if zh else "all"
    rows = [
        ("抽查对象" if zh else "Population",
         POPULATION_LABELS[c.population] if zh else POPULATION_ENGLISH[c.population]),
    ]  # fmt: skip
    if c.population == ENTERPRISES:
        # registration_links says "an enterprise": the table cell drops the article
        category = (
            (CATEGORIES[c.category][0] if zh else CATEGORIES[c.category][1].split(" ", 1)[1])
            if c.category
            else every
        )
        rows += [
            ("主体类别" if zh else "Category", category),
            ("登记机关" if zh else "Registering authority",
             authority_name(c.authority_code) + f"（{c.authority_code}）" if c.authority_code
             else every),
        ]  # fmt: skip
    if c.date_from or c.date_to:
        dates = f"{c.date_from or '…'} — {c.date_to or '…'}"
        rows.append(("日期范围" if zh else "Dates", dates))
    share = (f"{plan.percent}%（向上取整）" if zh else f"{plan.percent}% (rounded up)"
             ) if plan.percent else str(plan.count)  # fmt: skip
    rows.append(("抽取比例/数量" if zh else "Share / number", f"{share} → {plan.sample_size}"))
    people = set()
    if c.population == COMMITMENTS:
        people = set(
            session.scalars(
                select(Application.number)
                .join(Applicant, Applicant.id == Application.applicant_id)
                .where(Application.number.in_([p.key for p in plan.picks]),
                       Applicant.kind == "person")
            )
        )  # fmt: skip
    separator = "、" if zh else ", "
    picks = tuple(
        (str(p.position), p.key, printing.mask_name(p.name) if p.key in people else p.name,
         separator.join(p.inspector_names))
        for p in plan.picks
    )  # fmt: skip
    hall = hall_settings.hall_on_paper(session)  # refused while the hall is unnamed
    header = DocumentHeader(
        doc_number=plan.number, issued_on=day, authority=hall.name,
        window=documents.window_label(session, actor),
        clerk=documents.clerk_name(actor), catalogue_version="", lang=lang,
        consult_phone=hall.consult_phone, complaint_phone=hall.complaint_phone,
    )  # fmt: skip
    return SpotCheckNoticeData(
        header=header, plan_number=plan.number, criteria=tuple(rows), seed=plan.seed,
        algorithm=plan.algorithm, population_size=plan.population_size,
        population_digest=plan.population_digest,
        inspector_pool=tuple(plan.inspector_pool), picks=picks, population_frozen=plan.population_frozen,
    )  # fmt: skip


def notice_pdf(
    db: Database, actor: Actor, number: str, *, lang: str = "zh", on: date | None = None
) -> bytes:
    """The plan for publication (公示) as a PDF; recorded as an audit event."""
    actor.require(*DRAW_ROLES)
    day = on or date.today()
    with db.transaction() as session:
        plan = _find(session, number)
        data = _notice_data(session, _info(session, plan), actor, lang, day)
        mark = hall_settings.watermark(session)
        audit.record(session, actor, "spotcheck.printed", "spot_check_plan", plan.number,
                     after={"lang": lang, "on": day.isoformat()})  # fmt: skip
    with hall_settings.rendering(mark):
        return printing.render_spot_check_notice(data)
