"""A demo hall: catalogue, windows, users and a realistic stretch of applications in every state.

Bulk rows go in through SQLAlchemy Core in chunks so a benchmark database of a million
applications fills in minutes. The shapes follow a busy city hall: most traffic on the
registration matters, a third online, a few one-time notices and refusals, some overdue work.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from ..core import idcard
from ..core.catalogue import default_catalogue_dir
from ..core.errors import DomainError
from ..core.states import State
from ..core.time_limits import limit_end
from ..core.uscc import ALPHABET, UsccParts
from ..core.workdays import WorkCalendar
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    ApplicationMaterial,
    Counter,
    Department,
    MaterialRequirement,
    MatterVersion,
    Notice,
    Suspension,
    Transition,
    User,
    VerificationTask,
    Visit,
    Window,
)
from . import audit, demo_documents, demo_hall
from .calendar import load_calendar
from .catalogue_import import import_catalogue
from .context import SYSTEM, Actor, Role
from .demo_documents import Pending
from .hall_settings import (
    HallSettings,
    load_hall_settings,
    mark_demo,
    missing_settings,
    save_hall_settings,
)
from .notice import CORRECTION_WORKDAYS
from .queue_config import seed_demo_lines
from .users import create_user, create_window

DEMO_PASSWORD = "demo-2026"
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
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志海燕玲"
# The share of each matter's applications made by an organisation (with a USCC) rather than a
# person: a change of registration or a licence is asked for by the enterprise; a new enterprise
# or an individual business by a person (the investor, or the agent they send).
ORGANISATION_SHARE = {"SC-0004": 1.0, "SC-0005": 1.0, "SC-0006": 0.6, "WJ-0001": 0.8,
                      "WJ-0002": 1.0, "XW-0001": 1.0, "JY-0001": 1.0, "RS-0001": 1.0,
                      "WT-0001": 1.0, "FG-0001": 1.0, "JT-0001": 1.0, "CG-0001": 0.9}  # fmt: skip
TRADE_NAMES = "海港湾南粤雷州鼎盛恒达富通宏远嘉和新华泰丰金沙"
LINES = ["贸易", "食品", "餐饮", "物流", "建材", "科技", "印刷", "运输", "体育", "广告"]
REGIONS = ["440802", "440803", "440804", "440811", "440823", "440825", "440881", "440882", "440883"]
CHUNK = 5000


# Application columns only some demo rows set: every row carries them (bulk inserts need one shape).
_APP_OPTIONAL = dict.fromkeys(
    ("accepted_on", "promised_deadline", "statutory_deadline", "decision", "decided_on",
     "decision_reason", "completed_on", "delivery_method", "delivered_on"),
)  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    first_day: date
    last_day: date
    showcase: demo_hall.ShowcaseSummary | None = None


def _person(rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(18000))
    first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
    return name, first17 + idcard.check_digit(first17), phone


def _organisation(rng: random.Random) -> tuple[str, str, str]:
    trade = "".join(rng.choice(TRADE_NAMES) for _ in range(2))
    name = f"湛江市{trade}{rng.choice(LINES)}有限公司"
    if rng.random() < 0.5:  # registered since 2015: the MA series; before: an 8-digit body
        body = "MA4" + "".join(rng.choice(ALPHABET) for _ in range(5))
    else:
        body = f"{rng.randrange(10**7, 10**8)}"
    code = UsccParts("9", "1", rng.choice(REGIONS), body).compose()
    phone = f"0759-{rng.randrange(2000000, 3999999)}"
    return name, code, phone


def _notice_item(material: tuple[str, str, int, bool]) -> dict:
    """A one-time-notice item in the shape the notice service stores."""
    key, name, copies, original = material
    return {"key": key, "name": name, "problem": "缺少", "status": "missing",
            "reason": "未提交", "bring": f"{'原件' if original else '复印件'}{copies}份"}  # fmt: skip


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


class _Plan:
    """Draws one application's life; dates are working days from the hall's calendar."""

    def __init__(self, calendar: WorkCalendar, rng: random.Random, today: date):
        self.cal, self.rng, self.today = calendar, rng, today
        self._add_cache: dict[tuple[date, int], date | int] = {}

    def between(self, start: date, end: date) -> int:
        key = (start, -1 - (end - start).days)
        if key not in self._add_cache:
            self._add_cache[key] = self.cal.between(start, end).count
        return self._add_cache[key]

    def end(self, start: date, value: int, unit: str) -> date:
        """The last day of a limit in the law's unit (core.time_limits)."""
        if unit == "working_days":
            return self.add(start, value)
        return limit_end(self.cal, start, value, unit).day

    def add(self, start: date, days: int) -> date:
        key = (start, days)
        if key not in self._add_cache:
            self._add_cache[key] = self.cal.add(start, days).day
        return self._add_cache[key]


def generate(
    db: Database,
    applications: int = 2000,
    *,
    seed: int = 1,
    today: date | None = None,
    days: int | None = None,
    details: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill `db` with `applications` applications ending today; details = materials + transitions."""
    with db.reading() as session:
        if session.scalar(select(func.count()).select_from(Application)):
            raise DomainError(
                "数据库中已有申请：演示数据只能生成在新的空数据库中",
                english="The database already holds applications: a demo hall is built only in a new, empty database.",
            )
    rng = random.Random(seed)
    today = today or date.today()
    details = applications <= 50_000 if details is None else details
    seed_reference(db)
    days = days or max(30, min(3650, applications // 250))
    with db.reading() as session:
        calendar = load_calendar(session)
        versions = {
            code: row for code, row in session.execute(
                select(MatterVersion.matter_id, MatterVersion).order_by(MatterVersion.version)
            )
        }  # fmt: skip
        by_code = {v.definition["code"]: v for v in versions.values()}
        materials = {
            v.id: [(m.key, m.name, m.copies, m.original) for m in session.scalars(
                select(MaterialRequirement).where(MaterialRequirement.matter_version_id == v.id)
                .where(MaterialRequirement.condition.is_(None)).order_by(MaterialRequirement.position)
            )] for v in by_code.values()
        }  # fmt: skip
        windows = {w.number: w.id for w in session.scalars(select(Window))}
        clerks = [
            (u.id, u.window_id) for u in session.scalars(select(User).where(User.role == "clerk"))
        ]
        next_app = (session.scalar(select(func.max(Application.id))) or 0) + 1
        next_applicant = (session.scalar(select(func.max(Applicant.id))) or 0) + 1
    del windows
    plan = _Plan(calendar, rng, today)
    # a withdrawn matter (abolished, turned into a filing) takes no new applications
    codes = [c for c in MATTER_WEIGHTS if c in by_code and by_code[c].withdrawn_from is None]
    weights = [MATTER_WEIGHTS[c] for c in codes]
    working_days = [d for d in (today - timedelta(days=i) for i in range(days, -1, -1))
                    if calendar.is_workday(d)]  # fmt: skip
    per_day_serial: dict[date, int] = {}
    pending: list[Pending] = []  # the papers the window handed out, issued after the load
    rows: dict[str, list[dict]] = {
        k: [] for k in ("applicant", "app", "mat", "notice", "visit", "tr", "susp", "verify")
    }
    trail: list[tuple] = []  # the audit events the window's services would have written
    with db.reading() as session:
        staff = {u.id: Actor(u.id, u.username, Role(u.role), u.window_id, "", u.display_name)
                 for u in session.scalars(select(User))}  # fmt: skip
        numbers = {w.id: w.number for w in session.scalars(select(Window))}
    staff = {i: replace(a, window_number=numbers.get(a.window_id, "")) for i, a in staff.items()}
    done = 0

    def flush() -> None:
        # Core executemany on the tables (not ORM bulk insert): one compiled statement per table
        # and chunk, which needs every row of a table to carry the same keys.
        with db.transaction() as session:
            conn = session.connection()
            for table, key in ((Applicant, "applicant"), (Application, "app"),
                               (ApplicationMaterial, "mat"), (Notice, "notice"),
                               (Visit, "visit"), (Transition, "tr"), (Suspension, "susp"),
                               (VerificationTask, "verify")):  # fmt: skip
                if rows[key]:
                    conn.execute(insert(table.__table__), rows[key])
                    rows[key].clear()
            audit.record_many(session, trail)
            trail.clear()

    for i in range(applications):
        app_id, applicant_id = next_app + i, next_applicant + i
        received = working_days[
            min(len(working_days) - 1, int(len(working_days) * (i + rng.random()) / applications))
        ]
        code = rng.choices(codes, weights)[0]
        version = by_code[code]
        clerk_id, window_id = rng.choice(clerks)
        channel = rng.choices(["in_person", "online", "post"], [55, 35, 10])[0]
        created = datetime.combine(received, datetime.min.time())
        if rng.random() < ORGANISATION_SHARE.get(code, 0.0):
            name, uscc_code, phone = _organisation(rng)
            who = (name, None, uscc_code, phone)
            rows["applicant"].append(dict(id=applicant_id, kind="organisation", name=name,
                                          id_number=None, uscc=uscc_code, phone=phone,
                                          created_at=created))  # fmt: skip
        else:
            name, id_number, phone = _person(rng)
            who = (name, id_number, None, phone)
            rows["applicant"].append(dict(id=applicant_id, kind="person", name=name,
                                          id_number=id_number, uscc=None, phone=phone,
                                          created_at=created))  # fmt: skip
        serial = per_day_serial[received] = per_day_serial.get(received, 0) + 1
        visits: list[tuple[date, str]] = [(received, "intake")] if channel == "in_person" else []
        transitions: list[tuple[str | None, str, date]] = [(None, State.RECEIVED, received)]
        app = dict(
            **_APP_OPTIONAL,
            id=app_id, number=f"{received:%Y%m%d}-{serial:04d}", matter_version_id=version.id,
            applicant_id=applicant_id, channel=channel, state=State.RECEIVED, window_id=window_id,
            clerk_id=clerk_id, answers={}, received_at=datetime.combine(received, datetime.min.time()) + timedelta(hours=9, minutes=rng.randrange(420)),
            received_on=received, statutory_days=version.statutory_days, promised_days=version.promised_days,
            statutory_unit=version.statutory_unit, promised_unit=version.promised_unit, suspended_calendar_days=0,
            suspended_days=0, extension_days=0, commitment=False, deadline_provisional=False, version=1,
            elapsed_workdays=None,
        )  # fmt: skip
        age = (
            len([d for d in working_days if d > received])
            if received > today - timedelta(days=60)
            else 99
        )
        roll = rng.random()
        mats = materials[version.id]
        missing: set[str] = set()
        accepted_on: date | None = received
        if received == today and roll > 0.85:
            accepted_on = None  # still at the counter: materials being checked
        elif roll < 0.02:
            app["state"], accepted_on = State.REFUSED, None
            transitions.append((State.RECEIVED, State.REFUSED, received))
            app.update(decision="refused", decided_on=received,
                       decision_reason=demo_documents.REFUSAL_REASON)  # fmt: skip
            pending.append(Pending("refusal", app_id, app["number"], version.id, window_id,
                                   clerk_id, who, received))  # fmt: skip
        elif roll < 0.10 and mats:
            missing = {rng.choice(mats)[0]}
            rows["notice"].append(dict(application_id=app_id, sequence=1, issued_on=received,
                                       items=[_notice_item(m) for m in mats if m[0] in missing]))  # fmt: skip
            transitions.append((State.RECEIVED, State.CORRECTION, received))
            pending.append(Pending("notice", app_id, app["number"], version.id, window_id, clerk_id,
                                   who, received, materials=tuple(mats), missing=tuple(missing),
                                   due=plan.add(received, CORRECTION_WORKDAYS)))  # fmt: skip
            back = plan.add(received, rng.randint(1, 6))
            if back > today:
                app["state"], accepted_on = State.CORRECTION, None
            else:
                accepted_on = back
                if channel == "in_person" or rng.random() < 0.5:
                    visits.append((back, "correction"))
                transitions.append((State.CORRECTION, State.ACCEPTED, back))
        else:
            transitions.append((State.RECEIVED, State.ACCEPTED, received))
        if accepted_on is not None:
            app["state"], app["accepted_on"] = State.ACCEPTED, accepted_on
            if version.allows_commitment and rng.random() < 0.3:
                app["commitment"] = True
            promised = version.promised_days or 0
            app["promised_deadline"] = plan.end(accepted_on, promised, version.promised_unit)
            app["statutory_deadline"] = (
                plan.end(accepted_on, version.statutory_days, version.statutory_unit)
                if version.statutory_days is not None else app["promised_deadline"]
            )  # fmt: skip
            pending.append(Pending(
                "receipt", app_id, app["number"], version.id, window_id, clerk_id, who,
                accepted_on, accepted_on=accepted_on, promised_deadline=app["promised_deadline"],
                statutory_deadline=app["statutory_deadline"], materials=tuple(mats),
            ))  # fmt: skip
            if app["commitment"]:
                period = (version.definition.get("commitment") or {}).get("verification_days")
                due = plan.add(accepted_on, int(period or 30))
                pending.append(Pending(
                    "commitment", app_id, app["number"], version.id, window_id, clerk_id, who,
                    accepted_on, verification_due=due,
                ))  # fmt: skip
                # its verification task (issue 19): open, some already past their day
                rows["verify"].append(dict(application_id=app_id, due_on=due, status="open",
                                           verified_on=None, note=None, signed_by=who[0]))  # fmt: skip
            if promised == 0 or app["commitment"]:
                took = 0
            else:
                took = max(0, int(promised * rng.uniform(0.15, 1.15)))
            completed = plan.add(accepted_on, took)
            if completed == today and rng.random() < 0.2:
                decision = rng.choice([State.APPROVED, State.DENIED, State.WITHDRAWN])
                app.update(state=decision, decision=str(decision), decided_on=today,
                           decision_reason="申请人撤回" if decision == State.WITHDRAWN else "审查完毕")  # fmt: skip
                transitions.append((State.ACCEPTED, decision, today))
            elif completed <= today and (age > promised or rng.random() < 0.85):
                decision = State.APPROVED if rng.random() < 0.95 else State.DENIED
                app["elapsed_workdays"] = plan.between(accepted_on, completed)
                app.update(state=State.COMPLETED, decision=str(decision), decided_on=completed,
                           completed_on=completed, decision_reason="符合法定条件" if decision == State.APPROVED else "不符合法定条件")  # fmt: skip
                transitions += [
                    (State.ACCEPTED, decision, completed),
                    (decision, State.COMPLETED, completed),
                ]
                if completed < today or rng.random() < 0.5:
                    method = rng.choices(["window", "post", "electronic"], [45, 25, 30])[0]
                    app.update(state=State.DELIVERED, delivery_method=method,
                               delivered_on=plan.add(completed, rng.randint(0, 2)))  # fmt: skip
                    if app["delivered_on"] > today:
                        app["delivered_on"] = completed
                    if method == "window":
                        visits.append((app["delivered_on"], "pickup"))
                    transitions.append((State.COMPLETED, State.DELIVERED, app["delivered_on"]))
            elif promised > 0 and rng.random() < 0.6:
                app["state"] = State.IN_REVIEW
                transitions.append((State.ACCEPTED, State.IN_REVIEW, plan.add(accepted_on, 1)))
                if rng.random() < 0.08:
                    app["state"] = State.SUSPENDED
                    since = min(today, plan.add(accepted_on, 2))
                    transitions.append((State.IN_REVIEW, State.SUSPENDED, since))
                    rows["susp"].append(dict(application_id=app_id, reason_code="inspection",
                                             note="现场核查", started_on=since, workdays=0))  # fmt: skip
        app["visits"] = len(visits)
        rows["app"].append(app)
        if details:
            clerk = staff[clerk_id]
            trail.append((clerk, "application.received", "application", app["number"], None,
                          {"matter": code, "version": version.version, "channel": channel,
                           "applicant_id": applicant_id, "agent": False}))  # fmt: skip
            for prev, target, day in transitions[1:]:
                trail.append((clerk, f"application.{target}", "application", app["number"],
                              {"state": str(prev)}, {"state": str(target), "on": day}))  # fmt: skip
        for day, purpose in visits:
            rows["visit"].append(dict(application_id=app_id, on=day, purpose=purpose, window_id=window_id,
                                      at=datetime.combine(day, datetime.min.time()) + timedelta(hours=10)))  # fmt: skip
        if details:
            for pos, (key, mname, copies, _original) in enumerate(mats):
                got = key not in missing or app["state"] not in (State.CORRECTION, State.REFUSED)
                rows["mat"].append(dict(application_id=app_id, position=pos, key=key, name=mname,
                                        status="received" if got else "missing", reason=None if got else "缺少",
                                        copies_required=copies, copies_received=copies if got else 0,
                                        on_first_notice=key in missing, received_on=received if got else None))  # fmt: skip
            for prev, target, day in transitions:
                rows["tr"].append(dict(application_id=app_id, from_state=prev and str(prev), to_state=str(target),
                                       on=day, at=datetime.combine(day, datetime.min.time()) + timedelta(hours=11),
                                       user_id=clerk_id, reason=None))  # fmt: skip
        if len(rows["app"]) >= CHUNK:
            flush()
            done = i + 1
            if progress:
                progress(done, applications)
    flush()
    if details:  # a benchmark's million applications go without their papers
        demo_documents.issue_all(db, pending)
    with db.transaction() as session:
        for day, serial in per_day_serial.items():
            name = f"app-{day:%Y%m%d}"
            row = session.get(Counter, name)
            if row is None:
                session.add(Counter(name=name, value=serial))
            else:
                row.value = max(row.value, serial)
    if not db.is_sqlite:
        with db.transaction() as session:
            # The applicants and applications were written with their ids (they refer to each
            # other in one pass): PostgreSQL's id sequences never moved, and the hall's first new
            # applicant would have taken id 1 again. SQLite takes max(id) + 1 by itself.
            for table in (Applicant.__tablename__, Application.__tablename__):
                session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) "
                    f"FROM {table} HAVING max(id) IS NOT NULL"
                ))  # fmt: skip
            # After a bulk load PostgreSQL's planner still sees the empty tables until autovacuum
            # gets round to them (minutes, or never while it is busy): an exact lookup by ID
            # number then scanned every application. SQLite keeps its heuristics (no ANALYZE).
            session.execute(text("ANALYZE"))
    showcase = None
    if details:  # the day at the counter, through the services (a benchmark goes without)
        actors = demo_hall.sign_in(db, DEMO_PASSWORD)
        showcase = demo_hall.run(
            db, actors, today=working_days[-1], first_day=working_days[0], seed=seed
        )
    if progress:
        progress(applications, applications)
    return DemoSummary(applications, working_days[0], working_days[-1], showcase)
