"""PDF bytes to a real printer: rasterise pages off the UI thread, paint them on the QPrinter.

`rasterise()` runs in the task runner (QPdfDocument and QImage work outside the GUI thread);
`paint()` sends the images to the printer on the UI thread. Pages are rendered at the printer's
resolution, capped at MAX_DPI so an A4 page stays a few tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


class PrintFailed(Exception):
    """The printer could not be opened or refused a page; the document is safe in the database."""


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive as long as the document."""
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
        images.append(document.render(page, size))
    document.close()
    return images


def paint(printer: QPrinter, images: list[QImage]) -> None:
    """Draw the page images onto the printer's full page; PrintFailed when the printer refuses."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("printer did not start")
    try:
        for number, image in enumerate(images):
            if number and not printer.newPage():
                raise PrintFailed("printer refused a new page")
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            target.moveTo(0, 0)  # full page: the PDF already carries its margins
            painter.drawImage(target, image)
    finally:
        painter.end()


def _choose_with_dialog(parent: QWidget | None, printer_name: str) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


# Tests replace this with a function returning a PDF-file QPrinter (or None for "cancelled").
choose_printer: Callable[[QWidget | None, str], QPrinter | None] = _choose_with_dialog


def target_name(printer: QPrinter) -> str:
    return printer.outputFileName() or printer.printerName() or "printer"
