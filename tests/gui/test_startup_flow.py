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


def _lines(url: str, mode: str, login: str | None = None) -> tuple[int, list[dict]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WINDOW_APP_BENCHMARK=mode)
    if login:
        env["WINDOW_APP_BENCHMARK_LOGIN"] = login
    done = subprocess.run(
        [sys.executable, "-m", "window_app", "--database", url],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done.returncode, lines


def _run(url: str, mode: str, login: str | None = None) -> tuple[int, dict]:
    code, lines = _lines(url, mode, login)
    return code, lines[0] if lines else {}


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


def test_usable_start_paints_the_list_then_settles_after_the_days_backup(sqlite_hall):
    """Issue 22: the list painted with the focus in it first; the other features and the day's
    first backup after it, the UI heartbeat kept until both are done."""
    db, actors = sqlite_hall
    url, folder = db.url, db.sqlite_path.parent
    db.dispose()
    assert not list(folder.glob("backups/daily-*.sqlite3"))
    code, lines = _lines(url, "usable", f"{actors['supervisor'].username}:{TEST_PASSWORD}")
    assert code == 0, lines
    usable, settled = lines
    assert usable["focus"] == "table" and usable["rows"] >= 0 and usable["cpu_s"] > 0
    assert settled["settled_after_usable_s"] >= 0
    assert settled["settled_ui_thread_max_ms"] >= usable["ui_thread_max_ms"]
    assert settled["receipt_bytes"] >= 0
    assert settled["renderer_peak_rss_kb"] > 0  # the app started its renderer process
    assert list(folder.glob("backups/daily-*.sqlite3"))  # taken before the run settled
