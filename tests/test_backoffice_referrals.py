"""Referrals after registration (先照后证, issue 19): each permit's referral reaches its
department's inbox, the reviewer acknowledges it, and an unacknowledged one becomes overdue
after the hall's period.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.back_office import as_user, reviewer
from window_app.cli import run
from window_app.services.context import PermissionDenied


def test_referrals_arrive_and_are_acknowledged(hall, capsys):
    """先照后证: each permit's referral is delivered to its department's inbox at registration;
    the reviewer acknowledges (认领); unacknowledged after 5 working days it is overdue."""
    from tests.test_registration import company
    from window_app.services import code_segments, referral_claims, registration

    db, actors = hall
    admin = actors["admin"]
    code_segments.create_segment(db, admin, "2026年第一批", "MA4W", 0, 9999)
    result = registration.register_enterprise(
        db, actors["clerk"], company(business_scope="餐饮服务；食品销售；住宿服务"), on=date.today()
    )
    scj, wjj = reviewer(db, "rev-scjgj", "SCJGJ"), reviewer(db, "rev-wjj", "WJJ")
    today = date.today()
    mine = referral_claims.claims(db, scj, on=today)
    assert {(c.permit, c.status) for c in mine} == {("食品经营许可证", "delivered")}
    assert all(c.uscc == result.uscc for c in mine) and len(mine) == 2  # two scope items
    (other,) = referral_claims.claims(db, wjj, on=today)
    due = other.due_on
    assert referral_claims.claims(db, wjj, on=due)[0].status == "delivered"  # the last day
    assert referral_claims.claims(db, wjj, on=date.fromordinal(due.toordinal() + 1))[0].status == (
        "overdue"
    )
    with pytest.raises(PermissionDenied):  # another department's
        referral_claims.acknowledge(db, scj, other.id)
    with pytest.raises(PermissionDenied):  # the window does not acknowledge for them
        referral_claims.acknowledge(db, actors["clerk"], other.id)
    assert run(as_user(db, "rev-wjj", "referrals", "ack", str(other.id))) == 0
    line = capsys.readouterr().out.strip().split("\t")
    assert (
        line[0] == str(other.id) and line[3] == "公共场所卫生许可证" and line[-1] == "acknowledged"
    )
    assert run(as_user(db, "rev-wjj", "referrals", "ack", str(other.id))) == 1
    assert "已认领" in capsys.readouterr().err
    # the period is the hall's: 10 working days moves the due day
    assert run(as_user(db, "admin1", "referrals", "ack-days", "10")) == 0
    capsys.readouterr()
    assert referral_claims.claims(db, scj)[0].due_on > mine[0].due_on
    assert run(as_user(db, "rev-scjgj", "referrals", "list", "--open")) == 0
    rows = [r.split("\t") for r in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and {r[4] for r in rows} == {"SCJGJ"} and rows[0][-1] == "delivered"
