"""The catalogue's hall-wide lists: departments, fees (收费目录清单), intermediaries (中介服务清单)
and the business-scope terms that need a permit or filing (先照后证/双告知)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import StringConstraints, field_validator

from .catalogue_fields import CatalogueModel, DeptCode, FeeCode, MatterCode, Text


class Department(CatalogueModel):
    code: DeptCode
    name: Text
    name_en: Text
    division_code: Annotated[str, StringConstraints(pattern=r"^\d{6}$")]
    address: Text
    # The department's phone is a hall setting (`services.hall_settings`, filled in by the
    # administrator): an old catalogue may still carry one, it is no longer printed.
    phone: Text | None = None
    window: Text


class Fee(CatalogueModel):
    code: FeeCode
    name: Text
    name_en: Text
    legal_basis: Text
    standard: Text
    amount_yuan: Decimal | None = None
    payer: Text
    scope: Text
    withdrawn_from: date | None = None  # no longer charged from this day
    withdrawn_reason: str | None = None

    @field_validator("amount_yuan")
    @classmethod
    def _cents(cls, v: Decimal | None) -> Decimal | None:
        # Normalise to fen so 10 and 10.0 in YAML are the same amount.
        if v is None:
            return None
        if v < 0:
            raise ValueError("金额不能为负数 (amount must not be negative)")
        return v.quantize(Decimal("0.01"))


class Intermediary(CatalogueModel):
    code: Annotated[str, StringConstraints(pattern=r"^I-\d{3}$")]
    name: Text
    name_en: Text
    provider_requirement: Text
    fee_basis: Text


class ScopePermit(CatalogueModel):
    """A standard business-scope term (经营范围规范表述目录) and the permit or filing it needs.

    `term` is matched whole against an item's term (core.business_scope); with `qualifier` the
    entry applies only to items carrying it in parentheses (仅销售预包装食品), and it then
    replaces the entries of the same term without one.
    """

    term: Text
    qualifier: str | None = None
    kind: Literal["licence", "filing"]
    permit: Text
    permit_en: Text
    department: DeptCode
    matter: MatterCode | None = None
    basis: Text
