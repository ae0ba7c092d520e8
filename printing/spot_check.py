"""双随机抽查 plan for publication (公示): criteria, seed and method, the drawn objects and their
inspectors, and how anyone can recompute the draw."""

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
from .spot_check_data import SpotCheckNoticeData
from .styles import styles
from .text import plain


def render_spot_check_notice(data: SpotCheckNoticeData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    story = header_block(h, L("spot_title"), st, L)
    story.append(P(L("spot_intro", number=plain(data.plan_number)), st.body))
    rows = [
        *data.criteria,
        (L("spot_population_size"), str(data.population_size)),
        (L("spot_digest"), data.population_digest),
        (L("spot_seed"), data.seed),
        (L("spot_algorithm"), data.algorithm),
        (L("spot_pool"), "、".join(data.inspector_pool) if h.lang == "zh"
         else ", ".join(data.inspector_pool)),
    ]  # fmt: skip
    story += [
        P(L("spot_criteria"), st.heading),
        grid_table([L("item"), L("value")], rows, st, [width * 0.28, width * 0.72]),
        P(L("spot_picks"), st.heading),
        grid_table(
            [L("index"), L("spot_key"), L("spot_name"), L("spot_inspectors")],
            data.picks,
            st,
            [10 * mm, width * 0.3, width * 0.4 - 10 * mm, width * 0.3],
        ),
        P(L("spot_method"), st.heading),
        P(L("spot_method_text"), st.body),
        *([P(L("spot_method_frozen"), st.body)] if data.population_frozen else []),
        Spacer(1, 8 * mm),
        signature_block(h, st, L, [L("tabulator"), L("reviewer")], signed_on=h.issued_on),
    ]
    return standard_document(h, L("spot_title"), story, st)
