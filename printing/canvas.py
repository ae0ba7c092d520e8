"""The canvas every document is drawn on: page numbers 第N页 共M页, the demo watermark, no Helvetica.

- Pages are held back until the document ends (reportlab's numbered-canvas recipe), so each page
  can print the total: 第2页 共3页. A page painter marks where the number goes (`number_at`).
- A demo database prints on demo paper: `watermarked("演示样本")` around a render puts the text
  diagonally across every page of every document rendered inside it (a context variable, so the
  renderers' signatures do not change and no document kind can forget it).
- The initial font is the embedded CJK font: reportlab otherwise names Helvetica in every page's
  preamble, a font no PDF here embeds (`pdffonts` listed it as not embedded).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

_watermark: contextvars.ContextVar[str] = contextvars.ContextVar("watermark", default="")

WATERMARK_COLOUR = colors.Color(0.75, 0.1, 0.1, alpha=0.16)


@contextlib.contextmanager
def watermarked(text: str) -> Iterator[None]:
    """Every page rendered inside the block carries `text` across it ("" renders none)."""
    token = _watermark.set(text)
    try:
        yield
    finally:
        _watermark.reset(token)


def current_watermark() -> str:
    return _watermark.get()


@dataclass(frozen=True)
class NumberSpot:
    """Where and how a page painter wants 第N页 共M页 drawn (right-aligned at x)."""

    x: float
    y: float
    font: str
    size: float
    lang: str = "zh"


def page_number_text(n: int, total: int, lang: str = "zh") -> str:
    zh, en = f"第{n}页 共{total}页", f"Page {n} of {total}"
    return {"zh": zh, "en": en}.get(lang, f"{zh} / {en}")  # "zh+en": a bilingual document


def number_at(canvas: Canvas, spot: NumberSpot) -> None:
    """Called by a page painter: this page prints its number and the total at `spot`."""
    canvas._number_spot = spot  # noqa: SLF001 - kept with the page's state until the end


class DocumentCanvas(Canvas):
    """Canvas with deferred pages: numbers with the total, the watermark, an embedded initial font."""

    def __init__(self, *args, font: str, **kwargs) -> None:
        if not kwargs.get("initialFontName"):  # platypus passes None explicitly
            kwargs["initialFontName"] = font
        super().__init__(*args, **kwargs)
        self._wm_font = font
        self._watermark = _watermark.get()
        self._held: list[dict] = []
        self._number_spot: NumberSpot | None = None

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._number_spot = None
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for n, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._finish_page(n, total)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)

    def _finish_page(self, n: int, total: int) -> None:
        spot = self._number_spot
        if spot is not None:
            self.saveState()
            self.setFillColor(colors.black)
            self.setFont(spot.font, spot.size)
            self.drawRightString(spot.x, spot.y, page_number_text(n, total, spot.lang))
            self.restoreState()
        if self._watermark:
            draw_watermark(self, self._watermark, self._wm_font)


def draw_watermark(canvas: Canvas, text: str, font: str) -> None:
    """`text` large and faint, diagonally across the page, three times down its length."""
    w, h = canvas._pagesize  # noqa: SLF001
    size = min(w, h) / 7
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOUR)
    canvas.setFont(font, size)
    for i in range(3):
        canvas.saveState()
        canvas.translate(w / 2, h * (i + 0.5) / 3)
        canvas.rotate(30 if w < h else 15)
        canvas.drawCentredString(0, -size / 3, text)
        canvas.restoreState()
    canvas.restoreState()
