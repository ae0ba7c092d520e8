"""The credit lists (administrators): the bad-credit list (失信名单) and the list of enterprises
with abnormal operations (经营异常名录), each entry with code, name, reason, authority, listed
and removed dates and source; an import of a CSV/TSV/xlsx file with its source and date
(`services.bad_credit.import_file`, atomic and audited). Citizen ID numbers are masked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from ..core import idcard
from ..core.errors import DomainError
from ..core.masking import mask_id
from ..services import bad_credit
from . import dialogs
from .context import AppContext
from .generated.ui_credit_admin import Ui_CreditListsPage
from .outcomes import Refused, call
from .record_model import FOREGROUND, RecordTableModel

LIST_NAMES = {
    bad_credit.BAD_CREDIT: QT_TRANSLATE_NOOP("CreditListsPage", "失信名单"),
    bad_credit.ABNORMAL: QT_TRANSLATE_NOOP("CreditListsPage", "经营异常名录"),
}


def list_name(kind: str) -> str:
    return QCoreApplication.translate("CreditListsPage", LIST_NAMES[kind])


def shown_code(code: str) -> str:
    """A USCC as it is; a citizen ID number masked (personal data on screen)."""
    try:
        idcard.validate(code)
    except DomainError:
        return code
    return mask_id(code)


class CreditModel(RecordTableModel):
    """Rows are the dicts of `bad_credit.list_entries`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("名单"), self.tr("代码"), self.tr("名称"), self.tr("原因"), self.tr("认定机关"),
             self.tr("列入日期"), self.tr("移出日期"), self.tr("来源")],
            parent,
        )  # fmt: skip
        self._removed = QBrush(QColor("#808080"))

    def cells(self, e: dict) -> list[str]:
        return [
            list_name(e["list"]), shown_code(e["code"]), e["name"], e["reason"],
            e["authority"] or "—", e["listed_on"] or "—", e["removed_on"] or "—", e["source"],
        ]  # fmt: skip

    def style(self, e: dict, column: int, role: int) -> object:
        if role == FOREGROUND and e["removed_on"]:
            return self._removed
        return None


class CreditListsPage(QWidget):
    loaded = Signal()
    imported = Signal(object)  # bad_credit.ImportResult

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_CreditListsPage()
        self.ui.setupUi(self)
        self.setObjectName("credit_admin")
        self.ctx, self.window = ctx, window
        ui = self.ui
        self.model = CreditModel(self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.show.addItem(self.tr("两个名单"), None)
        for kind in bad_credit.LIST_KINDS:
            ui.show.addItem(list_name(kind), kind)
            ui.listKind.addItem(list_name(kind), kind)
        ui.listDate.setDate(QDate.currentDate())
        ui.show.currentIndexChanged.connect(self.refresh)
        ui.includeRemoved.toggled.connect(self.refresh)
        ui.importButton.clicked.connect(self.import_file)
        ctx.watcher.changed.connect(self.refresh)
        self.refresh()

    def first_field(self) -> QWidget:
        """The import form's first field (nothing in it is required: the source defaults to
        the file's name, the date to today)."""
        return self.ui.listKind

    def refresh(self) -> None:
        ctx, kind = self.ctx, self.ui.show.currentData()
        removed = self.ui.includeRemoved.isChecked()
        call(ctx.runner, self,
             lambda: bad_credit.list_entries(ctx.db, kind, include_removed=removed),
             self._loaded, self._failed)  # fmt: skip

    def _loaded(self, rows: list[dict]) -> None:
        self.model.set_records(rows)
        counts = {k: sum(1 for r in rows if r["list"] == k) for k in bad_credit.LIST_KINDS}
        self.ui.summary.setText(
            self.tr("失信名单%1条，经营异常名录%2条")
            .replace("%1", str(counts[bad_credit.BAD_CREDIT]))
            .replace("%2", str(counts[bad_credit.ABNORMAL]))
        )
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)

    def import_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("选择名单文件"),
            self.tr("名单文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)"),
        )  # fmt: skip
        if not path:
            return
        ui, ctx = self.ui, self.ctx
        kind, source = ui.listKind.currentData(), ui.source.text()
        day = ui.listDate.date().toPython()
        ui.message.clear()
        call(
            ctx.runner, self,
            lambda: bad_credit.import_file(ctx.db, ctx.actor, Path(path), list_kind=kind,
                                           source=source, on=day),
            lambda result: self._imported(kind, Path(path).name, result), self._failed,
        )  # fmt: skip

    def _imported(self, kind: str, name: str, result: bad_credit.ImportResult) -> None:
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(
            self.tr("已从 %1 导入%2：新增%3条，更新%4条")
            .replace("%1", name).replace("%2", list_name(kind))
            .replace("%3", str(result.added)).replace("%4", str(result.updated))
        )  # fmt: skip
        self.ui.show.setCurrentIndex(max(0, self.ui.show.findData(kind)))
        self.ctx.watcher.local_change()
        self.imported.emit(result)
