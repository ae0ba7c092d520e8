"""What a registration asks for, checked field by field: the request and its people, the entity
categories, types and currencies, and the rules of the Company Law and the Cooperatives Law a
request must meet before anything is written. Every error names the field to highlight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ..core import idcard, names
from ..core import uscc as uscc_mod
from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import validate_name
from ..core.errors import DomainError
from .printable import printable_name

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


class RegistrationError(DomainError):
    pass


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
