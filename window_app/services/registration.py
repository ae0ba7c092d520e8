"""Establishment registration (设立登记) and licence exchange (换照) with USCC issuance.

One registration is one transaction: name check, code allocation from a segment, the
enterprise row, the licence document, the 先照后证 referrals and notice, the audit event. A
name conflict or an exhausted segment rolls everything back, the serial included.

Registration is on the spot when the materials are complete (`register_enterprise`); otherwise
the request is filed to be decided within 3 working days (`registration_filings`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from sqlalchemy import (
    Integer,
    Select,
    String,
    bindparam,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_10

from ..core import orgcode
from ..core import uscc as uscc_mod
from ..core.enterprise_names import authority_name, name_key, validate_name
from ..core.errors import DomainError
from ..storage import search
from ..storage.database import Database
from ..storage.models import Application, Enterprise, IssuedDocument, RegistrationFiling
from . import audit, code_segments, numbering, referrals, registration_links
from .context import Actor, Role

# the request and its checks live in registration_requests; callers keep reading them here
from .registration_requests import (
    CATEGORY_LABELS as CATEGORY_LABELS,
)
from .registration_requests import (
    COOPERATIVE_MEMBERS as COOPERATIVE_MEMBERS,
)
from .registration_requests import (
    CURRENCIES as CURRENCIES,
)
from .registration_requests import (
    ENTERPRISE_TYPES as ENTERPRISE_TYPES,
)
from .registration_requests import (
    ExchangeRequest as ExchangeRequest,
)
from .registration_requests import (
    Investor as Investor,
)
from .registration_requests import (
    Person as Person,
)
from .registration_requests import (
    RegistrationError as RegistrationError,
)
from .registration_requests import (
    RegistrationRequest as RegistrationRequest,
)
from .registration_requests import (
    check_name_form as check_name_form,
)
from .registration_requests import (
    field_error as field_error,
)
from .registration_requests import (
    is_company as is_company,
)
from .registration_requests import (
    parse_amount as parse_amount,
)
from .registration_requests import (
    required_text as required_text,
)
from .registration_requests import (
    takes_investors as takes_investors,
)
from .registration_requests import (
    validate_investors as validate_investors,
)
from .registration_requests import (
    validate_person as validate_person,
)
from .registration_requests import (
    validate_request as validate_request,
)

REGISTER_ROLES = (Role.CLERK, Role.ADMINISTRATOR)  # the CLI acts as an administrator

_NAME_LOCK = 744_604  # PostgreSQL advisory-lock namespace for name keys


@dataclass(frozen=True)
class ConflictingEntry:
    name: str
    uscc: str | None  # None: a registration still being processed
    filing_id: int | None = None


class NameConflict(RegistrationError):
    def __init__(self, requested: str, conflict: ConflictingEntry):
        if conflict.uscc:
            message = (
                f"名称“{requested}”与本登记机关已登记的“{conflict.name}”"
                f"（统一社会信用代码{conflict.uscc}）相同或近似，不予登记"
            )
        else:
            message = (
                f"名称“{requested}”与本登记机关正在办理的登记申请“{conflict.name}”"
                f"（编号{conflict.filing_id}）相同或近似，不予登记"
            )
        super().__init__(
            message,
            english=f"The name “{requested}” is the same as or similar to “{conflict.name}”, "
            + (
                f"already registered by this authority (Unified Social Credit Code {conflict.uscc}); it cannot be registered."
                if conflict.uscc
                else f"in a registration this authority is processing (number {conflict.filing_id}); it cannot be registered."
            ),
            field="name",
        )
        self.conflict = conflict


@dataclass(frozen=True)
class ReferralInfo:
    scope_item: str
    permit: str
    department_code: str
    department: str


@dataclass(frozen=True)
class RegistrationResult:
    enterprise_id: int
    uscc: str
    name: str
    authority_code: str
    registered_on: date
    licence_document: str
    referral_document: str | None = None
    referrals: tuple[ReferralInfo, ...] = field(default=())


# --- name check ----------------------------------------------------------------------------------


def lock_name(session: Session, authority: str, key: str) -> None:
    """Serialise registrations of one name key on PostgreSQL (SQLite: BEGIN IMMEDIATE does)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(func.pg_advisory_xact_lock(_NAME_LOCK, func.hashtext(f"{authority}:{key}")))
        )


@cache
def _conflicts(excluding_a_filing: bool) -> Select:
    """`find_conflict`'s statement, built once (issue 17: built per call, it was also keyed
    per call by SQLAlchemy's cache); parameters name, key, authority (and filing)."""
    name, key, authority = bindparam("name"), bindparam("key"), bindparam("authority")
    registered = select(
        literal(0).label("o"), Enterprise.name, Enterprise.uscc,
        null().cast(Integer).label("filing_id"),
    ).where(
        Enterprise.authority_code == authority,
        or_(Enterprise.name_key == key, Enterprise.name == name),
    )  # fmt: skip
    filed = select(
        literal(1), RegistrationFiling.name, null().cast(String), RegistrationFiling.id
    ).where(
        RegistrationFiling.authority_code == authority,
        RegistrationFiling.status == "pending",
        or_(RegistrationFiling.name_key == key, RegistrationFiling.name == name),
    )
    if excluding_a_filing:
        filed = filed.where(RegistrationFiling.id != bindparam("filing"))
    return union_all(registered, filed).order_by("o").limit(1)


def find_conflict(
    session: Session, name: str, authority: str, *, exclude_filing: int | None = None
) -> ConflictingEntry | None:
    """The registered enterprise, else the pending filing, under `authority` whose name or
    name key is the same: one statement for both registers (a registration asks each time)."""
    params = {"name": name, "key": name_key(name), "authority": authority}
    if exclude_filing is not None:
        params["filing"] = exclude_filing
    row = session.execute(_conflicts(exclude_filing is not None), params).first()
    if row is None:
        return None
    return ConflictingEntry(row.name, row.uscc, row.filing_id)


def check_name(db: Database, name: str, authority_code: str) -> str:
    """For the dialog while the clerk types: the name key, or NameConflict with the entry."""
    name = validate_name(name)
    with db.reading() as session:
        conflict = find_conflict(session, name, authority_code)
    if conflict is not None:
        raise NameConflict(name, conflict)
    return name_key(name)


# --- registering ---------------------------------------------------------------------------------


def investors_json(request: RegistrationRequest) -> list[dict]:
    return [
        {"name": i.name, "identifier": i.identifier, "subscribed": str(i.subscribed)}
        for i in request.investors
    ]


def issue_licence(
    session: Session,
    actor: Actor,
    enterprise: Enterprise,
    on: date,
    *,
    application_id: int | None,
    kind: str,
    **details: object,
) -> str:
    """A licence document for the enterprise as it now stands (registration, exchange, change)."""
    number = numbering.document_number(session, "licence", on)
    session.add(
        IssuedDocument(
            kind="licence", doc_number=number, enterprise_id=enterprise.id,
            application_id=application_id, issued_on=on, issued_by=actor.user_id,
            payload={"uscc": enterprise.uscc, "kind": kind, **details},
        )
    )  # fmt: skip
    return number


def create_enterprise(
    session: Session,
    actor: Actor,
    request: RegistrationRequest,
    on: date,
    *,
    uscc: str | None = None,
    established_on: date | None = None,
    exchange: ExchangeRequest | None = None,
    application: Application | None = None,
) -> RegistrationResult:
    """Everything of one registration inside the caller's transaction; `application`: the
    accepted application it is made for (checked by `registration_links.bind`)."""
    application_id = application.id if application is not None else None
    key = name_key(request.name)
    lock_name(session, request.authority_code, key)
    conflict = find_conflict(session, request.name, request.authority_code)
    if conflict is not None:
        raise NameConflict(request.name, conflict)
    if uscc is None:
        allocation = code_segments.allocate_uscc(
            session, actor, category=request.category, authority_code=request.authority_code
        )
    else:
        allocation = code_segments.record_existing_code(session, actor, uscc)
    enterprise = Enterprise(
        uscc=allocation.uscc, name=request.name, name_key=key, category=request.category,
        enterprise_type=request.enterprise_type, domicile=request.domicile,
        authority_code=request.authority_code, legal_rep_name=request.legal_representative.name,
        legal_rep_id=request.legal_representative.id_number,
        registered_capital=request.registered_capital, currency=request.currency,
        business_scope=request.business_scope, investors=investors_json(request),
        contact=request.contact, established_on=established_on or on, registered_on=on,
        kind="exchange" if exchange else "establishment", application_id=application_id,
        old_registration_number=exchange.old_registration_number if exchange else None,
        old_org_code=orgcode.format_code(exchange.org_code) if exchange else None,
        old_tax_number=exchange.tax_number if exchange else None,
    )  # fmt: skip
    session.add(enterprise)
    allocation.enterprise = enterprise  # the code's row takes the id in the same flush
    session.flush()
    licence_number = issue_licence(
        session, actor, enterprise, on, application_id=application_id, kind=enterprise.kind
    )
    notice = referrals.create_referrals(
        session, actor, enterprise, on, application_id=application_id
    )
    items = tuple(
        ReferralInfo(r.scope_item, r.permit, r.department_code, r.department)
        for r in (notice.items if notice else ())
    )
    audit.record(
        session, actor, f"enterprise.{enterprise.kind}", "enterprise", enterprise.uscc,
        after={"name": enterprise.name, "category": enterprise.category,
               "authority": enterprise.authority_code, "segment": allocation.segment_id,
               "serial": allocation.serial, "licence": licence_number,
               "referrals": len(items),
               **({"application": application.number} if application is not None else {})},
    )  # fmt: skip
    if application is not None:  # the registration decides and completes its application
        registration_links.finish(
            session, actor, application, kind=enterprise.kind, name=enterprise.name,
            uscc=enterprise.uscc, authority_code=enterprise.authority_code, on=on,
        )  # fmt: skip
    return RegistrationResult(
        enterprise.id, enterprise.uscc, enterprise.name, enterprise.authority_code, on,
        licence_number, notice.doc_number if notice else None, items,
    )  # fmt: skip


def run_registration(db: Database, request: RegistrationRequest, work) -> RegistrationResult:  # noqa: ANN001
    """Run `work(session)` in one transaction; a lost race on a unique key becomes a clear error."""
    try:
        with db.transaction() as session:
            return work(session)
    except sa_exc.IntegrityError as exc:
        with db.reading() as session:
            conflict = find_conflict(session, request.name, request.authority_code)
        if conflict is not None:
            raise NameConflict(request.name, conflict) from exc
        raise RegistrationError(
            "代码或名称与同时办理的登记冲突，未保存；请重试",
            english="The code or name conflicts with a registration being made at the same time; nothing was saved. Please try again.",
        ) from exc


def bind_application(
    session: Session, number: str | None, kind: str, category: str, **kw: int | None
) -> Application | None:
    """The accepted application (by number) a registration is made for, checked; None: none."""
    if number is None:
        return None
    return registration_links.bind(session, number, kind, category, **kw)


def register_enterprise(
    db: Database,
    actor: Actor,
    request: RegistrationRequest,
    *,
    on: date | None = None,
    application_number: str | None = None,
) -> RegistrationResult:
    """Register on the spot (materials complete) and issue the USCC and the licence;
    `application_number`: the accepted establishment application (SC-0001 …) it is made for."""
    actor.require(*REGISTER_ROLES)
    request = validate_request(request)
    on = on or date.today()

    def work(session: Session) -> RegistrationResult:
        app = bind_application(session, application_number, "establishment", request.category)
        return create_enterprise(session, actor, request, on, application=app)

    return run_registration(db, request, work)


# --- licence exchange (换照) ----------------------------------------------------------------------


def validate_exchange(request: ExchangeRequest) -> ExchangeRequest:
    number = "".join(request.old_registration_number.split())
    if len(number) != 15 or not number.isdigit():
        raise field_error("原注册号应为15位数字", "The old registration number must have 15 digits.",
                   "old_registration_number")  # fmt: skip
    if not mod_11_10.is_valid(number):
        raise field_error("原注册号校验位错误", "The check digit of the old registration number is wrong.",
                   "old_registration_number")  # fmt: skip
    code = request.org_code.replace("-", "").strip().upper()
    if not orgcode.is_valid(code):
        raise field_error(f"组织机构代码“{request.org_code}”校验码错误", f"The check character of the organisation code “{request.org_code}” is wrong.",
                   "org_code")  # fmt: skip
    tax = "".join(request.tax_number.split()).upper()
    if not 15 <= len(tax) <= 20 or not tax.isalnum():
        raise field_error(
            "税务登记号应为15至20位数字或字母",
            "The tax registration number must have 15 to 20 digits or letters.",
            "tax_number",
        )
    if len(tax) == 15 and tax[6:] != code:
        raise field_error("税务登记号第7-15位应与组织机构代码一致", "Characters 7-15 of the tax registration number must match the organisation code.",
                   "tax_number")  # fmt: skip
    return dataclasses.replace(
        request, registration=validate_request(request.registration),
        old_registration_number=number, org_code=code, tax_number=tax,
    )  # fmt: skip


def exchange_licence(
    db: Database,
    actor: Actor,
    request: ExchangeRequest,
    *,
    on: date | None = None,
    application_number: str | None = None,
) -> RegistrationResult:
    """三证合一换照: a USCC keeping the existing organisation code (positions 9–17), a new licence;
    `application_number`: the accepted exchange application (SC-0005) it is made for."""
    actor.require(*REGISTER_ROLES)
    request = validate_exchange(request)
    reg = request.registration
    on = on or date.today()
    code = uscc_mod.compose_from_orgcode("9", reg.category, reg.authority_code, request.org_code)

    def work(session: Session) -> RegistrationResult:
        app = bind_application(session, application_number, "exchange", reg.category)
        done = session.scalars(
            select(Enterprise).where(
                Enterprise.old_registration_number == request.old_registration_number
            )
        ).first()
        if done is not None:
            raise field_error(f"原注册号{request.old_registration_number}已换照（{done.uscc}）",
                       f"The old registration number {request.old_registration_number} has already been exchanged ({done.uscc}).", "old_registration_number")  # fmt: skip
        return create_enterprise(
            session, actor, reg, on, uscc=code, established_on=request.established_on,
            exchange=request, application=app,
        )  # fmt: skip

    return run_registration(db, reg, work)


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnterpriseInfo:
    id: int
    uscc: str
    name: str
    category: str
    enterprise_type: str
    authority_code: str
    authority: str
    legal_representative: str
    registered_capital: Decimal
    currency: str
    domicile: str
    business_scope: str
    established_on: date
    registered_on: date
    kind: str


def _enterprise_info(e: Enterprise) -> EnterpriseInfo:
    return EnterpriseInfo(
        e.id, e.uscc, e.name, e.category, e.enterprise_type, e.authority_code,
        authority_name(e.authority_code), e.legal_rep_name, e.registered_capital, e.currency,
        e.domicile, e.business_scope, e.established_on, e.registered_on, e.kind,
    )  # fmt: skip


def list_enterprises(db: Database, *, query: str = "") -> list[EnterpriseInfo]:
    """Registered enterprises, newest first; `query` is a name fragment or a (validated) USCC."""
    query = query.strip()
    stmt = select(Enterprise).order_by(Enterprise.id.desc())
    if query:
        if len(uscc_mod.normalize(query)) == 18:
            stmt = stmt.where(Enterprise.uscc == uscc_mod.validate(query))
        else:
            stmt = stmt.where(search.enterprise_name_matches(db.engine.dialect.name, query))
    with db.reading() as session:
        return [_enterprise_info(e) for e in session.scalars(stmt)]


def find_enterprise(
    session: Session,
    code: str,
    refusal: type[DomainError] = RegistrationError,
    *,
    lock: bool = False,
) -> Enterprise:
    """The registered entity with this (validated) USCC, or `refusal` naming the code field.

    `lock`: for a read-modify-write, the row is locked until commit (SELECT … FOR UPDATE on
    PostgreSQL, whose windows would otherwise both read the old values and the later write
    silently undo the earlier; SQLite's write transaction already holds the whole file)."""
    query = select(Enterprise).where(Enterprise.uscc == code)
    if lock:
        query = query.with_for_update()
    ent = session.scalars(query).first()
    if ent is None:
        raise refusal(
            f"未找到统一社会信用代码为{code}的登记主体",
            english=f"No registered entity has the Unified Social Credit Code {code}.",
            field="uscc",
        )
    return ent


def get_enterprise(db: Database, uscc: str) -> EnterpriseInfo:
    code = uscc_mod.validate(uscc)
    with db.reading() as session:
        return _enterprise_info(find_enterprise(session, code))
