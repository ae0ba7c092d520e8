"""营业执照: facsimile, overlay for pre-printed licence paper, and a calibration page.

All three share one table of field anchors, so the overlay lands where the facsimile prints
its values; a per-printer offset (mm, right/up positive) corrects paper feed differences.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .blocks import Labeller, fmt_date
from .canvas import DocumentCanvas
from .codes import qr_png
from .licence_data import LicenceData
from .styles import PAGE_LANDSCAPE, RED, styles
from .text import para, plain


@dataclass(frozen=True)
class Anchor:
    """Value box: left x and top y in mm from the page's bottom-left corner."""

    x: float
    y: float
    w: float
    h: float
    size: float = 12  # preferred font size; shrinks to fit the box
    label: str = ""  # facsimile label key, drawn to the left of the box


FIELDS: dict[str, Anchor] = {
    "uscc": Anchor(22, 183, 80, 7, 12, ""),
    "name": Anchor(62, 152, 88, 14, 12, "ent_name"),
    "enterprise_type": Anchor(62, 137, 88, 8, 12, "ent_type"),
    "legal_representative": Anchor(62, 127, 88, 8, 12, "legal_rep"),
    "business_scope": Anchor(62, 117, 88, 72, 11, "business_scope"),
    "registered_capital": Anchor(190, 152, 85, 10, 12, "capital"),
    "established_on": Anchor(190, 140, 85, 8, 12, "established_on"),
    "business_term": Anchor(190, 130, 85, 8, 12, "business_term"),
    "domicile": Anchor(190, 120, 85, 16, 12, "domicile"),
    "authority": Anchor(200, 58, 75, 8, 12, "registration_authority"),
    "issued_on": Anchor(215, 34, 60, 8, 12, ""),
}
#: The SAMR licence templates: per kind of entity, the label of each field it prints (a field
#: not listed is not printed: an individual business has no capital and no business term).
TEMPLATES: dict[str, dict[str, str]] = {
    "company": {},
    "individual": {"legal_representative": "operator", "registered_capital": "composition",
                   "established_on": "registered_on", "domicile": "premises",
                   "business_term": ""},
    "cooperative": {"registered_capital": "member_capital", "business_scope": "operating_scope",
                    "business_term": ""},
}  # fmt: skip


def _labels(kind: str) -> dict[str, str]:
    """Slot -> label key for this kind of entity; slots with no label are left out."""
    own = TEMPLATES.get(kind, TEMPLATES["company"])
    return {slot: own.get(slot, a.label) for slot, a in FIELDS.items() if own.get(slot, 1)}


QR = Anchor(250, 190, 28, 28)
_LABEL_GAP = 32  # mm from label start to value box


def _values(d: LicenceData) -> dict[str, str]:
    values = {
        "uscc": d.uscc,
        "name": d.name,
        "enterprise_type": d.enterprise_type,
        "legal_representative": d.legal_representative,
        "business_scope": d.business_scope,
        "registered_capital": d.composition if d.kind == "individual" else d.registered_capital,
        "established_on": fmt_date(d.established_on),
        "business_term": d.business_term,
        "domicile": d.domicile,
        "authority": d.authority,
        "issued_on": fmt_date(d.issued_on),
    }
    return {slot: values[slot] for slot in _labels(d.kind)}


def _fit(c: Canvas, text: str, a: Anchor, dx: float, dy: float) -> None:
    """Draw text wrapped in the anchor box, shrinking the font until it fits."""
    base = styles().body
    size = a.size
    while True:
        style = base.clone("fit", fontSize=size, leading=size * 1.3, spaceAfter=0)
        p = Paragraph(para(text), style)
        _, ph = p.wrap(a.w * mm, 10_000)
        if ph <= a.h * mm or size <= 5:
            break
        size -= 0.5
    p.drawOn(c, (a.x + dx) * mm, (a.y + dy) * mm - ph)


def _draw_values(c: Canvas, d: LicenceData, dx: float, dy: float) -> None:
    for key, text in _values(d).items():
        _fit(c, text, FIELDS[key], dx, dy)
    img = ImageReader(io.BytesIO(qr_png(d.qr_payload or d.uscc)))
    c.drawImage(img, (QR.x + dx) * mm, (QR.y + dy - QR.h) * mm, QR.w * mm, QR.h * mm)


def _draw_frame(c: Canvas, font: str, kind: str = "company") -> None:
    """Facsimile furniture: border, title, labels, QR hint, seal placeholder."""
    L = Labeller("zh")
    w, h = PAGE_LANDSCAPE
    c.setLineWidth(2)
    c.rect(8 * mm, 8 * mm, w - 16 * mm, h - 16 * mm)
    c.setLineWidth(0.6)
    c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
    c.setFont(font, 40)
    c.drawCentredString(w / 2, 168 * mm, L("licence_title"))
    c.setFont(font, 11)
    c.drawString(22 * mm, 187 * mm, L("uscc"))
    for slot, key in _labels(kind).items():
        if key:
            a = FIELDS[slot]
            text = "　".join(L(key)) if len(L(key)) <= 2 else L(key)
            c.drawString((a.x - _LABEL_GAP) * mm, (a.y - 4.2) * mm, text)
    hint = Paragraph(para(L("qr_hint")), styles().small.clone("hint", fontSize=6, leading=7.5))
    _, ph = hint.wrap(36 * mm, 100)
    hint.drawOn(c, (QR.x - 4) * mm, (QR.y - QR.h - 1) * mm - ph)
    c.saveState()
    c.setStrokeColor(RED)
    c.setDash(3, 2)
    c.circle(238 * mm, 48 * mm, 21 * mm)
    c.setFillColor(RED)
    c.drawCentredString(238 * mm, 36 * mm, L("seal"))
    c.restoreState()


def _canvas(buf: io.BytesIO, title: str) -> Canvas:
    c = DocumentCanvas(buf, pagesize=PAGE_LANDSCAPE, invariant=1, font=styles().font)
    c.setTitle(plain(title))
    c.setCreator("window_app printing")
    return c


def render_licence(
    data: LicenceData, overlay: bool = False, offset_mm: tuple[float, float] = (0.0, 0.0)
) -> bytes:
    """Facsimile (overlay=False) or values only for pre-printed paper (overlay=True).

    The offset applies to the overlay only: a facsimile is printed on blank paper.
    """
    font = styles().font
    buf = io.BytesIO()
    c = _canvas(buf, data.name)
    if overlay:
        _draw_values(c, data, *offset_mm)
    else:
        _draw_frame(c, font, data.kind)
        _draw_values(c, data, 0.0, 0.0)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_licence_test_page(offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """Crosshairs at every field anchor (offset applied) and mm rulers on two edges.

    Print on the pre-printed paper: where the crosshairs miss the boxes, adjust the offset.
    """
    font = styles().font
    dx, dy = offset_mm
    L = Labeller("zh")
    buf = io.BytesIO()
    c = _canvas(buf, L("calibration_title"))
    w, h = PAGE_LANDSCAPE
    c.setFont(font, 6)
    for x in range(0, int(w / mm) + 1, 5):  # ruler along the top edge
        tick = 6 if x % 10 == 0 else 3
        c.line(x * mm, h, x * mm, h - tick * mm)
        if x % 20 == 0:
            c.drawString(x * mm + 0.5 * mm, h - 9 * mm, str(x))
    for y in range(0, int(h / mm) + 1, 5):  # ruler along the left edge
        tick = 6 if y % 10 == 0 else 3
        c.line(0, y * mm, tick * mm, y * mm)
        if y % 20 == 0:
            c.drawString(7 * mm, y * mm - 1, str(y))
    for key, a in {**FIELDS, "qr": QR}.items():
        x, y = (a.x + dx) * mm, (a.y + dy) * mm
        c.setLineWidth(0.3)
        c.line(x - 5 * mm, y, x + 5 * mm, y)
        c.line(x, y - 5 * mm, x, y + 5 * mm)
        c.setDash(1, 2)
        c.rect(x, y - a.h * mm, a.w * mm, a.h * mm)
        c.setDash()
        c.drawString(x + 1 * mm, y + 1 * mm, key)
    c.setFont(font, 14)
    c.drawCentredString(w / 2, h / 2, L("calibration_title"))
    c.setFont(font, 10)
    c.drawCentredString(w / 2, h / 2 - 8 * mm, L("calibration_offset", dx=dx, dy=dy))
    c.showPage()
    c.save()
    return buf.getvalue()
