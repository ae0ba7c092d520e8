"""Random spot checks (双随机抽查) on real SQLite and PostgreSQL: drawing from enterprises and from
commitment approvals, the 双随机 rule, verification from the population frozen at the draw (and
its failure when the stored draw or the stored population changed; a later change of the register
only reported), plans drawn before the population was stored, results, roles and the audit
trail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from window_app.core.spot_checks import DrawError
from window_app.services import spot_checks as sc
from window_app.services.context import PermissionDenied, Role
from window_app.storage.database import Database
from window_app.storage.models import (
    Applicant,
    Application,
    AuditEvent,
    CodeAllocation,
    Enterprise,
    MatterVersion,
    SpotCheckPick,
    SpotCheckPlan,
    Transition,
    User,
    Window,
)

DAY = date(2026, 11, 25)


def uscc(n: int) -> str:
    return f"91440800MA4W{n:04d}X{n % 10}"


def add_enterprises(db: Database, actor, specs) -> list[str]:  # noqa: ANN001
    """specs: (category, authority, registered_on); registered by `actor` (their code allocation)."""
    codes = []
    with db.transaction() as session:
        start = len(session.scalars(select(Enterprise.id)).all())
        for i, (category, authority, day) in enumerate(specs, start + 1):
            ent = Enterprise(
                uscc=uscc(i), name=f"湛江市测试{i}号有限公司", name_key=f"测试{i}",
                category=category, enterprise_type="有限责任公司", domicile="湛江市赤坎区",
                authority_code=authority, legal_rep_name="张三", legal_rep_id="440802199001011234",
                registered_capital=Decimal(10), business_scope="餐饮服务", investors=[],
                established_on=day, registered_on=day,
            )  # fmt: skip
            session.add(ent)
            session.flush()
            session.add(CodeAllocation(
                body=f"MA4W{i:04d}X", uscc=ent.uscc, status="used", enterprise_id=ent.id,
                allocated_by=actor.user_id,
            ))  # fmt: skip
            codes.append(ent.uscc)
    return codes


def add_commitments(db: Database, clerk, days) -> list[str]:  # noqa: ANN001
    """Applications approved on commitment by `clerk` on each of `days`."""
    numbers = []
    with db.transaction() as session:
        version = session.scalars(select(MatterVersion.id)).first()
        window = session.scalars(select(Window.id)).first()
        for i, day in enumerate(days, 1):
            applicant = Applicant(kind="person", name=f"申请人{i}", id_number=None)
            session.add(applicant)
            session.flush()
            number = f"{day:%Y%m%d}-{900 + i:04d}"
            app = Application(
                number=number, matter_version_id=version, applicant_id=applicant.id,
                channel="in_person", state="approved", window_id=window, clerk_id=clerk.user_id,
                received_on=day, accepted_on=day, decided_on=day, commitment=True,
                decision="approved",
            )  # fmt: skip
            session.add(app)
            session.flush()
            session.add(Transition(application_id=app.id, from_state="accepted",
                                   to_state="approved", on=day, user_id=clerk.user_id))  # fmt: skip
            numbers.append(number)
    return numbers


SPECS = [("1", "440800", date(2026, 11, d)) for d in range(1, 13)] + [
    ("2", "440802", date(2026, 11, 5)),
    ("1", "440802", date(2026, 10, 20)),
]


def test_draw_from_enterprises_verify_and_audit(hall):
    db, actors = hall
    codes = add_enterprises(db, actors["clerk"], SPECS)
    criteria = sc.Criteria(category="1", authority_code="440800",
                           date_from=date(2026, 11, 1), date_to=date(2026, 11, 10))  # fmt: skip
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=4, on=DAY)
    assert plan.number == "SSJ2026-0001"
    assert plan.seed == "SSJ2026-0001/2026-11-25"
    assert plan.population_size == 10 and plan.sample_size == 4 == len(plan.picks)
    assert {p.key for p in plan.picks} <= set(codes[:10])
    assert plan.inspector_pool == ("clerk1", "clerk2", "super1")
    for pick in plan.picks:  # clerk1 registered them all: never their inspector
        assert set(pick.inspectors) == {"clerk2", "super1"}
        assert set(pick.inspector_names) == {"李建国", "陈主任"}
    assert [p.position for p in plan.picks] == [1, 2, 3, 4]
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert check.ok and check.population_size == 10
    assert sc.get_plan(db, actors["admin"], plan.number) == plan
    with db.reading() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == plan.number).order_by(AuditEvent.id)
        ).all()
    assert [e.action for e in events] == ["spotcheck.drawn", "spotcheck.verified"]
    assert events[0].after["picks"] == [[p.key, *p.inspectors] for p in plan.picks]
    assert events[0].after["population_digest"] == plan.population_digest


def test_same_seed_same_draw_and_percent_rounded_up(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS)
    a = sc.draw_plan(
        db, actors["supervisor"], sc.Criteria(), percent="30", seed="20261125-公开摇号"
    )
    b = sc.draw_plan(db, actors["admin"], sc.Criteria(), percent=30, seed="20261125-公开摇号")
    assert a.population_size == 14 and a.sample_size == 5  # 14 × 30% = 4.2 → 5
    assert a.number != b.number
    assert [(p.key, p.inspectors) for p in a.picks] == [(p.key, p.inspectors) for p in b.picks]
    c = sc.draw_plan(db, actors["supervisor"], sc.Criteria(), percent="30")
    assert [p.key for p in c.picks] != [p.key for p in a.picks]


def test_verify_fails_when_the_stored_draw_changed(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS)
    criteria = sc.Criteria(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=3, on=DAY)
    with db.transaction() as session:  # someone edits the stored inspectors of the first pick
        pick = session.scalars(select(SpotCheckPick).where(SpotCheckPick.position == 1)).one()
        pick.inspectors = list(reversed(pick.inspectors))
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert not check.ok and check.population_matches and not check.picks_match
    assert check.expected[0].inspectors == plan.picks[0].inspectors

    other = sc.draw_plan(db, actors["supervisor"], criteria, count=3, on=DAY)
    check = sc.verify_plan(db, actors["supervisor"], other.number)
    assert check.ok and check.frozen and check.register_matches
    assert check.register_size == check.population_size == other.population_size


def set_stored_population(db: Database, number: str, stored) -> None:  # noqa: ANN001
    with db.transaction() as session:
        plan = session.scalars(select(SpotCheckPlan).where(SpotCheckPlan.number == number)).one()
        plan.frozen_population = stored


def stored_population(db: Database, number: str) -> list:
    with db.reading() as session:
        return session.scalars(
            select(SpotCheckPlan.frozen_population).where(SpotCheckPlan.number == number)
        ).one()


def test_open_range_plan_still_verifies_after_a_later_registration(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS)
    criteria = sc.Criteria(category="1", date_from=date(2026, 11, 1))  # no end: open
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=4, on=DAY)
    assert plan.population_size == 12 and plan.population_frozen
    assert stored_population(db, plan.number) == sorted([uscc(i), ["clerk1"]] for i in range(1, 13))
    drawn_from = sc.population(db, actors["supervisor"], plan.number)
    (late,) = add_enterprises(db, actors["clerk2"], [("1", "440800", date(2026, 11, 28))])
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert check.ok and check.population_matches and check.picks_match
    assert check.population_size == 12 and not check.register_matches and check.register_size == 13
    assert [(p.key, p.inspectors) for p in check.expected] == [
        (p.key, p.inspectors) for p in plan.picks
    ]
    # the population as drawn, not as the register selects it now
    assert sc.population(db, actors["supervisor"], plan.number) == drawn_from
    assert late not in {c.key for c in drawn_from} and len(drawn_from) == 12
    with db.reading() as session:
        event = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "spotcheck.verified")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert event.after["ok"] and event.after["frozen"]
    assert not event.after["register_matches"] and event.after["register_size"] == 13


def test_commitment_plan_reaching_past_the_draw_day_still_verifies(hall):
    db, actors = hall
    add_commitments(db, actors["clerk"], [date(2026, 11, d) for d in (2, 3, 4, 5, 6)])
    criteria = sc.Criteria(population=sc.COMMITMENTS, date_from=date(2026, 11, 1),
                           date_to=date(2026, 11, 30))  # fmt: skip
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=2, on=DAY)
    # approved after the draw, inside the range; and a pick moved again later by one of its
    # inspectors: they handled it now, but the draw excluded who had handled it at the draw
    add_commitments(db, actors["clerk2"], [date(2026, 11, 27)])
    inspector = plan.picks[0].inspectors[0]
    with db.transaction() as session:
        app = session.scalars(
            select(Application).where(Application.number == plan.picks[0].key)
        ).one()
        user = session.scalars(select(User.id).where(User.username == inspector)).one()
        session.add(Transition(application_id=app.id, from_state="approved", to_state="approved",
                               on=date(2026, 11, 28), user_id=user))  # fmt: skip
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert check.ok and not check.register_matches
    assert check.population_size == 5 and check.register_size == 6
    handlers = {c.key: c.handlers for c in sc.population(db, actors["supervisor"], plan.number)}
    assert handlers[plan.picks[0].key] == {"clerk1"}


def test_tampered_stored_population_fails_verification(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS)
    plan = sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=3, on=DAY)
    stored = stored_population(db, plan.number)
    assert len(stored) == 14

    picked = plan.picks[0].key  # one drawn object dropped from the stored population
    set_stored_population(db, plan.number, [e for e in stored if e[0] != picked])
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert not check.ok and not check.population_matches and not check.picks_match
    assert check.population_size == 13 and check.register_matches

    swapped = [[uscc(99) if key == picked else key, h] for key, h in stored]  # same size
    set_stored_population(db, plan.number, swapped)
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert not check.ok and not check.population_matches and check.population_size == 14

    # the keys untouched, a pick's stored handlers changed to one of its inspectors
    handled = [[key, [*h, plan.picks[0].inspectors[0]] if key == picked else h]
               for key, h in stored]  # fmt: skip
    set_stored_population(db, plan.number, handled)
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert not check.ok and check.population_matches and not check.picks_match

    for broken in ({"not": "a list"}, [[picked]], [[1, []]], [[picked, "clerk1"]]):
        set_stored_population(db, plan.number, broken)
        check = sc.verify_plan(db, actors["supervisor"], plan.number)
        assert not check.ok and not check.population_matches, broken

    set_stored_population(db, plan.number, stored)
    assert sc.verify_plan(db, actors["supervisor"], plan.number).ok


def test_plans_drawn_before_the_population_was_stored_behave_as_before(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS)
    criteria = sc.Criteria(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=3, on=DAY)
    set_stored_population(db, plan.number, None)  # as migration 0010 leaves an older plan
    assert not sc.get_plan(db, actors["supervisor"], plan.number).population_frozen
    check = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert check.ok and not check.frozen and check.register_matches
    add_enterprises(db, actors["clerk2"], [("1", "440800", date(2026, 11, 20))])
    late = sc.verify_plan(db, actors["supervisor"], plan.number)
    assert not late.ok and not late.population_matches and not late.register_matches
    assert late.population_size == late.register_size == plan.population_size + 1
    # its population is the register's today
    assert len(sc.population(db, actors["supervisor"], plan.number)) == plan.population_size + 1


def test_commitment_approvals_exclude_their_clerk(hall):
    db, actors = hall
    mine = add_commitments(db, actors["clerk"], [date(2026, 11, d) for d in (2, 3, 4, 30)])
    theirs = add_commitments(db, actors["clerk2"], [date(2026, 11, 5)])
    criteria = sc.Criteria(population=sc.COMMITMENTS, date_from=date(2026, 11, 1),
                           date_to=date(2026, 11, 20))  # fmt: skip
    plan = sc.draw_plan(db, actors["supervisor"], criteria, count=10, on=DAY)
    assert plan.population_size == 4 and {p.key for p in plan.picks} == {*mine[:3], *theirs}
    for pick in plan.picks:
        handler = "clerk2" if pick.key in theirs else "clerk1"
        assert handler not in pick.inspectors and len(pick.inspectors) == 2
    assert {p.name for p in plan.picks} == {"申请人1", "申请人2", "申请人3"}
    assert sc.verify_plan(db, actors["supervisor"], plan.number).ok
    with pytest.raises(sc.SpotCheckError) as info:  # commitments need a date range
        sc.draw_plan(db, actors["supervisor"], sc.Criteria(population=sc.COMMITMENTS), count=1)
    assert info.value.field == "date_from"


def test_inspectors_are_active_users_of_the_roles(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS[:3])
    with pytest.raises(DrawError) as info:  # only admin1 besides nobody: too few
        sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=1,
                     inspector_roles=[Role.ADMINISTRATOR])  # fmt: skip
    assert info.value.field == "roles"
    with db.transaction() as session:
        session.scalars(select(User).where(User.username == "clerk2")).one().active = False
    plan = sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=3,
                        inspector_roles=[Role.SUPERVISOR, Role.ADMINISTRATOR])  # fmt: skip
    assert plan.inspector_pool == ("admin1", "super1")
    assert all(set(p.inspectors) == {"admin1", "super1"} for p in plan.picks)
    with pytest.raises(DrawError):  # clerk1 handled them; clerk2 is no longer active
        sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=1,
                     inspector_roles=[Role.CLERK, Role.ADMINISTRATOR])  # fmt: skip


def test_results_recorded_corrected_and_audited(hall):
    db, actors = hall
    add_enterprises(db, actors["clerk"], SPECS[:5])
    plan = sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=2, on=DAY)
    first, second = (p.key for p in plan.picks)
    with pytest.raises(sc.SpotCheckError) as info:
        sc.record_result(db, actors["supervisor"], plan.number, first, "problem", "  ")
    assert info.value.field == "note"
    with pytest.raises(sc.SpotCheckError) as info:
        sc.record_result(db, actors["supervisor"], plan.number, uscc(99), "normal")
    assert info.value.field == "key"
    done = sc.record_result(db, actors["supervisor"], plan.number, first, "normal", on=DAY)
    assert done.result == "normal" and done.note is None and done.result_on == DAY
    sc.record_result(db, actors["supervisor"], plan.number, second, "normal", on=DAY)
    fixed = sc.record_result(db, actors["supervisor"], plan.number, second, "problem",
                             "经营场所与登记住所不符", on=DAY)  # fmt: skip
    assert fixed.result == "problem" and fixed.note == "经营场所与登记住所不符"
    assert sc.get_plan(db, actors["supervisor"], plan.number).recorded == 2
    assert sc.verify_plan(db, actors["supervisor"], plan.number).ok  # results do not disturb it
    with db.reading() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "spotcheck.result")
            .order_by(AuditEvent.id)
        ).all()
    assert len(events) == 3
    assert events[-1].before == {"result": "normal", "note": None}
    assert events[-1].after["result"] == "problem"


def test_roles_and_empty_population(hall):
    db, actors = hall
    with pytest.raises(PermissionDenied):
        sc.draw_plan(db, actors["clerk"], sc.Criteria(), count=1)
    with pytest.raises(PermissionDenied):
        sc.list_plans(db, actors["clerk"])
    with pytest.raises(sc.SpotCheckError) as info:
        sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=1)
    assert info.value.field == "population"
    with pytest.raises(sc.SpotCheckError):
        sc.verify_plan(db, actors["supervisor"], "SSJ2026-0099")
    add_enterprises(db, actors["clerk"], SPECS[:2])
    sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=1)
    sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=2)
    assert [p.sample_size for p in sc.list_plans(db, actors["supervisor"])] == [2, 1]
