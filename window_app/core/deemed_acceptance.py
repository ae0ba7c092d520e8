"""Deemed acceptance (行政许可法 art. 32): an application whose materials are incomplete must be
told so once and in writing within five working days of receipt; otherwise it is accepted
from the day the materials were received.

The five working days run from the day after receipt; on the fifth the window may still
notify, so the application is deemed accepted once that day has passed. From then on its
acceptance date is the day of receipt, and every deadline counts from it, whenever the
clerk records the acceptance. Before then the clerk sees the days left to notify.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .states import State

if TYPE_CHECKING:
    from .workdays import WorkCalendar

DEEMED_ACCEPTANCE_WORKDAYS = 5
_WAITING = (State.RECEIVED, State.CORRECTION)


def notice_due(calendar: WorkCalendar, received_on: date) -> date:
    """The last day a one-time notice may be issued."""
    return calendar.add(received_on, DEEMED_ACCEPTANCE_WORKDAYS).day


def deemed_accepted_on(
    calendar: WorkCalendar, state: str, received_on: date, has_notice: bool, today: date
) -> date | None:
    """The day an application counts as accepted by law (its day of receipt), or None."""
    if has_notice or State(state) not in _WAITING:
        return None
    return received_on if today > notice_due(calendar, received_on) else None


def notice_days_left(
    calendar: WorkCalendar, state: str, received_on: date, has_notice: bool, today: date
) -> int | None:
    """Working days left to issue the one-time notice (0 on the last day), counted from the
    first day; None once a notice was issued, once deemed accepted, or when not waiting."""
    if has_notice or State(state) not in _WAITING:
        return None
    due = notice_due(calendar, received_on)
    if today > due:
        return None
    return calendar.between(today, due).count


def acceptance_day(
    calendar: WorkCalendar,
    state: str,
    received_on: date,
    has_notice: bool,
    on: date,
    complete_on: date,
) -> date:
    """The acceptance date recorded when the clerk accepts on `on`: the day of receipt when
    the application was already deemed accepted, else the day the materials became complete."""
    deemed = deemed_accepted_on(calendar, state, received_on, has_notice, on)
    return deemed if deemed is not None else complete_on
