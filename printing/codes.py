"""Barcodes: Code128 as vector bars, QR codes as in-memory PNG.

python-barcode encodes the application number and lays out its modules (0.3 mm, 4 mm quiet
zones); a small writer hands the dark bars to a reportlab Flowable that fills them as
rectangles. Vector bars stay sharp at any printer resolution, so zbarimg decodes them from a
150 dpi rasterisation, and no PNG is encoded, decoded and re-compressed for every document.
"""

from __future__ import annotations

import io

import barcode
import qrcode
from barcode.writer import BaseWriter
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image

_MODULE_MM = 0.3
_QUIET_ZONE_MM = 4
_CODE128_CHARS = {chr(c) for c in range(32, 127)}


def can_code128(value: str) -> bool:
    """Code128 (code sets A/B/C) encodes printable ASCII; application numbers always are."""
    return bool(value) and all(ch in _CODE128_CHARS for ch in value)


class Bars(Flowable):
    """Dark bars of a linear barcode; x and widths in mm from the left edge of the quiet zone."""

    def __init__(
        self,
        bars: list[tuple[float, float]],
        size_mm: tuple[float, float],
        bar_y_mm: float,
        bar_height_mm: float,
    ) -> None:
        super().__init__()
        self.bars = bars
        self.width, self.height = size_mm[0] * mm, size_mm[1] * mm
        self.bar_y, self.bar_h = bar_y_mm * mm, bar_height_mm * mm

    def draw(self) -> None:
        c = self.canv
        path = c.beginPath()
        for x, w in self.bars:
            path.rect(x * mm, self.bar_y, w * mm, self.bar_h)
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


class _BarsWriter(BaseWriter):
    """python-barcode writer that collects the dark modules instead of painting pixels."""

    def __init__(self) -> None:
        super().__init__(self._start, self._module, None, self._finish)
        self._bars: list[tuple[float, float]] = []
        self._size = (0.0, 0.0)

    def _start(self, code: list[str]) -> None:
        self._bars = []
        self._size = self.calculate_size(len(code[0]), 1)

    def _module(self, xpos: float, _ypos: float, width: float, color: str) -> None:
        if color == self.foreground:
            self._bars.append((xpos, width))

    def _finish(self) -> Bars:
        # PDF y grows upwards: the writer's bottom margin lies below the bars.
        return Bars(self._bars, self._size, self.margin_bottom, self.module_height)


def code128_bars(value: str, height_mm: float = 12) -> Bars:
    """Code128 without human-readable text (the documents print the number as text)."""
    if not can_code128(value):
        raise ValueError(f"cannot encode {value!r} as Code128")
    code = barcode.get("code128", value, writer=_BarsWriter())
    return code.render(
        {
            "module_width": _MODULE_MM,
            "module_height": height_mm,
            "quiet_zone": _QUIET_ZONE_MM,
            "write_text": False,
        }
    )


def qr_png(value: str) -> bytes:
    """QR PNG (error correction M, 4-module quiet zone as the spec asks)."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=8, border=4)
    qr.add_data(value)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(buf, format="PNG")
    return buf.getvalue()


def qr_image(value: str, size_mm: float = 25) -> Image:
    """QR code as a square Image flowable."""
    return Image(io.BytesIO(qr_png(value)), width=size_mm * mm, height=size_mm * mm)
