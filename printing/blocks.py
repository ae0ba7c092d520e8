"""Blocks shared by every document: page frame, header, barcode, tables, signatures, seal.

Documents only arrange these blocks; nothing here knows which document it is part of.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .closing import keep_closing
from .codes import can_code128, code128_bars
from .fonts import register_cjk_font
from .footer import footer_painter
from .labeller import Labeller
from .masking import mask_id
from .model import DocumentHeader
from .styles import (
    GRID,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE,
    RED,
    SHADE,
    StyleSet,
)
from .subsets import seeded_canvas
from .text import para, plain

Cell = str | Flowable


def fmt_date(d: date | str | None, lang: str = "zh") -> str:
    """Dates as printed: 2026年11月25日 (zh) or 2026-11-25 (en); text passes through."""
    if d is None:
        return "____年__月__日" if lang == "zh" else "____-__-__"
    if isinstance(d, str):
        return d
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else d.isoformat()


def applicant_code(data: object, L: Labeller) -> tuple[str, str]:
    """(label, value): an organisation's USCC in full (it is public), else the masked ID."""
    uscc = getattr(data, "applicant_uscc", "")
    if uscc:
        return L("uscc"), plain(uscc)
    return L("applicant_id"), mask_id(getattr(data, "applicant_id_masked", ""))


def P(text: object, style, markup: str = "") -> Paragraph:  # noqa: N802 - reads like a tag
    """Paragraph from untrusted text; `markup` is trusted reportlab markup prefixed to it."""
    return Paragraph(markup + para(text), style)


class SealPlaceholder(Flowable):
    """Dashed circle marking where the official seal goes."""

    def __init__(self, text: str, font: str, diameter: float = 38 * mm) -> None:
        super().__init__()
        self.text, self.font, self.d = text, font, diameter
        self.width = self.height = diameter

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RED)
        c.setDash(3, 2)
        c.circle(self.d / 2, self.d / 2, self.d / 2 - 1)
        c.setFillColor(RED)
        c.setFont(self.font, 10)
        c.drawCentredString(self.d / 2, self.d / 2 - 3, self.text)
        c.restoreState()


def barcode_block(
    number: str, st: StyleSet, L: Labeller, max_width: float = 95 * mm
) -> list[Flowable]:
    """Application number as Code128 plus the number as text (text survives bad scans).

    The barcode is never scaled (narrower modules break 150 dpi decoding); a number that cannot
    be encoded or would not fit prints as text with a visible note instead of blocking the print.
    """
    out: list[Flowable] = []
    bars = code128_bars(number) if can_code128(number) and len(number) <= 40 else None
    if bars is not None and bars.width <= max_width:
        bars.hAlign = "RIGHT"
        out.append(bars)
    else:
        out.append(P(L("barcode_unavailable"), st.small))
    out.append(P(L("application_number") + "：" + plain(number), st.right))
    return out


def header_block(
    h: DocumentHeader, title: str, st: StyleSet, L: Labeller, application_number: str | None = None
) -> list[Flowable]:
    """Doc number, window, clerk and barcode on top; authority and title centred below."""
    info = [
        P(f"{L('doc_number')}：{plain(h.doc_number)}", st.small),
        P(f"{L('window')}：{plain(h.window)}　{L('clerk')}：{plain(h.clerk)}", st.small),
        P(f"{L('issued_on')}：{fmt_date(h.issued_on, h.lang)}", st.small),
    ]
    right = barcode_block(application_number, st, L) if application_number is not None else []
    top = Table([[info, right]], colWidths=["45%", "55%"], splitInRow=1)
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    # The reprint stamp is painted on every page by footer_painter, not here.
    return [top, Spacer(1, 3 * mm), P(h.authority, st.subtitle), P(title, st.title)]


def table_style(header_row: bool) -> TableStyle:
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_row:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(cmds)


def _cell(value: Cell, style) -> Flowable:
    return value if isinstance(value, Flowable) else P(value, style)


def kv_table(
    rows: Iterable[tuple[str, Cell]], st: StyleSet, width: float, label_width: float = 32 * mm
) -> Table:
    """Two-column label/value table; labels shaded."""
    data = [[P(k, st.table), _cell(v, st.table)] for k, v in rows]
    t = Table(data, colWidths=[label_width, width - label_width], splitInRow=1)
    style = table_style(False)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    t.setStyle(style)
    return t


def grid_table(
    head: Sequence[str], rows: Iterable[Sequence[Cell]], st: StyleSet, col_widths: Sequence[float]
) -> Table:
    """Table with a shaded heading row that repeats on each page."""
    data = [[P(x, st.table_head) for x in head]]
    data += [[_cell(v, st.table) for v in row] for row in rows]
    t = Table(data, colWidths=list(col_widths), repeatRows=1, splitInRow=1)
    t.setStyle(table_style(True))
    return t


def numbered(items: Iterable[object], st_style, empty: str = "") -> list[Flowable]:
    """Numbered paragraphs (1. 2. 3.) or one paragraph with `empty` when there are none."""
    items = list(items)
    if not items:
        return [P(empty, st_style)] if empty else []
    return [P(it, st_style, markup=f"{i}. ") for i, it in enumerate(items, 1)]


def signature_block(
    h: DocumentHeader,
    st: StyleSet,
    L: Labeller,
    parties: Sequence[str],
    signed_on: date | None = None,
    width: float | None = None,
) -> Table:
    """Signature lines (one per party label) on the left, the authority, date and seal placeholder on the right."""
    width = width or PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    lines = []
    for party in parties:
        lines += [P(f"{party}：________________", st.body), Spacer(1, 4 * mm)]
    lines.append(P(f"{L('date')}：{fmt_date(signed_on, h.lang)}", st.body))
    seal = [
        SealPlaceholder(L("seal"), st.font),
        P(h.authority, st.center),
        P(fmt_date(h.issued_on, h.lang), st.center),
    ]
    t = Table([[lines, seal]], colWidths=[width - 70 * mm, 70 * mm])
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER")])
    )
    t.closing = True  # kept on the page of the body's last lines (keep_closing)
    return t


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    pagesize=PAGE,
    on_page: Callable | None = None,
    frames: list[Frame] | None = None,
    margin: float | None = None,
    bottom_margin: float = MARGIN_BOTTOM,
    fixed_text: str = "",
    templates: list[PageTemplate] | None = None,
) -> bytes:
    """Render a story to PDF bytes; invariant=1 fixes creation date and IDs, so the same
    data always gives the same bytes (reprints can be compared with the original).

    `fixed_text`: text every such document prints whoever it is for (labels, the matter's
    texts); its characters are numbered first so the font subsets can be shared (`subsets`).
    `templates`: page templates of their own (the tri-fold's outside and inside), used instead
    of one page of `frames`.
    """
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        invariant=1,
        title=plain(title),
        author="window_app",
        creator="window_app printing",
        leftMargin=margin or MARGIN_LEFT,
        rightMargin=margin or MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=bottom_margin,
    )
    if frames is None:
        frames = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")]
    kw = {"onPage": on_page} if on_page else {}
    doc.addPageTemplates(
        templates or [PageTemplate(id="main", frames=frames, pagesize=pagesize, **kw)]
    )
    doc.build(story, canvasmaker=seeded_canvas(register_cjk_font(), fixed_text))
    return buf.getvalue()


def content_width(pagesize=PAGE) -> float:
    return pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT


def standard_document(
    h: DocumentHeader, title: str, story: list[Flowable], st: StyleSet, fixed_text: str = ""
) -> bytes:
    """A4 portrait document with the shared footer."""
    story = keep_closing(story)
    return build_pdf(story, title=title, on_page=footer_painter(h, st.font), fixed_text=fixed_text)
