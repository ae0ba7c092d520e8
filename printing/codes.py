"""Barcodes and QR codes as in-memory PNG placed as reportlab Image flowables.

The PNG is rendered at exactly 10 px/mm with whole-pixel modules and placed at its natural
size, so the bars stay sharp and zbarimg decodes them from a 150 dpi rasterisation.
"""

from __future__ import annotations

import io

import barcode
import qrcode
from barcode.writer import ImageWriter
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.platypus import Image

_DPI = 254  # 10 px per mm: a 0.3 mm module is exactly 3 px
_MODULE_MM = 0.3 + 1e-9  # float guard: 0.3*254/25.4 is 2.9999…, which truncates to 2 px
_CODE128_CHARS = {chr(c) for c in range(32, 127)}


def can_code128(value: str) -> bool:
    """Code128 (code sets A/B/C) encodes printable ASCII; application numbers always are."""
    return bool(value) and all(ch in _CODE128_CHARS for ch in value)


def code128_png(value: str, height_mm: float = 12) -> bytes:
    """PNG bytes of a Code128 barcode without human-readable text (the PDF prints it as text)."""
    if not can_code128(value):
        raise ValueError(f"cannot encode {value!r} as Code128")
    writer = ImageWriter(format="PNG", dpi=_DPI)
    code = barcode.get("code128", value, writer=writer)
    buf = io.BytesIO()
    code.write(
        buf,
        options={
            "module_width": _MODULE_MM,
            "module_height": height_mm,
            "quiet_zone": 4,
            "write_text": False,
            "dpi": _DPI,
        },
    )
    return buf.getvalue()


def _png_size_mm(png: bytes) -> tuple[float, float]:
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(png)) as im:
        w, h = im.size
    return w * 25.4 / _DPI, h * 25.4 / _DPI


def code128_image(value: str, height_mm: float = 12) -> Image:
    """Code128 as an Image flowable at natural (unscaled) size."""
    png = code128_png(value, height_mm)
    w, h = _png_size_mm(png)
    return Image(io.BytesIO(png), width=w * mm, height=h * mm)


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
