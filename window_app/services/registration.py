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
from decimal import Decimal, InvalidOperation

from sqlalchemy import Integer, String, func, literal, null, or_, select, union_all
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_10

from ..core import idcard, names, orgcode
from ..core import uscc as uscc_mod
from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name, name_key, validate_name
from ..core.errors import DomainError
from ..storage import search
from ..storage.database import Database
from ..storage.models import Application, Enterprise, IssuedDocument, RegistrationFiling
from . import audit, code_segments, numbering, referrals, registration_links
from .context import Actor, Role
from .printable import printable_name

REGISTER_ROLES = (Role.CLERK, Role.ADMINISTRATOR)  # the CLI acts as an administrator

CATEGORY_LABELS = {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}
# Suggestions for the GUI's type box; category 1 accepts any other enterprise form too.
ENTERPRISE_TYPES: dict[str, tuple[str, ...]] = {
    "1": (
        "有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（法人独资）",
        "有限责任公司（国有独资）", "股份有限公司（非上市、自然人投资或控股）", "个人独资企业",
        "合伙企业（普通合伙）", "合伙企业（有限合伙）",
    ),
    "2": ("个体工商户",),
    "3": ("农民专业合作社",),
}  # fmt: skip
CURRENCIES = ("人民币", "美元", "港元", "欧元", "日元", "英镑", "澳门元", "新台币")
_NAME_LOCK = 744_604  # PostgreSQL advisory-lock namespace for name keys


class RegistrationError(DomainError):
    pass


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


# --- input ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str


@dataclass(frozen=True)
class Investor:
    """A shareholder or promoter: a person (ID number) or an organisation (USCC)."""

    name: str
    identifier: str
    subscribed: Decimal  # in 10,000 yuan of the registration's currency


@dataclass(frozen=True)
class RegistrationRequest:
    name: str
    category: str  # "1" enterprise, "2" individual business, "3" farmers' cooperative
    enterprise_type: str
    domicile: str
    authority_code: str  # GB/T 2260 code of the registering authority
    legal_representative: Person
    registered_capital: Decimal  # subscribed, in 10,000 yuan; no paid-in check
    business_scope: str
    currency: str = "人民币"
    investors: tuple[Investor, ...] = ()
    contact: str | None = None


@dataclass(frozen=True)
class ExchangeRequest:
    """换照: an enterprise registered before 2015-10-01 with its three old certificates."""

    registration: RegistrationRequest
    old_registration_number: str  # 15-digit 注册号 (ISO 7064 MOD 11,10 check)
    org_code: str  # GB 11714, "XXXXXXXX-X"
    tax_number: str  # 税务登记号
    established_on: date


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


# --- validation ----------------------------------------------------------------------------------


def field_error(message: str, english: str, field_name: str) -> RegistrationError:
    return RegistrationError(message, english=english, field=field_name)


def _field_words(field_name: str) -> str:
    """The field's name as English words for a message ("registered_capital" → "registered
    capital")."""
    return field_name.replace("_", " ").replace(".", " ")


def required_text(value: str | None, field_name: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise field_error(
            f"请填写{label}",
            f"Please fill in the {_field_words(field_name)}.",
            field_name,
        )
    return text


def parse_amount(value: object, field_name: str, label: str) -> Decimal:
    try:
        amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise field_error(
            f"{label}应为数字（万元）",
            f"{_field_words(field_name).capitalize()} must be a number (in 10,000 yuan).",
            field_name,
        ) from None
    if not amount.is_finite() or amount < 0:
        raise field_error(
            f"{label}不能为负数",
            f"{_field_words(field_name).capitalize()} cannot be negative.",
            field_name,
        )
    if amount.as_tuple().exponent < -4 or amount >= Decimal(10) ** 14:
        raise field_error(
            f"{label}最多保留4位小数（万元）",
            f"{_field_words(field_name).capitalize()} may have at most 4 decimal places (in 10,000 yuan).",
            field_name,
        )
    return amount


def is_company(enterprise_type: str) -> bool:
    return "公司" in enterprise_type


def _check_identifier(value: str, field_name: str) -> str:
    text = "".join(value.split()).upper()
    if len(text) == 18 and not text[:17].isdigit():
        return uscc_mod.validate(text)
    try:
        return idcard.validate(text)
    except DomainError as exc:
        if len(text) == 18 and uscc_mod.is_valid(text):
            return text
        raise field_error(
            f"投资人证件号码无效：{exc.message}",
            f"The investor's identification number is not valid: {exc.english}",
            field_name,
        ) from None


COOPERATIVE_MEMBERS = 5  # 农民专业合作社法 art. 12 (1): five or more members


def takes_investors(category: str, etype: str) -> bool:
    """A company lists its shareholders (promoters), a cooperative its members."""
    return is_company(etype) or category == "3"


def validate_investors(
    investors_in: tuple[Investor, ...], etype: str, capital: Decimal, category: str = "1"
) -> tuple[Investor, ...]:
    """Check the investors: a company has at least one and their subscribed contributions add
    up to its capital (公司法 arts. 42, 47, 92, 96); a farmers' cooperative has at least five
    members (农民专业合作社法 art. 12)."""
    if is_company(etype) and not investors_in:
        raise field_error(
            "公司应至少有一名股东（发起人），各股东认缴出资额之和应等于注册资本",
            "A company needs at least one shareholder (promoter), and the subscribed "
            "contributions must add up to the registered capital.",
            "investors",
        )
    if category == "3" and len(investors_in) < COOPERATIVE_MEMBERS:
        raise field_error(
            f"农民专业合作社应有五名以上成员（《农民专业合作社法》第十二条），现有{len(investors_in)}名",
            "A farmers' specialised cooperative needs at least five members (Law on Farmers' "
            f"Specialised Cooperatives, art. 12); {len(investors_in)} were entered.",
            "investors",
        )
    investors = []
    for i, inv in enumerate(investors_in):
        where = f"investors[{i}]"
        ident_text = "".join((inv.identifier or "").split())
        inv_name = printable_name(
            inv.name, person=not (len(ident_text) == 18 and not ident_text[:17].isdigit()),
            field=f"{where}.name", label=f"第{i + 1}位投资人姓名（名称）",
            label_en=f"name of investor {i + 1}",
        )  # fmt: skip
        inv_name = required_text(inv_name, f"{where}.name", f"第{i + 1}位投资人姓名（名称）")
        ident = _check_identifier(inv.identifier, f"{where}.identifier")
        amount = parse_amount(inv.subscribed, f"{where}.subscribed", f"第{i + 1}位投资人认缴出资额")
        if amount <= 0:
            raise field_error(f"第{i + 1}位投资人认缴出资额应大于0", f"The subscribed contribution of investor {i + 1} must be greater than 0.",
                       f"{where}.subscribed")  # fmt: skip
        investors.append(Investor(inv_name, ident, amount))
    if investors and is_company(etype) and sum(i.subscribed for i in investors) != capital:
        raise field_error("各投资人认缴出资额之和应等于注册资本",
                   "The investors' subscribed contributions must add up to the registered capital.", "investors")  # fmt: skip
    return tuple(investors)


def check_name_form(name: str, category: str, etype: str) -> None:
    """The name carries the organisational form its category and type require."""
    if category == "3" and "专业合作社" not in name:
        raise field_error("农民专业合作社的名称中应含“专业合作社”字样",
                   "The name of a farmers' specialised cooperative must contain the words “specialised cooperative” (zhuanye hezuoshe).", "name")  # fmt: skip
    if is_company(etype):
        form = "股份有限公司" if "股份有限公司" in etype else "有限公司"
        forms = (
            ("股份有限公司", "股份公司") if form == "股份有限公司" else ("有限公司", "有限责任公司")
        )
        if not name.endswith(forms):
            raise field_error(f"{etype}的名称应以“{'”或“'.join(forms)}”结尾",
                       f"The name must end with the organisational form of its type: {' or '.join(forms)}.", "name")  # fmt: skip


def validate_person(rep: Person | None) -> Person:
    """The legal representative (operator): a name and a valid citizen ID number."""
    rep_name = required_text(
        printable_name(
            rep.name if rep else "", person=True, field="legal_representative.name",
            label="法定代表人（经营者）姓名", label_en="legal representative's name",
        ),
        "legal_representative.name", "法定代表人（经营者）姓名",
    )  # fmt: skip
    try:
        rep_id = idcard.validate(rep.id_number)
    except DomainError as exc:
        raise field_error(f"法定代表人（经营者）身份证号码：{exc.message}", f"ID number of the legal representative (operator): {exc.english}",
                   "legal_representative.id_number") from None  # fmt: skip
    return Person(rep_name, rep_id)


def validate_request(request: RegistrationRequest) -> RegistrationRequest:
    """Check every field; return the request normalised. Errors name the field to highlight."""
    category = str(request.category).strip()
    if category not in CATEGORY_LABELS:
        raise field_error("主体类别应为1（企业）、2（个体工商户）或3（农民专业合作社）",
                   "The entity category must be 1 (enterprise), 2 (individual business) or 3 (farmers' specialised cooperative).", "category")  # fmt: skip
    name = validate_name(
        printable_name(request.name, person=False, field="name", label="企业名称",
                       label_en="enterprise name", limit=names.ENTERPRISE_NAME_MAX)
    )  # fmt: skip
    etype = required_text(request.enterprise_type, "enterprise_type", "类型")
    if category in ("2", "3") and etype != ENTERPRISE_TYPES[category][0]:
        raise field_error(f"主体类别{category}的类型应为“{ENTERPRISE_TYPES[category][0]}”",
                   f"The enterprise type does not match category {category}.", "enterprise_type")  # fmt: skip
    if category == "1" and etype in ("个体工商户", "农民专业合作社"):
        raise field_error("企业类别的类型不能是个体工商户或农民专业合作社",
                   "An enterprise (category 1) cannot have the type individual business or farmers' specialised cooperative.", "enterprise_type")  # fmt: skip
    check_name_form(name, category, etype)
    domicile = required_text(request.domicile, "domicile", "住所（经营场所）")
    authority = str(request.authority_code).strip()
    if authority not in ZHANJIANG_AUTHORITIES:
        raise field_error(f"登记机关代码“{authority}”不是本市的登记机关",
                   f"The registration authority code “{authority}” is not one of this city's registration authorities.", "authority_code")  # fmt: skip
    rep = validate_person(request.legal_representative)
    capital = parse_amount(request.registered_capital, "registered_capital", "注册资本（出资额）")
    if is_company(etype) and capital <= 0:
        raise field_error("公司的认缴注册资本应大于0", "A company's subscribed registered capital must be greater than 0.",
                   "registered_capital")  # fmt: skip
    currency = (request.currency or "人民币").strip()
    if currency not in CURRENCIES:
        raise field_error(
            f"币种应为{'、'.join(CURRENCIES)}之一",
            "The currency must be one of: RMB, US dollar, Hong Kong dollar, euro, Japanese yen, pound sterling, Macau pataca, New Taiwan dollar.",
            "currency",
        )
    scope = required_text(request.business_scope, "business_scope", "经营范围")
    investors = validate_investors(request.investors, etype, capital, category)
    contact = (request.contact or "").strip() or None
    return RegistrationRequest(
        name=name, category=category, enterprise_type=etype, domicile=domicile,
        authority_code=authority, legal_representative=rep,
        registered_capital=capital, business_scope=scope, currency=currency,
        investors=investors, contact=contact,
    )  # fmt: skip


# --- name check ----------------------------------------------------------------------------------


def lock_name(session: Session, authority: str, key: str) -> None:
    """Serialise registrations of one name key on PostgreSQL (SQLite: BEGIN IMMEDIATE does)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(func.pg_advisory_xact_lock(_NAME_LOCK, func.hashtext(f"{authority}:{key}")))
        )


def find_conflict(
    session: Session, name: str, authority: str, *, exclude_filing: int | None = None
) -> ConflictingEntry | None:
    """The registered enterprise, else the pending filing, under `authority` whose name or
    name key is the same: one statement for both registers (a registration asks each time)."""
    key = name_key(name)
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
    if exclude_filing is not None:
        filed = filed.where(RegistrationFiling.id != exclude_filing)
    row = session.execute(union_all(registered, filed).order_by("o").limit(1)).first()
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
