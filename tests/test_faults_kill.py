"""SIGKILL at random points while applications are accepted: nothing committed is lost, nothing
uncommitted is half there.

A tiny worker process loops creating and accepting applications through the real services on a
real SQLite file, printing each application number (flushed) only after its commit. The test
kills it with SIGKILL at a random moment, then checks the file: integrity_check is ok, every
number the worker reported exists, every accepted application has exactly one receipt and no
receipt exists without its accepted application (the receipt is issued in the same transaction),
and the audit chain still verifies.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from window_app.services import audit
from window_app.storage.database import Database

RUNS = int(os.environ.get("WINDOW_APP_KILL_RUNS", "100"))
LANES = 3
MAX_DELAY = 0.25

WORKER = r"""
import sys
from datetime import date

from sqlalchemy import select

from window_app.core.states import State
from window_app.services import audit, numbering, workflow
from window_app.services.context import Actor, Role
from window_app.storage.database import Database
from window_app.storage.models import (
    Applicant, Application, IssuedDocument, MatterVersion, User, Window,
)

db = Database(f"sqlite:///{sys.argv[1]}")
day = date(2026, 3, 2)
with db.reading() as s:
    version_id = s.scalars(select(MatterVersion.id).order_by(MatterVersion.id)).first()
    user = s.scalars(select(User).where(User.username == "clerk1")).one()
    window = s.get(Window, user.window_id)
    actor = Actor(user.id, user.username, Role.CLERK, window.id, window.number, user.display_name)
print("ready", flush=True)
i = 0
while True:
    i += 1
    with db.transaction() as session:
        number = numbering.application_number(session, day)
        person = Applicant(kind="person", name=f"申请人{i}", id_number="440802199001011237",
                           phone="13812341234")
        session.add(person)
        session.flush()
        app = Application(number=number, matter_version_id=version_id, applicant_id=person.id,
                          channel="in_person", state=str(State.RECEIVED), window_id=window.id,
                          clerk_id=user.id, answers={}, received_on=day)
        session.add(app)
        session.flush()
        workflow.record_visit(session, actor, app, "intake", day)
        workflow.move(session, actor, app, State.ACCEPTED, on=day)
        app.accepted_on = day
        doc_number = numbering.document_number(session, "receipt", day)
        session.add(IssuedDocument(kind="receipt", doc_number=doc_number, application_id=app.id,
                                   issued_on=day, issued_by=user.id, payload={"number": number}))
        audit.record(session, actor, "document.issue", "document", doc_number,
                     after={"kind": "receipt", "application": number})
    print(number, flush=True)
"""


def _copy(src: Path, dst: Path) -> None:
    with closing(sqlite3.connect(src)) as a, closing(sqlite3.connect(dst)) as b:
        a.backup(b)


def _check(path: Path, reported: set[str]) -> None:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = {r[0] for r in conn.execute("SELECT number FROM applications")}
        missing = reported - numbers
        assert not missing, f"committed applications lost: {sorted(missing)[:5]}"
        orphans = conn.execute(
            "SELECT d.doc_number FROM issued_documents d LEFT JOIN applications a"
            " ON a.id = d.application_id WHERE d.kind = 'receipt'"
            " AND (a.id IS NULL OR a.state != 'accepted')"
        ).fetchall()
        assert not orphans, f"receipts without a committed application: {orphans[:5]}"
        unreceipted = conn.execute(
            "SELECT a.number FROM applications a WHERE a.state = 'accepted' AND"
            " (SELECT count(*) FROM issued_documents d WHERE d.application_id = a.id"
            "  AND d.kind = 'receipt') != 1"
        ).fetchall()
        assert not unreceipted, f"accepted without exactly one receipt: {unreceipted[:5]}"


def _one_run(worker: Path, path: Path, rng: random.Random) -> tuple[int, set[str]]:
    proc = subprocess.Popen(
        [sys.executable, str(worker), str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        assert first.strip() == "ready", proc.stderr.read()
        early = []
        if rng.random() < 0.5:  # half the runs: kill only once the loop is surely running
            early.append(proc.stdout.readline())
        time.sleep(rng.uniform(0, MAX_DELAY))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, err
    reported = {line.strip() for line in [*early, *out.splitlines()] if line.strip()}
    return len(reported), reported


@pytest.mark.slow
@pytest.mark.timeout(900)  # ~20 s on an idle 2-CPU machine; generous for a loaded CI runner
def test_sigkill_while_accepting_loses_nothing(sqlite_hall, tmp_path):
    template_db, _ = sqlite_hall
    template = template_db.sqlite_path
    template_db.dispose()
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER, encoding="utf-8")
    seed = int(os.environ.get("WINDOW_APP_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill test seed {seed}")

    def lane(index: int) -> tuple[int, int]:
        rng = random.Random(seed + index)
        path = tmp_path / f"lane{index}.sqlite3"
        _copy(template, path)
        reported: set[str] = set()
        runs = committed = 0
        for _ in range(index, RUNS, LANES):
            count, numbers = _one_run(worker, path, rng)
            reported |= numbers
            committed += count
            runs += 1
            _check(path, reported)
        db = Database(f"sqlite:///{path}")
        try:
            result = audit.verify_database(db)
            assert result.ok, result.breaks[:3]
        finally:
            db.dispose()
        return runs, committed

    started = time.monotonic()
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(lane, range(LANES)))
    runs = sum(r for r, _ in results)
    committed = sum(c for _, c in results)
    print(f"{runs} kills, {committed} committed applications, {time.monotonic() - started:.1f} s")
    assert runs == RUNS
    assert committed > 0
