"""撤销决定书: a commitment approval revoked after its verification found the commitment untrue
(告知承诺制, 国办发〔2020〕42号; 行政许可法第六十九条第二款: a permit obtained by deception is
revoked). States the finding, the legal basis, the credit record and the applicant's remedies."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import Labeller, P, fmt_date, header_block, signature_block, standard_document
from .model import DEFAULT_REMEDIES
from .revocation_data import RevocationData
from .styles import styles
from .text import plain

# the remedies run from receipt of this 决定书 (the shared text names a 通知书)
REMEDIES = DEFAULT_REMEDIES.replace("本通知书", "本决定书")


def render_revocation(data: RevocationData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    story = header_block(h, L("revocation_title"), st, L, data.application_number)
    story.append(
        P(
            L(
                "revocation_intro",
                applicant=plain(data.applicant_name),
                approved=fmt_date(data.approved_on, h.lang),
                matter=plain(data.matter),
                signer=plain(data.commitment_signed_by),
                verified=fmt_date(data.verified_on, h.lang),
                finding=plain(data.finding).rstrip("。."),
                basis=plain(data.legal_basis),
            ),
            st.body,
        )
    )
    story += [
        P(L("revocation_credit"), st.body),
        P(L("remedies"), st.heading),
        P(REMEDIES.format(review_body=data.review_body), st.body),
        Spacer(1, 10 * mm),
        signature_block(h, st, L, [L("recipient")]),
    ]
    return standard_document(h, L("revocation_title"), story, st)
