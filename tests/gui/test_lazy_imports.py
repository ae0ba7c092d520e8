"""What the start-up loads, and when (issue 22's usable start; memory, bench/RESULTS.md).

Before the work list can show, the start loads what opening the database and signing in need
(`preload.before_login`) and the work list's own modules (`preload.first_screen`): not the other
screens, their services, PDF previews, printing, the catalogue schema, nor PostgreSQL's driver
package on a SQLite hall. The other features load after the list's first paint; the window
installs them then, enables the session's actions, and opens what was asked for meanwhile.
The ORM models load on first use (storage/models/__init__.py): before the password check only
the sign-in's tables are mapped; the work list's load beside the hash; the rest after its first
paint. A fresh interpreter imports exactly what the start-up imports, then reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QSettings

from window_app.services import intake
from window_app.ui import preload
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

LEFT_FOR_LATER = (
    "pydantic", "yaml", "reportlab", "PySide6.QtPdf", "sqlalchemy.dialects.postgresql",
    "window_app.services.documents", "window_app.services.intake", "window_app.services.metrics",
    "window_app.ui.application_view", "window_app.ui.intake", "window_app.ui.board",
)  # fmt: skip

PROBE = """
import json, sys
from window_app.ui import preload
names = json.loads(sys.argv[1])
def models():
    return sorted(n.rpartition(".")[2] for n in sys.modules
                  if n.startswith("window_app.storage.models."))
preload.before_login()
login = models()
preload.first_screen()
first = {name: name in sys.modules for name in names}
first_models = models()
preload.features()
print(json.dumps({"first": first, "login_models": login, "first_models": first_models,
                  "all": {name: name in sys.modules for name in names}}))
"""


def test_the_first_screen_loads_only_what_the_work_list_needs():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(LEFT_FOR_LATER)], env=env,
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded["first"] == dict.fromkeys(LEFT_FOR_LATER, False)
    # before the password check, only the sign-in's tables are mapped (users, windows, audit;
    # the administrator's account services, which read departments, are not loaded): the work
    # list's models load beside the hash
    assert loaded["login_models"] == ["security"]
    assert {"applications", "parties", "backoffice"} <= set(loaded["first_models"])
    # not the registry's (only an issued document's foreign key points there: loaded before
    # such a row's first flush), nor the hall's, complaints' or spot checks'
    assert not {"registry", "hall", "complaints", "spot_checks"} & set(loaded["first_models"])
    # every feature in: the screens and their services, still no catalogue schema or printing
    assert loaded["all"]["window_app.ui.application_view"]
    assert loaded["all"]["window_app.services.metrics"]
    assert loaded["all"]["PySide6.QtPdf"]
    assert [loaded["all"][n] for n in ("pydantic", "yaml", "reportlab")] == [False] * 3


def test_the_work_list_comes_first_and_the_rest_after_its_first_load(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    clerk = actors["clerk"]
    started = intake.start_application(
        db, clerk, matter_code="SC-0006",
        applicant=intake.ApplicantInput("person", "李四", id_number="11010519491231002X"),
    )  # fmt: skip
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    loading = preload.FeatureLoad(db)
    assert loading.wait_first() == (True, None)
    first_loads: list[bool] = []
    window.begin(AppContext.create(db, clerk, settings), loading=loading)
    page = window.work_list
    page.first_loaded.connect(lambda: first_loads.append(loading._go.is_set()))
    # the list is there and loading; the other features wait for its first load
    assert window.ui.tabs.count() == 1 and page.loading
    assert not window.is_ready and not loading._go.is_set()
    assert not window.ui.actionNewApplication.isEnabled()  # its feature is not installed yet
    window.open_application(started.number)  # e.g. Enter on a row: held, not lost
    assert window.ui.tabs.count() == 1
    qtbot.waitUntil(lambda: window.is_ready, timeout=20_000)
    assert first_loads == [False]  # the rest was let go only after the list's first load
    assert loading.outcome == (True, None)
    assert window.ui.actionNewApplication.isEnabled()
    qtbot.waitUntil(lambda: window.ui.tabs.count() == 2, timeout=10_000)
    assert window.ui.tabs.currentWidget().objectName().endswith(started.number)
    window.ctx.watcher.stop()
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
