"""PDF bytes to a real printer: rasterise pages off the UI thread, paint them on the QPrinter.

`rasterise()` runs in the task runner (QPdfDocument and QImage work outside the GUI thread);
`paint()` sends the images to the printer on the UI thread. Pages are rendered at the printer's
resolution, capped at MAX_DPI so an A4 page stays a few tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    QThread,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300
_pdfium: QPdfDocument | None = None  # see keep_pdfium_loaded


class PrintFailed(Exception):
    """The printer could not be opened or refused a page; the document is safe in the database.
    `message` (when set) says why in the user's language."""

    def __init__(self, detail: str, message: str = ""):
        super().__init__(detail)
        self.message = message


def missing_printer_message(name: str) -> str:
    return QCoreApplication.translate(
        "Printing", "找不到打印机“%1”。文书已保存，请在“设置”中选择可用的打印机后重新打印。"
    ).replace("%1", name)


def printer_problem(printer: QPrinter) -> str | None:
    """Why `printer` cannot take a job now, in the user's language; None when it can.

    A PDF-file printer always can. A system printer must be known to the print service (CUPS,
    the Windows spooler) and not stopped: a CUPS queue that is disabled or a spooler printer in
    error reports `QPrint.Error`, and a job sent there would wait unseen while the applicant
    waits at the counter. Checked before the print is recorded, so nothing is counted as printed.
    """
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return None  # a PDF file (Qt also falls back to PDF, without a file, when no printer
        # service answers: that is a missing printer, checked below)
    name = printer.printerName()
    info = QPrinterInfo.printerInfo(name)
    if not name or info.isNull():
        return missing_printer_message(
            name or QCoreApplication.translate("Printing", "（系统默认）")
        )
    if info.state() == QPrinter.PrinterState.Error:
        return QCoreApplication.translate(
            "Printing",
            "打印机“%1”已停止或脱机。文书已保存，请检查打印机的电源、纸张和连接后重新打印。",
        ).replace("%1", name)
    return None


def named_printer(name: str) -> QPrinter:
    """A printer set to the system printer `name` ("" = the system's default), ready to print;
    PrintFailed with the user's message when it is missing or offline. Qt silently swaps an
    unknown name for the default printer, so the name is looked up first."""
    if not name:
        name = QPrinterInfo.defaultPrinterName()
    if not name or name not in QPrinterInfo.availablePrinterNames():
        raise PrintFailed(
            f"no printer {name!r}",
            missing_printer_message(name or QCoreApplication.translate("Printing", "（系统默认）")),
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setFullPage(True)
    problem = printer_problem(printer)
    if problem:
        raise PrintFailed(f"printer {name!r} is not ready", problem)
    return printer


def failure_message(error: PrintFailed) -> str:
    """What to tell the clerk when a print failed part-way: the document is kept for reprint."""
    return error.message or QCoreApplication.translate(
        "Printing", "打印机未能打印。文书已保存，请检查打印机后重新打印（补打）。"
    )


def keep_pdfium_loaded() -> None:
    """Hold one empty QPdfDocument for the application's life, so pdfium is set up once.

    QtPdf sets pdfium up (`FPDF_InitLibrary`) when the first QPdfDocument is made and tears it
    down (`FPDF_DestroyLibrary`) when the last one is deleted. Every such cycle left two of
    pdfium's 2 MiB PartitionAlloc super pages mapped for good, about 20 kB resident: a preview
    opened and closed with no other document alive did it once per applicant, 2.9 MB per 1,000
    operations of the clerk's day and most of the day's growth (issue 22, bench/RESULTS.md).
    Call it on the UI thread (a no-op elsewhere): the document is the application's child and
    is deleted with it."""
    global _pdfium
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    if _pdfium is None or not shiboken6.isValid(_pdfium):
        _pdfium = QPdfDocument(app)


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive as long as the document."""
    keep_pdfium_loaded()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(f"cannot read PDF: {document.error()}")
    return document, buffer


def rasterise(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page as an image at `dpi` (capped); safe to call from a worker thread."""
    dpi = max(72, min(dpi, MAX_DPI))
    document, _buffer = load_pdf(pdf)
    images = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, size)
        image.setDotsPerMeterX(round(dpi / 0.0254))  # so `paint` knows the page's size in points
        image.setDotsPerMeterY(round(dpi / 0.0254))
        images.append(image)
    document.close()
    return images


def page_layout(image: QImage) -> QPageLayout:
    """The paper and orientation of a rendered page: a landscape licence prints landscape on
    whatever the printer's default is, never squeezed onto a portrait page."""
    inches = (image.width() / (image.dotsPerMeterX() * 0.0254),
              image.height() / (image.dotsPerMeterY() * 0.0254))  # fmt: skip
    short, long = sorted(v * 72 for v in inches)
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)  # fmt: skip
    landscape = image.width() > image.height()
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def paint(printer: QPrinter, images: list[QImage]) -> None:
    """Draw the page images onto the printer, each page on paper of its own size and
    orientation, its proportions kept; PrintFailed when the printer refuses."""
    painter = QPainter()
    if images:
        printer.setPageLayout(page_layout(images[0]))
    if not painter.begin(printer):
        raise PrintFailed("printer did not start")
    try:
        for number, image in enumerate(images):
            if number:
                printer.setPageLayout(page_layout(image))
                if not printer.newPage():
                    raise PrintFailed("printer refused a new page")
            full = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(full.width() / image.width(), full.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(QRectF(0, 0, full.width(), full.height()).center())
            painter.drawImage(target, image)  # the PDF already carries its margins
    finally:
        painter.end()


def _choose_with_dialog(parent: QWidget | None, printer_name: str) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


# Tests replace this with a function returning a PDF-file QPrinter (or None for "cancelled").
choose_printer: Callable[[QWidget | None, str], QPrinter | None] = _choose_with_dialog


def target_name(printer: QPrinter) -> str:
    return printer.outputFileName() or printer.printerName() or "printer"
