"""The start-up sequence around the login: database health (with an offer to restore the
latest good backup), first-run administrator, login with forced password change, and the daily
backup after login.

Each step's database work runs off the UI thread; before any window exists we wait for it in a
local event loop, so the application still repaints and nothing freezes.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..core.errors import DomainError
from ..services import audit, first_run, maintenance, users
from ..services.context import Actor
from ..storage import health, migrate
from ..storage.database import Database
from ..storage.errors import translate
from . import dialogs
from .first_run import FirstRunDialog
from .i18n import in_ui_language
from .login import LoginDialog
from .password import ChangePasswordDialog
from .settings import LAST_USERNAME, Settings
from .tasks import TaskRunner, wait_for

log = logging.getLogger(__name__)


def _open(url: str) -> Database:
    """Open and migrate (a backup is taken before any migration); clear errors only."""
    try:
        db = Database(url)
        if not db.per_person:  # a per-person PostgreSQL hall: the owner's `db upgrade` migrates
            migrate.upgrade(db)
        return db
    except DomainError:
        raise
    except Exception as exc:
        log.exception("cannot open database %s", url)
        mapped = translate(exc)
        if mapped is not None:
            raise mapped from exc
        raise DomainError(
            f"无法打开数据库：{type(exc).__name__}",
            english=f"Cannot open the database: {type(exc).__name__}",
        ) from exc


def open_checked(url: str, runner: TaskRunner, parent: QWidget | None = None) -> Database | None:
    """The database ready for use, or None after telling the user why not."""
    ok, report = wait_for(runner, lambda: health.check_database(url))
    if not ok:
        dialogs.error(parent, QCoreApplication.translate("startup", "无法打开数据库"), report)
        return None
    if not report.ok:
        log.error("database health: %s (%s)", report.problem, report.detail)
        if not _offer_restore(url, report, runner, parent):
            return None
    ok, db = wait_for(runner, lambda: _open(url))
    if not ok:
        dialogs.error(
            parent,
            QCoreApplication.translate("startup", "无法打开数据库"),
            QCoreApplication.translate("startup", "无法打开数据库：%1").replace("%1", db),
        )
        return None
    return db


def _text(report: health.HealthReport) -> str:
    return in_ui_language(report.message, report.english)


def _offer_restore(
    url: str, report: health.HealthReport, runner: TaskRunner, parent: QWidget | None
) -> bool:
    title = (
        QCoreApplication.translate("startup", "数据库已损坏")
        if report.problem == "corrupt"
        else QCoreApplication.translate("startup", "无法打开数据库")
    )
    if not report.can_restore:
        dialogs.error(
            parent,
            title,
            _text(report) + "\n\n" + QCoreApplication.translate("startup", "请联系系统管理员。"),
        )
        return False
    question = (
        _text(report)
        + "\n\n"
        + QCoreApplication.translate("startup", "是否从最近的备份恢复？\n%1\n\n当前的文件会另存在旁边，不会删除。备份之后录入的内容需要重新补录。")
        .replace("%1", str(report.latest_backup))
    )  # fmt: skip
    if not dialogs.question(parent, title, question):
        return False
    ok, result = wait_for(runner, lambda: audit.restore(Database(url), report.latest_backup))
    if not ok:
        dialogs.error(parent, title, result)
        return False
    log.warning("restored %s from %s (damaged file kept as %s)", url, report.latest_backup, result)
    dialogs.information(
        parent,
        QCoreApplication.translate("startup", "已从备份恢复"),
        QCoreApplication.translate("startup", "已从备份恢复：%1").replace(
            "%1", report.latest_backup.name
        ),
    )
    return True


def ensure_administrator(db: Database, runner: TaskRunner, parent: QWidget | None = None) -> bool:
    """On an empty database, create the first administrator; False when the user gave up."""
    if db.per_person:  # only the owner can create the first one: the login dialog says how
        return True
    ok, exists = wait_for(runner, lambda: first_run.has_users(db))
    if not ok:
        dialogs.error(parent, QCoreApplication.translate("startup", "无法打开数据库"), exists)
        return False
    if exists:
        return True
    return FirstRunDialog(db, runner, parent).exec() == QDialog.DialogCode.Accepted


def sign_in(
    db: Database, runner: TaskRunner, settings: Settings, parent: QWidget | None = None
) -> Actor | None:
    """Login, then the forced password change when the account needs one."""
    while True:
        login = LoginDialog(db, runner, settings.get(LAST_USERNAME), parent)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        actor = login.actor
        settings.set(LAST_USERNAME, actor.username)
        ok, must = wait_for(runner, lambda a=actor: users.must_change_password(db, a))
        if ok and not must:
            return actor
        change = ChangePasswordDialog(db, runner, actor, forced=True, parent=parent)
        if change.exec() == QDialog.DialogCode.Accepted:
            return actor


_backup_runner: TaskRunner | None = None


def backup_runner() -> TaskRunner:
    """The daily backup's own one-thread pool, for the life of the application: the copy and
    its integrity check take tens of seconds on a large file, and on the shared pool (as many
    threads as cores) the first start's work list, board and features queued behind them."""
    global _backup_runner  # noqa: PLW0603
    if _backup_runner is None:
        _backup_runner = TaskRunner(QCoreApplication.instance(), threads=1)
    return _backup_runner


def daily_backup(window) -> TaskRunner:  # noqa: ANN001  (the main window: ctx and show_status)
    """The first start of the day backs the database up, in the background, on a pool of its
    own (`backup_runner`, returned)."""
    ctx = window.ctx

    def tell(text: str, ms: int = 5000) -> None:
        if shiboken6.isValid(window):  # the clerk may have logged out meanwhile
            window.show_status(text, ms)

    def done(path: object) -> None:
        if path is not None:
            text = QCoreApplication.translate("startup", "已完成今日自动备份：%1")
            tell(text.replace("%1", path.name))

    def failed(message: str) -> None:
        log.error("daily backup failed: %s", message)
        text = QCoreApplication.translate("startup", "今日自动备份失败：%1")
        tell(text.replace("%1", message), 15000)

    runner = backup_runner()
    runner.run(lambda: maintenance.daily_backup_if_due(ctx.db, ctx.actor), done, failed)
    return runner
