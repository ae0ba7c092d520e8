"""先照后证 双告知: the permits an enterprise needs before operating certain scope items."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import (
    Labeller,
    P,
    content_width,
    grid_table,
    header_block,
    signature_block,
    standard_document,
)
from .model import ReferralNoticeData
from .styles import styles
from .text import plain


def render_referral(data: ReferralNoticeData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    story = header_block(h, L("referral_title"), st, L)
    story.append(
        P(L("referral_intro", name=plain(data.enterprise_name), uscc=plain(data.uscc)), st.body)
    )
    rows = [(str(i), r.scope_item, r.permit, r.department) for i, r in enumerate(data.referrals, 1)]
    story.append(
        grid_table(
            [L("index"), L("scope_item"), L("permit"), L("department")],
            rows,
            st,
            [10 * mm, (width - 10 * mm) * 0.4, (width - 10 * mm) * 0.3, (width - 10 * mm) * 0.3],
        )
    )
    story += [Spacer(1, 8 * mm), signature_block(h, st, L, [L("recipient")])]
    return standard_document(h, L("referral_title"), story, st)
