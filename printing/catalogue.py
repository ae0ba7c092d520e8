"""Printable catalogue of matters, with the fee catalogue and the intermediary services."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import Labeller, P, content_width, grid_table, header_block, standard_document
from .model import CatalogueListData
from .styles import styles


def render_catalogue(data: CatalogueListData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles(9)
    w = content_width()
    title = data.title_override or L("catalogue_title")
    story = header_block(h, title, st, L)
    story.append(P(f"{L('catalogue_version')}：{h.catalogue_version}", st.center))
    head = [
        L("matter_code"),
        L("matter_name"),
        L("matter_type"),
        L("department"),
        L("statutory_limit"),
        L("promised_limit"),
        L("fees"),
    ]
    rows = [
        (
            m.code,
            m.name,
            m.matter_type,
            m.department,
            m.statutory_limit,
            m.promised_limit,
            m.fee or L("no_fee"),
        )
        for m in data.matters
    ]
    story.append(
        grid_table(head, rows, st, [w * f for f in (0.16, 0.22, 0.1, 0.16, 0.12, 0.12, 0.12)])
    )
    story += [Spacer(1, 4 * mm), P(L("fee_catalogue"), st.heading)]
    if data.fees:
        story.append(
            grid_table(
                [L("fee_name"), L("fee_standard"), L("legal_basis")],
                [(f.name, f.standard, f.legal_basis) for f in data.fees],
                st,
                [w * 0.3, w * 0.3, w * 0.4],
            )
        )
    else:
        story.append(P(L("no_fee"), st.body))
    story.append(P(L("intermediaries"), st.heading))
    if data.intermediaries:
        story.append(
            grid_table(
                [L("intermediary_name"), L("intermediary_req"), L("fees")],
                data.intermediaries,
                st,
                [w * 0.35, w * 0.4, w * 0.25],
            )
        )
    else:
        story.append(P(L("none"), st.body))
    return standard_document(h, title, story, st)
