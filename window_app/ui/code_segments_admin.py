"""Code segments (administrators): the organisation-code segments USCCs are issued from.

Lists each segment with what is left, adds a segment (prefix + serial range, optionally for
one registering authority) and voids a body with a reason (`services.code_segments`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name
from ..services import code_segments
from .code_fields import FieldMessages, label_below, make_code_field
from .context import AppContext
from .generated.ui_code_segments import Ui_CodeSegmentsPage
from .outcomes import Refused, call
from .record_model import ALIGNMENT, FOREGROUND, RIGHT, RecordTableModel


class SegmentsModel(RecordTableModel):
    """Rows are `code_segments.SegmentInfo`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("名称"), self.tr("代码范围"), self.tr("登记机关"), self.tr("状态"),
                self.tr("已发放"), self.tr("已作废"), self.tr("剩余"), self.tr("下一个"),
            ],
            parent,
        )  # fmt: skip
        self._empty, self._low = QBrush(QColor("#c62828")), QBrush(QColor("#8a5a00"))

    def cells(self, s: code_segments.SegmentInfo) -> list[str]:
        return [
            s.name,
            f"{s.first_body} – {s.last_body}",
            authority_name(s.authority_code) if s.authority_code else self.tr("全部"),
            self.tr("启用") if s.active else self.tr("停用"),
            str(s.used),
            str(s.void),
            str(s.remaining),
            s.body(s.next_serial) if s.remaining else "—",
        ]

    def style(self, s: code_segments.SegmentInfo, column: int, role: int) -> object:
        if role == ALIGNMENT and 4 <= column <= 6:
            return RIGHT
        if role == FOREGROUND and column == 6:
            if s.remaining == 0:
                return self._empty
            if s.remaining < code_segments.LOW_CAPACITY:
                return self._low
        return None


class CodeSegmentsPage(QWidget):
    loaded = Signal()
    done = Signal(object)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_CodeSegmentsPage()
        self.ui.setupUi(self)
        self.setObjectName("code_segments")
        self.ctx, self.window = ctx, window
        ui = self.ui
        self.model = SegmentsModel(self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.segAuthority.addItem(self.tr("全部登记机关"), None)
        for code in ZHANJIANG_AUTHORITIES:
            ui.segAuthority.addItem(f"{authority_name(code)}（{code}）", code)
        for edit in (ui.prefix, ui.body):
            make_code_field(edit)
        for edit in (ui.firstSerial, ui.lastSerial):
            make_code_field(edit, uppercase=False)
        self.messages = FieldMessages(ui.message)
        self.messages.add("name", ui.segName, label_below(ui.segName))
        self.messages.add("prefix", ui.prefix, ui.prefixError)
        self.messages.add("width", ui.prefix, ui.prefixError)
        self.messages.add("first_serial", ui.firstSerial, ui.rangeError)
        self.messages.add("body", ui.body, ui.bodyError)
        self.messages.add("reason", ui.reason, ui.reasonError)
        ui.message.setWordWrap(True)
        ui.addButton.clicked.connect(self.add_segment)
        ui.voidButton.clicked.connect(self.void_code)
        for edit, after in (
            (ui.segName, ui.prefix), (ui.prefix, ui.firstSerial), (ui.firstSerial, ui.lastSerial),
            (ui.lastSerial, ui.segAuthority), (ui.body, ui.reason),
        ):  # fmt: skip
            edit.returnPressed.connect(lambda a=after: a.setFocus())
        ui.reason.returnPressed.connect(self.void_code)
        ctx.watcher.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        call(ctx.runner, self, lambda: code_segments.list_segments(ctx.db, ctx.actor),
             self._loaded, self._failed)  # fmt: skip

    def _loaded(self, rows: list) -> None:
        self.model.set_records(rows)
        left = sum(s.remaining for s in rows)
        self.ui.summary.setText(
            self.tr("共%1个号段，可发放代码%2个")
            .replace("%1", str(len(rows)))
            .replace("%2", str(left))
        )
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)

    def _serial(self, text: str) -> int | None:
        text = text.strip()
        return int(text) if text.isdigit() else None

    def add_segment(self) -> None:
        ui = self.ui
        self.messages.clear()
        if not self.messages.require(("name", "prefix", "first_serial")):
            return
        first, last = self._serial(ui.firstSerial.text()), self._serial(ui.lastSerial.text())
        if first is None or last is None:
            self.messages.show("first_serial", self.tr("起止序号应为数字"))
            return
        ctx = self.ctx
        name, prefix, authority = ui.segName.text(), ui.prefix.text(), ui.segAuthority.currentData()
        call(
            ctx.runner, self,
            lambda: code_segments.create_segment(
                ctx.db, ctx.actor, name, prefix, first, last, authority_code=authority
            ),
            self._added, self._failed,
        )  # fmt: skip

    def _added(self, info: code_segments.SegmentInfo) -> None:
        ui = self.ui
        for edit in (ui.segName, ui.prefix, ui.firstSerial, ui.lastSerial):
            edit.clear()
        ui.message.setStyleSheet("color: #1b5e20;")
        ui.message.setText(
            self.tr("已添加号段“%1”：%2 – %3")
            .replace("%1", info.name).replace("%2", info.first_body).replace("%3", info.last_body)
        )  # fmt: skip
        self.ctx.watcher.local_change()
        self.done.emit(info)

    def void_code(self) -> None:
        self.messages.clear()
        if not self.messages.require(("body", "reason")):
            return
        ctx, body, reason = self.ctx, self.ui.body.text(), self.ui.reason.text()
        call(ctx.runner, self, lambda: code_segments.void_code(ctx.db, ctx.actor, body, reason),
             self._voided, self._failed)  # fmt: skip

    def _voided(self, info: code_segments.AllocationInfo) -> None:
        self.ui.body.clear()
        self.ui.reason.clear()
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(
            self.tr("已作废代码 %1（%2）").replace("%1", info.body).replace("%2", info.reason or "")
        )
        self.ctx.watcher.local_change()
        self.done.emit(info)


def open_segments(window) -> CodeSegmentsPage:  # noqa: ANN001
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == "code_segments":
            window.ui.tabs.setCurrentIndex(index)
            return widget
    page = CodeSegmentsPage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("CodeSegmentsPage", "代码段管理"))
    page.ui.segName.setFocus()
    return page
