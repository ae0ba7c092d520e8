"""The complaint register: rules, roles, the reply deadline in working days, the audit trail,
lists and counts, on SQLite and PostgreSQL.

The reply deadline across National Day 2026 is counted by hand from the State Council
arrangement (1–7 October off, Saturday 10 October a make-up working day): received Monday
28 September, the 5 working days are 29 and 30 September, 8, 9 and 10 October.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from test_processing import received

from window_app.core import complaints as rules
from window_app.core.complaints import ComplaintError, ComplaintState
from window_app.core.errors import DomainError
from window_app.services import complaints, metrics
from window_app.services.complaints import ComplaintForm
from window_app.services.context import PermissionDenied
from window_app.storage.models import Application, AuditEvent, Complaint

MONDAY = datetime(2026, 9, 28, 9, 30)
NOW = datetime(2026, 11, 30, 17, 0)


def form(**kw) -> ComplaintForm:
    values = {
        "channel": "phone", "name": "黄先生", "phone": "138 0759 1234",
        "category": "attitude", "content": "窗口人员态度生硬，不肯解释补正材料的要求。",
        "received_at": MONDAY,
    }  # fmt: skip
    values.update(kw)
    return ComplaintForm(**values)


def events(db, action: str) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Complaint))


# --- the whole life ----------------------------------------------------------------------


def test_register_links_the_application_and_counts_working_days(hall):
    db, actors = hall
    number = received(db, actors["clerk2"], date(2026, 9, 25))
    info = complaints.register_complaint(
        db, actors["clerk"], form(application_number=number), now=NOW
    )
    assert info.state == "received" and info.is_open
    assert info.reply_deadline == date(2026, 10, 10) and not info.deadline_provisional
    assert info.application_number == number
    assert info.window == "A02" and info.clerk == "李建国"  # from the application
    assert info.phone_masked == "138****1234" and info.complainant == "黄先生"
    with db.reading() as session:
        row = session.get(Complaint, info.id)
        app = session.scalars(select(Application).where(Application.number == number)).one()
        assert row.complainant_phone == "13807591234"  # stored in full, normalised
        assert row.application_id == app.id and row.registered_by == actors["clerk"].user_id
    (event,) = events(db, "complaint.register")
    assert event.after["phone"] == "138****1234" and "13807591234" not in str(event.after)
    assert event.after["application"] == number and event.username == "clerk1"


def test_supervisor_assigns_then_answers(hall):
    db, actors = hall
    sup = actors["supervisor"]
    info = complaints.register_complaint(db, actors["clerk"], form(window_number="a01"), now=NOW)
    assert info.window == "A01" and info.application_number is None and info.clerk is None
    clerk2 = actors["clerk2"]
    info = complaints.assign_complaint(
        db, sup, info.id, clerk2.user_id, department=" 综合受理科 ", on=date(2026, 9, 29)
    )
    assert info.state == "handling" and info.handler_id == clerk2.user_id
    assert (info.handler_name, info.handler_username, info.handler_department) == (
        "李建国", "clerk2", "综合受理科",
    )  # fmt: skip
    assert info.handler_label == "李建国（clerk2）" and info.handler is None
    assert info.assigned_on == date(2026, 9, 29)
    info = complaints.assign_complaint(db, sup, info.id, sup.user_id, on=date(2026, 9, 29))
    assert info.handler_label == "陈主任（super1）" and info.handler_department is None  # handed on
    info = complaints.answer_complaint(
        db, sup, info.id, "已约谈窗口人员并向投诉人致歉。", "basically", on=date(2026, 9, 30)
    )
    assert (info.state, info.satisfaction, info.answered_on) == (
        "answered", "basically", date(2026, 9, 30),
    )  # fmt: skip
    assert info.light is None and not info.is_open
    assigned = events(db, "complaint.assign")
    assert [e.after["state"] for e in assigned] == ["handling", "handling"]
    assert [(e.after["handler_id"], e.after["handler_username"]) for e in assigned] == [
        (clerk2.user_id, "clerk2"), (sup.user_id, "super1"),
    ]  # fmt: skip
    assert assigned[0].after["handler_department"] == "综合受理科"
    (answer,) = events(db, "complaint.answer")
    assert answer.before == {"state": "handling"} and answer.username == "super1"
    assert answer.after["reply"] == "已约谈窗口人员并向投诉人致歉。"


def test_supervisor_closes_as_unfounded_with_reason(hall):
    db, actors = hall
    info = complaints.register_complaint(db, actors["supervisor"], form(), now=NOW)
    with pytest.raises(ComplaintError) as err:
        complaints.close_complaint(db, actors["supervisor"], info.id, "  ")
    assert err.value.field == "reason"
    info = complaints.close_complaint(
        db, actors["supervisor"], info.id, "经查监控录像，不属实", on=date(2026, 10, 8)
    )
    assert (info.state, info.close_reason, info.closed_on) == (
        "closed", "经查监控录像，不属实", date(2026, 10, 8),
    )  # fmt: skip
    (event,) = events(db, "complaint.close")
    assert event.reason == "经查监控录像，不属实"
    with pytest.raises(ComplaintError):  # closed is final
        complaints.assign_complaint(db, actors["supervisor"], info.id, actors["clerk"].user_id)


def test_full_phone_only_for_a_reason_and_audited(hall):
    db, actors = hall
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    with pytest.raises(DomainError) as err:
        complaints.reveal_complainant_phone(db, actors["supervisor"], info.id, " ")
    assert err.value.field == "reason" and events(db, "personal.view") == []
    with pytest.raises(PermissionDenied):
        complaints.reveal_complainant_phone(db, actors["admin"], info.id, "回访")
    phone = complaints.reveal_complainant_phone(db, actors["supervisor"], info.id, "电话回访")
    assert phone == "13807591234"
    (event,) = events(db, "personal.view")
    assert (event.entity, event.entity_id, event.reason) == ("complaint", str(info.id), "电话回访")
    assert "13807591234" not in str(event.after)


def test_roles(hall):
    db, actors = hall
    with pytest.raises(PermissionDenied):
        complaints.register_complaint(db, actors["admin"], form(), now=NOW)
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    for act in (
        lambda a: complaints.assign_complaint(db, a, info.id, actors["clerk"].user_id),
        lambda a: complaints.answer_complaint(db, a, info.id, "答复", "satisfied"),
        lambda a: complaints.close_complaint(db, a, info.id, "不属实"),
    ):
        for who in ("clerk", "admin"):
            with pytest.raises(PermissionDenied):
                act(actors[who])
    assert events(db, "complaint.assign") == [] and events(db, "complaint.close") == []


def test_answer_needs_the_complaint_in_hand(hall):
    db, actors = hall
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    with pytest.raises(ComplaintError) as err:
        complaints.answer_complaint(db, actors["supervisor"], info.id, "答复", "satisfied")
    assert "已登记" in err.value.message and "received" in err.value.english
    with pytest.raises(ComplaintError, match="不存在"):
        complaints.assign_complaint(db, actors["supervisor"], 9999, actors["clerk"].user_id)


def test_only_the_assigned_handler_or_a_supervisor_answers(hall):
    db, actors = hall
    clerk, clerk2, sup = actors["clerk"], actors["clerk2"], actors["supervisor"]
    info = complaints.register_complaint(db, clerk, form(), now=NOW)
    with pytest.raises(PermissionDenied):  # not in hand, not assigned to anyone
        complaints.answer_complaint(db, clerk2, info.id, "答复", "satisfied")
    info = complaints.assign_complaint(db, sup, info.id, clerk2.user_id)
    assert info.may_answer(clerk2) and info.may_answer(sup) and not info.may_answer(clerk)
    assert not info.may_answer(actors["admin"])
    with pytest.raises(PermissionDenied) as err:  # another clerk
        complaints.answer_complaint(db, clerk, info.id, "答复", "satisfied")
    assert "只有承办人或督查" in err.value.message and "handler" in err.value.english
    with pytest.raises(PermissionDenied):
        complaints.answer_complaint(db, actors["admin"], info.id, "答复", "satisfied")
    assert events(db, "complaint.answer") == []
    info = complaints.answer_complaint(db, clerk2, info.id, "已当面解释并致歉。", "satisfied")
    assert info.state == "answered" and not info.may_answer(clerk2)
    (event,) = events(db, "complaint.answer")
    assert event.username == "clerk2"


def test_a_supervisor_answers_one_assigned_to_a_clerk(hall):
    db, actors = hall
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    complaints.assign_complaint(db, actors["supervisor"], info.id, actors["clerk"].user_id)
    info = complaints.answer_complaint(db, actors["supervisor"], info.id, "已答复", "basically")
    assert info.state == "answered" and info.handler_username == "clerk1"


def test_assign_only_to_an_active_clerk_or_supervisor(hall):
    from window_app.storage.models import User

    db, actors = hall
    sup = actors["supervisor"]
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    choices = complaints.assignable_handlers(db, sup)
    assert [(h.username, h.display_name, h.role) for h in choices] == [
        ("super1", "陈主任", "supervisor"),
        ("clerk1", "张晓敏", "clerk"),
        ("clerk2", "李建国", "clerk"),
    ]  # supervisors first; no administrator
    with pytest.raises(PermissionDenied):
        complaints.assignable_handlers(db, actors["clerk"])
    with db.transaction() as session:
        session.get(User, actors["clerk2"].user_id).active = False
    assert "clerk2" not in {h.username for h in complaints.assignable_handlers(db, sup)}
    for bad in (None, actors["admin"].user_id, actors["clerk2"].user_id, 99999):
        with pytest.raises(ComplaintError) as err:
            complaints.assign_complaint(db, sup, info.id, bad)
        assert err.value.field == "handler" and "请选择承办人" in err.value.message
    with pytest.raises(ComplaintError) as err:
        complaints.assign_complaint(
            db, sup, info.id, actors["clerk"].user_id, department="综合\n受理科"
        )
    assert err.value.field == "department"
    with pytest.raises(ComplaintError) as err:
        complaints.assign_complaint(db, sup, info.id, actors["clerk"].user_id, department="科" * 51)
    assert err.value.field == "department"
    assert events(db, "complaint.assign") == []
    assert complaints.list_complaints(db, which="all")[0].state == "received"


def test_rows_assigned_as_text_before_0011_keep_their_handler(hall):
    db, actors = hall
    info = complaints.register_complaint(db, actors["clerk"], form(), now=NOW)
    with db.transaction() as session:  # as migration 0011 finds a row assigned before it
        row = session.get(Complaint, info.id)
        row.state, row.handler, row.assigned_on = "handling", "收费监管科", date(2026, 9, 29)
    (old,) = complaints.list_complaints(db, which="all")
    assert old.handler == "收费监管科" and old.handler_id is None
    assert old.handler_label == "收费监管科"
    assert old.may_answer(actors["supervisor"]) and not old.may_answer(actors["clerk"])
    info = complaints.assign_complaint(db, actors["supervisor"], info.id, actors["clerk"].user_id)
    assert info.handler is None and info.handler_label == "张晓敏（clerk1）"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"application_number": "20260925-9999"}, "application"),
        ({"application_number": "2026-13-01"}, "application"),
        ({"window_number": "Z99"}, "window"),
        ({"phone": "12345"}, "phone"),
        ({"phone": ""}, "phone"),
        ({"name": " "}, "name"),
        ({"content": ""}, "content"),
        ({"content": "很长" * 1001}, "content"),
        ({"channel": "email"}, "channel"),
        ({"category": "别的"}, "category"),
        ({"received_at": datetime(2026, 12, 1, 9, 0)}, "received_at"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(sqlite_hall, changes, field):
    db, actors = sqlite_hall
    with pytest.raises(ComplaintError) as err:
        complaints.register_complaint(db, actors["clerk"], form(**changes), now=NOW)
    assert err.value.field == field and err.value.english
    assert count(db) == 0 and events(db, "complaint.register") == []


def test_lists_filters_and_lights(hall):
    db, actors = hall
    clerk, sup = actors["clerk"], actors["supervisor"]
    old = complaints.register_complaint(db, clerk, form(name="甲"), now=NOW)  # due 10 Oct
    late = datetime(2026, 11, 24, 10, 0)  # Tuesday: due Tuesday 1 December
    near = complaints.register_complaint(db, clerk, form(name="乙", received_at=late), now=NOW)
    done = complaints.register_complaint(db, clerk, form(name="丙", received_at=late), now=NOW)
    complaints.close_complaint(db, sup, done.id, "不属实", on=date(2026, 11, 25))
    today = date(2026, 11, 30)
    listed = complaints.list_complaints(db, which="open", on=today)
    assert [c.complainant for c in listed] == ["甲", "乙"]  # the earliest deadline first
    assert [c.light for c in listed] == ["red", "yellow"]
    assert [c.id for c in complaints.list_complaints(db, which="overdue", on=today)] == [old.id]
    assert [c.id for c in complaints.list_complaints(db, which="all", on=today)] == [
        old.id, near.id, done.id,
    ]  # fmt: skip
    assert [c.id for c in complaints.list_complaints(db, which="closed", on=today)] == [done.id]
    assert all(c.phone_masked == "138****1234" for c in listed)
    with pytest.raises(ComplaintError):
        complaints.list_complaints(db, which="lost")
    counts = complaints.complaint_counts(db, on=date(2026, 11, 24))
    assert counts == complaints.ComplaintCounts(received=2, open=2, overdue=1)
    assert complaints.complaint_counts(db, on=today).received == 0
    week = complaints.complaint_counts(db, start=date(2026, 9, 28), end=today, on=today)
    assert (week.received, week.open, week.overdue) == (3, 2, 1)  # 乙 is due 1 December
    board = metrics.board(db, sup, date(2026, 11, 24), on=date(2026, 11, 24))
    assert board.complaints == counts
    assert board.as_dict()["complaints"] == {"received": 2, "open": 2, "overdue": 1}


# --- the rules ---------------------------------------------------------------------------


def test_moves_are_exactly_the_published_ones():
    allowed = {(a, b) for a, targets in rules.MOVES.items() for b in targets}
    assert allowed == {
        ("received", "handling"), ("received", "closed"), ("handling", "handling"),
        ("handling", "answered"), ("handling", "closed"),
    }  # fmt: skip
    for a in ComplaintState:
        for b in ComplaintState:
            if (a, b) in allowed:
                rules.check_move(a, b)
            else:
                with pytest.raises(ComplaintError):
                    rules.check_move(a, b)


def test_closed_lists_match_the_brief():
    assert list(rules.CHANNELS_ZH.values()) == ["电话", "现场", "信函", "网上"]
    assert list(rules.SATISFACTION_ZH.values()) == ["满意", "基本满意", "不满意"]
    assert "乱收费" in rules.CATEGORIES_ZH.values() and rules.REPLY_DAYS == 5


_SEP = st.sampled_from(["", " ", "-"])


@given(
    prefix=st.sampled_from(["13", "15", "18", "19"]),
    rest=st.text("0123456789", min_size=9, max_size=9),
    sep=_SEP,
    country=st.sampled_from(["", "+86", "86"]),
)
def test_mobile_numbers_are_accepted_with_separators(prefix, rest, sep, country):
    number = prefix + rest
    typed = country + sep.join([number[:3], number[3:7], number[7:]])
    assert rules.check_phone(typed) == number


@given(
    local=st.from_regex(r"[2-9]\d{6,7}", fullmatch=True), area=st.sampled_from(["0759", "020", ""])
)
def test_landlines_are_accepted(local, area):
    assert rules.check_phone(f"{area}-{local}" if area else local) == area + local


@given(st.text(min_size=1, max_size=20))
def test_a_phone_is_digits_or_refused(text):
    try:
        digits = rules.check_phone(text)
    except ComplaintError as err:
        assert err.field == "phone"
    else:
        assert digits.isdigit() and 7 <= len(digits) <= 12


@given(day=st.dates(date(2000, 1, 1), date(2099, 12, 31)), serial=st.integers(0, 9999))
def test_application_numbers_round_trip(day, serial):
    number = f"{day:%Y%m%d}-{serial:04d}"
    assert rules.check_application_number(number) == number
    assert rules.check_application_number(number.replace("-", "")) == number
    full_width = number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    assert rules.check_application_number(full_width) == number


@given(st.text(max_size=20))
def test_application_number_is_well_formed_or_refused(text):
    try:
        number = rules.check_application_number(text)
    except ComplaintError as err:
        assert err.field == "application"
    else:
        assert len(number.split("-")[0]) == 8 and number.split("-")[1].isdigit()
