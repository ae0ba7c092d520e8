"""Reading what a guide is printed from: the matter version in force on a day, its department,
fees and intermediaries, read in one go (`source_for`) and then mapped outside the session.

It exists apart from `guides` (the print use cases) so that the rules of "which version, and is
it still in force" live in one place for the single guide, the batch and the catalogue listing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from printing import Fee as PrintedFee
from printing import GuideData

from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import Department, Fee, Matter, MatterVersion
from . import hall_settings
from .guide_mapping import GuideDepartment, guide_data

if TYPE_CHECKING:
    from ..core.catalogue import Catalogue, Intermediary


class GuideError(DomainError):
    """Unknown matter, no version in force, a fee outside the catalogue, a bad variant."""


@dataclass(frozen=True)
class GuideSource:
    """Everything one guide is built from, read in one go (then rendered outside the session)."""

    code: str
    version: int
    effective_from: date
    definition: dict[str, Any]
    department: GuideDepartment
    fees: tuple[PrintedFee, ...]
    intermediaries: tuple[Intermediary | str, ...]


@lru_cache(maxsize=1)
def reference_data() -> Catalogue:
    """Reference data the database does not keep (intermediaries, department windows)."""
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    return load_catalogue()


def versions_in_force(
    session: Session, day: date, codes: Sequence[str] | None = None
) -> dict[str, MatterVersion]:
    stmt = (
        select(Matter.code, MatterVersion)
        .join(MatterVersion, MatterVersion.matter_id == Matter.id)
        .where(MatterVersion.effective_from <= day)
        .order_by(Matter.code, MatterVersion.version)
    )
    if codes is not None:
        stmt = stmt.where(Matter.code.in_(list(codes)))
    out: dict[str, MatterVersion] = {}
    for code, version in session.execute(stmt).all():
        out[code] = version  # the highest version in force wins
    return out


def current(versions: dict[str, MatterVersion], day: date) -> dict[str, MatterVersion]:
    """Leave out matters withdrawn by `day` (abolished, turned into a filing)."""
    return {c: v for c, v in versions.items() if v.withdrawn_from is None or v.withdrawn_from > day}


def _withdrawn(code: str, version: MatterVersion) -> GuideError:
    w = (version.definition or {}).get("withdrawal") or {}
    instead = f"，请参阅{w['replaced_by']}的办事指南" if w.get("replaced_by") else ""
    also = f"; see the guide of {w['replaced_by']}" if w.get("replaced_by") else ""
    return GuideError(
        f"事项“{code}”自{version.withdrawn_from}起停止办理（{w.get('reason', '')}），"
        f"不再印发办事指南{instead}",
        english=f"The matter “{code}” was withdrawn on {version.withdrawn_from}; its guide is "
        f"no longer printed{also}.",
        field="matter",
    )


def read_source(session: Session, code: str, version: MatterVersion) -> GuideSource:
    definition = dict(version.definition)
    ref = reference_data()
    dept_code = definition["department"]
    row = session.scalars(select(Department).where(Department.code == dept_code)).first()
    ref_dept = ref.departments.get(dept_code)
    settings = hall_settings.read_settings(session)
    hall_settings.require_settings(
        settings, dept_code, only=("opening_hours", "consultation_phones", "complaint_phones")
    )
    department = GuideDepartment(
        code=dept_code,
        name=row.name if row else (ref_dept.name if ref_dept else dept_code),
        window=ref_dept.window if ref_dept else "",
        division_code=row.division_code if row else (ref_dept.division_code if ref_dept else ""),
        address=row.address if row else "",
        phone=hall_settings.consultation_phone(settings, dept_code),
        complaint_phone=hall_settings.complaint_phone(settings, dept_code),
        hours=settings.opening_hours,
    )
    codes = list(definition.get("fees") or ())
    rows = {f.code: f for f in session.scalars(select(Fee).where(Fee.code.in_(codes)))}
    unknown = [c for c in codes if c not in rows]
    if unknown:
        raise GuideError(
            f"收费项目{'、'.join(unknown)}不在收费目录清单中",
            english=f"The fees {', '.join(unknown)} are not in the fee catalogue.",
        )
    fees = tuple(PrintedFee(rows[c].name, rows[c].standard, rows[c].legal_basis) for c in codes)
    inters = tuple(ref.intermediaries.get(c, c) for c in definition.get("intermediaries") or ())
    return GuideSource(code, version.version, version.effective_from, definition, department,
                       fees, inters)  # fmt: skip


def data_of(src: GuideSource) -> GuideData:
    return guide_data(src.definition, src.department, src.fees, src.intermediaries,
                      f"{src.code} v{src.version}", src.effective_from)  # fmt: skip


def _unknown(code: str) -> GuideError:
    return GuideError(f"事项编码“{code}”不存在", english=f"There is no matter with the code “{code}”.",
                      field="matter")  # fmt: skip


def source_for(db: Database, matter_code: str, on: date | None = None) -> GuideSource:
    day = on or date.today()
    code = matter_code.strip().upper()
    with db.reading() as session:
        if session.scalars(select(Matter.id).where(Matter.code == code)).first() is None:
            raise _unknown(code)
        version = versions_in_force(session, day, [code]).get(code)
        if version is None:
            raise GuideError(f"事项“{code}”在{day.isoformat()}无现行有效版本",
                             english=f"The matter “{code}” has no version in force on {day.isoformat()}.", field="matter")  # fmt: skip
        if not current({code: version}, day):
            raise _withdrawn(code, version)
        return read_source(session, code, version)


def guide_for(db: Database, matter_code: str, on: date | None = None) -> GuideData:
    """The guide of the version in force on `on` (default today)."""
    return data_of(source_for(db, matter_code, on))
