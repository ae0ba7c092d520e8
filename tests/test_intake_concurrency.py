"""Four processes accepting at once on one database get four distinct application numbers.

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
from window_app.services import accept, intake
from window_app.storage.database import Database
from window_app.storage.models import Application, IssuedDocument

MON = date(2025, 11, 3)
WARM_UP = date(2025, 10, 31)
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")
WORKERS = 4


def _accept_one(db, actor, seq, day):
    first = f"44080219900101{seq:03d}"
    applicant = intake.ApplicantInput(
        "person", f"申请人{seq}", id_number=first + idcard.check_digit(first)
    )
    started = intake.start_application(
        db, actor, matter_code="SC-0006", applicant=applicant, on=day,
        marks=[Mark(k, "received") for k in FOOD_KEYS],
    )  # fmt: skip
    return started.number, accept.accept(db, actor, started.number, on=day).document.doc_number


def _worker(url, actor, seq, warm_lock, barrier, results):  # runs in a child process
    db = Database(url)
    with warm_lock:
        _accept_one(db, actor, seq, WARM_UP)
    barrier.wait(timeout=120)
    results.put(_accept_one(db, actor, seq, MON))
    db.dispose()


def _run_four(hall):
    db, a = hall
    ctx = mp.get_context("spawn")
    warm_lock, barrier, results = ctx.Lock(), ctx.Barrier(WORKERS), ctx.Queue()
    actors = [a["clerk"], a["clerk2"], a["clerk"], a["clerk2"]]
    procs = [
        ctx.Process(
            target=_worker, args=(db.url, actors[i], 101 + i * 2, warm_lock, barrier, results)
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
    assert states == {"accepted"}


def test_four_processes_accept_at_once(hall):
    _run_four(hall)
