"""撤销决定书: a commitment approval revoked after its verification found the commitment untrue
(告知承诺制, 国办发〔2020〕42号; 行政许可法第六十九条第二款: a permit obtained by deception is
revoked). States the finding, the legal basis, the credit record and the applicant's remedies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import Labeller, P, fmt_date, header_block, signature_block, standard_document
from .model import DEFAULT_REMEDIES, DocumentHeader
from .styles import styles
from .text import plain

REVOCATION_BASIS = (
    "《中华人民共和国行政许可法》第六十九条第二款、《国务院办公厅关于全面推行证明事项告知承诺制"
    "的指导意见》（国办发〔2020〕42号）"
)


@dataclass(frozen=True)
class RevocationData:
    header: DocumentHeader
    application_number: str
    applicant_name: str
    matter: str
    approved_on: date
    commitment_signed_by: str
    verified_on: date
    finding: str  # what the verification found untrue
    legal_basis: str = REVOCATION_BASIS
    review_body: str = "湛江市人民政府"


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
        P(DEFAULT_REMEDIES.format(review_body=data.review_body), st.body),
        Spacer(1, 10 * mm),
        signature_block(h, st, L, [L("recipient")]),
    ]
    return standard_document(h, L("revocation_title"), story, st)
