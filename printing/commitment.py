"""告知承诺书 (国办发〔2020〕42号): the authority's notice, then the applicant's commitment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import (
    Labeller,
    P,
    applicant_code,
    content_width,
    fmt_date,
    header_block,
    kv_table,
    numbered,
    signature_block,
    standard_document,
)
from .model import CommitmentData
from .styles import styles


def render_commitment(data: CommitmentData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    story = header_block(h, L("commitment_title"), st, L, data.application_number)
    story.append(
        kv_table(
            [
                (L("applicant"), data.applicant_name),
                applicant_code(data, L),
                (L("matter_name"), data.matter),
            ],
            st,
            content_width(),
        )
    )
    story += [P(L("commitment_notice"), st.heading), P(L("conditions"), st.heading)]
    story += numbered(data.conditions, st.body, L("none"))
    story.append(P(L("waived_materials"), st.heading))
    story += numbered(data.waived_materials, st.body, L("none"))
    story += [
        P(L("liability"), st.heading),
        P(data.liability, st.body),
        P(
            L(
                "verification",
                days=data.verification_days,
                due=fmt_date(data.verification_due, h.lang),
            ),
            st.body,
        ),
        P(L("commitment_pledge"), st.heading),
        P(L("pledge_text"), st.body),
        Spacer(1, 6 * mm),
        signature_block(
            h, st, L, [L("applicant_sign"), L("authority_sign")], signed_on=data.signed_on
        ),
    ]
    return standard_document(h, L("commitment_title"), story, st)
