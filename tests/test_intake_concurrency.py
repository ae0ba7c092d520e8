"""Four processes accepting at once (or issuing one-time notices at once) on one database get
four distinct application numbers and four distinct document numbers, with no gap.

Each worker first runs the same path once on another day, one worker at a time, so that the
race is between warm processes (as at real windows): a cold process compiles its SQL inside
its first write transaction, which on a loaded machine can outlast SQLite's busy timeout.
"""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

from sqlalchemy import select

from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.services import accept, intake, notice
from window_app.storage.database import Database
from window_app.storage.models import Application, IssuedDocument, Notice

MON = date(2025, 11, 3)
WARM_UP = date(2025, 10, 31)
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")
WORKERS = 4


def _one(db, actor, seq, day, action):
    """Start an application and accept it (every material) or notify (one material missing):
    (application number, document number)."""
    first = f"44080219900101{seq:03d}"
    applicant = intake.ApplicantInput(
        "person", f"申请人{seq}", id_number=first + idcard.check_digit(first)
    )
    keys = FOOD_KEYS if action == "accept" else FOOD_KEYS[:-1]
    started = intake.start_application(
        db, actor, matter_code="SC-0006", applicant=applicant, on=day,
        marks=[Mark(k, "received") for k in keys],
    )  # fmt: skip
    if action == "accept":
        outcome = accept.accept(db, actor, started.number, on=day)
    else:
        outcome = notice.issue_notice(db, actor, started.number, on=day)
    return started.number, outcome.document.doc_number


def _worker(url, actor, seq, action, warm_lock, barrier, results):  # runs in a child process
    db = Database(url)
    with warm_lock:
        _one(db, actor, seq, WARM_UP, action)
    barrier.wait(timeout=120)
    results.put(_one(db, actor, seq, MON, action))
    db.dispose()


def _run_four(hall, action):
    db, a = hall
    ctx = mp.get_context("spawn")
    warm_lock, barrier, results = ctx.Lock(), ctx.Barrier(WORKERS), ctx.Queue()
    actors = [a["clerk"], a["clerk2"], a["clerk"], a["clerk2"]]
    procs = [
        ctx.Process(
            target=_worker,
            args=(db.url, actors[i], 101 + i * 2, action, warm_lock, barrier, results),
        )
        for i in range(WORKERS)
    ]
    for p in procs:
        p.start()
    got = [results.get(timeout=240) for _ in range(WORKERS)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(n for n, _ in got)
    assert len(set(numbers)) == WORKERS
    assert numbers == [f"20251103-{i:04d}" for i in range(1, WORKERS + 1)]  # no gap, no repeat
    assert len({d for _, d in got}) == WORKERS
    with db.reading() as session:
        on_mon = select(Application.number).where(Application.received_on == MON)
        assert sorted(session.scalars(on_mon)) == numbers
        assert len(session.scalars(select(IssuedDocument)).all()) == 2 * WORKERS
        states = set(session.scalars(select(Application.state)))
        notices = session.scalars(select(Notice.sequence)).all()
    return states, notices, sorted(d for _, d in got)


def test_four_processes_accept_at_once(hall):
    states, notices, _documents = _run_four(hall, "accept")
    assert states == {"accepted"} and notices == []


def test_four_processes_notify_at_once(hall):
    """One-time notices: each application its first notice, each notice its own number."""
    states, notices, documents = _run_four(hall, "notice")
    assert states == {"correction"}
    assert notices == [1] * (2 * WORKERS)  # the warm-up day's four and Monday's four
    # the notice register's numbers of the year, after the warm-up day's 1-4: no gap, no repeat
    assert documents == [f"湛政服补〔2025〕{i}号" for i in range(5, 9)]
