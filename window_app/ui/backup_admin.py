"""Backup and restore (administrators): the SQLite file's backups with kind, time, size and age,
a backup now, and a restore from a listed backup or another file (`services.maintenance`:
checked before anything is replaced, the current file put aside, audited). After a restore the
window signs out: the restored database may not know this session. A PostgreSQL hall is backed
up by the server (pg_dump, README); the page says so and offers nothing it cannot do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..services import maintenance
from . import dialogs
from .context import AppContext
from .generated.ui_backup_admin import Ui_BackupPage
from .outcomes import Refused, call
from .record_model import ALIGNMENT, RIGHT, RecordTableModel

KINDS = {
    "daily": QT_TRANSLATE_NOOP("BackupPage", "每日自动"),
    "manual": QT_TRANSLATE_NOOP("BackupPage", "手动"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupPage", "升级前"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupPage", "恢复前"),
}


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def age_text(taken: datetime, now: datetime) -> str:
    seconds = max(0, (now - taken).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("BackupPage", "刚才")
    if seconds < 3600:
        text, value = QCoreApplication.translate("BackupPage", "%1分钟前"), seconds // 60
    elif seconds < 86400:
        text, value = QCoreApplication.translate("BackupPage", "%1小时前"), seconds // 3600
    else:
        text, value = QCoreApplication.translate("BackupPage", "%1天前"), seconds // 86400
    return text.replace("%1", str(int(value)))


class BackupsModel(RecordTableModel):
    """Rows are `maintenance.BackupInfo`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("文件"), self.tr("类型"), self.tr("时间"), self.tr("大小"), self.tr("距今")],
            parent,
        )
        self.now = datetime.now()

    def cells(self, b: maintenance.BackupInfo) -> list[str]:
        kind = (
            QCoreApplication.translate("BackupPage", KINDS[b.kind]) if b.kind in KINDS else b.kind
        )
        return [b.name, kind, f"{b.taken_at:%Y-%m-%d %H:%M:%S}", size_text(b.size),
                age_text(b.taken_at, self.now)]  # fmt: skip

    def style(self, b: maintenance.BackupInfo, column: int, role: int) -> object:
        if role == ALIGNMENT and column in (3, 4):
            return RIGHT
        return None


class BackupPage(QWidget):
    loaded = Signal()
    backed_up = Signal(object)
    restored = Signal(str)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self.setObjectName("backup_admin")
        self.ctx, self.window = ctx, window
        ui = self.ui
        self.model = BackupsModel(self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.backupButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_file)
        if not ctx.db.is_sqlite:
            ui.where.setText(
                self.tr("本大厅使用PostgreSQL数据库，由数据库服务器每晚用pg_dump备份并检查"
                        "（见README“PostgreSQL backups and roles”）；恢复用pg_restore在服务器上进行。")
            )  # fmt: skip
            for button in (ui.backupButton, ui.restoreButton, ui.restoreFileButton):
                button.setEnabled(False)
            ui.table.setVisible(False)
            return
        ui.where.setText(
            self.tr("数据库文件：%1。每日首次启动自动备份；每类备份保留最新%2份。")
            .replace("%1", str(ctx.db.sqlite_path)).replace("%2", "14")
        )  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        call(ctx.runner, self, lambda: maintenance.list_backups(ctx.db, ctx.actor),
             self._loaded, self._failed)  # fmt: skip

    def _loaded(self, rows: list) -> None:
        self.model.now = datetime.now()
        self.model.set_records(rows)
        total = sum(b.size for b in rows)
        if rows:
            self.ui.summary.setText(
                self.tr("共%1份备份，合计%2；最新一份：%3")
                .replace("%1", str(len(rows))).replace("%2", size_text(total))
                .replace("%3", age_text(rows[0].taken_at, self.model.now))
            )  # fmt: skip
            self.ui.table.selectRow(0)
        else:
            self.ui.summary.setText(self.tr("尚无备份"))
        self.ui.restoreButton.setEnabled(bool(rows))
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)

    def _ok(self, text: str) -> None:
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(text)

    def backup_now(self) -> None:
        ctx = self.ctx
        self.ui.message.setText(self.tr("正在备份…"))
        call(ctx.runner, self,
             lambda report: maintenance.backup_now(ctx.db, ctx.actor, progress=report),
             self._backed_up, self._failed, on_progress=self._progress)  # fmt: skip

    def _progress(self, done: int, total: int) -> None:
        """The copy's pages as a percentage; then the integrity check of the copy."""
        if done >= total:
            self.ui.message.setText(self.tr("正在检查备份的完整性…"))
        else:
            percent = str(done * 100 // max(total, 1))
            self.ui.message.setText(self.tr("正在备份：%1%").replace("%1", percent))

    def _backed_up(self, info: maintenance.BackupInfo) -> None:
        self._ok(
            self.tr("已备份到 %1（%2，完整性检查通过）")
            .replace("%1", info.name)
            .replace("%2", size_text(info.size))
        )
        self.ctx.watcher.local_change()
        self.backed_up.emit(info)
        self.refresh()

    def restore_selected(self) -> None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            self._failed(Refused(self.tr("请先选择一份备份"), None, "Unexpected"))
            return
        info = self.model.record(index.row())
        self._restore(info.path, f"{info.name}（{info.taken_at:%Y-%m-%d %H:%M}）")

    def restore_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("选择备份文件"), self.tr("SQLite数据库 (*.sqlite3 *.db);;所有文件 (*)")
        )
        if path:
            self._restore(Path(path), Path(path).name)

    def _restore(self, path: Path, label: str) -> None:
        if not dialogs.question(
            self, self.tr("恢复数据库"),
            self.tr("用 %1 替换当前数据库？当前文件会先另存，不会丢失。恢复后需重新登录，"
                    "其他窗口也应重新登录。").replace("%1", label),
        ):  # fmt: skip
            return
        ctx = self.ctx
        self.ui.message.setText(self.tr("正在恢复…"))
        call(ctx.runner, self, lambda: maintenance.restore_backup(ctx.db, ctx.actor, path),
             lambda _r: self._restored(path), self._failed)  # fmt: skip

    def _restored(self, path: Path) -> None:
        self._ok(self.tr("已从 %1 恢复").replace("%1", path.name))
        self.restored.emit(str(path))
        dialogs.information(
            self, self.tr("恢复数据库"),
            self.tr("已从 %1 恢复数据库。请重新登录。").replace("%1", path.name),
        )  # fmt: skip
        self.window.logout()
