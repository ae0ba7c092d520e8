"""The GUI soak of tests/gui/test_soak.py, in a process of its own: a crash of the interpreter
(the PySide6 refcount fault aborts it) is then a failed test, not a dead test run.

Signs in a clerk on a seeded SQLite hall, polls for other windows' changes every 5 ms, lets a
second window write every 400 event-loop turns (so the work list refreshes live), runs a 1 ms
timer beside the zero timer that counts the turns, and prints the live counts
(window_app.ui.benchmark.live_counts) after the warm-up and at the end as one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.conftest import seed_hall, sqlite_database  # noqa: E402
from window_app.services import users  # noqa: E402
from window_app.ui import dialogs  # noqa: E402
from window_app.ui.benchmark import live_counts  # noqa: E402
from window_app.ui.context import AppContext  # noqa: E402
from window_app.ui.main_window import MainWindow  # noqa: E402
from window_app.ui.settings import Settings  # noqa: E402

WARM_UP = 2_000


def main(folder: Path, cycles: int) -> None:
    app = QApplication([])
    dialogs.set_responder(lambda kind, title, text: True)
    db = sqlite_database(folder / "hall.sqlite3")
    actors = seed_hall(db)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actors["clerk"], settings))
    window.resize(1280, 800)
    window.show()
    window.ctx.watcher.set_interval(5)
    counts = {"cycles": 0, "ticks": 0, "refreshes": 0}
    before: dict[str, int] = {}
    other = actors["clerk2"]

    def cycle() -> None:
        """One event-loop turn (a zero timer fires once per turn)."""
        counts["cycles"] += 1
        n = counts["cycles"]
        if n % 400 == 0:
            users.lock_screen(db, other)  # another window writes: the hall's counter moves
        if n == WARM_UP:
            before.update(live_counts(window))
        if n >= cycles:
            app.quit()

    def tick() -> None:
        counts["ticks"] += 1

    window.ctx.watcher.changed.connect(
        lambda: counts.__setitem__("refreshes", counts["refreshes"] + 1)
    )
    # The work list listens to its own window's counter only (services/changes.py), which the
    # other window's lock does not touch: refresh it on every hall-wide change here, so the soak
    # still replaces its rows dozens of times.
    window.ctx.watcher.changed.connect(window.work_list.refresh)
    turn = QTimer()
    turn.setInterval(0)
    turn.timeout.connect(cycle)
    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(1)
    beat.timeout.connect(tick)
    turn.start()
    beat.start()
    app.exec()
    turn.stop()
    beat.stop()
    window.ctx.watcher.stop()
    after = live_counts(window)
    print(json.dumps({"before": before, "after": after, **counts}), flush=True)
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
