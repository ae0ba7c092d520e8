"""Print a licence (营业执照) by USCC: preview, facsimile or overlay, per-printer calibration.

The USCC is checked by `core.uscc` (the message names the wrong part). The preview is rendered
by `services.licence` off the UI thread; printing records the print (`licence.print_licence`,
reprints marked) and goes through `printing_qt` like every other document. Overlay prints onto
pre-printed licence paper use the offset saved for the chosen printer; an administrator prints
the calibration page, measures, and saves dx/dy for that printer here.

The 先照后证 referral notice is an issued document: it opens in the common `print_preview`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QWidget

from ..core import uscc as uscc_mod
from ..core.errors import DomainError
from ..services import licence, referrals
from ..services.context import Role
from . import dialogs, print_preview, printing_qt
from .code_fields import FieldMessages, make_code_field
from .context import AppContext
from .generated.ui_licence_print import Ui_LicencePrintDialog
from .i18n import error_text
from .outcomes import Refused, call
from .settings import LICENCE_PRINTER, printer_for

PREVIEW_DPI = 110


def printer_key(printer: QPrinter) -> str:
    """The name a printer's overlay offset is saved under."""
    return printer.printerName() or printing_qt.target_name(printer)


def on_paper(page: QImage) -> QImage:
    """The page drawn on white paper (the PDF's background is transparent); any thread."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


class LicencePrintDialog(QDialog):
    loaded = Signal()
    printed = Signal(object)  # licence.LicencePrint
    calibrated = Signal(object)  # (dx, dy) saved
    test_page_printed = Signal(str)  # the printer's key

    def __init__(self, ctx: AppContext, code: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LicencePrintDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.code: str | None = None  # the validated USCC shown
        self.pdf: bytes | None = None
        self.has_referral = False
        self._printer: QPrinter | None = None
        # the page rasterised off the UI thread (printing_qt), scaled to the pane
        self.page_image: QImage | None = None
        printing_qt.keep_pdfium_loaded()  # the workers' documents never the last one
        self.view = QLabel(self)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(400, 280)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.view.setStyleSheet("background: #9e9e9e;")
        ui = self.ui
        ui.viewLayout.addWidget(self.view)
        make_code_field(ui.uscc)
        self.messages = FieldMessages(ui.message)
        self.messages.add("uscc", ui.uscc, ui.usccError)
        ui.uscc.returnPressed.connect(self.preview)
        ui.uscc.editingFinished.connect(self._uscc_left)
        ui.overlay.toggled.connect(lambda _on: self.preview() if ui.uscc.text().strip() else None)
        ui.printButton.clicked.connect(self.print_licence)
        ui.closeButton.clicked.connect(self.accept)
        ui.referralButton.clicked.connect(self.open_referral)
        ui.referralButton.setVisible(False)
        ui.printButton.setEnabled(False)
        # printers: the installed ones and the one in the settings
        names = list(QPrinterInfo.availablePrinterNames())
        default = printer_for(ctx.settings, LICENCE_PRINTER) or QPrinterInfo.defaultPrinterName()
        if default and default not in names:
            names.insert(0, default)
        ui.printer.addItems(names)
        if default:
            ui.printer.setCurrentText(default)
        admin = ctx.actor.role == Role.ADMINISTRATOR
        ui.calibrationBox.setVisible(admin)
        ui.testPageButton.clicked.connect(self.print_test_page)
        ui.saveOffsetButton.clicked.connect(self.save_offset)
        self._offset_timer = QTimer(self)
        self._offset_timer.setSingleShot(True)
        self._offset_timer.setInterval(250)
        self._offset_timer.timeout.connect(self._load_offset)
        ui.printer.currentTextChanged.connect(lambda _t: self._offset_timer.start())
        self.setWindowTitle(self.tr("营业执照 — 预览与打印"))
        self._load_offset()
        if code:
            ui.uscc.setText(code)
            self.preview()
        else:
            ui.uscc.setFocus()

    # --- the code ----------------------------------------------------------------------------
    def _validated(self) -> str | None:
        text = self.ui.uscc.text().strip()
        if not text:  # asked for a preview with no code: 请填写统一社会信用代码 beside it
            self.messages.require(["uscc"])
            return None
        try:
            code = uscc_mod.validate(text)
        except DomainError as exc:
            self.messages.show("uscc", error_text(exc))
            return None
        self.messages.clear("uscc")
        return code

    def _uscc_left(self) -> None:
        text = uscc_mod.normalize(self.ui.uscc.text())
        if text and text != self.code:
            self.preview()

    # --- preview -----------------------------------------------------------------------------
    def overlay(self) -> bool:
        return self.ui.overlay.isChecked()

    def preview(self) -> None:
        code = self._validated()
        if code is None:
            return
        self.code = code
        ctx, overlay, printer = self.ctx, self.overlay(), self.ui.printer.currentText().strip()
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("正在生成执照…"))

        def job() -> tuple:
            data = licence.licence_data(ctx.db, code)
            pdf = licence.render_licence(ctx.db, code, overlay=overlay, printer=printer or None)
            try:
                referrals.referral_document(ctx.db, code)
                referral = True
            except DomainError:
                referral = False
            return data, pdf, referral, on_paper(printing_qt.rasterise(pdf, PREVIEW_DPI)[0])

        call(ctx.runner, self, job, self._show, self._failed)

    def _show(self, result: tuple) -> None:
        data, pdf, referral, image = result
        if data.uscc != self.code:
            return  # another code was asked for meanwhile
        self.pdf = pdf
        self.has_referral = referral
        self.page_image = image
        self._fit()
        self.ui.enterprise.setText(data.name)
        self.ui.message.setText(
            self.tr("套打预览：仅打印各栏内容，请放入营业执照专用纸")
            if self.overlay()
            else self.tr("完整版式：在空白纸上打印执照全部内容及二维码")
        )
        self.ui.referralButton.setVisible(referral)
        self.ui.printButton.setEnabled(True)
        self.ui.printButton.setFocus()
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.pdf = None
        self.page_image = None
        self.view.clear()
        self.ui.enterprise.clear()
        self.ui.printButton.setEnabled(False)
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)
        self.ui.uscc.setFocus()

    def _fit(self) -> None:
        if self.page_image is None:
            return
        size = self.view.size().shrunkBy(QMargins(12, 12, 12, 12))
        pixmap = QPixmap.fromImage(self.page_image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.view.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt override)
        super().resizeEvent(event)
        self._fit()

    # --- printing ----------------------------------------------------------------------------
    def _choose(self) -> QPrinter | None:
        printer = printing_qt.choose_printer(self, self.ui.printer.currentText().strip())
        if printer is not None:
            self.ui.printer.setCurrentText(printer_key(printer))
        return printer

    def print_licence(self) -> None:
        if self.code is None or self.pdf is None:
            return
        printer = self._choose()
        if printer is None:
            return
        problem = printing_qt.printer_problem(printer)
        if problem:  # nothing recorded: the licence is not counted as printed
            self._print_failed(Refused(problem, None, "PrintFailed"))
            return
        self._printer = printer
        self._send_print(None)

    def _send_print(self, reason: str | None) -> None:
        printer = self._printer
        ctx, code, overlay, key = self.ctx, self.code, self.overlay(), printer_key(printer)
        dpi = printer.resolution()
        self.ui.printButton.setEnabled(False)
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("正在打印…"))

        def job() -> tuple:
            record = licence.print_licence(ctx.db, ctx.actor, code, overlay=overlay, printer=key,
                                           reason=reason)  # fmt: skip
            return record, printing_qt.rasterise(record.pdf, dpi)

        call(ctx.runner, self, job, self._paint, self._refused_print)

    def _refused_print(self, refused: Refused) -> None:
        """Printed before: a reprint (补打) asks why, then goes to the printer already chosen."""
        if refused.field != "reason":
            self._print_failed(refused)
            return
        reason = dialogs.get_text(
            self,
            self.tr("补打原因"),
            self.tr("此营业执照已打印过，请填写补打原因（如：原件遗失）："),
        )
        if reason is None or not reason.strip():
            self.ui.printButton.setEnabled(True)
            self.ui.message.clear()
            return
        self._send_print(reason)

    def _paint(self, result: tuple) -> None:
        record, images = result
        self.ctx.watcher.local_change()
        if not self._send(images):
            return
        self.ui.printButton.setEnabled(True)
        text = self.tr("已打印营业执照 %1").replace("%1", record.uscc)
        if record.overlay:
            text += (
                self.tr("（套打，偏移 右%1 上%2 毫米）")
                .replace("%1", f"{record.offset_mm[0]:g}")
                .replace("%2", f"{record.offset_mm[1]:g}")
            )
        if record.reprint:
            text += self.tr("（补打第%1次）").replace("%1", str(record.reprint))
        self.ui.message.setText(text)
        self.printed.emit(record)

    def _send(self, images: list) -> bool:
        try:
            printing_qt.paint(self._printer, images)
        except printing_qt.PrintFailed as error:
            self._print_failed(Refused(printing_qt.failure_message(error), None, "PrintFailed"))
            return False
        return True

    def _print_failed(self, refused: Refused) -> None:
        self.ui.printButton.setEnabled(True)
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)

    # --- calibration (administrators) ---------------------------------------------------------
    def _load_offset(self) -> None:
        db, name = self.ctx.db, self.ui.printer.currentText().strip()
        call(
            self.ctx.runner, self, lambda: licence.printer_offset(db, name or None),
            lambda offset, n=name: self._offset_loaded(n, offset), lambda _r: None,
        )  # fmt: skip

    def _offset_loaded(self, name: str, offset: tuple[float, float]) -> None:
        if name != self.ui.printer.currentText().strip():
            return
        dx, dy = offset
        self.ui.dx.setValue(dx)
        self.ui.dy.setValue(dy)
        self.ui.offsetInfo.setText(
            self.tr("套打偏移（%1）：右 %2 毫米，上 %3 毫米")
            .replace("%1", name or self.tr("默认打印机")).replace("%2", f"{dx:g}")
            .replace("%3", f"{dy:g}")
        )  # fmt: skip
        if self.overlay() and self.code:
            self.preview()

    def print_test_page(self) -> None:
        printer = self._choose()
        if printer is None:
            return
        problem = printing_qt.printer_problem(printer)
        if problem:  # nothing recorded: the licence is not counted as printed
            self._print_failed(Refused(problem, None, "PrintFailed"))
            return
        self._printer = printer
        db, key, dpi = self.ctx.db, printer_key(printer), printer.resolution()
        self.ui.message.setText(self.tr("正在打印校准页…"))
        call(
            self.ctx.runner, self,
            lambda: printing_qt.rasterise(licence.licence_test_page(db, key), dpi),
            lambda images: self._test_page_done(key, images), self._print_failed,
        )  # fmt: skip

    def _test_page_done(self, key: str, images: list) -> None:
        if not self._send(images):
            return
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(
            self.tr("校准页已打印到 %1：量出十字与方框的偏差，填入右移/上移后保存。").replace(
                "%1", key
            )
        )
        self.ui.dx.setFocus()
        self.ui.dx.selectAll()
        self.test_page_printed.emit(key)

    def save_offset(self) -> None:
        ctx, name = self.ctx, self.ui.printer.currentText().strip()
        dx, dy = self.ui.dx.value(), self.ui.dy.value()
        call(
            ctx.runner, self, lambda: licence.set_printer_offset(ctx.db, ctx.actor, name, dx, dy),
            self._offset_saved, self._print_failed,
        )  # fmt: skip

    def _offset_saved(self, offset: tuple[float, float]) -> None:
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("已保存该打印机的套打偏移"))
        self._offset_loaded(self.ui.printer.currentText().strip(), offset)
        self.calibrated.emit(offset)

    # --- referral notice ---------------------------------------------------------------------
    def open_referral(self) -> None:
        if self.code is not None:
            show_referral(self.ctx, self.code, self)


def show_licence(
    ctx: AppContext, code: str, parent: QWidget | None, on_close: Callable[[], None] | None = None
) -> LicencePrintDialog:
    """Open the licence preview window-modally without blocking."""
    dialog = LicencePrintDialog(ctx, code, parent)
    dialog.resize(1100, 860)
    if on_close is not None:
        dialog.finished.connect(lambda _r: on_close())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    (dialog.ui.printButton if code else dialog.ui.uscc).setFocus()
    return dialog


def show_referral(
    ctx: AppContext,
    code: str,
    parent: QWidget,
    shown: Callable[[print_preview.PrintPreviewDialog], None] | None = None,
) -> None:
    """The 双告知 notice of an enterprise in the common print preview."""

    def opened(info) -> None:  # noqa: ANN001
        dialog = print_preview.show_preview(ctx, info, parent)
        if shown is not None:
            shown(dialog)

    def failed(refused: Refused) -> None:
        title = QCoreApplication.translate("LicencePrintDialog", "双告知书")
        dialogs.error(parent, title, refused.message)

    call(ctx.runner, parent, lambda: referrals.referral_document(ctx.db, code), opened, failed)


class IssuedPapers:
    """What a registration hands over, one after the other: the licence preview, then, when the
    business scope needs permits, the referral notice (双告知书), opened as the licence closes.
    Kept by the page that registered (on the spot or from a filing)."""

    def __init__(self, ctx: AppContext, parent: QWidget):
        self.ctx, self.parent = ctx, parent
        self.licence_dialog: LicencePrintDialog | None = None
        self.referral_dialog: print_preview.PrintPreviewDialog | None = None
        self._code: str | None = None

    def show(self, code: str, *, referral: bool) -> None:
        self._code, self.referral_dialog = code, None
        on_close = self._licence_closed if referral else None
        self.licence_dialog = show_licence(self.ctx, code, self.parent, on_close=on_close)

    def _licence_closed(self) -> None:
        if self.licence_dialog is not None and self._code is not None:
            self.licence_dialog = None
            show_referral(self.ctx, self._code, self.parent, self._referral_shown)

    def _referral_shown(self, dialog: print_preview.PrintPreviewDialog) -> None:
        self.referral_dialog = dialog


def open_print(window) -> LicencePrintDialog:  # noqa: ANN001
    return show_licence(window.ctx, "", window)
