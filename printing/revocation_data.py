"""The 撤销决定书's data (no reportlab: the documents service imports it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import DocumentHeader

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
