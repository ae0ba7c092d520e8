"""一次性告知书 / 补正材料通知书: everything to correct, in one notice (行政许可法 art. 32)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import (
    Labeller,
    P,
    applicant_code,
    content_width,
    fmt_date,
    grid_table,
    header_block,
    kv_table,
    signature_block,
    standard_document,
)
from .model import NoticeData
from .styles import styles
from .text import plain


def render_notice(data: NoticeData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    story = header_block(h, L("notice_title"), st, L, data.application_number)
    if data.sequence > 1:  # a later notice repeats first-notice items unless a supervisor added
        key = "notice_sequence_added" if data.override_reason else "notice_sequence"
        story.append(P(L(key, n=data.sequence), st.note))
    applicant = f"{plain(data.applicant_name)}（{'：'.join(applicant_code(data, L))}）"
    story.append(
        P(
            L(
                "notice_intro",
                applicant=applicant,
                date=fmt_date(data.applied_on or h.issued_on, h.lang),
                matter=plain(data.matter),
            ),
            st.body,
        )
    )
    rows = [
        (str(i), it.material, it.problem, it.reason, it.bring) for i, it in enumerate(data.items, 1)
    ]
    story.append(
        grid_table(
            [L("index"), L("material"), L("problem"), L("reason"), L("bring")],
            rows,
            st,
            [12 * mm, 40 * mm, 20 * mm, width - 112 * mm, 40 * mm],
        )
    )
    story.append(Spacer(1, 3 * mm))
    info = [
        (L("where"), data.where),
        (L("by_when"), fmt_date(data.by_when, h.lang)),
        (L("guide_reference"), data.guide_reference),
        (L("materials_received"), "、".join(data.received_so_far) or L("none")),
    ]
    if data.override_reason:
        info.append((L("override_reason"), data.override_reason))
    story += [
        kv_table(info, st, width),
        Spacer(1, 3 * mm),
        P(L("notice_closing"), st.body),
        Spacer(1, 4 * mm),
        signature_block(h, st, L, [L("recipient"), L("acceptor")]),
    ]
    return standard_document(h, L("notice_title"), story, st)
