"""All paragraph styles, page sizes and margins in one place.

`wordWrap="CJK"` lets reportlab break lines between hanzi (Chinese has no spaces).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from . import linebreak
from .fonts import register_cjk_font

PAGE = A4
PAGE_LANDSCAPE = landscape(A4)
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm  # room for the footer with the phones
GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
RED = colors.HexColor("#C00000")


@dataclass(frozen=True)
class StyleSet:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table: ParagraphStyle
    table_head: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    note: ParagraphStyle

    @property
    def font(self) -> str:
        return self.body.fontName


@cache
def styles(body_size: float = 10.5) -> StyleSet:
    """Styles scaled from the body size (10.5pt = 五号; 16pt+ for the large-print guide)."""
    font = register_cjk_font()
    linebreak.install()  # 避头尾: reportlab's CJK wrapping with the Chinese rules
    b = body_size
    t = b if b >= 16 else b * 0.9  # large print keeps tables at body size too

    def ps(name: str, size: float, **kw) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.45)
        return ParagraphStyle(f"{name}-{b}", fontName=font, fontSize=size, wordWrap="CJK", **kw)

    return StyleSet(
        title=ps(
            "title", b * 2, alignment=TA_CENTER, spaceBefore=2, spaceAfter=b * 0.6, leading=b * 2.6
        ),
        subtitle=ps("subtitle", b * 1.05, alignment=TA_CENTER, spaceAfter=2),
        heading=ps("heading", b * 1.2, spaceBefore=b * 0.6, spaceAfter=b * 0.25, keepWithNext=1),
        body=ps("body", b, alignment=TA_LEFT, spaceAfter=b * 0.3),
        small=ps("small", b if b >= 16 else b * 0.8),  # large print: nothing under 16pt
        table=ps("table", t, leading=t * 1.35),
        table_head=ps("table_head", t, leading=t * 1.35, alignment=TA_CENTER),
        right=ps("right", b, alignment=TA_RIGHT),
        center=ps("center", b, alignment=TA_CENTER),
        note=ps("note", b if b >= 16 else b * 0.9, textColor=RED, spaceAfter=b * 0.3),
    )
