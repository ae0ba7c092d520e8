"""Processing after acceptance: review, suspension, extension, decision, completion, delivery.

Expected dates are counted by hand from the State Council arrangement for 2026 (National Day
1–7 October off, Saturday 10 October a make-up working day) and written out here.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from window_app.core.errors import DomainError
from window_app.core.idcard import check_digit
from window_app.core.states import TransitionError
from window_app.core.suspensions import REASONS, SuspensionError
from window_app.services import completion, processing
from window_app.services.checklist import get_checklist
from window_app.services.context import PermissionDenied
from window_app.services.intake import ApplicantInput, start_application
from window_app.storage.models import (
    Application,
    AuditEvent,
    IssuedDocument,
    Suspension,
    Transition,
    Visit,
)

from window_app.core.checklist import Mark  # isort: skip


def person_id(seq: int) -> str:
    first17 = f"440802199001{seq % 28 + 1:02d}{seq % 1000:03d}"
    return first17 + check_digit(first17)


# CG-0001: 10 promised and 20 statutory working days (行政许可法 art. 42), the plain clock
def received(db, actor, day: date, *, matter="CG-0001", name="林小红", channel="in_person", seq=1):
    started = start_application(
        db, actor, matter_code=matter, channel=channel, on=day,
        applicant=ApplicantInput(kind="person", name=name, id_number=person_id(seq)),
    )  # fmt: skip
    return started.number


def all_received(db, number: str, day: date) -> list[Mark]:
    return [Mark(r.key, "received") for r in get_checklist(db, number, on=day) if r.required]


def accepted(db, actor, day: date, **kw) -> str:
    from window_app.services.accept import accept

    number = received(db, actor, day, **kw)
    accept(db, actor, number, marks=all_received(db, number, day), on=day)
    return number


def app_row(db, number: str) -> Application:
    with db.reading() as session:
        return session.scalars(select(Application).where(Application.number == number)).one()


def test_suspension_reasons_are_a_closed_list():
    assert {"hearing", "testing", "expert_review", "inspection"} <= set(REASONS)
    assert REASONS["inspection"].zh == "现场核查"
    assert REASONS["expert_review"].label("en") == "Expert review"
    with pytest.raises(SuspensionError):
        processing.suspensions.reason("lunch break")


def test_whole_life_with_suspension_across_national_day(hall):
    db, actors = hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    # CG-0001: promised 10, statutory 20 working days (行政许可法 art. 42)
    number = accepted(db, clerk, date(2026, 9, 25), matter="CG-0001")
    app = app_row(db, number)
    # 10 working days from Fri 25 Sep: 28, 29, 30 Sep, 8, 9, 10 (Sat, make-up), 12, 13, 14, 15 Oct
    assert app.promised_deadline == date(2026, 10, 15)
    assert app.statutory_deadline == date(2026, 10, 29)

    with pytest.raises(TransitionError):  # not yet in review
        processing.suspend(db, clerk, number, "hearing", on=date(2026, 9, 28))
    with pytest.raises(TransitionError):
        processing.resume(db, clerk, number, on=date(2026, 9, 28))
    with pytest.raises(TransitionError):
        completion.complete(db, clerk, number, "许可证", on=date(2026, 9, 28))

    processing.start_review(db, clerk, number, on=date(2026, 9, 28))
    with pytest.raises(SuspensionError):
        processing.suspend(db, clerk, number, "coffee", on=date(2026, 9, 29))
    # CG-0001's legal basis provides no art. 45 step: only a hearing (arts. 46-47) pauses it
    for undeclared in ("inspection", "testing", "expert_review"):
        with pytest.raises(SuspensionError) as refused:
            processing.suspend(db, clerk, number, undeclared, on=date(2026, 9, 29))
        assert str(refused.value).endswith("可中止的环节：听证")
    assert app_row(db, number).state == "in_review"
    stopped = processing.suspend(
        db, clerk, number, "hearing", "利害关系人申请听证", on=date(2026, 9, 29)
    )
    assert stopped.state == "suspended" and not stopped.running and stopped.light == ""

    clock = processing.resume(db, clerk, number, on=date(2026, 10, 12))
    # suspended working days in (29 Sep, 12 Oct]: 30 Sep, 8, 9, 10 (make-up Saturday), 12 Oct = 5
    app = app_row(db, number)
    assert app.suspended_days == 5
    assert app.promised_deadline == date(2026, 10, 22)
    assert app.statutory_deadline == date(2026, 11, 5)
    assert clock.promised.day == date(2026, 10, 22)
    assert "中止5个工作日" in app.deadline_explanation
    with db.reading() as session:
        s = session.scalars(select(Suspension)).one()
        assert (s.reason_code, s.started_on, s.ended_on, s.workdays) == (
            "hearing", date(2026, 9, 29), date(2026, 10, 12), 5)  # fmt: skip

    with pytest.raises(PermissionDenied):  # an extension needs the supervisor
        processing.extend(db, clerk, number, 3, "需补充专家意见", on=date(2026, 10, 13))
    with pytest.raises(DomainError):
        processing.extend(db, boss, number, 3, "  ", on=date(2026, 10, 13))
    clock = processing.extend(db, boss, number, 3, "需补充专家意见", on=date(2026, 10, 13))
    assert clock.promised.day == date(2026, 10, 27)  # 23, 26, 27 Oct
    assert clock.explain() == (
        "2026-09-25受理，次日起算10个工作日，中止5个工作日，延长3个工作日 → 2026-10-27"
    )
    # 13 Oct → 27 Oct: 14, 15, 16, 19, 20, 21, 22, 23, 26, 27 = 10 working days left
    assert clock.remaining == 10 and clock.light == "green"
    assert processing.clock(db, clerk, number, on=date(2026, 10, 23)).light == "yellow"
    assert processing.clock(db, clerk, number, on=date(2026, 10, 28)).light == "red"

    with pytest.raises(DomainError):  # a denial needs its reason
        processing.decide(db, clerk, number, "denied", "", on=date(2026, 10, 20))
    with pytest.raises(DomainError):
        processing.decide(db, clerk, number, "completed", "x", on=date(2026, 10, 20))
    processing.decide(db, clerk, number, "approved", on=date(2026, 10, 20))
    with pytest.raises(TransitionError):
        processing.decide(db, clerk, number, "denied", "改变主意", on=date(2026, 10, 20))
    with pytest.raises(TransitionError):
        completion.deliver(db, clerk, number, "post", tracking_number="SF1", on=date(2026, 10, 21))

    done = completion.complete(db, clerk, number, "核发公共场所卫生许可证", on=date(2026, 10, 21))
    # on the clock: 28, 29, 30 Sep, 8, 9, 10, 12, ..., 21 Oct = 14 working days, minus 5 suspended
    assert done.elapsed_workdays == 9 and done.on_time is True
    assert done.doc_number.startswith("湛政服结〔2026〕")

    with pytest.raises(DomainError):  # a wrong check digit is refused
        completion.deliver(db, clerk, number, "window", collected_by="林小红",
                           collected_by_id=person_id(1)[:-1] + "0", on=date(2026, 10, 22))  # fmt: skip
    got = completion.deliver(db, clerk, number, "window", collected_by="林小红",
                             collected_by_id=person_id(1), on=date(2026, 10, 22))  # fmt: skip
    assert (
        got.detail["collected_by_id"].startswith("440802") and "*" in got.detail["collected_by_id"]
    )

    app = app_row(db, number)
    assert (app.state, app.completed_on, app.delivered_on, app.visits) == (
        "delivered", date(2026, 10, 21), date(2026, 10, 22), 2)  # fmt: skip
    with db.reading() as session:
        assert [v.purpose for v in session.scalars(select(Visit).order_by(Visit.id))] == [
            "intake", "pickup"]  # fmt: skip
        moves = session.execute(
            select(Transition.to_state, Transition.user_id, Transition.on).order_by(Transition.id)
        ).all()
        assert [m.to_state for m in moves] == [
            "received", "accepted", "in_review", "suspended", "in_review", "approved",
            "completed", "delivered"]  # fmt: skip
        assert all(m.user_id is not None for m in moves)
        doc = session.scalars(select(IssuedDocument).where(IssuedDocument.kind == "pickup")).one()
        assert doc.payload["completed_on"] == "2026-10-21"
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"application.suspended", "application.in_review", "application.extend",
            "application.completed", "application.delivered"} <= actions  # fmt: skip


def test_provisional_2027_explained(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, date(2026, 11, 25), matter="WJ-0002")
    processing.start_review(db, clerk, number, on=date(2026, 11, 26))
    processing.suspend(db, clerk, number, "hearing", on=date(2026, 11, 27))
    clock = processing.resume(db, clerk, number, on=date(2026, 12, 1))  # 30 Nov, 1 Dec
    # promised: 20 working days from 25 Nov 2026 end on 23 Dec; +2 suspended: 24, 25 Dec
    assert clock.promised.day == date(2026, 12, 25) and not clock.promised.provisional
    # statutory: 45 calendar days (医疗机构管理条例 2022) from 25 Nov end on 9 Jan 2027, and the
    # hearing paused the clock for the 4 calendar days in (27 Nov, 1 Dec]: 13 Jan 2027.
    # 2027 has no arrangement yet, so the day is provisional.
    assert clock.statutory.day == date(2027, 1, 13)
    assert clock.provisional
    assert clock.statutory.explain() == (
        "2026-11-25受理，次日起算45日（期间最后一日为法定节假日的，顺延至其后第一个工作日），"
        "中止4日，2027年节假日安排未公布（暂定） → 2027-01-13"
    )
    app = app_row(db, number)
    assert app.deadline_provisional is True
    assert "2027年节假日安排未公布（暂定）" in app.deadline_explanation


def test_withdrawal_and_post_delivery(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, date(2026, 11, 2), channel="online")
    processing.start_review(db, clerk, number, on=date(2026, 11, 3))
    processing.suspend(db, clerk, number, "hearing", on=date(2026, 11, 4))
    with pytest.raises(TransitionError):  # no decision while suspended, only withdrawal
        processing.decide(db, clerk, number, "approved", on=date(2026, 11, 5))
    processing.decide(db, clerk, number, "withdrawn", "申请人书面申请撤回", on=date(2026, 11, 5))
    completion.complete(db, clerk, number, "终止办理", delivery_method="post", on=date(2026, 11, 5))
    with pytest.raises(DomainError):
        completion.deliver(db, clerk, number, "post", on=date(2026, 11, 6))
    completion.deliver(db, clerk, number, "post", tracking_number="EMS1234567890CN",
                       address="湛江市赤坎区", on=date(2026, 11, 6))  # fmt: skip
    app = app_row(db, number)
    assert (app.state, app.decision, app.visits, app.delivery_method) == (
        "delivered", "withdrawn", 0, "post")  # fmt: skip
    assert app.suspended_days == 1  # the withdrawal ended the hearing suspension (5 Nov)
