"""移交清单: the hand-over list a window sends with a batch of files to the approving department.

One Code128 for the batch (the department scans it to sign for every item) and one per
application (to sign for items one by one); the numbers are printed as text beside the bars.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .blocks import (
    Labeller,
    P,
    content_width,
    fmt_date,
    grid_table,
    kv_table,
    signature_block,
    standard_document,
)
from .codes import code128_bars
from .model import DocumentHeader
from .styles import styles
from .text import plain


@dataclass(frozen=True)
class HandoverLineData:
    number: str
    matter: str
    applicant: str
    accepted_on: date | None
    promised_deadline: date | None


@dataclass(frozen=True)
class HandoverListData:
    header: DocumentHeader  # doc_number: the batch number
    department: str
    items: tuple[HandoverLineData, ...]


def _stacked(flowables: list[Flowable]) -> Table:
    """Flowables one above the other in a single table cell (the barcode over its number)."""
    t = Table([[f] for f in flowables])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return t


def render_handover_list(data: HandoverListData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    batch_bars = code128_bars(h.doc_number)
    batch_bars.hAlign = "RIGHT"
    story = [
        batch_bars,
        P(f"{L('handover_batch')}：{plain(h.doc_number)}", st.right),
        Spacer(1, 2 * mm),
        P(h.authority, st.subtitle),
        P(L("handover_title"), st.title),
        kv_table(
            [
                (L("handover_to"), data.department),
                (L("window"), h.window),
                (L("handover_by"), h.clerk),
                (L("handover_on"), fmt_date(h.issued_on, h.lang)),
                (L("handover_count"), str(len(data.items))),
            ],
            st,
            width,
        ),
        Spacer(1, 3 * mm),
        P(L("handover_scan_hint"), st.small),
        Spacer(1, 2 * mm),
    ]
    rows = []
    for i, item in enumerate(data.items, 1):
        bars = code128_bars(item.number, height_mm=9)
        rows.append(
            (
                str(i),
                _stacked([bars, P(item.number, st.table)]),
                item.matter,
                item.applicant,
                fmt_date(item.accepted_on, h.lang) if item.accepted_on else "",
                fmt_date(item.promised_deadline, h.lang) if item.promised_deadline else "",
            )
        )
    rest = width - 10 * mm - 58 * mm - 26 * mm - 26 * mm
    story.append(
        grid_table(
            [L("index"), L("application_number"), L("matter_name"), L("applicant"),
             L("handover_accepted_on"), L("handover_due")],
            rows,
            st,
            [10 * mm, 58 * mm, rest * 0.6, rest * 0.4, 26 * mm, 26 * mm],
        )
    )  # fmt: skip
    story += [
        Spacer(1, 8 * mm),
        signature_block(h, st, L, [L("handover_by"), L("handover_receiver")]),
    ]
    return standard_document(h, L("handover_title"), story, st)
