"""Import the catalogue directory as versions: a changed matter becomes a new version from a date.

An application keeps the version it was accepted under, so importing never rewrites history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.matter_search import pinyin_initials
from ..storage.database import Database
from ..storage.models import Department, Fee, MaterialRequirement, Matter, MatterVersion
from . import audit
from .context import Actor, Role

if TYPE_CHECKING:
    from ..core.catalogue import Catalogue
    from ..core.catalogue import Matter as MatterDef


@dataclass
class ImportPlan:
    """What an import would change; shown as a preview before it takes effect."""

    new_matters: list[str] = field(default_factory=list)
    changed_matters: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    departments: int = 0
    fees: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.new_matters or self.changed_matters)


def _latest(session: Session, code: str) -> MatterVersion | None:
    return session.scalars(
        select(MatterVersion)
        .join(Matter)
        .where(Matter.code == code)
        .order_by(MatterVersion.version.desc())
        .limit(1)
    ).first()


def plan_import(session: Session, catalogue: Catalogue) -> ImportPlan:
    plan = ImportPlan(departments=len(catalogue.departments), fees=len(catalogue.fees))
    for code, matter in sorted(catalogue.matters.items()):
        latest = _latest(session, code)
        if latest is None:
            plan.new_matters.append(code)
        elif latest.content_hash != matter.content_hash():
            plan.changed_matters.append(code)
        else:
            plan.unchanged.append(code)
    return plan


def _upsert_reference_data(session: Session, catalogue: Catalogue) -> dict[str, int]:
    departments = {d.code: d for d in session.scalars(select(Department))}
    for d in catalogue.departments.values():
        row = departments.get(d.code) or Department(code=d.code)
        row.name, row.name_en = d.name, d.name_en
        row.division_code, row.address, row.phone = d.division_code, d.address, d.phone or ""
        session.add(row)
        departments[d.code] = row
    fees = {f.code: f for f in session.scalars(select(Fee))}
    for f in catalogue.fees.values():
        row = fees.get(f.code) or Fee(code=f.code)
        row.name, row.name_en = f.name, f.name_en
        row.legal_basis, row.standard, row.payer = f.legal_basis, f.standard, f.payer
        row.withdrawn_from = f.withdrawn_from
        session.add(row)
    session.flush()
    return {code: row.id for code, row in departments.items()}


def _add_version(
    session: Session, matter: MatterDef, department_id: int, effective_from: date | None
) -> MatterVersion:
    row = session.scalars(select(Matter).where(Matter.code == matter.code)).first()
    if row is None:
        row = Matter(code=matter.code, department_id=department_id)
        session.add(row)
        session.flush()
    row.department_id = department_id
    number = (
        session.scalar(
            select(func.max(MatterVersion.version)).where(MatterVersion.matter_id == row.id)
        )
        or 0
    ) + 1
    limits = matter.limits
    version = MatterVersion(
        matter_id=row.id,
        version=number,
        effective_from=effective_from or matter.effective_from,
        name=matter.name,
        name_en=matter.name_en,
        pinyin=pinyin_initials(matter.name),
        matter_type=matter.type,
        statutory_days=limits.statutory.value if limits.statutory else None,
        statutory_unit=limits.statutory.unit if limits.statutory else "working_days",
        promised_days=0 if limits.on_the_spot else limits.promised.value,
        promised_unit="working_days" if limits.on_the_spot else limits.promised.unit,
        withdrawn_from=matter.withdrawal.withdrawn_from if matter.withdrawal else None,
        allows_commitment=matter.commitment.allowed,
        content_hash=matter.content_hash(),
        definition=matter.to_json_dict(),
    )
    session.add(version)
    session.flush()
    for position, m in enumerate(matter.materials):
        session.add(
            MaterialRequirement(
                matter_version_id=version.id,
                position=position,
                key=m.key,
                name=m.name,
                original=m.original,
                copies=m.copies,
                medium=m.medium,
                required=m.required,
                condition=m.condition,
                commitment_replaceable=m.commitment_replaceable,
            )
        )
    return version


def import_catalogue(
    db: Database, actor: Actor, directory: Path, *, effective_from: date | None = None
) -> ImportPlan:
    """Validate the directory, then add a version for every new or changed matter, atomically."""
    actor.require(Role.ADMINISTRATOR)
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    catalogue = load_catalogue(Path(directory))
    with db.transaction() as session:
        plan = plan_import(session, catalogue)
        department_ids = _upsert_reference_data(session, catalogue)
        for code in plan.new_matters + plan.changed_matters:
            matter = catalogue.matters[code]
            version = _add_version(
                session, matter, department_ids[matter.department], effective_from
            )
            audit.record(
                session,
                actor,
                "catalogue.version",
                "matter",
                code,
                after={"version": version.version, "effective_from": version.effective_from,
                       "hash": version.content_hash},
            )  # fmt: skip
    return plan
