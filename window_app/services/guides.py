"""Service guides (办事指南) and the printable catalogue: render them and record each print.

One source of truth: the guide is built from ``MatterVersion.definition``, the same frozen JSON the
checklist and the one-time notice use, so a material renamed in the catalogue reads the same on
all three. ``guide_mapping.guide_data`` is the pure mapping; ``guide_sources.guide_for`` reads the
version in force on a day; this module's ``render_guide_pdf`` / ``render_all_guides`` /
``render_catalogue_pdf`` render and audit a print (the catalogue's data: ``catalogue_listing``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

import printing

from ..storage.database import Database
from ..storage.models import Department, Matter
from . import audit, hall_settings
from .catalogue_listing import catalogue_list_data
from .context import Actor, Role
from .guide_sources import GuideError, current, data_of, guide_for, read_source, versions_in_force

VARIANTS = ("a4", "trifold", "large")
VARIANT_LABELS = {"a4": "A4（一至两页）", "trifold": "三折页", "large": "大字版"}
ALL_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    seconds: float = 0.0


def _check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise GuideError(
            f"版式应为 {'、'.join(VARIANTS)} 之一",
            english=f"The layout must be one of {', '.join(VARIANTS)}.",
        )


def guide_pdf(
    db: Database, matter_code: str, variant: str = "a4", english: bool = False,
    on: date | None = None,
) -> bytes:  # fmt: skip
    """Render without recording a print (for an on-screen preview)."""
    _check_variant(variant)
    data = guide_for(db, matter_code, on)
    with hall_settings.paper(db):
        return printing.render_guide(data, variant, english)


def samples_pdf(
    db: Database, matter_code: str, english: bool = False, on: date | None = None
) -> bytes:
    """The 附样表 of a matter's guide on their own (for the tri-fold leaflet); GuideError when
    the matter's forms have no sample."""
    data = guide_for(db, matter_code, on)
    if not data.samples:
        raise GuideError(
            f"事项{data.matter_code}没有附样表",
            english=f"Matter {data.matter_code} has no sample forms attached.",
        )
    with hall_settings.paper(db):
        return printing.render_guide_samples(data, english)


def record_guide_print(
    db: Database, actor: Actor, matter_code: str, variant: str, english: bool, *,
    target: str = "printer", copies: int = 1, count: int = 1,
) -> None:  # fmt: skip
    """Audit 'guide.print' (what was printed, in which layout, where to)."""
    actor.require(*ALL_ROLES)
    with db.transaction() as session:
        audit.record(session, actor, "guide.print", "matter", matter_code,
                     after={"variant": variant, "english": english, "target": target,
                            "copies": copies, "count": count})  # fmt: skip


def render_guide_pdf(
    db: Database, matter_code: str, variant: str = "a4", english: bool = False, *,
    actor: Actor, on: date | None = None, target: str = "file",
) -> bytes:  # fmt: skip
    """Render one guide and record the print."""
    actor.require(*ALL_ROLES)
    pdf = guide_pdf(db, matter_code, variant, english, on)
    record_guide_print(db, actor, matter_code.strip().upper(), variant, english, target=target)
    return pdf


def departments(db: Database) -> list[tuple[str, str]]:
    """(code, name) of departments that implement at least one matter, for the batch picker."""
    with db.reading() as session:
        rows = session.execute(
            select(Department.code, Department.name)
            .join(Matter, Matter.department_id == Department.id)
            .distinct()
            .order_by(Department.code)
        ).all()
    return [(c, n) for c, n in rows]


Progress = Callable[[int, int], bool | None]


def render_all_guides(
    db: Database, out_dir: Path | str, variant: str = "a4", department: str | None = None,
    progress: Progress | None = None, *, actor: Actor, english: bool = False,
    on: date | None = None,
) -> BatchResult:  # fmt: skip
    """One PDF per matter in force (optionally of one department) into `out_dir`.

    `progress(done, total)` is called before the first and after each guide; returning False
    cancels (files already written stay). One audit event records the batch.
    """
    actor.require(*ALL_ROLES)
    _check_variant(variant)
    started = time.perf_counter()
    day = on or date.today()
    with db.reading() as session:
        versions = current(versions_in_force(session, day), day)
        sources = [read_source(session, code, v) for code, v in sorted(versions.items())]
    if department:
        sources = [s for s in sources if s.department.code == department]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    result = BatchResult(total=len(sources))
    if progress is not None and progress(0, result.total) is False:
        result.cancelled = True
    for i, src in enumerate(sources, 1):
        if result.cancelled:
            break
        suffix = f"-{variant}" + ("-en" if english else "")
        path = out / f"{src.code}{suffix}.pdf"
        with hall_settings.paper(db):
            path.write_bytes(printing.render_guide(data_of(src), variant, english))
        result.files.append(path)
        if progress is not None and progress(i, result.total) is False and i < result.total:
            result.cancelled = True
    result.seconds = time.perf_counter() - started
    with db.transaction() as session:
        audit.record(session, actor, "guide.print", "catalogue", department or "*",
                     after={"variant": variant, "english": english, "target": "batch",
                            "count": len(result.files), "total": result.total,
                            "cancelled": result.cancelled})  # fmt: skip
    return result


# --- the catalogue listing (matters + fee catalogue + intermediaries) --------------------------


def render_catalogue_pdf(
    db: Database, *, actor: Actor, on: date | None = None, target: str = "file"
) -> bytes:
    """The catalogue of matters with the fee catalogue and the intermediary list; audited."""
    actor.require(*ALL_ROLES)
    data = catalogue_list_data(db, on=on, actor=actor)
    with hall_settings.paper(db):
        pdf = printing.render_catalogue(data)
    with db.transaction() as session:
        audit.record(session, actor, "catalogue.print", "catalogue", "*",
                     after={"target": target})  # fmt: skip
    return pdf
