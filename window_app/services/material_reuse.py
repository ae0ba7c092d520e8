"""Offer, at a new application, the materials the same applicant already gave (issue 19).

An earlier application's scanned copy of a reusable item (`core.material_reuse`), still valid,
is offered for the same item of the new application instead of asking again; taking the offer
attaches the same stored files (kept once, by SHA-256) and is recorded in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..core.errors import DomainError
from ..core.material_reuse import REUSABLE, still_valid
from ..storage.base import as_local
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    ApplicationMaterial,
    Enterprise,
    EnterpriseChange,
    MaterialScan,
)
from . import audit
from .case_file import ATTACH_ROLES
from .checklist import get_application
from .context import Actor


@dataclass(frozen=True)
class Offer:
    material_key: str
    material: str
    from_application: str
    given_on: date
    sha256s: tuple[str, ...]


def _offers(session, app: Application, today: date) -> list[Offer]:  # noqa: ANN001
    person = session.get(Applicant, app.applicant_id)
    code_column = Applicant.id_number if person.id_number else Applicant.uscc
    code = person.id_number or person.uscc
    if not code:
        return []
    changed_on = None
    if person.uscc:
        changed_on = session.scalar(
            select(func.max(EnterpriseChange.changed_on))
            .join(Enterprise, Enterprise.id == EnterpriseChange.enterprise_id)
            .where(Enterprise.uscc == person.uscc)
        )
    wanted = {
        m.key: m.name
        for m in session.scalars(
            select(ApplicationMaterial).where(
                ApplicationMaterial.application_id == app.id,
                ApplicationMaterial.key.in_(REUSABLE),
                ApplicationMaterial.status.in_(["pending", "missing"]),
            )
        )
    }
    have = set(session.scalars(select(MaterialScan.material_key).where(
        MaterialScan.application_id == app.id)))  # fmt: skip
    rows = session.execute(
        select(MaterialScan, Application.number)
        .join(Application, Application.id == MaterialScan.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(code_column == code, Application.id != app.id,
               MaterialScan.material_key.in_(set(wanted) - have))
        .order_by(MaterialScan.attached_at.desc(), MaterialScan.id)
    ).all()  # fmt: skip
    newest: dict[str, tuple[str, date, list[str]]] = {}
    for scan, number in rows:
        key = scan.material_key
        if key in newest and newest[key][0] != number:
            continue  # only the newest application's copy of each item
        given = as_local(scan.attached_at).date()  # the hall's day, not UTC's
        if not still_valid(key, given, today, changed_on=changed_on):
            continue
        newest.setdefault(key, (number, given, []))[2].append(scan.sha256)
    return [Offer(k, wanted[k], n, g, tuple(h)) for k, (n, g, h) in sorted(newest.items())]


def offers(db: Database, actor: Actor, number: str, *, on: date | None = None) -> list[Offer]:
    """The still-valid copies the applicant already gave for this application's open items."""
    actor.require(*ATTACH_ROLES)
    with db.reading() as session:
        return _offers(session, get_application(session, number), on or date.today())


def reuse(
    db: Database, actor: Actor, number: str, material_key: str, *, on: date | None = None
) -> Offer:
    """Take the offer for one item: the same files attached (source `reuse`), audited."""
    actor.require(*ATTACH_ROLES)
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        offer = next((o for o in _offers(session, app, on or date.today())
                      if o.material_key == material_key), None)  # fmt: skip
        if offer is None:
            raise DomainError(
                f"没有可复用的“{material_key}”：申请人此前未提交，或已失效",
                english=f"There is no copy of “{material_key}” to reuse: the applicant has not given one, or it is no longer valid.",
            )
        for digest in offer.sha256s:
            session.add(MaterialScan(application_id=app.id, material_key=material_key,
                                     sha256=digest, filename=f"reused-from-{offer.from_application}",
                                     source="reuse", attached_by=actor.user_id))  # fmt: skip
        audit.record(session, actor, "material.reuse", "application", number,
                     after={"material": material_key, "from": offer.from_application,
                            "files": list(offer.sha256s)})  # fmt: skip
        return offer
