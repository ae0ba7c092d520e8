"""移交与出件 (issue 19): the window's side of the back office.

Above, the departments with accepted applications not yet handed over and what the next list
would hold; 生成移交清单 creates the batch (services.handover) and shows the printed list
(Code128 per item and for the batch) to print. Below, the files the departments decided and
returned, waiting for the window to complete and deliver them (统一出件); opening one shows the
application's page, whose processing panel completes and delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..services import department_decisions, handover
from . import printing_qt
from .context import AppContext
from .generated.ui_handover_desk import Ui_HandoverDeskPage
from .generated.ui_print_preview import Ui_PrintPreviewDialog
from .outcomes import Refused, call
from .settings import PRINTER_NAME

PAGE_NAME = "handoverDesk"


class HandoverListPreview(QDialog):
    """The printed hand-over list of one batch, to print (the list is not a numbered document:
    printing it again is simply printing it again)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, batch: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.ctx, self.batch = ctx, batch
        self.pdf: bytes | None = None
        printing_qt.keep_pdfium_loaded()  # pdfium set up once, not per preview
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(view)
        self.ui.title.setText(self.tr("移交清单　%1").replace("%1", batch))
        self.setWindowTitle(self.tr("移交清单 — %1").replace("%1", batch))
        self.ui.printButton.setEnabled(False)
        self.ui.printButton.clicked.connect(self.print_list)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.message.setText(self.tr("正在生成移交清单…"))
        db, actor = ctx.db, ctx.actor

        def render() -> bytes:
            from ..services import handover_print  # reportlab: loaded when first needed

            return handover_print.handover_list_pdf(db, actor, batch)

        call(ctx.runner, self, render, self._show, self._refused)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.ui.pages.setText(self.tr("共%1页").replace("%1", str(self.document.pageCount())))
        self.ui.message.clear()
        self.ui.printButton.setEnabled(True)
        self.ui.printButton.setFocus()
        self.loaded.emit()

    def _refused(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)

    def print_list(self) -> None:
        printer = printing_qt.choose_printer(self, self.ctx.settings.get(PRINTER_NAME))
        if printer is None or self.pdf is None:
            return
        self._printer = printer
        self.ui.printButton.setEnabled(False)
        self.ui.message.setText(self.tr("正在打印…"))
        pdf, dpi = self.pdf, printer.resolution()
        call(self.ctx.runner, self, lambda: printing_qt.rasterise(pdf, dpi), self._paint,
             self._refused)  # fmt: skip

    def _paint(self, images: list) -> None:
        self.ui.printButton.setEnabled(True)
        try:
            printing_qt.paint(self._printer, images)
        except printing_qt.PrintFailed as exc:
            self.ui.message.setText(str(exc))
            return
        self.ui.message.setText(self.tr("已打印"))


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def _day(value) -> str:  # noqa: ANN001
    return value.isoformat() if value else ""


class HandoverDeskPage(QWidget):
    loaded = Signal()
    created = Signal(object)  # the new handover.Batch

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_HandoverDeskPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.ctx, self.window = ctx, window
        self.busy = False
        self.returned: list[department_decisions.Returned] = []
        self.preview: HandoverListPreview | None = None
        self.last_batch = ""  # what the last 生成移交清单 made, kept over refreshes
        for table, headers in (
            (self.ui.pending, [self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"),
                               self.tr("受理日期"), self.tr("承诺办结日")]),
            (self.ui.returned, [self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"),
                                self.tr("审批部门"), self.tr("决定"), self.tr("决定文号"),
                                self.tr("决定日期")]),
        ):  # fmt: skip
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self._outcomes = {"approve": self.tr("准予许可"), "refuse": self.tr("不予许可")}
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.department.currentIndexChanged.connect(lambda _i: self._load_pending())
        self.ui.createButton.clicked.connect(self.create_batch)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.returned.itemActivated.connect(lambda _i: self.open_selected())
        ctx.watcher.changed.connect(self.refresh)
        self._set_buttons()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        call(
            self.ctx.runner, self,
            lambda: (handover.waiting(db, actor), department_decisions.returned(db, actor)),
            self._loaded, self._refused,
        )  # fmt: skip

    def _loaded(self, result: tuple) -> None:
        waiting, self.returned = result
        combo = self.ui.department
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for w in waiting:
            combo.addItem(
                self.tr("%1（%2）— 待移交%3件").replace("%1", w.name).replace("%2", w.code)
                .replace("%3", str(w.count)),
                w.code,
            )  # fmt: skip
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        if not waiting:
            self.ui.pending.setRowCount(0)
            self._info(self.tr("没有待移交的已受理申请"))
        _fill(self.ui.returned, [
            [r.number, r.matter, r.applicant, r.department_code,
             self._outcomes.get(r.outcome, r.outcome), r.result_number, _day(r.decided_on)]
            for r in self.returned
        ])  # fmt: skip
        self.ui.returnedCount.setText(self.tr("待出件%1件").replace("%1", str(len(self.returned))))
        if self.returned and self.ui.returned.currentRow() < 0:
            self.ui.returned.selectRow(0)
        self._set_buttons()
        if waiting:
            self._load_pending()
        else:
            self.loaded.emit()

    def _load_pending(self) -> None:
        code = self.ui.department.currentData()
        if not code:
            return
        db, actor = self.ctx.db, self.ctx.actor
        call(self.ctx.runner, self, lambda: handover.pending_lines(db, actor, code),
             self._show_pending, self._refused)  # fmt: skip

    def _show_pending(self, lines: list[handover.HandoverLine]) -> None:
        _fill(self.ui.pending, [
            [i.number, f"{i.matter}（{i.matter_code}）", i.applicant, _day(i.accepted_on),
             _day(i.promised_deadline)]
            for i in lines
        ])  # fmt: skip
        self._info(
            self.tr("生成移交清单后，以上%1件一并移交，由部门扫码签收").replace(
                "%1", str(len(lines))
            )
        )
        self._set_buttons()
        self.loaded.emit()

    def _info(self, text: str) -> None:
        self.ui.batchInfo.setText("\n".join(t for t in (self.last_batch, text) if t))

    def _refused(self, refused: Refused) -> None:
        self.busy = False
        self.ui.busy.clear()
        self.ui.message.setText(refused.message)
        self._set_buttons()

    def _set_buttons(self) -> None:
        self.ui.createButton.setEnabled(not self.busy and bool(self.ui.department.currentData()))
        self.ui.openButton.setEnabled(0 <= self.ui.returned.currentRow() < len(self.returned))

    # --- actions ------------------------------------------------------------------------------
    def create_batch(self) -> None:
        code = self.ui.department.currentData()
        if self.busy or not code:
            return
        self.busy = True
        self.ui.busy.setText(self.tr("正在生成移交清单…"))
        self.ui.message.clear()
        self._set_buttons()
        db, actor = self.ctx.db, self.ctx.actor
        call(self.ctx.runner, self, lambda: handover.create_batch(db, actor, code),
             self._created, self._refused)  # fmt: skip

    def _created(self, batch: handover.Batch) -> None:
        self.busy = False
        self.ui.busy.clear()
        self.last_batch = (
            self.tr("已生成移交清单%1：%2件移交%3").replace("%1", batch.number)
            .replace("%2", str(len(batch.items))).replace("%3", batch.department)
        )  # fmt: skip
        self._info("")
        self.ctx.watcher.local_change()
        self.created.emit(batch)
        self.preview = HandoverListPreview(self.ctx, batch.number, self)
        self.preview.resize(860, 980)
        self.preview.open()
        self.refresh()

    def open_selected(self) -> None:
        row = self.ui.returned.currentRow()
        if 0 <= row < len(self.returned) and self.window is not None:
            self.window.open_application(self.returned[row].number)


def open_desk(window) -> HandoverDeskPage:  # noqa: ANN001
    page = window.findChild(HandoverDeskPage, PAGE_NAME)
    if page is not None:
        window.ui.tabs.setCurrentWidget(page)
    else:
        page = HandoverDeskPage(window.ctx, window)
        window.add_page(page, QCoreApplication.translate("HandoverDeskPage", "移交与出件"))
    page.refresh()
    return page


def install(window) -> None:  # noqa: ANN001
    """The window's roles only: the services refuse anyone else."""
    allowed = window.ctx.actor.role in handover.HANDOVER_ROLES
    window.ui.actionHandover.setVisible(allowed)
    window.ui.actionHandover.setEnabled(allowed)
    window.ui.actionHandover.triggered.connect(lambda: open_desk(window))
