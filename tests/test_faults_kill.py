"""SIGKILL at random points while applications are accepted: nothing committed is lost, nothing
uncommitted is half there.

Each lane runs tests/faults_kill_worker.py on its own copy of the seeded hall. The worker imports
once, then forks a child per run that loops through the real services (`intake.start_application`,
`checklist.record_materials`, `accept.accept`, which issues the receipt in its own transaction)
and prints each application number only after `accept` has committed; after a random 50-400 ms
the child is SIGKILLed (in half the runs the delay counts from its first commit, so a slow
machine still sees kills deep in the loop, not only in a fresh process's first transaction). After every kill the file is checked: integrity_check is ok, every
reported number exists and is accepted, no receipt exists for an application that is not
accepted, every accepted application has exactly one receipt and one acceptance event; at the
end of each lane the audit chain verifies.
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
from datetime import date
from pathlib import Path

import pytest
import test_security_support as support
from sqlalchemy import func, select

from window_app.core.checklist import Mark
from window_app.services import accept, audit, audit_verify, documents, intake
from window_app.storage.database import Database
from window_app.storage.models import Application, AuditEvent, IssuedDocument

RUNS = int(os.environ.get("WINDOW_APP_KILL_RUNS", "102"))
LANES = 3
DELAY_MS = (50, 400)
WORKER = Path(__file__).with_name("faults_kill_worker.py")
DAY = date(2026, 3, 2)


def _copy(src: Path, dst: Path) -> None:
    with closing(sqlite3.connect(src)) as a, closing(sqlite3.connect(dst)) as b:
        a.backup(b)


def _check(path: Path, reported: set[str]) -> int:
    """The file after a kill; returns the number of accepted applications."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        accepted = {
            r[0] for r in conn.execute("SELECT number FROM applications WHERE state = 'accepted'")
        }
        missing = reported - accepted
        assert not missing, f"committed acceptances lost: {sorted(missing)[:5]}"
        orphans = conn.execute(
            "SELECT d.doc_number FROM issued_documents d LEFT JOIN applications a"
            " ON a.id = d.application_id WHERE d.kind = 'receipt'"
            " AND (a.id IS NULL OR a.state != 'accepted')"
        ).fetchall()
        assert not orphans, f"receipts without an accepted application: {orphans[:5]}"
        unreceipted = conn.execute(
            "SELECT a.number FROM applications a WHERE a.state = 'accepted' AND"
            " (SELECT count(*) FROM issued_documents d WHERE d.application_id = a.id"
            "  AND d.kind = 'receipt') != 1"
        ).fetchall()
        assert not unreceipted, f"accepted without exactly one receipt: {unreceipted[:5]}"
        events = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'application.accepted'"
        ).fetchone()[0]
        assert events == len(accepted), "acceptance events and acceptances differ"
        return len(accepted)


class Lane:
    """One worker process serving kill runs on its own file."""

    def __init__(self, path: Path, env: dict[str, str]):
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )  # fmt: skip
        self.reported: set[str] = set()
        self._read_until("ready")

    def _read_until(self, word: str) -> str:
        while True:
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait(timeout=10)
                raise AssertionError(f"worker ended: {self.proc.stderr.read()[-3000:]}")
            kind, _, rest = line.strip().partition(" ")
            if kind == "n":
                self.reported.add(rest)
            elif kind == "error":
                raise AssertionError(f"worker failed: {rest}")
            elif kind == word:
                return rest

    def kill_after(self, delay_ms: int, *, after_first: bool) -> None:
        self.proc.stdin.write(f"run {delay_ms}{' after-first' if after_first else ''}\n")
        self.proc.stdin.flush()
        status = int(self._read_until("dead"))
        assert status == -signal.SIGKILL, f"child ended with {status}, not by SIGKILL"

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


@pytest.mark.slow
def test_sigkill_while_accepting_loses_nothing(hall_template, tmp_path):
    directory, _ = hall_template
    env = {**os.environ, audit.KEY_ENV: str(directory / "audit.key")}
    seed = int(os.environ.get("WINDOW_APP_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill test seed {seed}")

    def lane(index: int) -> tuple[int, int, int]:
        rng = random.Random(seed + index)
        path = tmp_path / f"lane{index}.sqlite3"
        _copy(directory / "hall.sqlite3", path)
        worker = Lane(path, env)
        runs = accepted = 0
        try:
            for _ in range(index, RUNS, LANES):
                # half the runs count the delay from the child's first commit: deep in the loop
                worker.kill_after(rng.randint(*DELAY_MS), after_first=rng.random() < 0.5)
                runs += 1
                accepted = _check(path, worker.reported)
        finally:
            worker.close()
        db = Database(f"sqlite:///{path}")
        try:
            result = audit_verify.verify_database(
                db, bytes.fromhex((directory / "audit.key").read_text())
            )
            assert result.ok, result.breaks[:3]
        finally:
            db.dispose()
        return runs, len(worker.reported), accepted

    started = time.monotonic()
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(lane, range(LANES)))
    runs = sum(r[0] for r in results)
    reported = sum(r[1] for r in results)
    accepted = sum(r[2] for r in results)
    print(
        f"{runs} kills, {reported} acceptances reported, {accepted} accepted on file,"
        f" {time.monotonic() - started:.1f} s"
    )
    assert runs == RUNS
    assert reported > runs // 2  # the after-first half committed at least once each


def test_receipt_is_issued_in_the_acceptance_transaction(fast_hall, monkeypatch):
    """A failure after the receipt is numbered and stored leaves neither acceptance nor receipt."""
    db, actors = fast_hall
    clerk = actors["clerk"]
    person = intake.ApplicantInput("person", "王小明", id_number="440802199001011238")
    started = intake.start_application(db, clerk, matter_code="SC-0006", applicant=person, on=DAY)
    marks = [Mark(row.key, "received") for row in started.checklist if row.required]

    def counts() -> tuple[str, int, int]:
        with db.reading() as s:
            state = s.scalars(
                select(Application.state).where(Application.number == started.number)
            ).one()
            return (
                state,
                s.scalar(select(func.count()).select_from(IssuedDocument)),
                s.scalar(select(func.count()).select_from(AuditEvent)),
            )

    before = counts()

    def boom(*_args, **_kwargs):
        raise RuntimeError("power cut after the receipt was stored")

    real = documents.outcome
    monkeypatch.setattr(documents, "outcome", boom)
    with pytest.raises(RuntimeError):
        accept.accept(db, clerk, started.number, marks=marks, on=DAY)
    assert counts() == before == ("received", 0, before[2])
    # not monkeypatch.undo(): that would also undo the isolated data directory (conftest), and
    # the keys would be looked for in the real user's
    monkeypatch.setattr(documents, "outcome", real)
    done = accept.accept(db, clerk, started.number, marks=marks, on=DAY)
    assert done.state == "accepted" and done.document.kind == "receipt"


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template
