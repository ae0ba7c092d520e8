"""The guide as a two-sided tri-fold leaflet (a letter fold) on A4 landscape.

The outside (page 1) holds, left to right, the inner flap, the back panel and the cover; the
inside (page 2) the three panels read in order once it is opened. Printed two-sided, flipped
on the short edge, the cover backs panel 1 and the flap backs panel 3; the flap is 3 mm
narrower so it tucks in. The cover is what one sees first, the flap (办理须知: limits, fees,
how) when the cover is turned, then the inside; the back panel carries where, when and whom
to call, the remedies and the catalogue version. Fold marks stand at the top and bottom edges;
no footer runs across a fold; `printing.guide` steps the text size down (`SIZES`) until the
leaflet fits its one sheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)

from .blocks import P, build_pdf
from .canvas import NumberSpot, number_at
from .styles import GRID, PAGE_LANDSCAPE

SIZES = (8.0, 7.5, 7.0, 6.5)  # text sizes tried in turn until the leaflet fits its sheet
_FLAP, _PANEL = 97 * mm, 100 * mm  # panel widths: 97 + 100 + 100 = 297 mm, A4 landscape
OUTSIDE = (_FLAP, _PANEL, _PANEL)  # inner flap | back panel | cover
INSIDE = (_PANEL, _PANEL, _FLAP)  # panels 1 | 2 | 3 (3 is the back of the flap)
_PAD = 7 * mm  # text keeps this far from each fold and edge
_TOP, _BOTTOM = 10 * mm, 13 * mm
TEXT_WIDTH = _FLAP - 2 * _PAD  # the narrowest panel's text width, used by every panel


def leaflet(g) -> list[Flowable]:  # noqa: ANN001 (printing.guide._Guide)
    """The tri-fold's story: cover, flap and back panel (each kept to its panel), then
    the inside's three panels."""
    st = g.st
    cover = [
        Spacer(1, 18 * mm),
        *g.title(),
        Spacer(1, 6 * mm),
        g.rows(
            "matter_name", "matter_code", "matter_type", "implementer", "visits", "consult_phone"
        ),
    ]
    flap = [
        P(g.lab("guide_notes"), st.heading),
        g.rows("statutory_limit", "promised_limit", "fees", "intermediaries",
                  "channels", "result_name", "delivery_methods", "setting_basis",
                  "implementing_basis"),
    ]  # fmt: skip
    back = [
        P(g.lab("guide_contact"), st.heading),
        g.rows("where", "hours", "consult_phone", "complaint_phone"),
        *g.heading("remedies"),
        P(g.d.remedies, st.body),
        Spacer(1, 3 * mm),
        g.version(),
    ]
    w, h = g.width, PAGE_LANDSCAPE[1] - _TOP - _BOTTOM
    return [
        KeepInFrame(w, h, cover, mode="shrink"),
        FrameBreak(),
        KeepInFrame(w, h, flap, mode="shrink"),
        FrameBreak(),
        NextPageTemplate("inside"),
        KeepInFrame(w, h, back, mode="shrink"),
        FrameBreak(),
        *g.inside(),
    ]


def _lefts(widths: tuple[float, ...]) -> list[float]:
    return [sum(widths[:i]) for i in range(len(widths))]


def _side_painter(font: str, widths: tuple[float, ...], numbers: str) -> Callable:
    """Fold marks at the top and bottom edges and 第N页 共M页 inside the right-hand panel:
    nothing is drawn across a fold."""

    def paint(canvas, doc) -> None:  # noqa: ANN001
        w, h = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        for x in _lefts(widths)[1:]:
            canvas.line(x, h, x, h - 5 * mm)
            canvas.line(x, 0, x, 5 * mm)
        canvas.restoreState()
        number_at(canvas, NumberSpot(w - _PAD, _BOTTOM - 7 * mm, font, 7, numbers))

    return paint


def render(g, title: str, numbers: str) -> bytes:  # noqa: ANN001 (printing.guide._Guide)
    h = PAGE_LANDSCAPE[1] - _TOP - _BOTTOM

    def frames(widths: tuple[float, ...], order: tuple[int, ...], names: tuple[str, ...]):
        lefts = _lefts(widths)
        return [
            Frame(lefts[i] + _PAD, _BOTTOM, widths[i] - 2 * _PAD, h, id=names[i],
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            for i in order
        ]  # fmt: skip

    templates = [
        PageTemplate(id="outside", pagesize=PAGE_LANDSCAPE,
                     frames=frames(OUTSIDE, (2, 0, 1), ("flap", "back", "cover")),
                     onPage=_side_painter(g.st.font, OUTSIDE, numbers)),
        PageTemplate(id="inside", pagesize=PAGE_LANDSCAPE,
                     frames=frames(INSIDE, (0, 1, 2), ("inside1", "inside2", "inside3")),
                     onPage=_side_painter(g.st.font, INSIDE, numbers)),
    ]  # fmt: skip
    return build_pdf(leaflet(g), title=title, pagesize=PAGE_LANDSCAPE, templates=templates)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))
