"""Two app windows on one hall database (SQLite file, PostgreSQL server) see each other's work.

Each window is a real MainWindow with its own Database (its own engine and connections, as two
counter PCs have). A clerk at window A01 takes and accepts an application; the supervisor's
work list, in the other window, shows it within two seconds without any refresh by hand.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import TEST_PASSWORD
from window_app.core.checklist import Mark
from window_app.services import accept, intake, users
from window_app.storage.database import Database
from window_app.ui import dialogs
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

LIMIT_S = 2.0
FOOD_MATERIALS = ("application_form", "business_licence", "layout", "safety_rules")


@pytest.fixture
def two_windows(hall, qtbot, tmp_path):
    db, actors = hall
    dialogs.set_responder(lambda kind, title, text: True)
    windows = []
    for role in ("clerk", "supervisor"):
        own = Database(db.url)  # a second instance: its own engine on the same database
        actor = users.login(own, actors[role].username, TEST_PASSWORD)
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext.create(own, actor, settings))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda w=window: not w.ctx.runner.busy and not w.work_list.loading)
        windows.append(window)
    yield windows
    for window in windows:
        window.ctx.watcher.stop()
        qtbot.waitUntil(lambda w=window: not w.ctx.runner.busy, timeout=10_000)
        window.close()
        window.ctx.db.dispose()
    dialogs.set_responder(None)


def _numbers(window: MainWindow) -> set[str]:
    return {item.number for item in window.work_list.model.records()}


def test_work_at_one_window_shows_at_the_other_within_two_seconds(two_windows, qtbot):
    clerk, supervisor = two_windows
    ctx = clerk.ctx
    marks = [Mark(k, "received") for k in FOOD_MATERIALS]
    started = intake.start_application(
        ctx.db, ctx.actor, matter_code="SC-0006", marks=marks,
        applicant=intake.ApplicantInput("person", "赵敏", id_number="11010519491231002X"),
    )  # fmt: skip
    accept.accept(ctx.db, ctx.actor, started.number)
    written = time.perf_counter()
    for window in (supervisor, clerk):  # the service was called directly: both learn by polling
        qtbot.waitUntil(lambda w=window: started.number in _numbers(w), timeout=int(LIMIT_S * 1000))
    assert time.perf_counter() - written < LIMIT_S
