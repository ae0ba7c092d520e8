"""好差评 at the counter: the clerk asks for a rating, the applicant rates on the window's
evaluator screen, and every real-name 差评 opens a rectification case.

`request_evaluation` (the clerk, at completion, a one-time notice, a refusal or a pure
consultation) puts a pending request on the window's evaluator (`pending_request`); the
applicant's choice comes back through `submit_rating`; a timeout (`expire_request`) records
nothing. The clerk's screen reads only `request_state` (pending / rated / expired / withdrawn),
never the chosen level before it is submitted. `record_evaluation` is the scripted hall's and
the tests' path (CLI `evaluation record`).

Each rating stores GB/T 39046-2020 table 9's items: 办件编号 (the application number, or for a
consultation without one `ZX` + day + ticket), 评价渠道, 评价人 (the applicant's real name; empty
= anonymous), 评价时间, 评价次数 (1 first, 2 second rating of the same encounter; a third is
refused), 满意度 and its code (stored in the national direction, see `core.evaluation`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..core.evaluation import (
    COUNTER_CHANNEL,
    ENCOUNTERS,
    LEVEL_NAMES,
    EvaluationError,
    check_level,
    is_bad,
    tag_table,
)
from ..core.states import State
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    Evaluation,
    EvaluationRequest,
    HallSetting,
    MatterVersion,
    QueueTicket,
    RectificationCase,
    User,
    Window,
)
from . import audit
from .calendar import load_calendar
from .context import Actor, Role

REQUEST_ROLES = (Role.CLERK, Role.SUPERVISOR)
RECORD_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
EVALUATOR = Actor(user_id=None, username="evaluator", role=Role.CLERK, display_name="评价器")
TIMEOUT_SECONDS = 60
MAX_TEXT = 500

# configurable day counts (Guangdong's are set by the province and the city)
FOLLOWUP_DAYS, RECTIFY_DAYS = "evaluation.followup_days", "evaluation.rectify_days"
DEFAULTS = {FOLLOWUP_DAYS: 1, RECTIFY_DAYS: 15}


@dataclass(frozen=True)
class RequestView:
    """What the evaluator screen shows (no personal data but the clerk's name)."""

    id: int
    window: str
    clerk: str
    matter: str
    case_number: str
    encounter: str
    expires_at: datetime


@dataclass(frozen=True)
class Rated:
    evaluation_id: int
    case_number: str
    level: int
    attempt: int
    case_id: int | None  # the rectification case a real-name 差评 opened


def setting(session: Session, name: str) -> int:
    row = session.get(HallSetting, name)  # the hall's settings table (migration 0014)
    return int(row.value) if row is not None else DEFAULTS[name]


def case_days(db: Database) -> tuple[int, int]:
    """(follow-up, rectification) working days for a 差评 case."""
    with db.reading() as session:
        return setting(session, FOLLOWUP_DAYS), setting(session, RECTIFY_DAYS)


def set_case_days(db: Database, actor: Actor, followup: int, rectify: int) -> None:
    """The administrator sets the province's and city's day counts."""
    actor.require(Role.ADMINISTRATOR)
    if not (0 <= followup <= 30 and 1 <= rectify <= 60 and followup <= rectify):
        raise EvaluationError(
            "回访时限须为0至30个工作日，整改时限须为1至60个工作日且不短于回访时限",
            english="The follow-up takes 0 to 30 working days; the rectification 1 to 60, and "
            "not less than the follow-up.",
        )
    with db.transaction() as session:
        before = {FOLLOWUP_DAYS: setting(session, FOLLOWUP_DAYS),
                  RECTIFY_DAYS: setting(session, RECTIFY_DAYS)}  # fmt: skip
        for name, value in ((FOLLOWUP_DAYS, followup), (RECTIFY_DAYS, rectify)):
            session.merge(HallSetting(key=name, value=value))
        audit.record(session, actor, "evaluation.days", "hall_settings", "evaluation",
                     before=before, after={FOLLOWUP_DAYS: followup, RECTIFY_DAYS: rectify})  # fmt: skip


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now()).replace(microsecond=0)


def _application(session: Session, number: str) -> Application:
    app = session.scalar(select(Application).where(Application.number == number.strip()))
    if app is None:
        raise EvaluationError(f"没有此办件：{number}",
                              english=f"There is no application {number}.", field="application")  # fmt: skip
    return app


def _encounter_of(app: Application) -> str:
    return {State.REFUSED: "refusal", State.CORRECTION: "notice"}.get(app.state, "completion")


def request_evaluation(
    db: Database, actor: Actor, *, application: str | None = None, ticket: str | None = None,
    encounter: str | None = None, at: datetime | None = None, timeout: int = TIMEOUT_SECONDS,
) -> int:  # fmt: skip
    """Put a rating request on the actor's window's evaluator; an earlier pending one there is
    withdrawn. Returns the request's id."""
    actor.require(*REQUEST_ROLES)
    if actor.window_id is None:
        raise EvaluationError("当前账号未指定窗口，无法请求评价",
                              english="This account has no window, so it cannot ask for a rating.")  # fmt: skip
    at = _now(at)
    with db.transaction() as session:
        app = _application(session, application) if application else None
        tk = None
        if ticket:
            tk = session.scalar(select(QueueTicket).where(
                QueueTicket.day == at.date(), QueueTicket.number == ticket.strip()))  # fmt: skip
        if app is None and tk is None:
            raise EvaluationError("请求评价须有办件编号或排队号",
                                  english="A rating needs an application number or a ticket.")  # fmt: skip
        if app is None and tk is not None and tk.application_id:
            app = session.get(Application, tk.application_id)
        kind = encounter or (_encounter_of(app) if app else "consultation")
        if kind not in ENCOUNTERS:
            raise EvaluationError(f"未知的服务环节：{kind}", english=f"Unknown encounter: {kind}.")
        if app is not None:
            matter = session.get(MatterVersion, app.matter_version_id).name
            name = session.get(Applicant, app.applicant_id).name
            number = app.number
        else:
            matter, name, number = "咨询", "", f"ZX{at:%Y%m%d}-{tk.number}"
        session.execute(
            update(EvaluationRequest)
            .where(EvaluationRequest.window_id == actor.window_id,
                   EvaluationRequest.state == "pending")
            .values(state="withdrawn")
        )  # fmt: skip
        req = EvaluationRequest(
            window_id=actor.window_id, clerk_id=actor.user_id,
            application_id=app.id if app else None, ticket_id=tk.id if tk else None,
            case_number=number, matter=matter, encounter=kind, evaluator_name=name[:50],
            state="pending", created_at=at, expires_at=at + timedelta(seconds=timeout),
        )  # fmt: skip
        session.add(req)
        session.flush()
        audit.record(session, actor, "evaluation.request", "evaluation_request", req.id,
                     after={"case": number, "encounter": kind})  # fmt: skip
        return req.id


def pending_request(db: Database, window: str, *, at: datetime | None = None) -> RequestView | None:
    """The request the window's evaluator should show now (not yet expired)."""
    at = _now(at)
    with db.reading() as session:
        row = session.execute(
            select(EvaluationRequest, Window.number, User.display_name)
            .join(Window, Window.id == EvaluationRequest.window_id)
            .outerjoin(User, User.id == EvaluationRequest.clerk_id)
            .where(Window.number == window, EvaluationRequest.state == "pending",
                   EvaluationRequest.expires_at > at)
            .order_by(EvaluationRequest.id.desc()).limit(1)
        ).first()  # fmt: skip
        if row is None:
            return None
        req, number, clerk = row
        return RequestView(req.id, number, clerk or "", req.matter, req.case_number,
                           req.encounter, req.expires_at)  # fmt: skip


def request_state(db: Database, request_id: int, *, at: datetime | None = None) -> str:
    """pending / rated / expired / withdrawn: all the clerk's screen may know."""
    at = _now(at)
    with db.reading() as session:
        req = session.get(EvaluationRequest, request_id)
        if req is None:
            return "withdrawn"
        if req.state == "pending" and req.expires_at <= at:
            return "expired"
        return req.state


def expire_request(db: Database, request_id: int) -> None:
    """The evaluator timed out: the request ends and nothing is recorded."""
    with db.transaction() as session:
        req = session.get(EvaluationRequest, request_id)
        if req is not None and req.state == "pending":
            req.state = "expired"
            audit.record(session, EVALUATOR, "evaluation.expired", "evaluation_request", req.id)


def _attempt(session: Session, case_number: str, encounter: str) -> int:
    prior = session.scalar(
        select(func.count()).where(Evaluation.case_number == case_number,
                                   Evaluation.encounter == encounter)
    )  # fmt: skip
    if prior >= 2:
        raise EvaluationError(
            f"办件{case_number}的此环节已评价两次，不能再评价",
            english=f"Application {case_number} was already rated twice for this encounter.",
        )
    return prior + 1


def _store(session: Session, actor: Actor, *, case_number: str, application_id: int | None,
           ticket_id: int | None, request_id: int | None, channel: str, evaluator: str,
           at: datetime, level: int, tags: list[str], text: str, encounter: str,
           window_id: int | None, clerk_id: int | None) -> Rated:  # fmt: skip
    check_level(level)
    table = tag_table()
    tags = table.check(level, tags)
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise EvaluationError(f"文字评价至多{MAX_TEXT}字",
                              english=f"The written comment has at most {MAX_TEXT} characters.",
                              field="text")  # fmt: skip
    attempt = _attempt(session, case_number, encounter)
    ev = Evaluation(
        case_number=case_number, application_id=application_id, ticket_id=ticket_id,
        request_id=request_id, channel=channel, evaluator=evaluator[:30], evaluated_at=at,
        evaluated_on=at.date(), attempt=attempt, level=level, tags=tags, text=text,
        encounter=encounter, window_id=window_id, clerk_id=clerk_id,
        tag_table_version=table.version[:32],
    )  # fmt: skip
    session.add(ev)
    session.flush()
    audit.record(session, actor, "evaluation.record", "evaluation", ev.id,
                 after={"case": case_number, "level": level, "tags": tags, "attempt": attempt})  # fmt: skip
    case_id = None
    if is_bad(level) and ev.evaluator:
        calendar = load_calendar(session)
        day = at.date()
        case = RectificationCase(
            evaluation_id=ev.id, opened_on=day, state="open",
            followup_due=calendar.add(day, setting(session, FOLLOWUP_DAYS)).day,
            rectify_due=calendar.add(day, setting(session, RECTIFY_DAYS)).day,
        )  # fmt: skip
        session.add(case)
        session.flush()
        case_id = case.id
        audit.record(session, actor, "rectification.open", "rectification_case", case.id,
                     after={"evaluation": ev.id, "followup_due": case.followup_due,
                            "rectify_due": case.rectify_due})  # fmt: skip
    return Rated(ev.id, case_number, level, attempt, case_id)


def submit_rating(db: Database, request_id: int, level: int, tags: list[str], text: str = "",
                  *, at: datetime | None = None) -> Rated:  # fmt: skip
    """The applicant's choice on the evaluator screen."""
    at = _now(at)
    with db.transaction() as session:
        req = session.get(EvaluationRequest, request_id, with_for_update=True)
        if req is None or req.state != "pending" or req.expires_at <= at:
            raise EvaluationError("此评价已结束（已评价、已超时或已撤回）",
                                  english="This rating has ended (rated, timed out or withdrawn).")  # fmt: skip
        rated = _store(
            session, EVALUATOR, case_number=req.case_number, application_id=req.application_id,
            ticket_id=req.ticket_id, request_id=req.id, channel=COUNTER_CHANNEL,
            evaluator=req.evaluator_name, at=at, level=level, tags=tags, text=text,
            encounter=req.encounter, window_id=req.window_id, clerk_id=req.clerk_id,
        )  # fmt: skip
        req.state = "rated"
        return rated


def record_evaluation(
    db: Database, actor: Actor, number: str, level: int, tags: list[str], text: str = "", *,
    encounter: str | None = None, channel: str = COUNTER_CHANNEL, at: datetime | None = None,
) -> Rated:  # fmt: skip
    """A rating of an application entered by script (the applicant's real name, the
    application's window and clerk)."""
    actor.require(*RECORD_ROLES)
    at = _now(at)
    with db.transaction() as session:
        app = _application(session, number)
        kind = encounter or _encounter_of(app)
        if kind not in ENCOUNTERS:
            raise EvaluationError(f"未知的服务环节：{kind}", english=f"Unknown encounter: {kind}.")
        name = session.get(Applicant, app.applicant_id).name
        return _store(
            session, actor, case_number=app.number, application_id=app.id, ticket_id=None,
            request_id=None, channel=channel, evaluator=name, at=at, level=level, tags=tags,
            text=text, encounter=kind, window_id=app.window_id, clerk_id=app.clerk_id,
        )  # fmt: skip


def level_name(level: int) -> str:
    return LEVEL_NAMES[check_level(level)]
