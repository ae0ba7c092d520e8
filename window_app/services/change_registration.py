"""Change registration (变更登记, catalogue matter SC-0004): a registered enterprise changes its
name, domicile, legal representative, registered capital, business scope or investors.

Under 一照一码 the Unified Social Credit Code never changes: the register row is updated, each
changed item is kept in `enterprise_changes` with its value before and after, and a new licence
document is issued with the same code. A new name is checked in its authority exactly like a new
registration (the old name is released by the update). The validators are registration's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from printing.masking import mask_id

from ..core import uscc as uscc_mod
from ..core.enterprise_names import name_key, validate_name
from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import Enterprise, EnterpriseChange
from . import audit, referrals, registration_links
from .context import Actor
from .registration import (
    REGISTER_ROLES,
    Investor,
    NameConflict,
    Person,
    RegistrationError,
    bind_application,
    check_name_form,
    find_conflict,
    find_enterprise,
    issue_licence,
    lock_name,
    parse_amount,
    required_text,
    validate_investors,
    validate_person,
)

# The register's items in the order they are listed and recorded.
ITEMS = (
    "name",
    "domicile",
    "legal_representative",
    "legal_representative.id_number",
    "registered_capital",
    "business_scope",
    "investors",
)


class ChangeError(RegistrationError):
    pass


@dataclass(frozen=True)
class EnterpriseChanges:
    """The new values; None (or a value equal to the current one) leaves an item unchanged."""

    name: str | None = None
    domicile: str | None = None
    legal_representative: Person | None = None
    registered_capital: Decimal | str | None = None  # subscribed, in 10,000 yuan
    business_scope: str | None = None
    investors: tuple[Investor, ...] | None = None


@dataclass(frozen=True)
class ChangedItem:
    item: str  # one of ITEMS
    before: str
    after: str


@dataclass(frozen=True)
class ChangeResult:
    enterprise_id: int
    uscc: str  # the same code as before
    name: str  # the name after the change
    changed_on: date
    licence_document: str
    items: tuple[ChangedItem, ...]
    referral_document: str | None = None  # 先照后证: new scope items needing a permit
    referrals: tuple[referrals.ReferralItem, ...] = ()


@dataclass(frozen=True)
class RegisteredItems:
    """What the change page shows as registered now (and prefills as the new values)."""

    uscc: str
    enterprise_type: str
    authority_code: str
    values: dict[str, str]  # item (ITEMS) -> the registered value as text
    investors: tuple[tuple[str, str, str], ...] = ()  # (name, identifier, subscribed) as text
    version: int = 0  # pass back as change_registration(expected_version=…)


@dataclass(frozen=True)
class ChangeRecord:
    item: str
    before: str
    after: str
    changed_on: date
    clerk_id: int | None
    application_id: int | None


# --- the register's values as text ---------------------------------------------------------------


def capital_text(amount: Decimal) -> str:
    """50.0000 -> "50": the amount as the clerk typed it (no exponent, no trailing zeros)."""
    text = format(Decimal(amount), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _investors_text(investors: list[dict] | tuple[Investor, ...]) -> str:
    rows = [
        {"name": i.name, "identifier": i.identifier, "subscribed": capital_text(i.subscribed)}
        if isinstance(i, Investor)
        else {**i, "subscribed": capital_text(Decimal(str(i["subscribed"])))}
        for i in investors
    ]
    return json.dumps(rows, ensure_ascii=False)


def _current(ent: Enterprise) -> dict[str, str]:
    return {
        "name": ent.name,
        "domicile": ent.domicile,
        "legal_representative": ent.legal_rep_name,
        "legal_representative.id_number": ent.legal_rep_id,
        "registered_capital": capital_text(ent.registered_capital),
        "business_scope": ent.business_scope,
        "investors": _investors_text(ent.investors or []),
    }


# --- checking the changes ------------------------------------------------------------------------


def _stored_investors(ent: Enterprise) -> tuple[Investor, ...]:
    return tuple(
        Investor(i["name"], i["identifier"], Decimal(str(i["subscribed"])))
        for i in ent.investors or ()
    )


def _proposed(ent: Enterprise, changes: EnterpriseChanges) -> dict[str, str]:
    """The validated new values of the items given, as text (equal values included)."""
    new: dict[str, str] = {}
    if changes.name is not None:
        name = validate_name(changes.name)
        check_name_form(name, ent.category, ent.enterprise_type)
        new["name"] = name
    if changes.domicile is not None:
        new["domicile"] = required_text(changes.domicile, "domicile", "住所（经营场所）")
    if changes.legal_representative is not None:
        rep = validate_person(changes.legal_representative)
        new["legal_representative"] = rep.name
        new["legal_representative.id_number"] = rep.id_number
    capital = Decimal(ent.registered_capital)
    if changes.registered_capital is not None:
        capital = parse_amount(
            changes.registered_capital, "registered_capital", "注册资本（出资额）"
        )
        if capital <= 0:
            raise ChangeError(
                "变更后的注册资本（出资额）应大于0",
                english="The registered capital after the change must be greater than 0.",
                field="registered_capital",
            )
        new["registered_capital"] = capital_text(capital)
    if changes.business_scope is not None:
        new["business_scope"] = required_text(changes.business_scope, "business_scope", "经营范围")
    if changes.investors is not None or changes.registered_capital is not None:
        given = changes.investors if changes.investors is not None else _stored_investors(ent)
        investors = validate_investors(given, ent.enterprise_type, capital, ent.category)
        if changes.investors is not None:
            new["investors"] = _investors_text(investors)
    return new


def _changed_items(ent: Enterprise, changes: EnterpriseChanges) -> tuple[ChangedItem, ...]:
    current, new = _current(ent), _proposed(ent, changes)
    items = tuple(
        ChangedItem(item, current[item], new[item])
        for item in ITEMS
        if item in new and new[item] != current[item]
    )
    if not items:
        raise ChangeError(
            "没有变更事项：新填写的内容与登记的内容相同",
            english="Nothing changes: the new values are the same as the registered ones.",
        )
    return items


def _check_name(session: Session, ent: Enterprise, name: str) -> None:
    """A new name is checked in the enterprise's authority like a new registration."""
    lock_name(session, ent.authority_code, name_key(name))
    conflict = find_conflict(session, name, ent.authority_code)
    if conflict is not None and conflict.uscc != ent.uscc:
        raise NameConflict(name, conflict)


def _apply(ent: Enterprise, items: tuple[ChangedItem, ...]) -> None:
    for change in items:
        if change.item == "name":
            ent.name, ent.name_key = change.after, name_key(change.after)
        elif change.item == "domicile":
            ent.domicile = change.after
        elif change.item == "legal_representative":
            ent.legal_rep_name = change.after
        elif change.item == "legal_representative.id_number":
            ent.legal_rep_id = change.after
        elif change.item == "registered_capital":
            ent.registered_capital = Decimal(change.after)
        elif change.item == "business_scope":
            ent.business_scope = change.after
        elif change.item == "investors":
            ent.investors = json.loads(change.after)


def _audit_value(item: str, value: str) -> str:
    """The value as the audit trail keeps it: ID numbers masked (the trail is not encrypted)."""
    if item == "investors":
        rows = [{**i, "identifier": mask_id(i["identifier"])} for i in json.loads(value)]
        return json.dumps(rows, ensure_ascii=False)
    return mask_id(value) if item == "legal_representative.id_number" else value


# --- the use cases -------------------------------------------------------------------------------


def _find(session: Session, uscc: str, *, lock: bool = False) -> Enterprise:
    try:
        code = uscc_mod.validate(uscc)
    except DomainError as exc:
        raise ChangeError(exc.message, english=exc.english, field="uscc") from None
    return find_enterprise(session, code, ChangeError, lock=lock)


_SHOWN = {
    "name": ("名称", "name"),
    "domicile": ("住所", "domicile"),
    "legal_representative": ("法定代表人", "legal representative"),
    "registered_capital": ("注册资本（万元）", "registered capital (10,000 yuan)"),
}


class ChangedMeanwhile(ChangeError):
    """The enterprise changed on another window since the clerk's form was filled in."""

    def __init__(self, ent: Enterprise, seen: int):
        values = _current(ent)
        shown = "；".join(f"{zh}：{values[item]}" for item, (zh, _) in _SHOWN.items())
        shown_en = "; ".join(f"{en}: {values[item]}" for item, (_, en) in _SHOWN.items())
        super().__init__(
            f"另一窗口已变更此企业（版本{seen}→{ent.version}），本次变更未保存；现登记内容：{shown}",
            english=(
                f"Another window changed this enterprise (version {seen} -> {ent.version}); "
                f"this change was not saved. Registered now: {shown_en}"
            ),
        )
        self.version = ent.version
        self.values = values


def change_registration(
    db: Database,
    actor: Actor,
    uscc: str,
    changes: EnterpriseChanges,
    *,
    on: date | None = None,
    application_number: str | None = None,
    expected_version: int | None = None,
) -> ChangeResult:
    """Record the changed items, update the register and issue a new licence with the same USCC;
    `application_number`: the accepted change application (SC-0004) it is made for, whose
    applicant, when an organisation, is the enterprise changed.

    The enterprise row is locked for the whole unit of work (no lost update between windows);
    `expected_version` (from `registered_items`, what the clerk's form was filled from) refuses
    with `ChangedMeanwhile`, showing the new values, when another window changed it since."""
    actor.require(*REGISTER_ROLES)
    on = on or date.today()
    try:
        with db.transaction() as session:
            ent = _find(session, uscc, lock=True)
            if expected_version is not None and ent.version != expected_version:
                raise ChangedMeanwhile(ent, expected_version)
            app = bind_application(session, application_number, "change", ent.category)
            if app is not None:
                registration_links.check_applicant(session, app, ent.uscc, ent.name)
            application_id = app.id if app is not None else None
            items = _changed_items(ent, changes)
            new_name = next((c.after for c in items if c.item == "name"), None)
            if new_name is not None:
                _check_name(session, ent, new_name)
            _apply(ent, items)
            for change in items:
                session.add(
                    EnterpriseChange(
                        enterprise_id=ent.id, item=change.item, before=change.before,
                        after=change.after, changed_on=on, clerk_id=actor.user_id,
                        application_id=application_id,
                    )
                )  # fmt: skip
            session.flush()
            licence = issue_licence(
                session, actor, ent, on, application_id=application_id, kind="change",
                items=[c.item for c in items],
            )  # fmt: skip
            scope = next((c for c in items if c.item == "business_scope"), None)
            fresh = referrals.new_referrals(scope.before, scope.after) if scope else []
            notice = (
                referrals.create_referrals(
                    session, actor, ent, on, fresh, kind="change", application_id=application_id
                )
                if fresh
                else None
            )
            audit.record(
                session, actor, "enterprise.change", "enterprise", ent.uscc,
                before={c.item: _audit_value(c.item, c.before) for c in items},
                after={**{c.item: _audit_value(c.item, c.after) for c in items},
                       "licence": licence,
                       **({"application": app.number} if app is not None else {})},
            )  # fmt: skip
            if app is not None:  # the registration decides and completes its application
                registration_links.finish(
                    session, actor, app, kind="change", name=ent.name, uscc=ent.uscc,
                    authority_code=ent.authority_code, on=on,
                )  # fmt: skip
            return ChangeResult(
                ent.id, ent.uscc, ent.name, on, licence, items,
                notice.doc_number if notice else None, notice.items if notice else (),
            )  # fmt: skip
    except sa_exc.IntegrityError as exc:
        raise ChangeError(
            "名称与同时办理的登记冲突，未保存；请重试",
            english="The name conflicts with a registration being made at the same time; nothing was saved. Please try again.",
            field="name",
        ) from exc


def registered_items(db: Database, uscc: str) -> RegisteredItems:
    """The enterprise's registered items, for the change page (the USCC checked first)."""
    with db.reading() as session:
        ent = _find(session, uscc)
        investors = tuple(
            (i.name, i.identifier, capital_text(i.subscribed)) for i in _stored_investors(ent)
        )
        return RegisteredItems(
            ent.uscc, ent.enterprise_type, ent.authority_code, _current(ent), investors,
            ent.version,
        )  # fmt: skip


def change_history(db: Database, uscc: str) -> list[ChangeRecord]:
    """The changed items of an enterprise, newest first."""
    with db.reading() as session:
        ent = _find(session, uscc)
        rows = session.scalars(
            select(EnterpriseChange)
            .where(EnterpriseChange.enterprise_id == ent.id)
            .order_by(EnterpriseChange.changed_on.desc(), EnterpriseChange.id.desc())
        )
        return [
            ChangeRecord(r.item, r.before, r.after, r.changed_on, r.clerk_id, r.application_id)
            for r in rows
        ]
