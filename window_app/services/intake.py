"""Start an application: the matter version in force, the applicant, the channel, the checklist.

Everything happens in one transaction: the applicant row (reused by ID number / USCC), the
application in state RECEIVED with its first Transition, the checklist built from the frozen
matter version (plus the agent materials when an agent applies), and the first visit when the
applicant came in person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from ..core import idcard, uscc
from ..core.checklist import Mark, apply_marks, items_from_materials
from ..core.errors import DomainError
from ..core.matter_search import match_matter
from ..core.states import State
from ..storage import pii, session_cache
from ..storage.database import Database
from ..storage.models import Applicant, Application, Matter, MatterVersion
from . import audit, bad_credit, numbering, workflow
from .checklist import (
    INTAKE_ROLES,
    ApplicationNotFound,
    ChecklistRow,
    get_application,
    note_new,
    rows_of,
    save_items,
)
from .context import Actor, Role
from .printable import printable_name

if TYPE_CHECKING:
    from ..core.catalogue import Material
    from ..core.catalogue import Matter as MatterDef

__all__ = [
    "CHANNELS",
    "INTAKE_ROLES",
    "AgentInput",
    "ApplicantInput",
    "ApplicationNotFound",
    "MatterChoice",
    "MatterWithdrawn",
    "NoVersionInForce",
    "NotThisMatter",
    "refusal_for",
    "StartedApplication",
    "get_application",
    "search_matters",
    "start_application",
    "version_in_force",
]

CHANNELS = {"in_person": "现场", "post": "邮寄", "online": "网上办事大厅"}
PERSON, ORGANISATION = "person", "organisation"


class CreditWarning(DomainError):
    """The applicant is on a credit list: the clerk must confirm before anything is saved."""


class NoVersionInForce(DomainError):
    pass


class MatterWithdrawn(NoVersionInForce):
    """The matter has ended (abolished or turned into a filing): no new application."""


class NotThisMatter(DomainError):
    """An answer shows the matter is not the applicant's (e.g. a filing applies instead)."""


@dataclass(frozen=True)
class ApplicantInput:
    """A natural person (kind 'person': name, id_number, phone) or an organisation
    (kind 'organisation': name, uscc, phone)."""

    kind: str
    name: str
    id_number: str | None = None
    uscc: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class AgentInput:
    name: str
    id_number: str


@dataclass(frozen=True)
class MatterChoice:
    """A matter as the clerk picks it: the version in force on the day and its questions."""

    code: str
    name: str
    version: int
    effective_from: date
    allows_commitment: bool
    questions: tuple[tuple[str, str], ...]  # (key, text)
    definition: MatterDef | None = None  # the frozen definition of that version
    agent_materials: tuple[Material, ...] = ()  # added when an agent applies


@dataclass(frozen=True)
class StartedApplication:
    id: int
    number: str
    matter_code: str
    matter_version: int
    state: str
    checklist: tuple[ChecklistRow, ...] = field(default=())


def version_in_force(session: Session, matter_code: str, day: date) -> MatterVersion:
    """The highest version with effective_from <= day; a DomainError when there is none.
    Read once per session and day (storage.session_cache) until it writes the catalogue."""
    matter, version = session_cache.cached(
        session, ("version_in_force", matter_code.strip(), day),
        (Matter.__tablename__, MatterVersion.__tablename__),
        lambda: _matter_and_version(session, matter_code.strip(), day),
    )  # fmt: skip
    if matter is None:
        raise NoVersionInForce(
            f"事项“{matter_code}”不存在",
            english=f"There is no matter “{matter_code}”.",
            field="matter",
        )
    if version is None:
        raise NoVersionInForce(
            "该事项无现行有效版本",
            english=f"The matter “{matter_code}” has no version in force on {day}.",
            field="matter",
        )
    if version.withdrawn_from is not None and version.withdrawn_from <= day:
        w = (version.definition or {}).get("withdrawal") or {}
        instead = f"；请办理{w['replaced_by']}" if w.get("replaced_by") else ""
        instead_en = f"; apply for {w['replaced_by']} instead" if w.get("replaced_by") else ""
        raise MatterWithdrawn(
            f"事项{matter.code}“{version.name}”自{version.withdrawn_from}起停止办理，不再受理"
            f"（{w.get('reason', '')}；依据{w.get('basis', '')}）{instead}",
            english=f"The matter {matter.code} was withdrawn on {version.withdrawn_from} and "
            f"takes no new applications{instead_en}.",
            field="matter",
        )
    return version


@cache
def _matter_by_code() -> Select:
    return select(Matter).where(Matter.code == bindparam("code"))  # built once (issue 17)


@cache
def _newest_version_on() -> Select:
    return (
        select(MatterVersion)
        .where(
            MatterVersion.matter_id == bindparam("matter"),
            MatterVersion.effective_from <= bindparam("day"),
        )
        .order_by(MatterVersion.version.desc())
        .limit(1)
    )


def _matter_and_version(
    session: Session, code: str, day: date
) -> tuple[Matter | None, MatterVersion | None]:
    matter = session.scalars(_matter_by_code(), {"code": code}).first()
    if matter is None:
        return None, None
    version = session.scalars(_newest_version_on(), {"matter": matter.id, "day": day}).first()
    return matter, version


def refusal_for(matter: MatterDef, answers: Mapping[str, bool]) -> NotThisMatter | None:
    """The refusal when an answer makes the matter not the applicant's (a question's
    `refuse_if_yes`: e.g. a shop selling only pre-packaged food files SC-0007 instead), naming
    the matter to apply for; None when the answers allow the application."""
    for q in matter.questions:
        if q.refuse_if_yes is not None and answers.get(q.key):
            refer = q.refuse_if_yes.refer_to
            return NotThisMatter(
                q.refuse_if_yes.message + (f"（请办理{refer}）" if refer else ""),
                english=q.refuse_if_yes.message_en
                + (f" (apply for {refer} instead)" if refer else ""),
                field=q.key,
            )
    return None


def search_matters(db: Database, query: str, *, on: date | None = None) -> list[MatterChoice]:
    """Matters in force on the day matching a name, code or pinyin initials (e.g. 'spjy')."""
    day = on or date.today()
    with db.reading() as session:
        versions: dict[str, MatterVersion] = {}
        rows = session.execute(
            select(Matter.code, MatterVersion)
            .join(MatterVersion, MatterVersion.matter_id == Matter.id)
            .where(MatterVersion.effective_from <= day)
            .order_by(MatterVersion.version)
        ).all()
        for code, version in rows:
            versions[code] = version  # the highest version in force wins
        versions = {  # a withdrawn matter is not offered at intake
            code: v
            for code, v in versions.items()
            if v.withdrawn_from is None or v.withdrawn_from > day
        }
        from ..core.catalogue import Matter as MatterDef  # pydantic: loaded when first needed

        defs = {code: MatterDef.from_json_dict(v.definition) for code, v in versions.items()}
    return [
        MatterChoice(
            code=m.code,
            name=m.name,
            version=versions[m.code].version,
            effective_from=versions[m.code].effective_from,
            allows_commitment=versions[m.code].allows_commitment,
            questions=tuple((q.key, q.text) for q in m.questions),
            definition=m,
            agent_materials=_agent_materials(),
        )
        for m in match_matter(query, defs)
    ]


def _required_text(value: str | None, message: str, field_name: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(
            message,
            english=f"Please fill in the {field_name.replace('_', ' ').replace('uscc', 'Unified Social Credit Code')}.",
            field=field_name,
        )
    return text


class IdOverrideRefused(DomainError):
    pass


def _id_override(
    actor: Actor, override_by: Actor | None, reason: str | None
) -> tuple[Actor, str] | None:
    """The supervisor and reason that let an ID number with an unplaced address code in, or None
    when no override was offered; refuses an override by someone who is not a supervisor or
    without a reason."""
    if override_by is None and reason is None:
        return None
    supervisor = actor if actor.role == Role.SUPERVISOR else override_by
    if supervisor is None or supervisor.role != Role.SUPERVISOR:
        raise IdOverrideRefused(
            "地址码无法核对的身份证号码须由主管批准受理",
            english="An ID number whose address code cannot be placed needs a supervisor's approval.",
            field="override_by",
        )
    text = (reason or "").strip()
    if not text:
        raise IdOverrideRefused(
            "主管批准受理须填写理由",
            english="A supervisor's approval needs a written reason.",
            field="override_reason",
        )
    return supervisor, text


def _checked(
    data: ApplicantInput, id_override: tuple[Actor, str] | None = None
) -> tuple[str, str, str | None]:
    """(name, validated ID number or USCC, phone); raises naming the wrong field or part.

    With `id_override` an ID number whose address code the table cannot place is taken."""
    name = printable_name(
        data.name, person=data.kind == PERSON, field="applicant_name",
        label="申请人姓名" if data.kind == PERSON else "申请人名称",
        label_en="applicant's name",
    )  # fmt: skip
    name = _required_text(name, "申请人名称不能为空", "applicant_name")
    if data.kind == PERSON:
        code = idcard.validate(
            _required_text(data.id_number, "身份证号码不能为空", "id_number"),
            allow_unplaced=id_override is not None,
        )
    elif data.kind == ORGANISATION:
        code = uscc.validate(_required_text(data.uscc, "统一社会信用代码不能为空", "uscc"))
    else:
        raise DomainError(
            "申请人类型应为自然人或法人/组织",
            english="The applicant type must be a natural person or a legal person/organisation.",
        )
    return name, code, (data.phone or "").strip() or None


def _checked_agent(agent: AgentInput) -> tuple[str, str]:
    name = printable_name(
        agent.name, person=True, field="agent_name", label="代理人姓名", label_en="agent's name"
    )
    name = _required_text(name, "代理人姓名不能为空", "agent_name")
    try:
        return name, idcard.validate(agent.id_number or "")
    except idcard.IdNumberError as exc:
        raise DomainError(
            f"代理人{exc.message}", english=f"Agent: {exc.english}", field="agent_id_number"
        ) from None


@cache
def _applicant_by(column: str) -> Select:
    """The applicant by ID number's keyed hash or by USCC, built once (issue 17: a statement
    built per call is also keyed per call by SQLAlchemy's cache)."""
    return select(Applicant).where(getattr(Applicant, column) == bindparam("code"))


def _identify(session: Session, kind: str, name: str, code: str, phone: str | None) -> Applicant:
    """The applicant row for this ID number / USCC, created or refreshed (name, phone)."""
    # an ID number is ciphertext at rest: its keyed hash finds it (storage.pii)
    if kind == PERSON:
        by, key = _applicant_by("id_number_hash"), pii.id_hash(code)
    else:
        by, key = _applicant_by("uscc"), code
    applicant = session.scalars(by, {"code": key}).first()
    if applicant is None:
        applicant = Applicant(kind=kind, name=name, phone=phone)
        if kind == PERSON:
            applicant.id_number = code
        else:
            applicant.uscc = code
        session.add(applicant)
    else:
        applicant.name = name
        if phone:
            applicant.phone = phone
    # no flush of its own: the application names it by relationship, one flush writes both
    return applicant


@lru_cache(maxsize=1)
def _agent_materials() -> tuple[Material, ...]:
    """The catalogue's common agent materials (授权委托书, 代理人身份证件)."""
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    return load_catalogue().agent_materials


def start_application(
    db: Database,
    actor: Actor,
    *,
    matter_code: str,
    applicant: ApplicantInput,
    channel: str = "in_person",
    agent: AgentInput | None = None,
    answers: Mapping[str, bool] | None = None,
    marks: Iterable[Mark] = (),
    on: date | None = None,
    agent_materials: tuple[Material, ...] | None = None,
    credit_ack: bool = False,
    id_override_by: Actor | None = None,
    id_override_reason: str | None = None,
) -> StartedApplication:
    """Register a new application in state RECEIVED; optional first `marks` on its checklist.

    Raises DomainError (nothing saved) for: no version in force, an invalid ID number or USCC
    (the message names the wrong part), an empty name, an unknown channel or question.
    `agent_materials` defaults to the catalogue's common agent materials (授权委托书 …).
    When the applicant or an enterprise's legal representative is on a credit list
    (信用联合惩戒) nothing is saved (CreditWarning, field `credit`) until the clerk, having told
    the applicant, goes on with `credit_ack`: the warning, the matter's rule and the choice are
    then audited with the application, which keeps the rule applied (`credit_rule`).
    An ID number whose address code the GB/T 2260 table cannot place (`idcard.IdAddressUnknown`)
    is taken only with a supervisor (`id_override_by`, or the acting user) and a reason,
    recorded in the audit trail as `applicant.id_override`.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    if channel not in CHANNELS:
        raise DomainError(
            f"未知的申请渠道：{channel}",
            english=f"Unknown application channel: {channel}",
            field="channel",
        )
    if actor.window_id is None:
        raise DomainError(
            "当前用户未绑定受理窗口",
            english="The current user is not assigned to a service window.",
            field="window",
        )
    # Validate outside the transaction: no window holds the write lock while codes are checked.
    id_override = _id_override(actor, id_override_by, id_override_reason)
    name, code, phone = _checked(applicant, id_override)
    # the override is recorded only when it was needed
    if id_override is not None and idcard.address_periods(code[:6]) is not None:
        id_override = None
    agent_name, agent_id = _checked_agent(agent) if agent is not None else (None, None)
    if agent is not None and agent_materials is None:
        agent_materials = _agent_materials()
    with db.transaction() as session:
        version = version_in_force(session, matter_code, day)
        from ..core.catalogue import Matter as MatterDef  # pydantic: loaded when first needed

        matter = session_cache.cached(  # the version's frozen definition, checked once
            session, ("matter_def", version.id), (MatterVersion.__tablename__,),
            lambda: MatterDef.from_json_dict(version.definition),
        )  # fmt: skip
        answers = dict(answers or {})
        known = {q.key for q in matter.questions}
        for key in answers:
            if key not in known:
                raise DomainError(
                    f"事项没有问题“{key}”",
                    english=f"The matter has no question “{key}”.",
                    field=key,
                )
        refused = refusal_for(matter, answers)
        if refused is not None:
            raise refused
        hits = bad_credit.check_codes(
            session,
            bad_credit.parties_of(
                session, code if applicant.kind == "person" else None,
                code if applicant.kind != "person" else None,
            ),
            on=day,
        )  # fmt: skip
        rule = bad_credit.rule_of(version.definition)
        if hits and not credit_ack:
            raise CreditWarning(
                f"信用联合惩戒提示：{bad_credit.describe(hits)}。本事项的处理："
                f"{bad_credit.RULES[rule]}。请告知申请人后确认是否继续登记",
                english=f"Credit warning: the applicant (or the enterprise's legal representative) is on {', '.join(bad_credit.LIST_KINDS_EN[h.list_kind] for h in hits)}. For this matter {bad_credit.RULES_EN[rule]}. Tell the applicant, then confirm whether to go on.",
                field="credit",
            )
        person = _identify(session, applicant.kind, name, code, phone)
        materials = matter.materials_for(answers)
        if agent_materials is not None:
            materials += agent_materials
        app = Application(
            number=numbering.application_number(session, day),
            matter_version_id=version.id,
            applicant=person,
            agent_name=agent_name,
            agent_id_number=agent_id,
            channel=channel,
            state=str(State.RECEIVED),
            window_id=actor.window_id,
            clerk_id=actor.user_id,
            answers=answers,
            received_on=day,
            statutory_days=version.statutory_days,
            promised_days=version.promised_days,
            credit_rule=rule if hits else None,
            statutory_unit=version.statutory_unit,
            promised_unit=version.promised_unit,
            # a new row has no materials yet: save_items fills the collection without first
            # loading it (a SELECT, and the flush before it, for rows that cannot exist)
            materials=[],
        )
        session.add(app)
        items = apply_marks(items_from_materials(materials), marks, day)
        save_items(session, app, items)
        if channel == "in_person":
            workflow.record_visit(session, actor, app, "intake", day)
        # the applicant, the application, its materials and the visit in one flush (the
        # relationships give the ids): the transition and the trail need the application's id
        session.flush()
        if hits:
            audit.record(
                session, actor, "credit.warning", "application", app.number,
                after={"choice": "proceed", "rule": rule, "matter": matter.code,
                       "hits": [h.as_dict() for h in hits]},
            )  # fmt: skip
        workflow.add_transition(session, app.id, None, str(State.RECEIVED), day, actor.user_id)
        note_new(session, app)
        if id_override is not None:
            audit.record(
                session, actor, "applicant.id_override", "application", app.number,
                after={"address_code": code[:6], "supervisor": id_override[0].username,
                       "reason": id_override[1]},
            )  # fmt: skip
        audit.record(
            session, actor, "application.received", "application", app.number,
            after={"matter": matter.code, "version": version.version, "channel": channel,
                   "applicant_id": person.id, "agent": agent_name is not None},
        )  # fmt: skip
        return StartedApplication(
            id=app.id,
            number=app.number,
            matter_code=matter.code,
            matter_version=version.version,
            state=app.state,
            checklist=rows_of(items),
        )
