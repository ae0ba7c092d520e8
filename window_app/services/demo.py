"""A demo hall: catalogue, windows, users and a realistic stretch of applications in every state.

Every row of the history is written by the services a clerk uses, signed in as the demo's
clerks, on the day it happened (`_Window`): intake, checklist, one-time notice, acceptance with
its receipt, refusal, approval on commitment, review, suspension, decision, the registration an
establishment application asks for, completion and delivery, with the documents, visits,
transitions and audit events the window writes. A day's work is one transaction
(`Database.batch`). The shapes follow a busy city hall: most traffic on the registration
matters, a third online, a few one-time notices and refusals, some overdue work.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..core.catalogue import default_catalogue_dir
from ..core.checklist import Mark
from ..core.errors import DomainError
from ..core.states import State
from ..storage.database import Database
from ..storage.models import (
    Application,
    Department,
    MaterialRequirement,
    MatterVersion,
    User,
    Window,
)
from . import (
    accept,
    commitment,
    completion,
    demo_hall,
    handover,
    intake,
    notice,
    processing,
    refusal,
    registration,
    verification,
)
from .calendar import load_calendar
from .catalogue_import import import_catalogue
from .context import SYSTEM, Actor, Role
from .demo_lives import BOARD_LIVES, REGISTERED, STATE_LIVES, Life, Plan, every_state, plan_life
from .demo_people import applicant, person, trade_name
from .hall_settings import (
    HallSettings,
    load_hall_settings,
    mark_demo,
    missing_settings,
    save_hall_settings,
)
from .queue_config import seed_demo_lines
from .users import create_user, create_window, login

DEMO_PASSWORD = "demo-2026"
#: `window-app demo`'s and `./scripts/demo`'s size: every application goes through the clerk's
#: services (about 10 ms of CPU each), so the first `./scripts/demo` builds its hall in a few
#: seconds (bench.demo_speed; 2,000 take 17-25 s on this machine, under issue 17's 30 s:
#: bench/RESULTS.md) and still shows every state, overdue and due-soon work, corrections,
#: refusals and registrations.
DEMO_APPLICATIONS = 120
WINDOWS = [("A01", "综合受理一号窗口"), ("A02", "综合受理二号窗口"), ("A03", "综合受理三号窗口"),
           ("A04", "商事登记窗口"), ("A05", "社会事务窗口"), ("A06", "投资项目窗口")]  # fmt: skip
USERS = [
    ("admin", "王管理", Role.ADMINISTRATOR, None),
    ("super", "陈主任", Role.SUPERVISOR, None),
    ("clerk1", "张晓敏", Role.CLERK, "A01"),
    ("clerk2", "李建国", Role.CLERK, "A02"),
    ("clerk3", "黄丽娟", Role.CLERK, "A03"),
    ("clerk4", "吴志强", Role.CLERK, "A04"),
    ("clerk5", "梁静", Role.CLERK, "A05"),
    ("clerk6", "林海", Role.CLERK, "A06"),
]
MATTER_WEIGHTS = {"SC-0001": 22, "SC-0002": 26, "SC-0003": 3, "SC-0004": 14, "SC-0005": 4,
                  "SC-0006": 12, "WJ-0001": 5, "WJ-0002": 1, "XW-0001": 1, "JY-0001": 1,
                  "RS-0001": 1, "WT-0001": 1, "FG-0001": 4, "JT-0001": 3, "CG-0001": 2}  # fmt: skip
REFUSAL_REASON = "申请事项依法不属于本机关职权范围"
REFUSAL_BASIS = "《中华人民共和国行政许可法》第三十二条第一款第（二）项"
REFUSAL_INSTEAD = "湛江市行政服务中心咨询台"


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    first_day: date
    last_day: date
    showcase: demo_hall.ShowcaseSummary | None = None


#: The demo hall's settings (a real hall's administrator enters its own): the 12345 hotline is
#: Zhanjiang's real government service hotline; the other numbers are the demo hall's own.
DEMO_HALL_SETTINGS = HallSettings(
    hall_name="湛江市民服务中心（演示）",
    address="湛江市赤坎区演示路1号 市民服务中心一楼",
    opening_hours="周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）",
    pickup_place="市民服务中心一楼 综合出件窗口",
    consultation_phones={"": "0759-3160000", "SCJGJ": "0759-3160001"},
    complaint_phones={"": "12345"},
)


def seed_reference(db: Database) -> None:
    """Catalogue, windows, one user per demo role (password DEMO_PASSWORD) and the hall settings.

    The database is marked as a demo: every document it prints carries the 演示样本 watermark.
    """
    import_catalogue(db, SYSTEM, default_catalogue_dir())
    mark_demo(db, SYSTEM)
    if missing_settings(load_hall_settings(db)):
        save_hall_settings(db, SYSTEM, DEMO_HALL_SETTINGS)
    with db.reading() as session:
        have_windows = {w for (w,) in session.execute(select(Window.number))}
        have_users = {u for (u,) in session.execute(select(User.username))}
    for number, name in WINDOWS:
        if number not in have_windows:
            create_window(db, SYSTEM, number, name)
    for username, name, role, window in USERS:
        if username not in have_users:
            create_user(db, SYSTEM, username, name, role, DEMO_PASSWORD, window, must_change=False)
    for username, name, code in reviewer_accounts(db):
        if username not in have_users:
            create_user(db, SYSTEM, username, name, Role.REVIEWER, DEMO_PASSWORD,
                        must_change=False, department_code=code)  # fmt: skip
    seed_demo_lines(db, SYSTEM)


def reviewer_accounts(db: Database) -> list[tuple[str, str, str]]:
    """(user name, name, department code): one demo reviewer (审批人员) per catalogue department,
    named after it: `rev-scjgj` works for SCJGJ."""
    with db.reading() as session:
        departments = session.execute(select(Department.code, Department.name)
                                      .order_by(Department.code)).all()  # fmt: skip
    return [(f"rev-{code.lower()}", f"{name}审批员", code) for code, name in departments]


# what the demo clerk notes when the clock pauses (core.suspensions)
_PAUSES = {"hearing": "利害关系人申请听证", "expert_review": "专家委员会评议"}
_VERIFIER = "rev-wjj"  # WJ-0001's department (卫生健康局) verifies its commitments
_UNTRUE = "现场核查发现承诺的执业条件与实际不符"


class _Window:
    """The service calls of the history's steps, made as the demo's signed-in users."""

    def __init__(self, db: Database, actors: dict[str, Actor], rng: random.Random):
        self.db, self.actors, self.rng = db, actors, rng
        self.registered = 0
        self._definitions: dict[str, dict] = {}

    def run(self, life: Life, day: date, step: str, args: dict) -> None:
        clerk = self.actors[life.clerk]
        if step == "start":
            started = intake.start_application(
                self.db, clerk, matter_code=life.code, applicant=life.applicant,
                channel=life.channel, on=day,
            )  # fmt: skip
            life.number, life.keys = started.number, tuple(r.key for r in started.checklist)
        elif step == "refuse":
            refusal.refuse(self.db, clerk, life.number, reason=REFUSAL_REASON,
                           legal_basis=REFUSAL_BASIS, apply_instead=REFUSAL_INSTEAD, on=day)  # fmt: skip
        elif step == "notice":
            marks = [Mark(k, "received") for k in life.keys if k != args["missing"]]
            notice.issue_notice(self.db, clerk, life.number, marks=marks, on=day)
        elif step == "accept":
            accept.accept(self.db, clerk, life.number, marks=self._marks(life, args),
                          delivery_method=args["method"], on=day)  # fmt: skip
        elif step == "commit":
            commitment.approve_on_commitment(self.db, clerk, life.number,
                                             signer=life.applicant.name,
                                             marks=self._marks(life, args), on=day)  # fmt: skip
        elif step == "review":
            processing.start_review(self.db, clerk, life.number, on=day)
        elif step == "suspend":
            reason = args["reason"]
            processing.suspend(self.db, clerk, life.number, reason, _PAUSES.get(reason, ""), on=day)
        elif step == "decide":
            decision = args["decision"]
            reason = {State.DENIED: "不符合法定条件", State.WITHDRAWN: "申请人撤回"}.get(
                decision, ""
            )
            processing.decide(self.db, clerk, life.number, decision, reason, on=day)
        elif step == "complete":
            completion.complete(self.db, clerk, life.number, self.result_of(life.code),
                                delivery_method=args["method"], on=day)  # fmt: skip
        elif step == "register":
            self.register(life, clerk, day)
        elif step == "deliver":
            self.deliver(life, clerk, args["method"], day)
        elif step == "verify_fail":  # the department finds the commitment untrue: revoked
            verification.verify(self.db, self.actors[_VERIFIER], life.number, passed=False,
                                note=_UNTRUE, on=day)  # fmt: skip
        elif step == "hand_over":  # the department's accepted work goes on a hand-over list
            handover.create_batch(self.db, clerk, args["department"], on=day)
        else:  # pragma: no cover - a step name the planner does not make
            raise ValueError(step)

    def _marks(self, life: Life, args: dict) -> list[Mark]:
        if "missing" in args:  # the one item the notice asked for arrived
            return [Mark(args["missing"], "received")]
        return [Mark(k, "received") for k in life.keys]

    def result_of(self, code: str) -> str:
        if code not in self._definitions or "result" not in self._definitions[code]:
            with self.db.reading() as session:
                version = intake.version_in_force(session, code, date.today())
                self._definitions[code] = {"result": version.definition["result"]["name"]}
        return self._definitions[code]["result"]

    def register(self, life: Life, clerk: Actor, day: date) -> None:
        """The registration an establishment application asks for, made for it: the applicant
        is the legal representative (and investor) of the new entity."""
        category = REGISTERED[life.code]
        kinds = [k for k in demo_hall.KINDS if k[0] == category]
        kind = kinds[self.rng.randrange(len(kinds))]
        authority = demo_hall.AUTHORITIES[self.rng.randrange(len(demo_hall.AUTHORITIES))]
        rep = registration.Person(life.applicant.name, life.applicant.id_number or "")
        request = demo_hall.registration_request(kind, authority, trade_name(self.registered), rep,
                                                 self.rng, index=self.registered)  # fmt: skip
        self.registered += 1
        registration.register_enterprise(self.db, clerk, request, on=day,
                                         application_number=life.number)  # fmt: skip

    def deliver(self, life: Life, clerk: Actor, method: str, day: date) -> None:
        who = life.applicant
        if method == "window":
            if who.kind == "person":
                name, id_number = who.name, who.id_number or ""
            else:  # the enterprise sends someone
                name, id_number, _phone = person(self.rng)
            completion.deliver(self.db, clerk, life.number, method, collected_by=name,
                               collected_by_id=id_number, on=day)  # fmt: skip
        elif method == "post":
            completion.deliver(self.db, clerk, life.number, method,
                               tracking_number=f"11{self.rng.randrange(10**11):011d}",
                               address="湛江市赤坎区人民大道中", on=day)  # fmt: skip
        else:
            completion.deliver(self.db, clerk, life.number, method,
                               address="粤省事（申请人实名账号）", on=day)  # fmt: skip


def _hold(session: Session) -> list[object]:
    """The rows every service call of a day looks up by key (matter versions with their large
    JSON definitions, users, windows), loaded once into the batch's session and held: the
    session's identity map is weak, and `session.get` then answers without SQL or decoding."""
    return [
        *session.scalars(select(MatterVersion)),
        *session.scalars(select(User)),
        *session.scalars(select(Window)),
    ]


def set_up(db: Database) -> dict[str, Actor]:
    """The reference set-up of a demo hall in an empty database (`seed_reference`, the code
    segments the registrations take), its users signed in; refused when it holds applications."""
    with db.reading() as session:
        if session.scalar(select(func.count()).select_from(Application)):
            raise DomainError(
                "数据库中已有申请：演示数据只能生成在新的空数据库中",
                english="The database already holds applications: a demo hall is built only in a new, empty database.",
            )
    seed_reference(db)
    actors = demo_hall.sign_in(db, DEMO_PASSWORD)
    demo_hall.segments(db, actors["admin"])  # the registrations of the history take codes
    return actors


def newest_versions(session: Session) -> dict[str, MatterVersion]:
    """Each matter's newest version, by matter code."""
    versions = {
        matter: row for matter, row in session.execute(
            select(MatterVersion.matter_id, MatterVersion).order_by(MatterVersion.version)
        )
    }  # fmt: skip
    return {v.definition["code"]: v for v in versions.values()}


def generate(
    db: Database,
    applications: int = DEMO_APPLICATIONS,
    *,
    seed: int = 1,
    today: date | None = None,
    days: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill `db` with `applications` applications ending today, each made, checked, accepted,
    noticed, refused, approved on commitment, reviewed, suspended, decided, registered,
    completed and delivered through the services a clerk uses, signed in as the demo's clerks
    (their documents, visits, transitions and audit events are the ones the window writes).
    A day's work is one transaction (`Database.batch`)."""
    actors = set_up(db)
    rng = random.Random(seed)
    today = today or date.today()
    days = days or max(30, min(3650, applications // 250))
    with db.reading() as session:
        calendar = load_calendar(session)
        by_code = newest_versions(session)
        materials = {
            v.id: [m.key for m in session.scalars(
                select(MaterialRequirement).where(MaterialRequirement.matter_version_id == v.id)
                .where(MaterialRequirement.condition.is_(None), MaterialRequirement.required)
                .order_by(MaterialRequirement.position)
            )] for v in by_code.values()
        }  # fmt: skip
        clerks = list(
            session.scalars(select(User.username).where(User.role == "clerk").order_by(User.id))
        )
    plan = Plan(calendar, rng, today)
    # a withdrawn matter (abolished, turned into a filing) takes no new applications
    codes = [c for c in MATTER_WEIGHTS if c in by_code and by_code[c].withdrawn_from is None]
    weights = [MATTER_WEIGHTS[c] for c in codes]
    working_days = [d for d in (today - timedelta(days=i) for i in range(days, -1, -1))
                    if calendar.is_workday(d)]  # fmt: skip
    lives: list[Life] = []
    agenda: dict[date, list[tuple[int, int, str, dict]]] = {}
    # every state a hall can have, whatever the draw (`every_state`), counted in `applications`
    scripted = random.Random(seed * 7919 + 17)
    extras = (
        every_state(scripted, working_days, clerks) if applications >= 3 * len(STATE_LIVES) else []
    )
    # and the board's overdue and due-soon lists, which a small draw may miss on some dates
    if applications >= 3 * (len(STATE_LIVES) + len(BOARD_LIVES)) and len(working_days) > max(
        back for _, steps in BOARD_LIVES for back, _, _ in steps
    ):
        extras += every_state(scripted, working_days, clerks, BOARD_LIVES)
    drawn = applications - len(extras)
    for i in range(drawn):
        received = working_days[
            min(len(working_days) - 1, int(len(working_days) * (i + rng.random()) / drawn))
        ]
        code = rng.choices(codes, weights)[0]
        version = by_code[code]
        channel = rng.choices(["in_person", "online", "post"], [55, 35, 10])[0]
        life = Life(code, applicant(rng, code), channel, rng.choice(clerks))
        # every step on a working day: on a weekend the history ends on the Friday, so nothing
        # of it comes after the scripted lives' last steps (a suspension after a hand-over)
        life.steps = plan_life(plan, rng, version, materials[version.id], received,
                                working_days[-1], working_days)  # fmt: skip
        for k, (day, step, args) in enumerate(life.steps):
            agenda.setdefault(day, []).append((i, k, step, args))
        lives.append(life)
    for life in extras:
        for k, (day, step, args) in enumerate(life.steps):
            agenda.setdefault(day, []).append((len(lives), k, step, args))
        lives.append(life)
    # the department that verifies the demo's failed commitment (the reviewer revokes)
    actors[_VERIFIER] = login(db, _VERIFIER, DEMO_PASSWORD)
    window = _Window(db, actors, rng)
    done = 0
    for day in sorted(agenda):
        with db.batch():  # the day's work: one transaction
            with db.reading() as session:  # the batch's session keeps what every call reads
                held = _hold(session)
            for i, _k, step, args in sorted(agenda[day], key=lambda e: (e[0], e[1])):
                window.run(lives[i], day, step, args)
        del held
        done += sum(1 for _i, k, _s, _a in agenda[day] if k == 0)
        if progress:
            progress(done, applications)
    if not db.is_sqlite:
        with db.transaction() as session:
            # After a load PostgreSQL's planner still sees the empty tables until autovacuum
            # gets round to them (minutes, or never while it is busy): an exact lookup by ID
            # number then scanned every application. SQLite keeps its heuristics (no ANALYZE).
            session.execute(text("ANALYZE"))
    # the day at the counter, with the showcase of the desk (demo_hall)
    showcase = demo_hall.run(db, actors, today=working_days[-1], first_day=working_days[0],
                             seed=seed)  # fmt: skip
    if progress:
        progress(applications, applications)
    return DemoSummary(applications, working_days[0], working_days[-1], showcase)
