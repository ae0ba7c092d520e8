"""Worker of tests/test_faults_kill.py: accepts applications through the real services until killed.

Run as `python faults_kill_worker.py LANE.sqlite3`. It imports everything once, warms up with one
full application on the lane's file, then serves commands read from stdin:

    run DELAY_MS [after-first]
                   fork a child that loops start_application -> record_materials -> accept,
                   writing `n NUMBER` to stdout only after `accept` has committed; DELAY_MS after
                   the fork (with `after-first`: after the child's first commit, so even a slow
                   machine sees kills deep in the loop) the parent SIGKILLs the child, reaps it
                   and writes `dead STATUS`
    quit           exit

Forking from a warm parent makes each kill cost milliseconds instead of a fresh interpreter
(imports, catalogue, font registration), so a hundred kills fit in seconds. The child opens its
own SQLite connections (the parent's pool is disposed before every fork); the killed process is
the one holding the write transaction, exactly as when a clerk's app dies.
"""

from __future__ import annotations

import os
import select as selectors
import signal
import sys
import time
import traceback
from datetime import date

from sqlalchemy import select

from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.services import accept, checklist, intake
from window_app.services.context import Actor, Role
from window_app.storage.database import Database
from window_app.storage.models import User, Window

MATTER = "SC-0006"  # 食品经营许可: four materials, no fees question
DAY = date(2026, 3, 2)


def id_number(serial: int) -> str:
    first = f"44080219900101{serial % 1000:03d}"
    return first + idcard.check_digit(first)


def clerk(db: Database) -> Actor:
    """clerk1 at A01, built from its rows: no argon2 login per run."""
    with db.reading() as s:
        user = s.scalars(select(User).where(User.username == "clerk1")).one()
        window = s.get(Window, user.window_id)
        return Actor(
            user.id, user.username, Role.CLERK, window.id, window.number, user.display_name
        )


def one_application(db: Database, actor: Actor, serial: int) -> str:
    """Three transactions: start (received), checklist (all received), accept + receipt."""
    person = intake.ApplicantInput(
        "person", f"申请人{serial}", id_number=id_number(serial), phone="13812341234"
    )
    started = intake.start_application(db, actor, matter_code=MATTER, applicant=person, on=DAY)
    marks = [Mark(row.key, "received") for row in started.checklist if row.required]
    checklist.record_materials(db, actor, started.number, marks, on=DAY)
    accept.accept(db, actor, started.number, on=DAY)
    return started.number


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: nothing is lost when the writer dies


def child(db: Database, actor: Actor, base: int, progress: int) -> None:
    try:
        serial = base
        while True:
            serial += 1
            say(f"n {one_application(db, actor, serial)}")
            os.write(progress, b".")
    except BaseException:  # noqa: BLE001  (report anything; the test then fails on the status)
        say("error " + traceback.format_exc().replace("\n", " | "))
        os._exit(3)


def main() -> None:
    db = Database(f"sqlite:///{sys.argv[1]}")
    actor = clerk(db)
    say(f"n {one_application(db, actor, 0)}")  # warm-up: imports, caches, font, compiled SQL
    db.engine.dispose()
    say("ready")
    for runs, line in enumerate(sys.stdin, 1):
        command = line.split()
        if not command or command[0] == "quit":
            break
        delay = int(command[1]) / 1000
        db.engine.dispose()  # the child must never share a connection with the parent
        sys.stdout.flush()
        progress_r, progress_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(progress_r)
            child(db, actor, runs * 100_000, progress_w)
        os.close(progress_w)
        if "after-first" in command[2:]:
            ready, _, _ = selectors.select([progress_r], [], [], 60)
            if ready:
                os.read(progress_r, 1)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(progress_r)
        say(f"dead {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    main()
