"""The queue ticket on a thermal roll (58 mm or 80 mm) through Qt printing.

`paint_ticket` draws one ticket on any QPrinter: the hall, the line, the ticket number large,
how many wait ahead, the time taken and the rules (ticket numbers only: no name is printed).
`ticket_printer` sets a custom page of the roll's width (the printable width of a 58 mm roll is
about 48 mm, of an 80 mm roll about 72 mm) so a PDF printer shows exactly what the roll gets.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from .printing_qt import PrintFailed

PAPERS = {58: (58.0, 80.0), 80: (80.0, 100.0)}  # roll width, ticket length in mm
MARGIN_MM = 4.0


def ticket_printer(paper: int, printer: QPrinter | None = None) -> QPrinter:
    """A printer (the default one unless given) set to one ticket of the roll `paper` mm wide."""
    width, height = PAPERS[paper]
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, f"roll{paper}",
                     QPageSize.SizeMatchPolicy.ExactMatch)  # fmt: skip
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))  # fmt: skip
    printer.setFullPage(False)
    return printer


def paint_ticket(printer: QPrinter, number: str, line: str, waiting: int, issued_at: datetime,
                 priority: str | None = None) -> None:  # fmt: skip
    """Draw the ticket; PrintFailed when the printer does not start."""
    t = QCoreApplication.translate
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("ticket printer did not start")
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        mm = printer.resolution() / 25.4
        y = 0.0

        def text(value: str, size_mm: float, bold: bool = False, gap_mm: float = 1.5) -> None:
            nonlocal y
            font = QFont(painter.font())
            font.setPixelSize(max(1, round(size_mm * mm)))
            font.setBold(bold)
            painter.setFont(font)
            height = size_mm * mm * 1.45
            painter.drawText(QRectF(0, y, page.width(), height),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), value)  # fmt: skip
            y += height + gap_mm * mm

        wide = page.width() / mm > 60
        text(t("TicketPrint", "湛江市政务服务中心"), 4.0 if wide else 3.2, True)
        painter.drawLine(0, round(y), round(page.width()), round(y))
        y += 1.5 * mm
        text(line, 4.5 if wide else 3.6)
        text(number, 16.0 if wide else 12.0, True, 0.5)
        labels = {"elderly": t("TicketPrint", "老年人优先"), "disabled": t("TicketPrint", "残疾人优先"),
                  "appointment": t("TicketPrint", "预约")}  # fmt: skip
        if priority in labels:
            text(labels[priority], 3.0)
        text(
            t("TicketPrint", "您前面还有%1人等候").replace("%1", str(waiting)), 3.4 if wide else 2.9
        )
        text(f"{issued_at:%Y-%m-%d %H:%M}", 2.8 if wide else 2.5)
        painter.drawLine(0, round(y), round(page.width()), round(y))
        y += 1.5 * mm
        text(t("TicketPrint", "请留意叫号和语音提示"), 2.6 if wide else 2.2, gap_mm=0.5)
        text(t("TicketPrint", "过号请到窗口咨询，当日有效"), 2.6 if wide else 2.2)
    finally:
        painter.end()
