"""Start-up: QApplication, fonts, translations, database checks, login, main window.

The steps between (health check, first run, login, forced password change, daily backup)
live in `startup_checks`.

Unexpected exceptions are logged with their traceback and shown to the clerk as a sentence.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..config import database_url
from ..storage import migrate
from ..storage.database import Database
from . import benchmark, dialogs, fonts, i18n, startup_checks
from .context import AppContext
from .settings import FONT_FAMILY, FONT_POINT_SIZE, LANGUAGE, Settings
from .tasks import UNEXPECTED, TaskRunner

log = logging.getLogger(__name__)


def _excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    dialogs.error(None, QCoreApplication.translate("app", "错误"), UNEXPECTED)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("window-app")
    app.setOrganizationName("window-app")
    app.setApplicationDisplayName("政务服务窗口受理系统")
    return app


def prepare(app: QApplication, settings: Settings, language: str | None = None) -> None:
    fonts.apply_cjk_font(app, settings.get(FONT_FAMILY), settings.get(FONT_POINT_SIZE))
    i18n.install(language or settings.get(LANGUAGE))


def open_database(url: str) -> Database:
    db = Database(url)
    migrate.upgrade(db)
    return db


def run_gui(args) -> int:  # noqa: ANN001
    from .main_window import MainWindow

    app = make_application()
    sys.excepthook = _excepthook
    settings = Settings()
    prepare(app, settings, getattr(args, "lang", None))
    runner = TaskRunner()
    db = startup_checks.open_checked(database_url(getattr(args, "database", None)), runner)
    if db is None:
        return 1
    if not startup_checks.ensure_administrator(db, runner):
        return 0
    while True:  # logging out returns to the login dialog
        if benchmark.mode():  # unattended benchmark run (bench/README.md)
            actor = benchmark.sign_in(db)
        else:
            actor = startup_checks.sign_in(db, runner, settings)
        if actor is None:
            return 0
        window = MainWindow(AppContext.create(db, actor, settings))
        window.show()
        if benchmark.mode():
            benchmark.attach(window)
        startup_checks.daily_backup(window)
        code = app.exec()
        if not window.logged_out:
            return code
        window.deleteLater()
