"""Print preview of an issued document, and printing it through Qt's print dialog.

The PDF is rendered by the documents service in the background and shown in a QPdfView. Print
asks for a printer, records the print through `documents.record_print` (which returns the PDF
to print, stamped 补打 on a reprint), rasterises it off the UI thread and paints it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from ..services import documents
from . import dialogs, printing_qt
from .context import AppContext
from .generated.ui_print_preview import Ui_PrintPreviewDialog
from .outcomes import Refused, call
from .settings import PRINTER_NAME


class PrintPreviewDialog(QDialog):
    """Shows one issued document; `printed` fires with the PrintRecord after a successful print."""

    loaded = Signal()
    printed = Signal(object)

    def __init__(
        self, ctx: AppContext, info: documents.DocumentInfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.ctx, self.info = ctx, info
        self.pdf: bytes | None = None
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.title.setText(f"{info.title}　{info.doc_number}")
        if info.print_count:
            self.ui.pages.setText(
                self.tr("已打印%1次，再次打印将标注“补打”").replace("%1", str(info.print_count))
            )
        self.ui.printButton.setEnabled(False)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.closeButton.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("打印预览 — %1").replace("%1", info.title))
        self._render()

    def _render(self) -> None:
        self.ui.message.setText(self.tr("正在生成文书…"))
        info = self.info
        call(self.ctx.runner, self, lambda: documents.render(info), self._show, self._failed)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.ui.message.clear()
        if not self.info.print_count:
            self.ui.pages.setText(self.tr("共%1页").replace("%1", str(self.document.pageCount())))
        self.ui.printButton.setEnabled(True)
        self.ui.printButton.setFocus()
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)
        self.ui.printButton.setEnabled(True)

    # --- printing ---------------------------------------------------------------------------
    def print_document(self) -> None:
        reason = None
        if self.info.print_count:  # 补打: the service records why it is printed again
            reason = dialogs.get_text(
                self,
                self.tr("补打原因"),
                self.tr("此文书已打印过，请填写补打原因（如：原件遗失）："),
            )
            if reason is None or not reason.strip():
                return
        printer = printing_qt.choose_printer(self, self.ctx.settings.get(PRINTER_NAME))
        if printer is None:
            return
        problem = printing_qt.printer_problem(printer)
        if problem:  # before the print is recorded: the document stays unprinted, ready to print
            self._print_failed(Refused(problem, None, "PrintFailed"))
            return
        self._printer = printer
        self.ui.printButton.setEnabled(False)
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("正在打印…"))
        ctx, doc_id, target = self.ctx, self.info.id, printing_qt.target_name(printer)
        dpi = printer.resolution()

        def job() -> tuple[object, list]:
            record = documents.record_print(ctx.db, ctx.actor, doc_id, target, reason=reason)
            return record, printing_qt.rasterise(record.pdf, dpi)

        call(ctx.runner, self, job, self._paint, self._print_failed)

    def _paint(self, result: tuple[object, list]) -> None:
        record, images = result
        self.ctx.watcher.local_change()
        try:
            printing_qt.paint(self._printer, images)
        except printing_qt.PrintFailed as error:
            self._print_failed(Refused(printing_qt.failure_message(error), None, "PrintFailed"))
            return
        self.info = dataclasses.replace(self.info, print_count=record.print_count)
        self.ui.printButton.setEnabled(True)
        text = self.tr("已打印：%1").replace("%1", record.doc_number)
        if record.reprint:
            text += self.tr("（补打第%1次）").replace("%1", str(record.reprint))
        self.ui.message.setText(text)
        self.printed.emit(record)

    def _print_failed(self, refused: Refused) -> None:
        self.ui.printButton.setEnabled(True)
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)


def show_preview(
    ctx: AppContext,
    info: documents.DocumentInfo,
    parent: QWidget | None,
    on_close: Callable[[], None] | None = None,
) -> PrintPreviewDialog:
    """Open the preview window-modally without blocking (tests drive it directly)."""
    dialog = PrintPreviewDialog(ctx, info, parent)
    dialog.resize(860, 980)
    if on_close is not None:
        dialog.finished.connect(lambda _r: on_close())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
