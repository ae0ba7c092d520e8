"""PDF bytes to a real printer: rasterise pages off the UI thread, paint them on the QPrinter.

`rasterise()` runs in the task runner (QPdfDocument and QImage work outside the GUI thread);
`paint()` sends the images to the printer on the UI thread. Pages are rendered at the printer's
resolution, capped at MAX_DPI so an A4 page stays a few tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
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
    if printer_name:
        printer.setPrinterName(printer_name)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


# Tests replace this with a function returning a PDF-file QPrinter (or None for "cancelled").
choose_printer: Callable[[QWidget | None, str], QPrinter | None] = _choose_with_dialog


def target_name(printer: QPrinter) -> str:
    return printer.outputFileName() or printer.printerName() or "printer"
