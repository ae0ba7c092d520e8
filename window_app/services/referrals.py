"""先照后证 / 双告知: scope items needing a post-registration permit.

The catalogue's `scope_permits` maps the standard terms of a business scope (经营范围规范表述
目录, with their parenthesised qualifiers: core.business_scope) to the permit or filing and its
department. Registering such a scope records one Referral per (scope item, department) — the
department is told — and issues a referral notice (IssuedDocument kind 'referral') naming the
permits the applicant must obtain before operating those items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

import printing
from printing import DocumentHeader, ReferralNoticeData

from ..core.catalogue_terms import default_catalogue_dir
from ..core.enterprise_names import authority_name
from ..core.errors import DomainError
from ..core.uscc import validate as validate_uscc
from ..storage import session_cache
from ..storage.database import Database
from ..storage.models import Enterprise, IssuedDocument, Matter, MatterVersion, Referral
from . import audit, documents, hall_settings, numbering
from .context import Actor, Role

if TYPE_CHECKING:
    from ..core.catalogue import Catalogue

# The referral notice prints and reprints through services.documents like the other notices.
# (resolved when one prints: importing this module must not load reportlab)
documents.KINDS.setdefault(
    "referral", (ReferralNoticeData, documents.renderer("render_referral"), "referral_title")
)


@dataclass(frozen=True)
class ReferralItem:
    scope_item: str
    permit: str  # several permits of one department are joined with "、"
    department_code: str
    department: str


@dataclass(frozen=True)
class ReferralNotice:
    doc_number: str
    document_id: int
    items: tuple[ReferralItem, ...]


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    uscc: str
    enterprise: str
    scope_item: str
    permit: str
    department_code: str
    created_on: date


@lru_cache(maxsize=4)
def _catalogue(directory: Path) -> Catalogue:
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    return load_catalogue(directory)


def catalogue() -> Catalogue:
    return _catalogue(default_catalogue_dir())


def new_referrals(before: str, after: str) -> list[ReferralItem]:
    """What a changed business scope newly needs permits for: the departments already told of a
    scope item are not told again."""
    told = {(i.scope_item, i.department_code) for i in referrals_for_scope(before)}
    return [i for i in referrals_for_scope(after) if (i.scope_item, i.department_code) not in told]


def referrals_for_scope(business_scope: str, cat: Catalogue | None = None) -> list[ReferralItem]:
    """The (scope item, department) pairs a business scope needs permits for, in catalogue order."""
    cat = cat or catalogue()
    grouped: dict[tuple[str, str], list[str]] = {}
    for item, permit in cat.referrals_for_scope(business_scope):
        names = grouped.setdefault((item.text, permit.department), [])
        if permit.permit not in names:
            names.append(permit.permit)
    out = []
    for (keyword, dept), permits in grouped.items():
        department = cat.departments.get(dept)
        out.append(ReferralItem(keyword, "、".join(permits), dept,
                                department.name if department else dept))  # fmt: skip
    return out


def _registration_matter(
    session: Session, category: str, kind: str, on: date
) -> tuple[str, str | None]:
    """(how the header names the registration matter in force on `on`, its department)."""
    rows = session.execute(
        select(Matter.code, MatterVersion)
        .join(MatterVersion, MatterVersion.matter_id == Matter.id)
        .where(MatterVersion.effective_from <= on)
        .order_by(MatterVersion.version.desc())
    ).all()
    for code, version in rows:
        definition = version.definition or {}
        if (
            definition.get("enterprise_category") == category
            and definition.get("registration_kind") == kind
        ):
            text = f"{code} v{version.version}，{version.effective_from.isoformat()}起施行"
            return text, definition.get("department")
    return "", None


def registration_header(
    session: Session,
    actor: Actor,
    enterprise: Enterprise,
    doc_number: str,
    on: date,
    kind: str | None = None,
) -> DocumentHeader:
    """Header of a registration document: the registering bureau and the registration matter
    (`kind`: the registration the document comes from; default the enterprise's own)."""
    if kind is None:
        kind = (
            enterprise.kind if enterprise.kind in ("establishment", "exchange") else "establishment"
        )
    version_text, department = session_cache.cached(  # once per session, category and day
        session, ("registration_matter", enterprise.category, kind, on),
        (Matter.__tablename__, MatterVersion.__tablename__),
        lambda: _registration_matter(session, enterprise.category, kind, on),
    )  # fmt: skip
    settings = hall_settings.read_settings(session)
    hall_settings.require_settings(
        settings, department, only=("consultation_phones", "complaint_phones")
    )
    return DocumentHeader(
        doc_number=doc_number,
        issued_on=on,
        authority=authority_name(enterprise.authority_code),
        window=documents.window_label(session, actor),
        clerk=documents.clerk_name(actor),
        catalogue_version=version_text,
        consult_phone=hall_settings.consultation_phone(settings, department),
        complaint_phone=hall_settings.complaint_phone(settings, department),
    )


def create_referrals(
    session: Session,
    actor: Actor,
    enterprise: Enterprise,
    on: date,
    items: list[ReferralItem] | None = None,
    kind: str | None = None,
    *,
    application_id: int | None = None,
) -> ReferralNotice | None:
    """Inside the registration's (or change's) transaction: Referral rows and the notice for
    `items` (default: all its business scope needs); None if none needed. `application_id`: the
    application the registration (or change) was made for."""
    items = referrals_for_scope(enterprise.business_scope) if items is None else items
    if not items:
        return None
    for item in items:
        session.add(
            Referral(
                enterprise_id=enterprise.id, scope_item=item.scope_item, permit=item.permit,
                department_code=item.department_code,
            )
        )  # fmt: skip
    doc_number = numbering.document_number(session, "referral", on)
    data = ReferralNoticeData(
        header=registration_header(session, actor, enterprise, doc_number, on, kind),
        enterprise_name=enterprise.name,
        uscc=enterprise.uscc,
        referrals=[printing.Referral(i.scope_item, i.permit, i.department) for i in items],
    )
    doc = IssuedDocument(
        kind="referral", doc_number=doc_number, enterprise_id=enterprise.id,
        application_id=application_id, issued_on=on, issued_by=actor.user_id,
        payload=documents.to_payload(data),
    )  # fmt: skip
    session.add(doc)
    session.flush()
    audit.record(
        session, actor, "referral.issue", "enterprise", enterprise.uscc,
        after={"document": doc_number,
               "departments": sorted({i.department_code for i in items})},
    )  # fmt: skip
    return ReferralNotice(doc_number, doc.id, tuple(items))


def referral_document(db: Database, uscc: str) -> documents.DocumentInfo:
    """The referral notice issued at an enterprise's registration (for `documents.record_print`)."""
    code = validate_uscc(uscc)
    with db.reading() as session:
        doc = session.scalars(
            select(IssuedDocument)
            .join(Enterprise, Enterprise.id == IssuedDocument.enterprise_id)
            .where(Enterprise.uscc == code, IssuedDocument.kind == "referral")
            .order_by(IssuedDocument.id.desc())
        ).first()
        if doc is None:
            raise DomainError(f"{code}没有“先照后证”告知书", english=f"There is no “licence first, permits after” referral notice for {code}.",
                              field="uscc")  # fmt: skip
        return documents.info_of(session, doc)


def list_referrals(
    db: Database, actor: Actor, *, department_code: str | None = None
) -> list[ReferralRecord]:
    """Referrals for the regulating departments (双告知), newest first."""
    actor.require(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    query = (
        select(Referral, Enterprise.uscc, Enterprise.name)
        .join(Enterprise, Enterprise.id == Referral.enterprise_id)
        .order_by(Referral.id.desc())
    )
    if department_code:
        query = query.where(Referral.department_code == department_code)
    with db.reading() as session:
        return [
            ReferralRecord(
                r.id, uscc, name, r.scope_item, r.permit, r.department_code, r.created_at.date()
            )  # fmt: skip
            for r, uscc, name in session.execute(query)
        ]
