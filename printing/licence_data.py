"""The licence's plain data (营业执照), by the SAMR template of the kind of entity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LicenceData:
    uscc: str
    name: str
    enterprise_type: str
    legal_representative: str
    registered_capital: str  # e.g. capital_in_words(Decimal("50"))
    established_on: date
    domicile: str
    business_scope: str
    authority: str
    issued_on: date
    qr_payload: str | None = None  # None: the USCC itself
    kind: str = "company"  # the SAMR template: company / individual / cooperative
    business_term: str = "长期"  # 营业期限 (companies)
    composition: str = ""  # 组成形式 (individual businesses): 个人经营 / 家庭经营
