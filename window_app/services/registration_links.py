"""The registration an accepted application (受理的申请) carries, and what was registered for it.

A registration matter says in the catalogue which registration it is (`registration_kind`:
establishment, exchange or change) and for which category of entity (`enterprise_category`):
SC-0001 is the establishment of an enterprise (category 1), SC-0004 its change. A registration,
filing or change made for an application (`application_number=`) calls `bind` inside its own
transaction: the application is locked, must be for the matching matter, accepted and not yet
decided otherwise (受理后、办结前), and must not already have its registration. The link is the
`application_id` the registration stores (enterprise, filing, changed items, licence, referral).

Registering finishes the application it is made for (`finish`, in the same transaction): the
registration is the decision (准予登记, licence issued), the licence is the result, and the
application is completed (办结) with the delivery the applicant chose at acceptance; the pickup
slip names the authority that registered (a 霞山区 licence is issued by the 霞山区 bureau, not
the city's). Delivering stays the processing panel's step (`services.completion.deliver`).

`for_application` is what the application view shows: the registration to do (with the values
to prefill from the applicant) and what was registered for the application.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import CompoundSelect, bindparam, select, union_all
from sqlalchemy.orm import Session

from ..core.enterprise_names import authority_name
from ..core.errors import DomainError
from ..core.states import LABELS_ZH, State
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    Enterprise,
    EnterpriseChange,
    IssuedDocument,
    Matter,
    MatterVersion,
    RegistrationFiling,
)
from . import workflow
from .checklist import get_application
from .context import Actor

# Accepted and not decided otherwise: the registration is the decision the applicant waits for.
# (Not suspended, denied, withdrawn, completed or delivered; registration matters have no
# commitment path, so an approval here is the clerk's decision before the licence is issued.)
REGISTRABLE = frozenset({State.ACCEPTED, State.IN_REVIEW, State.APPROVED})
KINDS = {  # registration_kind -> (Chinese, English)
    "establishment": ("设立登记", "establishment registration"),
    "exchange": ("换照", "licence exchange"),
    "change": ("变更登记", "change registration"),
}
CATEGORIES = {  # enterprise_category -> (Chinese, English)
    "1": ("企业", "an enterprise"),
    "2": ("个体工商户", "an individual business"),
    "3": ("农民专业合作社", "a farmers' specialised cooperative"),
}


class ApplicationLinkError(DomainError):
    """The application cannot carry this registration; the message names why."""


@dataclass(frozen=True)
class Registered:
    """One registration made for an application (establishment, exchange, change or filing)."""

    kind: str  # establishment | exchange | change | filing
    name: str
    on: date
    uscc: str | None = None  # None: a filing not (yet) registered
    licence: str | None = None  # the licence document's number
    items: tuple[str, ...] = ()  # change: the changed items (change_registration.ITEMS)
    filing_id: int | None = None
    filing_status: str | None = None  # pending | registered | withdrawn


@dataclass(frozen=True)
class ApplicationRegistration:
    """The registration an application's matter calls for, for the application view."""

    number: str
    kind: str  # establishment | exchange | change
    category: str  # "1" | "2" | "3"
    refusal: ApplicationLinkError | None  # what `bind` would refuse now; None: may register
    registered: tuple[Registered, ...] = ()
    # from the applicant, for the registration page: an organisation's name and code, a person's
    # name as the legal representative (the ID number is never prefilled: it is masked here)
    name: str = ""
    legal_representative: str = ""
    uscc: str = ""

    @property
    def can_register(self) -> bool:
        return self.refusal is None


def _matter(session: Session, app: Application) -> tuple[str, dict]:
    version = session.get(MatterVersion, app.matter_version_id)
    code = session.get(Matter, version.matter_id).code  # the identity map's, when loaded
    return code, version.definition or {}


def _labels(kind: str, category: str | None) -> tuple[str, str]:
    zh, en = KINDS[kind]
    if kind == "change" or category not in CATEGORIES:
        return f"企业{zh}" if kind == "change" else zh, en
    return f"{CATEGORIES[category][0]}{zh}", f"{en} of {CATEGORIES[category][1]}"


def _registered(session: Session, app: Application) -> tuple[Registered, ...]:
    """What was registered for the application, in the order it was done."""
    licences = {
        d.enterprise_id: d.doc_number
        for d in session.scalars(
            select(IssuedDocument)
            .where(IssuedDocument.application_id == app.id, IssuedDocument.kind == "licence")
            .order_by(IssuedDocument.id)
        )
    }
    out: list[tuple[int, Registered]] = []
    for ent in session.scalars(select(Enterprise).where(Enterprise.application_id == app.id)):
        out.append(
            (0, Registered(ent.kind, ent.name, ent.registered_on, ent.uscc, licences.get(ent.id)))
        )
    changes: dict[int, list[EnterpriseChange]] = {}
    for change in session.scalars(
        select(EnterpriseChange)
        .where(EnterpriseChange.application_id == app.id)
        .order_by(EnterpriseChange.id)
    ):
        changes.setdefault(change.enterprise_id, []).append(change)
    for enterprise_id, rows in changes.items():
        ent = session.get(Enterprise, enterprise_id)
        out.append(
            (1, Registered("change", ent.name, rows[0].changed_on, ent.uscc,
                           licences.get(enterprise_id), tuple(r.item for r in rows)))
        )  # fmt: skip
    for filing in session.scalars(
        select(RegistrationFiling)
        .where(
            RegistrationFiling.application_id == app.id,
            RegistrationFiling.status != "registered",  # registered: its enterprise is listed
        )
        .order_by(RegistrationFiling.id)
    ):
        out.append(
            (2, Registered("filing", filing.name, filing.received_on, filing_id=filing.id,
                           filing_status=filing.status))
        )  # fmt: skip
    return tuple(r for _order, r in sorted(out, key=lambda o: (o[0], o[1].on)))


@cache
def _registered_for() -> CompoundSelect:
    """`_anything_registered`'s statement, built once (issue 17)."""
    app = bindparam("application")
    return union_all(
        select(Enterprise.id).where(Enterprise.application_id == app),
        select(EnterpriseChange.id).where(EnterpriseChange.application_id == app),
        select(RegistrationFiling.id).where(
            RegistrationFiling.application_id == app,
            RegistrationFiling.status != "registered",
        ),
    ).limit(1)


def _anything_registered(session: Session, app: Application) -> bool:
    """Whether `_registered` would find anything: one statement (most applications a
    registration is made for have nothing yet, and then the four reads are not needed)."""
    return session.execute(_registered_for(), {"application": app.id}).first() is not None


def _refusal(
    session: Session,
    app: Application,
    kind: str,
    category: str | None,
    *,
    exclude_filing: int | None = None,
) -> ApplicationLinkError | None:
    """Why `app` cannot carry a `kind` registration of `category` now; None if it can."""
    code, definition = _matter(session, app)
    wanted_zh, wanted_en = _labels(kind, category)
    matter = definition.get("name", code)
    if definition.get("registration_kind") != kind or (
        category is not None and definition.get("enterprise_category") != category
    ):
        return ApplicationLinkError(
            f"申请{app.number}办理的事项是“{matter}”（{code}），不能办理{wanted_zh}",
            english=f"Application {app.number} is for “{definition.get('name_en') or code}” "
            f"({code}); it cannot carry the {wanted_en}.",
            field="application",
        )
    for done in _registered(session, app) if _anything_registered(session, app) else ():
        if done.kind == "filing" and (
            done.filing_status != "pending" or done.filing_id == exclude_filing
        ):
            continue
        if done.kind == "filing":
            return ApplicationLinkError(
                f"申请{app.number}的登记已提交待办（编号{done.filing_id}），请在“待办登记”中办结",
                english=f"The registration of application {app.number} has already been filed "
                f"(number {done.filing_id}); complete it in the pending registrations.",
                field="application",
            )
        return ApplicationLinkError(
            f"申请{app.number}已办理{KINDS[done.kind][0]}：{done.name}（统一社会信用代码{done.uscc}）",
            english=f"Application {app.number} already has its {KINDS[done.kind][1]}: "
            f"{done.name} (Unified Social Credit Code {done.uscc}).",
            field="application",
        )
    state = State(app.state)
    if state not in REGISTRABLE:
        return ApplicationLinkError(
            f"申请{app.number}当前状态为“{LABELS_ZH[state]}”，"
            f"须为“已受理”“审查中”或“准予许可”才能办理{wanted_zh}",
            english=f"Application {app.number} is in state “{state.replace('_', ' ')}”; "
            f"the {wanted_en} needs an application that is accepted, in review or approved.",
            field="application",
        )
    return None


def bind(
    session: Session,
    number: str,
    kind: str,
    category: str,
    *,
    exclude_filing: int | None = None,
) -> Application:
    """Inside the registration's transaction: the application (locked) that carries it, or
    ApplicationLinkError. `category`: the entity's (a change: the registered enterprise's)."""
    app = get_application(session, number, lock=True)
    refusal = _refusal(session, app, kind, category, exclude_filing=exclude_filing)
    if refusal is not None:
        raise refusal
    return app


def finish(
    session: Session,
    actor: Actor,
    app: Application,
    *,
    kind: str,
    name: str,
    uscc: str,
    authority_code: str,
    on: date,
) -> None:
    """Inside the registration's transaction: decide (approve) and complete the application."""
    from .completion import complete_in  # completion → processing: loaded when registering

    licence = "变更后的营业执照" if kind == "change" else "营业执照"
    if State(app.state) != State.APPROVED:
        workflow.move(session, actor, app, State.APPROVED, on=on)
    app.decided_on = on
    app.decision = str(State.APPROVED)
    app.decision_reason = f"准予{KINDS[kind][0]}，核发{licence}（统一社会信用代码{uscc}）"
    complete_in(
        session, actor, app, f"{licence}：{name}（统一社会信用代码{uscc}）",
        app.delivery_method or "window", "", on, authority=authority_name(authority_code),
    )  # fmt: skip


def check_applicant(session: Session, app: Application, uscc: str, name: str) -> None:
    """A change is of the applicant's own enterprise when the applicant is an organisation."""
    applicant = session.get(Applicant, app.applicant_id)
    if applicant.uscc and applicant.uscc != uscc:
        raise ApplicationLinkError(
            f"申请{app.number}的申请人是{applicant.name}（{applicant.uscc}），"
            f"不是要变更登记的{name}（{uscc}）",
            english=f"The applicant of application {app.number} is {applicant.name} "
            f"({applicant.uscc}), not {name} ({uscc}), whose registration is being changed.",
            field="uscc",
        )


def for_application(db: Database, number: str) -> ApplicationRegistration | None:
    """The registration the application's matter calls for (None: not a registration matter),
    whether it may be done now, and what was registered for the application."""
    with db.reading() as session:
        app = get_application(session, number)
        _code, definition = _matter(session, app)
        kind, category = definition.get("registration_kind"), definition.get("enterprise_category")
        if kind not in KINDS:
            return None
        refusal = _refusal(session, app, kind, category)
        applicant = session.get(Applicant, app.applicant_id)
        organisation = bool(applicant.uscc)
        return ApplicationRegistration(
            number=app.number, kind=kind, category=category or "1",
            refusal=refusal,
            registered=_registered(session, app),
            name=applicant.name if organisation and kind == "exchange" else "",
            legal_representative=applicant.name if not organisation and kind != "change" else "",
            uscc=applicant.uscc if organisation and kind == "change" else "",
        )  # fmt: skip
