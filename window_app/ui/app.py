"""Start-up: QApplication, fonts, translations, the main window, database checks, login.

The main window's shell is shown first, before anything but Qt is imported; the database
checks, first run, login (over the shown window) and forced password change follow, their
modules loaded off the UI thread (`preload`), and the features install last (`begin`).
The steps themselves live in `startup_checks`.

Unexpected exceptions are logged with their traceback and shown to the clerk as a sentence.
"""

from __future__ import annotations

import gc
import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ..config import database_url
from . import benchmark, dialogs, fonts, i18n, native_memory, preload, source_scan
from .code_fields import FOCUS_STYLE
from .settings import FONT_FAMILY, FONT_POINT_SIZE, LANGUAGE, Settings
from .tasks import UNEXPECTED, TaskRunner, wait_for

log = logging.getLogger(__name__)
GIL_SWITCH_S = 0.001
GC_OFF_AT_MOST_MS = 30_000


def _excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    dialogs.error(None, QCoreApplication.translate("app", "错误"), UNEXPECTED)


def make_application(argv: list[str] | None = None) -> QApplication:
    native_memory.configure()  # before any worker thread: see the module
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("window-app")
    app.setOrganizationName("window-app")
    app.setApplicationDisplayName("政务服务窗口受理系统")
    # one place for the whole application: the focused check box, radio button or group is
    # marked on every page and dialog (the checklist, licence print, the evaluator…), whatever
    # the page's own style sheet says (widget style sheets cascade over this one)
    app.setStyleSheet(FOCUS_STYLE)
    return app


def prepare(app: QApplication, settings: Settings, language: str | None = None) -> None:
    fonts.apply_cjk_font(app, settings.get(FONT_FAMILY), settings.get(FONT_POINT_SIZE))
    i18n.install(language or settings.get(LANGUAGE))


def _loaded(outcome: tuple[bool, object], window) -> bool:  # noqa: ANN001
    """A module that fails to load is a broken installation: say so, never a traceback."""
    if not outcome[0]:
        dialogs.error(window, QCoreApplication.translate("app", "错误"), str(outcome[1]))
    return outcome[0]


def _collect_after_start(window) -> None:  # noqa: ANN001
    """Keep full garbage collections short: they hold the GIL, so the UI thread waits for one
    even when a worker runs it. A full collection walks every tracked object, and the imports
    leave a few hundred thousand (40-50 ms a pass on a fast machine). They create few cycles, so
    collection is off while the modules load; once every feature is installed, what is alive
    (modules, classes, the catalogue) is frozen out of later collections (`gc.freeze`), which
    then walk only what the day's work creates."""
    gc.disable()

    def ready() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    window.ready.connect(ready)
    QTimer.singleShot(GC_OFF_AT_MOST_MS, ready)  # on again even if `ready` never comes


def start_renderer(runner: TaskRunner) -> None:
    """From now on documents render in a process of their own (services.render_process), so
    no reportlab work shares the UI thread's interpreter; started once the features are in."""
    from ..services import render_process

    process = render_process.use_process()

    def failed(_message: str) -> None:  # no process here: documents render in-process
        log.warning("the renderer process did not start; documents render in-process")
        render_process.stop()

    runner.run(process.start, None, failed)


def _stop_renderer() -> None:
    from ..services import render_process

    render_process.stop()


def run_gui(args) -> int:  # noqa: ANN001
    source_scan.install()  # before the services and features are imported
    from .main_window import MainWindow

    # Workers run Python too (queries, rendering, imports); the UI thread answers events through
    # many short Python calls, each waiting for the GIL up to this interval (5 ms by default).
    sys.setswitchinterval(GIL_SWITCH_S)
    app = make_application()
    sys.excepthook = _excepthook
    settings = Settings()
    prepare(app, settings, getattr(args, "lang", None))
    window = MainWindow(settings=settings)
    _collect_after_start(window)
    window.show()
    if benchmark.mode() == "start":  # the window is up: what `start_ratio` measures
        return benchmark.report_shown(app)
    if benchmark.mode() == "usable":
        benchmark.attach_usable(window)
    elif benchmark.mode():
        benchmark.attach(window)
    runner = TaskRunner()
    window.show_status(QCoreApplication.translate("app", "正在启动…"), 0)
    # The first paint before the preload worker starts: imports hold the GIL in long C calls
    # (a module's code, an extension's init), and a paint waiting behind them took twice as long.
    # (Starting the imports before the window is made was tried for issue 22: Qt's set-up holds
    # the GIL too, and the work list was usable no sooner.)
    app.processEvents()
    if not _loaded(wait_for(runner, preload.before_login), window):
        return 1
    from ..logging_setup import setup_logging  # after the preload: it imports the services

    try:
        setup_logging()  # the rotating, masked log beside the data; unexpected errors go there
    except OSError:
        log.warning("the log file cannot be written")
    from . import startup_checks  # loaded by the worker: nothing left to import here
    from .context import AppContext

    window.show_status(QCoreApplication.translate("app", "正在检查数据库…"), 0)
    db = startup_checks.open_checked(database_url(getattr(args, "database", None)), runner, window)
    if db is None:
        return 1
    window.show_status(QCoreApplication.translate("app", "请登录"), 0)
    if not startup_checks.ensure_administrator(db, runner, window):
        return 0
    actor = None
    while True:  # logging out returns to the login dialog; a new language reopens signed in
        if actor is None:
            # while the clerk types the password: the work list's modules, then the rest
            # after its first paint (preload.FeatureLoad)
            loading = preload.FeatureLoad(db, app)
            if benchmark.mode():  # unattended benchmark run (bench/README.md)
                signed, actor = wait_for(runner, lambda: benchmark.sign_in(db))
                actor = actor if signed else None
            else:
                actor = startup_checks.sign_in(db, runner, settings, window)
            if actor is None:
                return 0
            if not _loaded(loading.wait_first(), window):
                return 1
            # The day's first start backs the file up (on a thread of its own) once every feature
            # is in: started beside the work list's query and the features' imports, the copy
            # took the CPU the list waited for (issue 22).
            window.ready.connect(lambda w=window: startup_checks.daily_backup(w))
            window.ready.connect(lambda: start_renderer(runner))
            window.begin(AppContext.create(db, actor, settings), loading=loading)
        else:
            window.begin(AppContext.create(db, actor, settings), loading=loading)
        code = app.exec()
        if not (window.logged_out or window.reopen_requested):
            _stop_renderer()
            return code
        if window.logged_out:
            actor = None
        window.deleteLater()
        window = MainWindow(settings=settings)
        _collect_after_start(window)
        window.show()
