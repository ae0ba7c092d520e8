"""Read models for the GUI and the CLI: the day's work list, application detail, listings.

All results are plain frozen dataclasses with personal data masked. "Deemed accepted"
(行政许可法 art. 32) is computed here and never changes the stored state: an application still
received, without any one-time notice once five working days after receipt have passed, counts
as accepted from the day its materials were received.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Date, Select, bindparam, func, literal_column, select, union
from sqlalchemy.orm import Session

from ..core import deadlines, suspensions
from ..core.catalogue_terms import DELIVERIES
from ..core.deemed_acceptance import (
    DEEMED_ACCEPTANCE_WORKDAYS,
    deemed_accepted_on,
    notice_days_left,
)
from ..core.masking import mask_id, mask_phone
from ..core.overdue import finished_late, is_overdue
from ..core.states import LABELS_ZH, OPEN, State
from ..core.workdays import WorkCalendar
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    IssuedDocument,
    Matter,
    MatterVersion,
    Notice,
    Transition,
    User,
    VerificationTask,
    Window,
)
from .calendar import load_calendar
from .checklist import ChecklistRow, get_application, load_items, rows_of
from .context import Actor

if TYPE_CHECKING:
    from .documents import DocumentInfo

__all__ = [
    "DEEMED_ACCEPTANCE_WORKDAYS",
    "ApplicationDetail",
    "ApplicationSummary",
    "NoticeView",
    "TransitionView",
    "WorkItem",
    "application_detail",
    "deemed_accepted_on",
    "list_applications",
    "work_list",
]


class WorkItem(NamedTuple):
    """One line of the clerk's work list (a NamedTuple: a supervisor's list is a thousand of
    them, built in a worker that shares the GIL with the UI thread)."""

    number: str
    matter_code: str
    matter_name: str
    applicant_name: str
    applicant_code_masked: str
    state: str
    state_label: str
    channel: str
    received_on: date
    accepted_on: date | None
    deadline: date | None  # promised deadline
    light: str | None  # green | yellow | red while the clock runs; None otherwise
    deemed_accepted: bool
    window: str
    clerk: str
    # working days left to issue a one-time notice before it is deemed accepted (art. 32),
    # from the first day; None once notified, deemed accepted or accepted
    notice_days_left: int | None = None


@dataclass(frozen=True)
class ApplicationSummary:
    """One application for `list applications` (JSON keys are these field names)."""

    number: str
    matter_code: str
    matter_name: str
    state: str
    channel: str
    received_on: date
    accepted_on: date | None
    completed_on: date | None
    deadline: date | None
    statutory_deadline: date | None
    window: str
    clerk: str
    visits: int
    deemed_accepted: bool
    overdue: bool = False  # core.overdue.is_overdue as of the listing's day
    finished_late: bool = False  # finished by the listing's day, after its deadline
    deadline_provisional: bool = False  # `deadline` rests on an unpublished calendar
    statutory_deadline_provisional: bool = False
    commitment: bool = False  # approved on commitment (告知承诺制)
    verification_due: date | None = None  # its verification's due day, while still open


@dataclass(frozen=True)
class NoticeView:
    sequence: int
    issued_on: date
    items: tuple[tuple[str, str, str], ...]  # (material, problem, reason)
    override_reason: str | None
    override_by: str | None


@dataclass(frozen=True)
class TransitionView:
    from_state: str | None
    to_state: str
    to_label: str
    on: date
    user: str
    reason: str | None  # Chinese, as stored: typed by a person or written by the service
    note_code: str | None = None  # set when the service wrote the reason (core.transition_notes)
    note_args: dict | None = None


@dataclass(frozen=True)
class ApplicationDetail:
    number: str
    matter_code: str
    matter_name: str
    matter_version: int
    allows_commitment: bool
    state: str
    state_label: str
    channel: str
    channel_label: str
    applicant_kind: str
    applicant_name: str
    applicant_code_masked: str
    applicant_phone_masked: str
    agent_name: str | None
    agent_id_masked: str
    answers: tuple[tuple[str, str, bool], ...]  # (key, question, answer)
    window: str
    clerk: str
    received_on: date
    accepted_on: date | None
    decided_on: date | None
    completed_on: date | None
    promised_deadline: date | None
    statutory_deadline: date | None
    deadline_provisional: bool  # either date provisional; each date's own flag below
    deadline_explanation: str | None
    delivery_method: str | None
    light: str | None
    deemed_accepted: bool
    visits: int
    commitment: bool
    verification_due: date | None
    checklist: tuple[ChecklistRow, ...]
    notices: tuple[NoticeView, ...]
    documents: tuple[DocumentInfo, ...]
    transitions: tuple[TransitionView, ...]
    credit_rule: str | None = None  # the rule applied after a credit-list warning at intake
    # how the result went out: tracking number, address or account, who collected it (kept
    # encrypted on the application, migration 0029)
    delivery_detail: dict = field(default_factory=dict)
    promised_provisional: bool = False  # the promised date rests on an unpublished calendar
    statutory_provisional: bool = False
    notice_days_left: int | None = None  # see WorkItem
    # the art. 45 steps the matter version declares (core.suspensions: hearing always allowed)
    excluded_steps: tuple[str, ...] = ()


_LABELS = {str(s): LABELS_ZH[s] for s in State}


def _light(
    calendar: WorkCalendar, state: str, deadline: date | None, completed_on: date | None,
    today: date,
) -> str | None:  # fmt: skip
    """The deadline light as of `today`, from the one meaning of overdue (`core.overdue`):
    red when overdue (finished late included), yellow / green while it runs; None without a
    deadline, while suspended (its clock stands still) and once finished on time."""
    if deadline is None:
        return None
    if completed_on is not None and completed_on <= today:
        return "red" if finished_late(deadline, completed_on) else None
    if state == State.SUSPENDED:
        return None
    return deadlines.light(calendar, today, deadline)


def _provisional(calendar: WorkCalendar, accepted_on: date | None, day: date | None) -> bool:
    """A deadline counted over a year whose holiday arrangement is not published."""
    if accepted_on is None or day is None:
        return False
    return bool(calendar.provisional_years(accepted_on, day))


def _overdue(state: str, deadline: date | None, completed_on: date | None, day: date) -> bool:
    return is_overdue(deadline, day, finished_on=completed_on, suspended=state == State.SUSPENDED)


def _listed(where: list, order=None) -> Select:  # noqa: ANN001
    """The columns the lists show (plain rows, no ORM entities: a supervisor's list is thousands
    of them), in this order."""
    # Counted per row over its index: grouping every notice of ten years first took ~0.4 s.
    notices = (
        select(func.count(Notice.id))
        .where(Notice.application_id == Application.id)
        .correlate(Application)
        .scalar_subquery()
    )
    stmt = (
        select(
            Application.number, Application.state, Application.channel, Application.received_on,
            Application.accepted_on, Application.completed_on, Application.promised_deadline,
            Application.statutory_deadline, Application.visits,
            Matter.code.label("matter_code"), MatterVersion.name.label("matter_name"),
            Applicant.name.label("applicant_name"), Applicant.id_number, Applicant.uscc,
            Window.number.label("window"), User.username, User.display_name,
            notices.label("notices"),
        )
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Matter, Matter.id == MatterVersion.matter_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .join(Window, Window.id == Application.window_id)
        .join(User, User.id == Application.clerk_id)
        .where(*where)
        .order_by(*(order or (Application.number,)))
    )  # fmt: skip
    return stmt


def _rows(session: Session, where: list, order=None) -> list:  # noqa: ANN001
    """The listed columns by name."""
    return session.execute(_listed(where, order)).all()


# The day's applications: three indexed selections of ids (an OR of the three conditions
# scanned every row); built once (compiled once by the fast read path), with and without a window.
_DAY = bindparam("day", type_=Date)
_WANTED = union(
    select(Application.id).where(Application.received_on == _DAY),
    select(Transition.application_id).where(Transition.on == _DAY),
    select(Application.id).where(Application.state.in_([str(x) for x in OPEN])),
)
# The window's own: compared as `window_id + 0` with the window's id, an expression no index
# serves, so the planner cannot start from the window and walk its whole history through
# (window_id, received_on) (39–51 ms at 1M); it reads the day's ids above, then each by its key.
_WINDOW_ID = select(Window.id).where(Window.number == bindparam("window")).scalar_subquery()
WORK_LIST = {
    False: _listed([Application.id.in_(_WANTED)]),
    True: _listed(
        [Application.id.in_(_WANTED), Application.window_id + literal_column("0") == _WINDOW_ID]
    ),
}


def work_list(
    db: Database, actor: Actor, *, window_number: str | None = None, on: date | None = None
) -> list[WorkItem]:
    """The day's applications at a window (default: the actor's; all windows if it has none):
    received that day, moved that day, or still open (so deadlines and waiting ones stay in view)."""
    day = on or date.today()
    window = window_number or actor.window_number
    stmt = WORK_LIST[bool(window)]
    params = {"day": day, "window": window} if window else {"day": day}
    with db.read_snapshot() as read:  # the fast read path: plain tuples, compiled once per shape
        calendar = load_calendar(read)
        rows = read.rows(stmt, params)
    out = []
    for (number, state, channel, received_on, accepted_on, completed_on, deadline,
         _statutory, _visits, matter_code, matter_name, applicant_name, id_number, uscc,
         window_number_, _username, display_name, notices) in rows:  # fmt: skip
        light = _light(calendar, state, deadline, completed_on, day)
        deemed = deemed_accepted_on(calendar, state, received_on, notices > 0, day)
        left = notice_days_left(calendar, state, received_on, notices > 0, day)
        out.append(
            WorkItem(
                number,
                matter_code,
                matter_name,
                applicant_name,
                mask_id(id_number or uscc),
                state,
                _LABELS[state],
                channel,
                received_on,
                accepted_on,
                deadline,
                light,
                deemed is not None,
                window_number_,
                display_name,
                left,
            )  # fmt: skip
        )
    return out


def list_applications(
    db: Database,
    *,
    received_on: date | None = None,
    state: str | None = None,
    today: date | None = None,
) -> list[ApplicationSummary]:
    """All applications, optionally of one day of receipt and/or one state, by number;
    `overdue`, `finished_late` and `deemed_accepted` as of `today` (default: the real today)."""
    day = today or date.today()
    where = []
    if received_on is not None:
        where.append(Application.received_on == received_on)
    if state is not None:
        where.append(Application.state == str(State(state)))
    with db.reading() as session:
        calendar = load_calendar(session)
        commitments = {
            number: due
            for number, due in session.execute(
                select(Application.number, VerificationTask.due_on)
                .outerjoin(VerificationTask, (VerificationTask.application_id == Application.id)
                           & (VerificationTask.status == "open"))
                .where(Application.commitment.is_(True), *where)
            )
        }  # fmt: skip
        return [
            ApplicationSummary(
                number=row.number,
                matter_code=row.matter_code,
                matter_name=row.matter_name,
                state=row.state,
                channel=row.channel,
                received_on=row.received_on,
                accepted_on=row.accepted_on,
                completed_on=row.completed_on,
                deadline=row.promised_deadline,
                statutory_deadline=row.statutory_deadline,
                window=row.window,
                clerk=row.username,
                visits=row.visits,
                deemed_accepted=deemed_accepted_on(
                    calendar, row.state, row.received_on, row.notices > 0, day
                )
                is not None,
                overdue=_overdue(row.state, row.promised_deadline, row.completed_on, day),
                finished_late=row.completed_on is not None
                and row.completed_on <= day
                and finished_late(row.promised_deadline, row.completed_on),
                deadline_provisional=_provisional(calendar, row.accepted_on, row.promised_deadline),
                statutory_deadline_provisional=_provisional(
                    calendar, row.accepted_on, row.statutory_deadline
                ),
                commitment=row.number in commitments,
                verification_due=commitments.get(row.number),
            )
            for row in _rows(session, where)
        ]


def application_detail(db: Database, number: str, *, on: date | None = None) -> ApplicationDetail:
    """Everything the detail view shows: checklist, notices, documents, transitions, deadlines."""
    # here, not at the module's top: the work list (the GUI's first screen) needs neither
    from .documents import info_of
    from .intake import CHANNELS

    day = on or date.today()
    with db.reading() as session:
        app = get_application(session, number)
        version = session.get(MatterVersion, app.matter_version_id)
        definition = version.definition
        person = session.get(Applicant, app.applicant_id)
        window = session.get(Window, app.window_id)
        clerk = session.get(User, app.clerk_id)
        users = {u.id: u.display_name for u in session.scalars(select(User))}
        calendar = load_calendar(session)
        notices = list(
            session.scalars(
                select(Notice).where(Notice.application_id == app.id).order_by(Notice.sequence)
            )
        )
        docs = session.scalars(  # an enterprise's licence and referral: `registration_links`
            select(IssuedDocument)
            .where(IssuedDocument.application_id == app.id, IssuedDocument.enterprise_id.is_(None))
            .order_by(IssuedDocument.id)
        )
        transitions = session.scalars(
            select(Transition).where(Transition.application_id == app.id).order_by(Transition.id)
        )
        task = session.scalars(
            select(VerificationTask).where(VerificationTask.application_id == app.id)
        ).first()
        questions = {q["key"]: q["text"] for q in definition.get("questions", ())}
        return ApplicationDetail(
            number=app.number,
            matter_code=definition["code"],
            matter_name=definition["name"],
            matter_version=version.version,
            allows_commitment=version.allows_commitment,
            state=app.state,
            state_label=LABELS_ZH[State(app.state)],
            channel=app.channel,
            channel_label=CHANNELS.get(app.channel, app.channel),
            applicant_kind=person.kind,
            applicant_name=person.name,
            applicant_code_masked=mask_id(person.id_number or person.uscc),
            applicant_phone_masked=mask_phone(person.phone),
            agent_name=app.agent_name,
            agent_id_masked=mask_id(app.agent_id_number),
            answers=tuple(
                (k, questions.get(k, k), bool(v)) for k, v in sorted((app.answers or {}).items())
            ),
            window=f"{window.number} {window.name}",
            clerk=clerk.display_name,
            received_on=app.received_on,
            accepted_on=app.accepted_on,
            decided_on=app.decided_on,
            completed_on=app.completed_on,
            promised_deadline=app.promised_deadline,
            statutory_deadline=app.statutory_deadline,
            deadline_provisional=app.deadline_provisional,
            promised_provisional=_provisional(calendar, app.accepted_on, app.promised_deadline),
            statutory_provisional=_provisional(calendar, app.accepted_on, app.statutory_deadline),
            deadline_explanation=app.deadline_explanation,
            delivery_method=DELIVERIES.get(app.delivery_method or "", app.delivery_method),
            delivery_detail=json.loads(app.delivery_detail) if app.delivery_detail else {},
            light=_light(calendar, app.state, app.promised_deadline, app.completed_on, day),
            deemed_accepted=deemed_accepted_on(
                calendar, app.state, app.received_on, bool(notices), day
            )
            is not None,
            notice_days_left=notice_days_left(
                calendar, app.state, app.received_on, bool(notices), day
            ),
            visits=app.visits,
            commitment=app.commitment,
            verification_due=task.due_on if task else None,
            credit_rule=app.credit_rule,
            excluded_steps=suspensions.declared_steps(definition),
            checklist=rows_of(load_items(session, app, day)),
            notices=tuple(
                NoticeView(
                    sequence=n.sequence,
                    issued_on=n.issued_on,
                    items=tuple((i["name"], i["problem"], i["reason"]) for i in n.items),
                    override_reason=n.override_reason,
                    override_by=users.get(n.override_by) if n.override_by else None,
                )
                for n in notices
            ),
            documents=tuple(info_of(session, d) for d in docs),
            transitions=tuple(
                TransitionView(
                    from_state=t.from_state,
                    to_state=t.to_state,
                    to_label=LABELS_ZH[State(t.to_state)],
                    on=t.on,
                    user=users.get(t.user_id, "") if t.user_id else "",
                    reason=t.reason,
                    note_code=t.note_code,
                    note_args=t.note_args,
                )
                for t in transitions
            ),
        )
