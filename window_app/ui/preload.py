"""Import the rest of the application off the UI thread while the shell is already on screen.

Importing SQLAlchemy, pydantic, the services and the features' libraries takes about a second;
done on the UI thread it would keep the window from appearing and freeze it afterwards. A worker
thread imports them instead (the import system is thread-safe); the UI thread waits for the job
in its event loop, so it keeps painting, and then finds every module already loaded.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer

from .features import module_names
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..storage.database import Database

# What opening the database and signing in need (startup_checks and the dialogs it shows).
BEFORE_LOGIN = ("window_app.ui.startup_checks", "window_app.ui.context", "window_app.ui.lock")


def import_all(names: tuple[str, ...] | list[str]) -> None:
    for name in names:
        importlib.import_module(name)


def before_login() -> None:
    import_all(BEFORE_LOGIN)


# Screens the features import only when they install or open them (to break import cycles).
OPENED_BY_FEATURES = tuple(
    f"window_app.ui.{name}"
    for name in (
        "application_view", "catalogue_browser", "code_segments_admin", "licence_exchange",
        "licence_print", "print_preview", "settings_dialog",
    )
)  # fmt: skip


# The first screen (issue 22's usable start): the work list. Its feature installs as soon as
# these are loaded and the clerk has signed in; the others' modules load after its first paint.
FIRST_SCREEN_FEATURES = ("work_list",)
FIRST_SCREEN = tuple(f"window_app.ui.{name}" for name in FIRST_SCREEN_FEATURES)
# How long the rest waits for the first screen's paint before loading anyway (a reviewer has no
# work list; a failed query must not hold the features back).
REST_WAITS_AT_MOST_S = 3.0


def first_screen(db: Database | None = None) -> None:
    """The work list's modules; with the database, its statements compiled too."""
    import_all(FIRST_SCREEN)
    if db is not None:
        from ..services.warm_up import prepare_first_screen

        prepare_first_screen(db)


def features(db: Database | None = None) -> None:
    """The feature modules and what they import (the services, QtPdf for previews); with the
    database, also the first screens' statements compiled (`services.warm_up`)."""
    first_screen(db)
    import_all([*module_names(), *OPENED_BY_FEATURES])
    if db is not None:
        from ..services.warm_up import prepare_hot_statements

        prepare_hot_statements(db)


# The UI thread's pulse while the rest loads: the worker, before each module it imports, waits
# (sleeping, the GIL released) while the pulse is older than this, so the UI thread never waits
# behind a run of imports for the GIL or a core (issue 22: gaps of 200 ms after the first paint).
PULSE_MS = 10
STALE_S = 0.02
YIELD_AT_MOST_S = 0.05


class _YieldToUi:
    """A meta-path hook that makes one worker thread give way to the UI thread at every import.

    It never finds anything (the next finder imports): it is only called before each module is
    loaded, on the importing thread. On the worker, while the UI thread's pulse is stale, it
    sleeps until the pulse moves (at most YIELD_AT_MOST_S), once per pulse: if the UI thread is
    itself waiting for one of this worker's imports, the worker goes on after one short wait.
    Installed once and never removed (another thread may be walking `sys.meta_path`); idle
    when no worker is set."""

    def __init__(self) -> None:
        self.beat = time.monotonic()
        self.worker: int | None = None
        self._waited_for = 0.0
        self.yielded_s = 0.0

    def pulse(self) -> None:
        self.beat = time.monotonic()

    def find_spec(self, _name: str, _path: object = None, _target: object = None) -> None:
        if self.worker is None or threading.get_ident() != self.worker:
            return None
        beat = self.beat
        if beat == self._waited_for or time.monotonic() - beat < STALE_S:
            return None
        self._waited_for = beat
        started = time.monotonic()
        while self.beat == beat and time.monotonic() - started < YIELD_AT_MOST_S:
            time.sleep(0.002)
        self.yielded_s += time.monotonic() - started
        return None


_YIELD = _YieldToUi()


def _yield_to_ui(worker: int | None) -> None:
    """Make `worker` give way to the UI thread's pulse at its imports (None: nobody)."""
    if _YIELD not in sys.meta_path:
        sys.meta_path.insert(0, _YIELD)
    _YIELD.pulse()
    _YIELD.worker = worker


class FeatureLoad(QObject):
    """The features' modules loading on a thread of their own while the clerk signs in: the
    first screen's first (`wait_first`), then, once the work list has been painted (`go`) or
    after REST_WAITS_AT_MOST_S, the rest (`when_done`). Imports hold the GIL: loading the rest
    while the work list is queried, laid out and painted would slow exactly what the clerk waits
    for, and the rest is needed only when the clerk first leaves the list."""

    def __init__(self, db: Database | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.first: tuple[bool, object] | None = None
        self.outcome: tuple[bool, object] | None = None
        self._go = threading.Event()
        self._waiting: list[Callable[[], None]] = []
        self._loop: QEventLoop | None = None
        self._pulse = QTimer(self)  # the UI thread's pulse while the rest loads (_YieldToUi)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(_YIELD.pulse)
        self._runner = TaskRunner(self, threads=1)
        self._runner.run(
            lambda report: self._load(db, report),
            lambda _none: self._end((True, None)),
            lambda message: self._end((False, message)),
            on_progress=lambda _done, _total: self._first_loaded(),
        )

    def _load(self, db: Database | None, report: Callable[[int, int], bool]) -> None:
        """On the worker: the first screen, then (after `go`) everything."""
        first_screen(db)
        report(1, 2)
        if self._go.wait(REST_WAITS_AT_MOST_S):
            _yield_to_ui(threading.get_ident())
        features(db)

    def go(self) -> None:
        """The first screen is painted: load the rest now, giving way to the UI thread."""
        if not self._go.is_set():
            self._pulse.start()
        self._go.set()

    def _first_loaded(self) -> None:
        if self.first is None:
            self.first = (True, None)
        if self._loop is not None:
            self._loop.quit()

    def _end(self, outcome: tuple[bool, object]) -> None:
        self._pulse.stop()
        _yield_to_ui(None)
        self.outcome = outcome
        if self.first is None:  # failed before the first screen was in
            self.first = outcome
        if self._loop is not None:
            self._loop.quit()
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()

    def wait_first(self) -> tuple[bool, object]:
        """Wait (the UI keeps painting) for the first screen's modules: (ok, message)."""
        if self.first is None:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        return self.first

    def when_done(self, fn: Callable[[], None], owner: QObject) -> None:
        """Call `fn` once every feature module is loaded (at once if they are), unless `owner`
        (the window that asked) has been deleted meanwhile."""
        guarded = lambda: shiboken6.isValid(owner) and fn()  # noqa: E731
        if self.outcome is not None:
            guarded()
        else:
            self._waiting.append(guarded)
