"""Hall daily report for supervisors: counts, rates, per-window figures, overdue list."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .blocks import (
    Labeller,
    P,
    content_width,
    fmt_date,
    grid_table,
    header_block,
    signature_block,
    standard_document,
)
from .model import DocumentHeader
from .report_data import DailyReportData
from .styles import styles


def _even(n: int, width: float) -> list[float]:
    return [width / max(n, 1)] * max(n, 1)


def report_opening(
    h: DocumentHeader,
    title: str,
    date_from: date,
    date_to: date,
    audit_head: tuple[int, str] | None,
    *notes: str,
) -> list[Flowable]:
    """A report's head: number, window and clerk, hall and title, the period, `notes` (centred)
    and the audit chain's head (event number, hash) the paper can be matched with."""
    L, st = Labeller(h.lang), styles()
    period = f"{fmt_date(date_from, h.lang)} — {fmt_date(date_to, h.lang)}"
    story = header_block(h, title, st, L)
    story += [P(f"{L('period')}：{period}", st.center), *(P(n, st.center) for n in notes)]
    if audit_head:
        story.append(P(L("audit_head", n=audit_head[0], hash=audit_head[1]), st.small))
    return story


def report_document(h: DocumentHeader, title: str, story: list[Flowable]) -> bytes:
    """The report's body, then who prepared and who reviewed it, with the seal."""
    L, st = Labeller(h.lang), styles()
    story = [
        *story,
        Spacer(1, 8 * mm),
        signature_block(h, st, L, [L("tabulator"), L("reviewer")], signed_on=h.issued_on),
    ]
    return standard_document(h, title, story, st)


def render_daily_report(data: DailyReportData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    story = report_opening(h, L("report_title"), data.date_from, data.date_to, data.audit_head)
    story += [
        P(L("counts"), st.heading),
        grid_table(
            [L("item"), L("value")],
            [(k, str(v)) for k, v in data.counts],
            st,
            [width * 0.6, width * 0.4],
        ),
        P(L("rates"), st.heading),
        grid_table(
            [L("item"), L("numerator"), L("denominator"), L("rate")],
            [(r.label, str(r.numerator), str(r.denominator), r.percent) for r in data.rates],
            st,
            [width * 0.4] + [width * 0.2] * 3,
        ),
    ]
    if data.window_columns:
        story += [
            P(L("per_window"), st.heading),
            grid_table(
                data.window_columns, data.window_rows, st, _even(len(data.window_columns), width)
            ),
        ]
    story.append(P(L("overdue"), st.heading))
    if data.overdue_rows:
        story.append(
            grid_table(
                data.overdue_columns, data.overdue_rows, st, _even(len(data.overdue_columns), width)
            )
        )
    else:
        story.append(P(L("none"), st.body))
    return report_document(h, L("report_title"), story)
