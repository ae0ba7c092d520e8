"""A hall of windows on one database: several processes drawing numbers, notices and codes at once.

Each worker is a separate process with its own engine (as each window of the hall is), started
with `spawn` and released together by a barrier. On SQLite they share one file (BEGIN IMMEDIATE
serialises writers); on PostgreSQL one database (the counter row lock serialises them). The
intake colleague's test_intake_concurrency.py covers four concurrent acceptances.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter
from datetime import date

from sqlalchemy import select

from printing.fonts import register_cjk_font
from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.services import code_segments, intake, notice, numbering
from window_app.storage.database import Database
from window_app.storage.models import CodeAllocation, Notice

WORKERS = 4
ROUNDS = 15
MON = date(2025, 11, 3)


def _spawn(target, args_of, n=WORKERS) -> list:  # noqa: ANN001
    """Run `target(*args_of(i), barrier, queue)` in n processes; the values they put, flattened."""
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args_of(i), barrier, results)) for i in range(n)]
    for p in procs:
        p.start()
    got = []
    for _ in range(n):
        got.extend(results.get(timeout=240))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return got


# --- workers (run in child processes; module level so `spawn` can import them) ------------------


def _numbers_worker(url, barrier, results):  # noqa: ANN001
    db = Database(url)
    barrier.wait(timeout=60)
    out = []
    for _ in range(ROUNDS):
        with db.transaction() as session:
            out.append(("app", numbering.application_number(session, MON)))
        with db.transaction() as session:
            out.append(("doc", numbering.document_number(session, "receipt", MON)))
    results.put(out)
    db.dispose()


def _notice_worker(url, actor, number, barrier, results):  # noqa: ANN001
    # A window that has been open a while has its CJK font registered; a cold process would do it
    # inside its first document's write transaction (documents.issue renders before committing).
    register_cjk_font()
    db = Database(url)
    barrier.wait(timeout=60)
    outcome = notice.issue_notice(db, actor, number, on=MON)
    results.put([outcome.document.doc_number])
    db.dispose()


def _codes_worker(url, actor, barrier, results):  # noqa: ANN001
    db = Database(url)
    barrier.wait(timeout=60)
    out = []
    for _ in range(ROUNDS):
        with db.transaction() as session:
            allocation = code_segments.allocate_uscc(
                session, actor, category="2", authority_code="440802"
            )
            out.append((allocation.body, allocation.uscc))
    results.put(out)
    db.dispose()


# --- tests -------------------------------------------------------------------------------------


def test_numbers_from_four_processes_are_unique_and_gapless(any_db):
    got = _spawn(_numbers_worker, lambda i: (any_db.url,))
    apps = sorted(n for kind, n in got if kind == "app")
    docs = sorted((n for kind, n in got if kind == "doc"), key=lambda n: (len(n), n))
    total = WORKERS * ROUNDS
    assert apps == [f"20251103-{i:04d}" for i in range(1, total + 1)]
    assert docs == [f"湛政服受〔2025〕{i}号" for i in range(1, total + 1)]


def test_notices_from_four_windows_at_once(hall):
    db, a = hall
    actors = [a["clerk"], a["clerk2"]] * 2
    numbers = []
    for i in range(WORKERS):
        first = f"44080219900101{201 + i:03d}"
        applicant = intake.ApplicantInput(
            "person", f"申请人{i}", id_number=first + idcard.check_digit(first)
        )
        started = intake.start_application(
            db, actors[i], matter_code="SC-0006", applicant=applicant, on=MON,
            marks=[Mark("application_form", "received")],
        )  # fmt: skip
        numbers.append(started.number)
    docs = _spawn(_notice_worker, lambda i: (db.url, actors[i], numbers[i]))
    assert sorted(docs) == [f"湛政服补〔2025〕{i}号" for i in range(1, WORKERS + 1)]
    with db.reading() as session:
        rows = session.scalars(select(Notice)).all()
    assert len(rows) == WORKERS and {n.sequence for n in rows} == {1}
    assert len({n.application_id for n in rows}) == WORKERS


def test_codes_from_four_processes_are_unique(hall):
    db, a = hall
    code_segments.create_segment(db, a["admin"], "并发", "MA4W", 0, 9999)
    actors = [a["clerk"], a["clerk2"]] * 2
    got = _spawn(_codes_worker, lambda i: (db.url, actors[i]))
    assert len(got) == WORKERS * ROUNDS
    bodies = Counter(body for body, _ in got)
    assert max(bodies.values()) == 1
    assert len({uscc for _, uscc in got}) == len(got)
    with db.reading() as session:
        rows = session.scalars(select(CodeAllocation)).all()
    used = [r for r in rows if r.status == "used"]
    assert sorted(r.body for r in used) == sorted(bodies)
    # every serial drawn is accounted for: used by one window or voided (skipped) once
    serials = sorted(r.serial for r in rows)
    assert serials == list(range(len(rows)))
