"""The benchmarks' own hall generator: a demo hall of any size written in bulk.

`window-app demo` writes its history through the clerk's services (`services.demo`), which is
right for a demo of a few hundred applications and far too slow for a benchmark's 20,000 to
1,000,000. This generator builds the same kind of hall straight into the tables with SQLAlchemy
Core in chunks: the reference set-up (catalogue, windows, users, hall settings, code segments)
goes through the services exactly as the demo's does (`demo.seed_reference`,
`demo_hall.segments`); then the applicants, applications, materials, notices, visits,
transitions and suspensions, the papers the window handed out (receipts, one-time notices,
non-acceptance notices, commitment letters) and the audit events the services would have
written, chained by the audit trail's own `audit.append_rows`, so `audit verify` passes on a
generated hall. The shapes are the demo's (`demo.MATTER_WEIGHTS`, `demo_people.person`, ...).

With `details` (the default up to 50,000 applications) every application has its materials,
transitions, documents and audit events, and the day at the counter is run through the services
(`demo_hall.run`); a million-application hall goes without them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from window_app.core.errors import DomainError
from window_app.core.states import State
from window_app.services import demo, demo_hall, demo_lives, demo_people
from window_app.services.calendar import load_calendar
from window_app.services.context import Actor, Role
from window_app.services.demo import (
    MATTER_WEIGHTS,
    REFUSAL_REASON,
    DemoSummary,
)
from window_app.services.notice import CORRECTION_WORKDAYS
from window_app.storage.database import Database
from window_app.storage.models import (
    Applicant,
    Application,
    ApplicationMaterial,
    Counter,
    IssuedDocument,
    MaterialRequirement,
    Notice,
    Suspension,
    Transition,
    User,
    Visit,
    Window,
)

from .bulk_load import CopySink, stamp
from .hall_papers import Pending, issue_all, record_many

CHUNK = 5000  # applications per transaction
BULK_CHUNK = 50_000  # applications per COPY transaction on the bulk path

# the tables of the applications' rows, in the order they refer to each other
TABLES = ((Applicant, "applicant"), (Application, "app"), (ApplicationMaterial, "mat"),
          (Notice, "notice"), (Visit, "visit"), (Transition, "tr"), (Suspension, "susp"))  # fmt: skip

# Application columns only some rows set: every row carries them (bulk inserts need one shape).
_APP_OPTIONAL = dict.fromkeys(
    ("accepted_on", "promised_deadline", "statutory_deadline", "decision", "decided_on",
     "decision_reason", "completed_on", "delivery_method", "delivered_on"),
)  # fmt: skip


def applicant_row(
    applicant_id: int, kind: str, name: str, id_number: str | None, uscc: str | None,
    phone: str, created: datetime,
) -> dict:  # fmt: skip
    """The `applicants` row of one applicant: every applicant row is built here (and only
    here), so a change to how applicants are stored (encryption at rest) has one place to go."""
    return dict(id=applicant_id, kind=kind, name=name, id_number=id_number, uscc=uscc,
                phone=phone, created_at=created)  # fmt: skip


def _notice_item(material: tuple[str, str, int, bool]) -> dict:
    """A one-time-notice item in the shape the notice service stores."""
    key, name, copies, original = material
    return {"key": key, "name": name, "problem": "缺少", "status": "missing",
            "reason": "未提交", "bring": f"{'原件' if original else '复印件'}{copies}份"}  # fmt: skip


class _Plan(demo_lives.Plan):
    """The demo's planner, with the working days between two days (elapsed_workdays)."""

    def between(self, start: date, end: date) -> int:
        key = (start, -1 - (end - start).days)
        if key not in self._add_cache:
            self._add_cache[key] = self.cal.between(start, end).count  # type: ignore[assignment]
        return self._add_cache[key]  # type: ignore[return-value]


def generate(
    db: Database,
    applications: int = 2000,
    *,
    seed: int = 1,
    today: date | None = None,
    days: int | None = None,
    details: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    bulk: bool = False,
    details_from: date | None = None,
    log: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill the empty `db` with a demo hall of `applications` applications ending today;
    details = materials, transitions, documents, audit events and the day at the counter.

    `bulk` (PostgreSQL): the same rows through `bulk_load.CopySink` (COPY into the tables with
    their indexes, keys and triggers dropped, rebuilt once at the end), every application with
    its audit events (received and each change of state) chained in Python. `details_from`: the
    materials, transitions and papers only for the applications received on or after that day
    (a 10M hall's disk); the day at the counter only with full details."""
    actors = demo.set_up(db)  # the demo's reference set-up, through the services
    rng = random.Random(seed)
    today = today or date.today()
    details = applications <= 50_000 if details is None else details
    trail_all = bulk  # the bulk path: every application's audit events, details or not
    if bulk and db.is_sqlite:
        raise ValueError("the bulk path is PostgreSQL's (COPY)")
    days = days or max(30, min(3650, applications // 250))
    with db.reading() as session:
        calendar = load_calendar(session)
        by_code = demo.newest_versions(session)
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
    sink = None
    if bulk:
        tables = [t.__table__ for t in (Applicant, Application, ApplicationMaterial, Notice,
                                        Visit, Transition, Suspension, IssuedDocument)]  # fmt: skip
        sink = CopySink(db, tables, log)
        sink.prepare()
    plan = _Plan(calendar, rng, today)
    # a withdrawn matter (abolished, turned into a filing) takes no new applications
    codes = [c for c in MATTER_WEIGHTS if c in by_code and by_code[c].withdrawn_from is None]
    weights = [MATTER_WEIGHTS[c] for c in codes]
    working_days = [d for d in (today - timedelta(days=i) for i in range(days, -1, -1))
                    if calendar.is_workday(d)]  # fmt: skip
    per_day_serial: dict[date, int] = {}
    pending: list[Pending] = []  # the papers the window handed out, issued after the load
    rows: dict[str, list[dict]] = {
        k: [] for k in ("applicant", "app", "mat", "notice", "visit", "tr", "susp")
    }
    trail: list[tuple] = []  # the audit events the window's services would have written
    with db.reading() as session:
        staff = {u.id: Actor(u.id, u.username, Role(u.role), u.window_id, "", u.display_name)
                 for u in session.scalars(select(User))}  # fmt: skip
        numbers = {w.id: w.number for w in session.scalars(select(Window))}
    staff = {i: replace(a, window_number=numbers.get(a.window_id, "")) for i, a in staff.items()}
    done = 0

    def flush() -> None:
        if sink is not None:
            sink.write({t.__table__: rows[k] for t, k in TABLES}, trail)
            for key in rows:
                rows[key].clear()
            trail.clear()
            return
        # Core executemany on the tables (not ORM bulk insert): one compiled statement per table
        # and chunk, which needs every row of a table to carry the same keys.
        with db.transaction() as session:
            conn = session.connection()
            for table, key in TABLES:
                if rows[key]:
                    conn.execute(insert(table.__table__), rows[key])
                    rows[key].clear()
            record_many(session, trail)
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
        if rng.random() < demo_people.ORGANISATION_SHARE.get(code, 0.0):
            name, uscc_code, phone = demo_people.organisation(rng)
            who = (name, None, uscc_code, phone)
            rows["applicant"].append(applicant_row(applicant_id, "organisation", name, None,
                                                   uscc_code, phone, created))  # fmt: skip
        else:
            name, id_number, phone = demo_people.person(rng)
            who = (name, id_number, None, phone)
            rows["applicant"].append(applicant_row(applicant_id, "person", name, id_number,
                                                   None, phone, created))  # fmt: skip
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
                       decision_reason=REFUSAL_REASON)  # fmt: skip
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
                pending.append(Pending(
                    "commitment", app_id, app["number"], version.id, window_id, clerk_id, who,
                    accepted_on, verification_due=plan.add(accepted_on, int(period or 30)),
                ))  # fmt: skip
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
        detailed = details and (details_from is None or received >= details_from)
        if detailed or trail_all:
            clerk = staff[clerk_id]
            trail.append((clerk, "application.received", "application", app["number"], None,
                          {"matter": code, "version": version.version, "channel": channel,
                           "applicant_id": applicant_id, "agent": False}, app["received_at"]))  # fmt: skip
            for prev, target, day in transitions[1:]:
                trail.append((clerk, f"application.{target}", "application", app["number"],
                              {"state": str(prev)}, {"state": str(target), "on": day},
                              stamp(day, 11)))  # fmt: skip
        if not detailed:
            while pending and pending[-1].app_id == app_id:
                pending.pop()
        for day, purpose in visits:
            rows["visit"].append(dict(application_id=app_id, on=day, purpose=purpose, window_id=window_id,
                                      at=datetime.combine(day, datetime.min.time()) + timedelta(hours=10)))  # fmt: skip
        if detailed:
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
        if len(rows["app"]) >= (BULK_CHUNK if bulk else CHUNK):
            flush()
            done = i + 1
            if progress:
                progress(done, applications)
    flush()
    if details:  # a benchmark's million applications go without their papers
        issue_all(db, pending, sink)
    if sink is not None:
        sink.finish(next_applicant, next_app)
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
            if sink is None:  # the bulk path analysed after its indexes
                session.execute(text("ANALYZE"))
    showcase = None
    if (
        details and details_from is None
    ):  # the day at the counter, through the services (a benchmark goes without)
        showcase = demo_hall.run(
            db, actors, today=working_days[-1], first_day=working_days[0], seed=seed
        )
    if progress:
        progress(applications, applications)
    return DemoSummary(applications, working_days[0], working_days[-1], showcase)


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.hall_generator --database URL [--applications N] [--days D] [--seed S]
    [--bulk] [--details / --no-details] [--details-from YYYY-MM-DD]`: a benchmark hall in an
    empty database (migrated first). Prints the wall and CPU seconds and, with --bulk, the
    rebuild's steps."""
    import argparse
    import resource
    import sys
    import time

    from window_app.storage import migrate

    parser = argparse.ArgumentParser(prog="bench.hall_generator")
    parser.add_argument("--database", required=True, help="a database URL")
    parser.add_argument("--applications", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bulk", action="store_true", help="PostgreSQL: COPY, then index")
    parser.add_argument("--details", action=argparse.BooleanOptionalAction, default=None,
                        help="materials, transitions and papers (default: up to 50,000)")  # fmt: skip
    parser.add_argument("--details-from", type=date.fromisoformat, default=None,
                        help="details only for applications received from this day")  # fmt: skip
    args = parser.parse_args(argv)
    db = Database(args.database)
    migrate.upgrade(db, backup=False)
    started = time.perf_counter()
    last = [started, 0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        rate = (done - last[1]) / max(now - last[0], 1e-9)
        last[:] = [now, done]
        print(f"\rgenerating {done}/{total} ({rate:,.0f}/s, {now - started:.0f} s)", end="",
              file=sys.stderr, flush=True)  # fmt: skip

    def log(message: str) -> None:
        print(
            f"\n{message} (at {time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True
        )

    try:
        summary = generate(db, args.applications, seed=args.seed, days=args.days,
                           progress=progress, bulk=args.bulk, details=args.details,
                           details_from=args.details_from, log=log)  # fmt: skip
    except DomainError as error:
        print(f"\nbench.hall_generator: {error}", file=sys.stderr)
        return 1
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\n{summary.applications} applications {summary.first_day}..{summary.last_day} "
          f"in {time.perf_counter() - started:.1f} s (generator CPU {cpu.ru_utime + cpu.ru_stime:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
