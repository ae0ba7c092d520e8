"""Deemed acceptance (行政许可法 art. 32; issue 14, part 4): received on 3 November 2026 with no
one-time notice within five working days (to 10 November), it is accepted from the day of
receipt; accepting it on 17 November records 3 November and counts every deadline from it.
The countdown shows from the first day."""

from __future__ import annotations

from datetime import date

from window_app.core.deemed_acceptance import notice_days_left
from window_app.core.workdays import WorkCalendar
from window_app.services import queries
from window_app.services.accept import accept
from window_app.services.commitment import approve_on_commitment

from test_processing import all_received, app_row, received  # isort: skip

RECEIVED = date(2026, 11, 3)  # a Tuesday; the fifth working day after it is 10 November
LATE = date(2026, 11, 17)


def test_accepting_after_the_five_days_dates_the_acceptance_from_receipt(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = received(db, clerk, RECEIVED)
    assert queries.application_detail(db, number, on=LATE).deemed_accepted
    out = accept(db, clerk, number, marks=all_received(db, number, LATE), on=LATE)
    calendar = WorkCalendar()
    assert out.accepted_on == RECEIVED
    assert out.promised_deadline == calendar.add(RECEIVED, 10).day == date(2026, 11, 17)
    assert out.statutory_deadline == calendar.add(RECEIVED, 20).day
    row = app_row(db, number)
    assert row.accepted_on == RECEIVED and "2026-11-03受理" in row.deadline_explanation


def test_accepting_within_the_five_days_keeps_the_day_the_materials_were_complete(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = received(db, clerk, RECEIVED)
    day = date(2026, 11, 10)  # the fifth day: still in time
    out = accept(db, clerk, number, marks=all_received(db, number, day), on=day)
    assert out.accepted_on == day


def test_a_commitment_after_the_five_days_is_accepted_from_receipt(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = received(db, clerk, RECEIVED, matter="SC-0006")  # a matter allowing commitment
    marks = all_received(db, number, LATE)
    approve_on_commitment(db, clerk, number, signer="林小红", marks=marks, on=LATE)
    assert app_row(db, number).accepted_on == RECEIVED


def test_the_countdown_shows_from_the_first_day(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = received(db, clerk, RECEIVED)
    expected = {
        RECEIVED: 5, date(2026, 11, 4): 4, date(2026, 11, 9): 1, date(2026, 11, 10): 0,
        date(2026, 11, 11): None,
    }  # fmt: skip
    for day, left in expected.items():
        item = next(w for w in queries.work_list(db, clerk, on=day) if w.number == number)
        assert item.notice_days_left == left, day
        assert queries.application_detail(db, number, on=day).notice_days_left == left, day
        assert item.deemed_accepted == (left is None)
    # not counting once accepted
    assert notice_days_left(WorkCalendar(), "accepted", RECEIVED, False, RECEIVED) is None
    assert notice_days_left(WorkCalendar(), "correction", RECEIVED, True, RECEIVED) is None
