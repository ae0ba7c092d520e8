"""The footer of every page: phones, catalogue version, document number, 第N页 共M页, 补打."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm

from .canvas import NumberSpot, number_at
from .labeller import Labeller
from .model import DocumentHeader
from .styles import GRID, MARGIN_BOTTOM, RED
from .text import plain


def page_painter(
    font: str,
    lines: Sequence[str],
    lang: str = "zh",
    reprint: int = 0,
    numbers: str = "",
    size: float = 8,
) -> Callable:
    """onPage callback: footer lines and page number (in `numbers`, default the document's
    language; "zh+en" for a bilingual one); a red 补打 stamp on reprints. At `size` 16 and
    more (large print) the page number takes a line of its own: see `footer_height`."""
    L = Labeller(lang)
    scale = size / 8
    lines = [*lines, ""] if size >= 16 else list(lines)

    def paint(canvas, doc) -> None:
        w, h = doc.pagesize
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setStrokeColor(GRID)
        y = doc.bottomMargin - 6 * mm * scale
        canvas.line(doc.leftMargin, y + 4 * mm * scale, w - doc.rightMargin, y + 4 * mm * scale)
        for i, line in enumerate(lines):
            canvas.drawString(doc.leftMargin, y - 4 * mm * scale * i, plain(line))
        # 第N页 共M页, drawn when the document ends and the total is known (printing.canvas)
        last = y - 4 * mm * scale * (len(lines) - 1)
        number_at(canvas, NumberSpot(w - doc.rightMargin, last, font, size, numbers or lang))
        if reprint > 0:
            canvas.setFillColor(RED)
            canvas.setFont(font, 11)
            canvas.drawRightString(w - doc.rightMargin, h - 10 * mm, L("reprint_mark", n=reprint))
        canvas.restoreState()

    return paint


def footer_height(lines: int, size: float = 8) -> float:
    """The bottom margin a footer of `lines` lines at `size` needs (large print: one more)."""
    scale = size / 8
    return max(MARGIN_BOTTOM, (6 + 4 * (lines + (size >= 16))) * mm * scale)


def footer_painter(h: DocumentHeader, font: str) -> Callable:
    """The standard footer: phones, catalogue version and document number."""
    L = Labeller(h.lang)
    return page_painter(
        font,
        [
            f"{L('consult_phone')}：{h.consult_phone}　{L('complaint_phone')}：{h.complaint_phone}",
            # a document of no matter (daily report, complaint register) has no catalogue
            # version: no empty label for it
            (f"{L('catalogue_version')}：{h.catalogue_version}　" if h.catalogue_version else "")
            + f"{L('doc_number')}：{h.doc_number}",
        ],
        h.lang,
        h.reprint,
    )
