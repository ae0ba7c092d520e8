"""Registrations filed to be decided within 3 working days, on real SQLite and PostgreSQL:
the name stays reserved, a supervisor extends once, registering completes, withdrawing frees it."""

from __future__ import annotations

from datetime import date

import pytest

from tests import test_registration as base
from window_app.core import uscc
from window_app.core.errors import DomainError
from window_app.services import registration
from window_app.services import registration_filings as filings
from window_app.services.context import PermissionDenied
from window_app.services.registration import NameConflict

DAY, company = base.DAY, base.company
desk = base.desk  # the fixture: a hall with a code segment


def test_filing_reserves_name_and_supervisor_extends_once(desk):
    db, a = desk
    filing = filings.file_registration(db, a["clerk"], company(), note="章程待补签", on=DAY)
    assert filing.status == "pending"
    assert filing.deadline == date(2026, 11, 30)  # 3 working days after Wed 25 Nov
    with pytest.raises(NameConflict) as err:
        registration.register_enterprise(db, a["clerk2"], company("湛江美味餐饮有限公司"), on=DAY)
    assert err.value.conflict.filing_id == filing.id
    for actor in (a["clerk"], a["admin"]):
        with pytest.raises(PermissionDenied):
            filings.extend_registration_deadline(db, actor, filing.id, "材料需核实")
    with pytest.raises(DomainError) as err:
        filings.extend_registration_deadline(db, a["supervisor"], filing.id, "")
    assert err.value.field == "reason"
    extended = filings.extend_registration_deadline(
        db, a["supervisor"], filing.id, "需实地核查住所", on=DAY
    )
    assert extended.deadline == date(2026, 12, 3) and extended.extension_days == 3
    with pytest.raises(DomainError, match="已延长"):
        filings.extend_registration_deadline(db, a["supervisor"], filing.id, "再延")
    assert [f.id for f in filings.pending_registrations(db, on=DAY)] == [filing.id]
    result = filings.complete_registration(db, a["clerk"], filing.id, on=date(2026, 11, 27))
    assert uscc.is_valid(result.uscc) and result.registered_on == date(2026, 11, 27)
    assert filings.pending_registrations(db, on=DAY) == []
    with pytest.raises(DomainError):
        filings.complete_registration(db, a["clerk"], filing.id)


def test_withdrawn_filing_releases_the_name(desk):
    db, a = desk
    filing = filings.file_registration(db, a["clerk"], company(), on=DAY)
    filings.withdraw_registration(db, a["clerk"], filing.id, "申请人撤回")
    assert registration.register_enterprise(db, a["clerk"], company(), on=DAY).uscc


# --- referrals (先照后证) --------------------------------------------------------------------
