"""Materials received once (issue 19; national 差评 tag 210 "同样内容的证明材料被要求多次提交").

Which checklist items a copy already given can stand for at a later application, and for how
long. Pure rules, no database: the service (`services.material_reuse`) finds the earlier scans.

- A business licence copy (营业执照) stays valid until the enterprise's next change
  registration (变更登记): after one, the copy no longer shows the register.
- A copy of an identity document (the legal representative's, an agent's) is reused for
  IDENTITY_DAYS days from the day it was given; the original is still checked at the window.
"""

from __future__ import annotations

from datetime import date, timedelta

LICENCE, IDENTITY = "licence", "identity"
REUSABLE: dict[str, str] = {
    "business_licence": LICENCE,
    "legal_rep_id": IDENTITY,
    "agent_id": IDENTITY,
}
IDENTITY_DAYS = 365


def still_valid(key: str, given_on: date, today: date, *, changed_on: date | None = None) -> bool:
    """Whether a copy of `key` given on `given_on` may stand for it `today`.

    `changed_on`: the enterprise's latest change registration (None when never changed)."""
    kind = REUSABLE.get(key)
    if kind == LICENCE:
        return changed_on is None or changed_on < given_on
    if kind == IDENTITY:
        return today - given_on <= timedelta(days=IDENTITY_DAYS)
    return False
