"""Print preview of an issued document, and printing it through Qt's print dialog; and the
preview of a numbered document before it is issued (`DraftPreviewDialog`, F7/F8).

The PDF is rendered by the documents service in the background and shown in a QPdfView. Print
asks for a printer, records the print through `documents.record_print` (which returns the PDF
to print, stamped 补打 on a reprint), rasterises it off the UI thread and paints it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ..services import documents
from . import dialogs, printing_qt
from .context import AppContext
from .generated.ui_print_preview import Ui_PrintPreviewDialog
from .outcomes import Refused, call
from .settings import PRINTER_NAME


def pdf_view(dialog: QDialog, *, multi_page: bool) -> tuple[QPdfDocument, QPdfView]:
    """A PDF document and its view in the dialog's `viewLayout`: every page fit to the width,
    or one page at a time fit in the view."""
    printing_qt.keep_pdfium_loaded()  # not set up and torn down again for every preview
    document, view = QPdfDocument(dialog), QPdfView(dialog)
    view.setDocument(document)
    if multi_page:
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    else:
        view.setPageMode(QPdfView.PageMode.SinglePage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
    dialog.ui.viewLayout.addWidget(view)
    return document, view


def load_pdf(owner: QWidget, document: QPdfDocument, pdf: bytes) -> QBuffer:
    """Load PDF bytes into `document`; keep the returned buffer as long as the document."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


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
        self.document, self.view = pdf_view(self, multi_page=True)
        self._buffer: QBuffer | None = None
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
        self._buffer = load_pdf(self, self.document, pdf)
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


class DraftPreviewDialog(QDialog):
    """The exact PDF of a numbered document before it is issued (F7, F8): `draft()` runs the
    issuing service in a rolled-back transaction and renders it, in the background (no
    rendering on the UI thread; QPdfView draws the pages in its own threads). 打印 (Enter)
    accepts — the caller then issues and prints; 取消 (Esc) issues nothing. PageUp/PageDown
    and the arrows beside the page count move between pages."""

    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        draft: Callable[[], tuple[documents.DocumentInfo, bytes]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.setObjectName("draftPreview")
        self.ctx = ctx
        self.info: documents.DocumentInfo | None = None
        self.pdf: bytes | None = None
        self.refused: Refused | None = None
        self.proceed_kinds: tuple[str, ...] = ()  # refusals after which 打印 reads 继续
        self.on_refused: Callable[[Refused], bool] | None = None  # True: handled, close
        self.document, self.view = pdf_view(self, multi_page=False)
        self._buffer: QBuffer | None = None
        self.previousButton = QPushButton(self.tr("上一页"), self)
        self.nextButton = QPushButton(self.tr("下一页"), self)
        for button in (self.previousButton, self.nextButton):
            button.setEnabled(False)
            button.setAutoDefault(False)
            self.ui.topRow.addWidget(button)
        self.previousButton.clicked.connect(lambda: self.go(-1))
        self.nextButton.clicked.connect(lambda: self.go(1))
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):  # fmt: skip
            QShortcut(keys, self).activated.connect(lambda s=step: self.go(s))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())
        self.ui.title.setText(title + self.tr("（预览，尚未出具）"))
        self.ui.printButton.setText(self.tr("打印(&P)"))
        self.ui.closeButton.setText(self.tr("取消"))
        self.ui.printButton.setEnabled(False)
        self.ui.printButton.setDefault(True)
        self.ui.printButton.clicked.connect(self.accept)
        self.ui.closeButton.clicked.connect(self.reject)
        self.setWindowTitle(self.tr("出具前预览 — %1").replace("%1", title))
        self.ui.message.setText(self.tr("正在生成文书预览…"))
        call(ctx.runner, self, draft, self._show, self._failed)

    def _show(self, result: tuple[documents.DocumentInfo, bytes]) -> None:
        self.info, self.pdf = result
        self._buffer = load_pdf(self, self.document, self.pdf)
        self.ui.title.setText(
            self.tr("%1　%2（预览，打印时出具）")
            .replace("%1", self.info.title).replace("%2", self.info.doc_number)
        )  # fmt: skip
        self.ui.message.setText(
            self.tr(
                "这是将要出具和打印的文书。出具后不能撤回；按“打印”出具并打印，按“取消”不出具。"
            )
        )
        self._show_page()
        self.ui.printButton.setEnabled(True)
        self.ui.printButton.setFocus()
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        """The service refuses now what it would refuse on issuing: said here, nothing issued."""
        self.refused = refused
        self.loaded.emit()
        if self.on_refused is not None and self.on_refused(refused):
            self.done(QDialog.DialogCode.Rejected.value)
            return
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)
        if refused.kind in self.proceed_kinds:  # e.g. a supervisor's approval comes next
            self.ui.printButton.setText(self.tr("继续(&C)"))
            self.ui.printButton.setEnabled(True)
            self.ui.printButton.setFocus()
        else:
            self.ui.closeButton.setFocus()

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, step: int) -> None:
        target = self.page() + step
        if 0 <= target < self.document.pageCount():
            self.view.pageNavigator().jump(
                target, QPointF(), self.view.pageNavigator().currentZoom()
            )
        self._show_page()

    def _show_page(self) -> None:
        count = self.document.pageCount()
        current = self.page()
        self.ui.pages.setText(
            self.tr("第%1页 共%2页").replace("%1", str(current + 1)).replace("%2", str(count))
        )
        self.previousButton.setEnabled(current > 0)
        self.nextButton.setEnabled(current + 1 < count)


def show_draft(
    ctx: AppContext,
    title: str,
    draft: Callable[[], tuple[documents.DocumentInfo, bytes]],
    parent: QWidget | None,
    on_print: Callable[[documents.DocumentInfo], None],
    on_cancel: Callable[[], None] | None = None,
) -> DraftPreviewDialog:
    """Open the draft preview window-modally without blocking; `on_print(draft info)` when the
    clerk prints, `on_cancel()` when not."""
    dialog = DraftPreviewDialog(ctx, title, draft, parent)
    dialog.resize(860, 980)
    dialog.accepted.connect(lambda: on_print(dialog.info))
    if on_cancel is not None:
        dialog.rejected.connect(on_cancel)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
