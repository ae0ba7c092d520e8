"""投诉登记表: the complaints received in a period, with the counts of their handling."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from .blocks import Labeller, P, content_width, fmt_date, grid_table
from .complaint_data import ComplaintReportData, ComplaintRow
from .report import report_document, report_opening
from .styles import styles

# shares of the content width: number, received, channel/category, complainant/phone,
# content (with what it concerns), state/deadline, handler, outcome
_SHARES = (0.05, 0.13, 0.10, 0.15, 0.20, 0.13, 0.10, 0.14)


def _list_heading(st):  # noqa: ANN001, ANN202
    return ParagraphStyle("complaint_list", parent=st.heading, keepWithNext=0)


def _cells(r: ComplaintRow, concerns: str) -> tuple[str, ...]:
    content = f"{concerns}：{r.concerned}\n{r.content}" if r.concerned else r.content
    return (
        r.id, r.received_at, f"{r.channel}\n{r.category}", f"{r.complainant}\n{r.phone_masked}",
        content, f"{r.state}\n{r.reply_deadline}", r.handler, r.outcome,
    )  # fmt: skip


def render_complaint_report(data: ComplaintReportData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    as_of = L("complaint_as_of", day=fmt_date(data.as_of, h.lang))
    story = report_opening(
        h, L("complaint_title"), data.date_from, data.date_to, data.audit_head, as_of
    )
    story += [
        P(L("complaint_counts"), st.heading),
        grid_table([L("item"), L("value")], data.counts, st, [width * 0.6, width * 0.4]),
        # the heading goes with the table's first rows; it does not pull the whole register
        # (longer than a page) onto the next page as keepWithNext would
        CondPageBreak(45 * mm),
        P(L("complaint_list"), _list_heading(st)),
    ]
    if data.rows:
        head = [L(k) for k in ("complaint_id", "complaint_received", "complaint_kind",
                               "complaint_person", "complaint_content", "complaint_state",
                               "complaint_handler", "complaint_outcome")]  # fmt: skip
        story.append(
            grid_table(
                head,
                [_cells(r, L("complaint_concerns")) for r in data.rows],
                st,
                [width * s for s in _SHARES],
            )
        )
    else:
        story.append(P(L("none"), st.body))
    return report_document(h, L("complaint_title"), story)
