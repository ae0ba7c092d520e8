"""Start-up: QApplication, fonts, translations, database checks, login, main window.

Unexpected exceptions are logged with their traceback and shown to the clerk as a sentence.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QDialog

from ..config import database_url
from ..storage import migrate
from ..storage.database import Database
from . import dialogs, fonts, i18n
from .context import AppContext
from .login import LoginDialog
from .settings import FONT_FAMILY, FONT_POINT_SIZE, LANGUAGE, LAST_USERNAME, Settings
from .tasks import UNEXPECTED, TaskRunner

log = logging.getLogger(__name__)


def _excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    dialogs.error(None, "错误", UNEXPECTED)


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
    try:
        db = open_database(database_url(getattr(args, "database", None)))
    except Exception as exc:  # noqa: BLE001
        log.exception("cannot open database")
        dialogs.error(None, "无法打开数据库", f"无法打开数据库：{exc}")
        return 1
    runner = TaskRunner()
    login = LoginDialog(db, runner, settings.get(LAST_USERNAME))
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    settings.set(LAST_USERNAME, login.actor.username)
    window = MainWindow(AppContext.create(db, login.actor, settings))
    window.show()
    return app.exec()
