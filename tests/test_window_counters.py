"""Live refresh per window (issue 22): a write wakes only the windows whose lists it touched.

Each window has its own change counter (`window:<id>`, services/changes.py), bumped at commit
by any transaction that wrote one of its applications or a row of one; the hall-wide `data`
counter still moves with every audited write for the board and the admin pages. On a real
SQLite file and a real PostgreSQL.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from tests.back_office import DAY, reviewer
from tests.test_processing import accepted, received
from window_app.services import changes, department_decisions, handover, users
from window_app.services.context import SYSTEM
from window_app.storage.database import Database
from window_app.storage.models import Application
from window_app.ui.context import AppContext
from window_app.ui.settings import Settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _counters(db, actors) -> dict[str, int]:
    names = [changes.window_counter(actors[k].window_id) for k in ("clerk", "clerk2")]
    a, b, hall = changes.read(db, [*names, changes.HALL])
    return {"A": a, "B": b, "hall": hall}


def test_a_write_at_one_window_leaves_the_other_windows_counter(hall):
    db, actors = hall
    before = _counters(db, actors)
    received(db, actors["clerk"], DAY)  # intake at A01
    after = _counters(db, actors)
    assert after["A"] > before["A"]
    assert after["B"] == before["B"]
    assert after["hall"] > before["hall"]  # the board still hears of it
    # a write that touches no window's applications moves no window's counter
    users.create_window(db, SYSTEM, "A09", "九号窗口")
    assert _counters(db, actors)["A"] == after["A"]
    assert _counters(db, actors)["B"] == after["B"]


def test_a_department_decision_on_window_bs_application_wakes_b_only(hall):
    """The reviewer has no window: the write is found by the application it touched."""
    db, actors = hall
    clerk2 = actors["clerk2"]
    rev = reviewer(db)
    number = accepted(db, clerk2, DAY, seq=1)
    batch = handover.create_batch(db, clerk2, "CGJ", on=DAY)
    handover.receive(db, rev, batch.number)
    before = _counters(db, actors)
    department_decisions.decide(db, rev, number, "approve", on=DAY)
    after = _counters(db, actors)
    assert after["B"] > before["B"]  # B's list shows the returned file
    assert after["A"] == before["A"]


def test_a_rolled_back_write_bumps_nothing(hall):
    db, actors = hall
    number = received(db, actors["clerk"], DAY)
    before = _counters(db, actors)
    with pytest.raises(RuntimeError), db.transaction() as session:
        app = session.scalars(select(Application).where(Application.number == number)).one()
        app.visits += 1
        session.flush()  # written, then rolled back: noted by the hook, then forgotten
        raise RuntimeError("rolled back")
    assert _counters(db, actors) == before
    with db.transaction() as session:  # the same write committed: A's counter alone moves
        app = session.scalars(select(Application).where(Application.number == number)).one()
        app.visits += 1
    after = _counters(db, actors)
    assert (after["A"], after["B"]) == (before["A"] + 1, before["B"])


def _context(url: str, actor, tmp_path, name: str) -> AppContext:  # noqa: ANN001
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    return AppContext.create(Database(url), actor, settings)


def test_a_clerks_work_list_polls_only_its_own_window(hall, tmp_path, qtbot):
    """The watcher reads its window's row alone unless a page listens to the whole hall; A's
    intake does not make B's work list refresh, B's own application does."""
    db, actors = hall
    b = _context(db.url, actors["clerk2"], tmp_path, "b")
    try:
        assert b.watcher.names() == (changes.window_counter(actors["clerk2"].window_id),)
        refreshed = []
        b.watcher.window_changed.connect(lambda: refreshed.append(1))
        b.watcher.poll()  # the first reading counts as a change
        qtbot.waitUntil(lambda: len(refreshed) == 1, timeout=5000)
        received(db, actors["clerk"], DAY, seq=1)  # at A01
        b.watcher.poll()
        qtbot.waitUntil(lambda: not b.watcher._polling, timeout=5000)
        assert refreshed == [1]
        received(db, actors["clerk2"], DAY, seq=2)  # at A02
        b.watcher.poll()
        qtbot.waitUntil(lambda: len(refreshed) == 2, timeout=5000)
        # a hall-wide page (the board) makes the hall's counter polled as well
        board = []
        b.watcher.changed.connect(lambda: board.append(1))
        assert changes.HALL in b.watcher.names()
    finally:
        b.watcher.stop()
        b.db.dispose()
