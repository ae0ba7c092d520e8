"""The demo history's plan: the life each application lives (its steps, each a service call of the
window on its day), drawn as a busy hall's would go, plus one life for each state a random draw
may miss."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..core import suspensions
from ..core.states import State
from ..core.time_limits import limit_end
from ..core.workdays import WorkCalendar
from ..storage.models import MatterVersion
from . import intake
from .demo_people import applicant


class Plan:
    """Draws one application's life; dates are working days from the hall's calendar."""

    def __init__(self, calendar: WorkCalendar, rng: random.Random, today: date):
        self.cal, self.rng, self.today = calendar, rng, today
        self._add_cache: dict[tuple[date, int], date] = {}

    def end(self, start: date, value: int, unit: str) -> date:
        """The last day of a limit in the law's unit (core.time_limits)."""
        if unit == "working_days":
            return self.add(start, value)
        # a limit in calendar days may end on a weekend or holiday: the hall works it on the
        # last working day before (never after the limit, never before `start`)
        day = limit_end(self.cal, start, value, unit).day
        while day > start and not self.cal.is_workday(day):
            day -= timedelta(days=1)
        return day

    def add(self, start: date, days: int) -> date:
        key = (start, days)
        if key not in self._add_cache:
            self._add_cache[key] = self.cal.add(start, days).day
        return self._add_cache[key]


@dataclass
class Life:
    """One application of the history: who applies for what, and the steps of its life, each a
    service call of the window on its day (`_STEPS`)."""

    code: str
    applicant: intake.ApplicantInput
    channel: str
    clerk: str  # the username of the clerk whose window takes it
    steps: list[tuple[date, str, dict]] = field(default_factory=list)
    number: str = ""  # given by intake
    keys: tuple[str, ...] = ()  # its checklist, as intake built it


# the enterprise kinds (demo_hall.KINDS) a registration matter's applicant registers
REGISTERED = {"SC-0001": "1", "SC-0002": "2", "SC-0003": "3"}


def plan_life(
    plan: Plan, rng: random.Random, version: MatterVersion, mats: list, received: date,
    today: date, working_days: list[date],
) -> list[tuple[date, str, dict]]:  # fmt: skip
    """The steps of one application received on `received`, as a busy hall's would go."""
    steps: list[tuple[date, str, dict]] = [(received, "start", {})]
    age = (
        len([d for d in working_days if d > received])
        if received > today - timedelta(days=60)
        else 99
    )
    roll = rng.random()
    accepted_on: date | None = received
    deliveries = version.definition["result"]["delivery"]
    method = rng.choice(deliveries)
    if received == today and roll > 0.85:
        return steps  # still at the counter: materials being checked
    if roll < 0.02:
        return [*steps, (received, "refuse", {})]
    commit = version.allows_commitment and rng.random() < 0.3
    if roll < 0.10 and mats:
        missing = rng.choice(mats)
        steps.append((received, "notice", {"missing": missing}))
        back = plan.add(received, rng.randint(1, 6))
        if back > today:
            return steps
        accepted_on = back
        steps.append(
            (back, "commit" if commit else "accept", {"missing": missing, "method": method})
        )
    else:
        steps.append((received, "commit" if commit else "accept", {"method": method}))
    promised = version.promised_days or 0
    took = 0 if promised == 0 or commit else max(0, int(promised * rng.uniform(0.15, 1.15)))
    completed = plan.end(accepted_on, took, version.promised_unit) if took else accepted_on
    if commit:  # approved at the window on the signed commitment
        if completed <= today and (age > promised or rng.random() < 0.85):
            steps.append((completed, "complete", {"method": method}))
            steps += delivery(plan, rng, completed, today, method)
        return steps
    if completed == today and rng.random() < 0.2:
        decision = rng.choice([State.APPROVED, State.DENIED, State.WITHDRAWN])
        return [*steps, (today, "decide", {"decision": decision})]
    if completed <= today and (age > promised or rng.random() < 0.85):
        decision = State.APPROVED if rng.random() < 0.95 else State.DENIED
        if decision == State.APPROVED and version.definition["code"] in REGISTERED:
            steps.append((completed, "register", {}))  # the registration completes it
        else:
            steps.append((completed, "decide", {"decision": decision}))
            steps.append((completed, "complete", {"method": method}))
        return steps + delivery(plan, rng, completed, today, method)
    review = plan.add(accepted_on, 1)
    if promised > 0 and review <= today and rng.random() < 0.6:
        steps.append((review, "review", {}))
        if rng.random() < 0.08:
            since = min(today, plan.add(accepted_on, 2))
            # a step the matter's law provides (its excluded_time), else a hearing (arts. 46-47)
            reason = (*suspensions.declared_steps(version.definition), "hearing")[0]
            steps.append((since, "suspend", {"reason": reason}))
    return steps


# The lives of `every_state`: (matter, steps as (working days before the last, step, args)),
# one per state a hall can have that a random draw may miss. The last step is on the hall's last
# working day (today, or the Friday before a Sunday), so each is still in its state at the end.
STATE_LIVES: list[tuple[str, list[tuple[int, str, dict]]]] = [
    # received: at the counter, materials being checked
    ("SC-0002", [(0, "start", {})]),
    # suspended (中止): a hearing was asked for during the review
    ("CG-0001", [(2, "start", {}), (2, "accept", {"method": "window"}), (1, "review", {}),
                 (0, "suspend", {"reason": "hearing"})]),
    # denied (不予许可), decided, its decision not yet completed
    ("JY-0001", [(2, "start", {}), (2, "accept", {"method": "window"}), (1, "review", {}),
                 (0, "decide", {"decision": State.DENIED})]),
    # withdrawn (撤回) by the applicant
    ("WT-0001", [(1, "start", {}), (1, "accept", {"method": "window"}),
                 (0, "decide", {"decision": State.WITHDRAWN})]),
    # completed, the licence waiting at the pickup window (办结待取件)
    ("SC-0004", [(2, "start", {}), (2, "accept", {"method": "window"}),
                 (1, "decide", {"decision": State.APPROVED}), (0, "complete", {"method": "window"})]),
    # revoked (撤销许可): approved on commitment, the verification found it untrue
    ("WJ-0001", [(2, "start", {}), (2, "commit", {}), (0, "verify_fail", {})]),
    # accepted and handed over: waiting in the department's inbox (移交待签收)
    ("JT-0001", [(1, "start", {}), (1, "accept", {"method": "window"}),
                 (0, "hand_over", {"department": "JTYSJ"})]),
]  # fmt: skip


# The board's two lists (JT-0001 promises 7 working days): in review past its deadline (逾期),
# and in review with one working day left (临期).
BOARD_LIVES: list[tuple[str, list[tuple[int, str, dict]]]] = [
    ("JT-0001", [(10, "start", {}), (10, "accept", {"method": "window"}), (9, "review", {})]),
    ("JT-0001", [(6, "start", {}), (6, "accept", {"method": "window"}), (5, "review", {})]),
]


def every_state(
    rng: random.Random, working_days: list[date], clerks: list[str], scripted: list | None = None
) -> list[Life]:
    """One application for each life of `scripted` (default `STATE_LIVES`: one in each state),
    on the hall's last working days."""
    lives = []
    for n, (code, steps) in enumerate(STATE_LIVES if scripted is None else scripted):
        life = Life(code, applicant(rng, code), "in_person", clerks[n % len(clerks)])
        life.steps = [(working_days[-1 - back], step, args) for back, step, args in steps]
        lives.append(life)
    return lives


def delivery(
    plan: Plan, rng: random.Random, completed: date, today: date, method: str
) -> list[tuple[date, str, dict]]:
    if completed < today or rng.random() < 0.5:
        return [(min(today, plan.add(completed, rng.randint(0, 2))), "deliver", {"method": method})]
    return []
