"""不予受理通知书: reason, legal basis, where to apply instead and the applicant's remedies."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import Labeller, P, fmt_date, header_block, signature_block, standard_document
from .model import DEFAULT_REMEDIES, RefusalData
from .styles import styles
from .text import plain


def render_refusal(data: RefusalData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    story = header_block(h, L("refusal_title"), st, L, data.application_number)
    story.append(
        P(
            L(
                "refusal_intro",
                applicant=plain(data.applicant_name),
                date=fmt_date(h.issued_on, h.lang),
                requested=plain(data.requested),
                reason=plain(data.reason).rstrip("。."),
                basis=plain(data.legal_basis),
            ),
            st.body,
        )
    )
    if data.apply_instead:
        story.append(P(L("apply_instead", where=plain(data.apply_instead)), st.body))
    remedies = data.remedies or DEFAULT_REMEDIES.format(review_body=data.review_body)
    story += [
        P(L("remedies"), st.heading),
        P(remedies, st.body),
        Spacer(1, 10 * mm),
        signature_block(h, st, L, [L("recipient")]),
    ]
    return standard_document(h, L("refusal_title"), story, st)
