"""The real start-up path, end to end, in a process of its own (`python -m window_app`).

The main window is shown before the database is opened: with a database that cannot be opened
at all, the window still appears (and only then is the clerk told why nothing more works).
A full unattended start (the benchmark hook's real login) opens the database, signs in, loads
the features in the background, then opens the board and the work list, and quits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import TEST_PASSWORD


def _run(url: str, mode: str, login: str | None = None) -> tuple[int, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WINDOW_APP_BENCHMARK=mode)
    if login:
        env["WINDOW_APP_BENCHMARK_LOGIN"] = login
    done = subprocess.run(
        [sys.executable, "-m", "window_app", "--database", url],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    first = done.stdout.splitlines()[0] if done.stdout.strip() else "{}"
    return done.returncode, json.loads(first)


def test_the_window_is_shown_before_the_database_is_opened(tmp_path):
    folder = tmp_path / "a-folder-not-a-database"
    folder.mkdir()
    code, shown = _run(f"sqlite:///{folder}", "start")
    assert code == 0 and "shown_ms" in shown  # on screen without touching the database


def test_unattended_start_signs_in_and_loads_the_board(sqlite_hall):
    db, actors = sqlite_hall
    url = db.url
    db.dispose()
    code, report = _run(url, "board", f"{actors['supervisor'].username}:{TEST_PASSWORD}")
    assert code == 0, report
    assert report["ready_s"] > 0 and report["loaded_s"] >= report["ready_s"]
    assert "ui_thread_max_ms" in report
