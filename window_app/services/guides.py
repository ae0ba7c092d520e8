"""Service guides (办事指南) and the printable catalogue, from the matter version in force.

One source of truth: the guide is built from ``MatterVersion.definition``, the same frozen JSON the
checklist and the one-time notice use, so a material renamed in the catalogue reads the same on
all three. ``guide_data`` is the pure mapping; ``guide_for`` reads the version in force on a day;
``render_guide_pdf`` / ``render_all_guides`` / ``render_catalogue_pdf`` render and audit a print.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import printing
from printing import (
    CatalogueListData,
    CatalogueMatter,
    DocumentHeader,
    GuideData,
    GuideMaterial,
    GuideSample,
)
from printing import Fee as PrintedFee

from ..core.catalogue_terms import DELIVERIES, MEDIA, MODES
from ..core.errors import DomainError
from ..core.suspensions import label as suspension_label
from ..core.time_limits import stored_definition, unit_text
from ..storage.database import Database
from ..storage.models import Department, Fee, Matter, MatterVersion
from . import audit, documents, hall_settings
from .context import Actor, Role

if TYPE_CHECKING:
    from ..core.catalogue import Catalogue, Intermediary
    from ..core.catalogue import Matter as MatterDef

VARIANTS = ("a4", "trifold", "large")
VARIANT_LABELS = {"a4": "A4（一至两页）", "trifold": "三折页", "large": "大字版"}
ALL_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)

# 行政复议 is heard by the people's government at the department's level (行政复议法 2023, art. 24).
_REVIEW_BODIES = {
    "440800": "湛江市人民政府",
    "440802": "湛江市赤坎区人民政府",
    "440803": "湛江市霞山区人民政府",
}
REMEDIES = (
    "申请人对行政机关作出的决定不服的，可以自知道或者应当知道该行政行为之日起六十日内"
    "向{review_body}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自知道或者应当知道"
    "作出行政行为之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。"
)


class GuideError(DomainError):
    """Unknown matter, no version in force, a fee outside the catalogue, a bad variant."""


@dataclass(frozen=True)
class GuideDepartment:
    """The implementing department as the guide prints it (实施主体 down to the window)."""

    code: str
    name: str
    window: str = ""
    division_code: str = ""
    address: str = ""
    phone: str = ""  # consultation phone (hall settings: the department's, else the hall's)
    complaint_phone: str = ""  # hall settings
    hours: str = ""  # the hall's opening hours (hall settings); "" falls back to the matter's


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


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    seconds: float = 0.0


# --- the pure mapping ------------------------------------------------------------------------


def _basis(items: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for b in items:
        law, article = (b.law, b.article) if hasattr(b, "law") else (b["law"], b["article"])
        out.append(f"{law}{article}")
    return tuple(out)


def condition_text(question: str) -> str:
    """ "是否使用集中空调通风系统？" -> "使用集中空调通风系统的" (when a conditional item is needed)."""
    q = question.strip().rstrip("？?").strip()
    if q.startswith("是否"):
        return f"{q[2:]}的"
    return q


def days_text(days: int | None, unit: str = "working_days") -> str:
    if days is None:
        return "无法定办结时限"
    return unit_text(days, unit)


def promised_text(days: int, on_the_spot: bool, unit: str = "working_days") -> str:
    if on_the_spot or days == 0:
        return "即办（材料齐全、符合法定形式的当场办结）"
    return unit_text(days, unit)


def limit_text(limit: Mapping[str, Any] | None) -> str:
    """A limit of the definition ({"value": 3, "unit": "months", "basis": …}) as printed."""
    if not limit:
        return "无法定办结时限"
    text = unit_text(limit["value"], limit["unit"])
    if limit["unit"] != "working_days":
        text += "（届满日为法定节假日的，顺延至其后第一个工作日）"
    if limit.get("basis"):
        text += f"（{limit['basis']}）"
    return text


HEARING_TEXT = "听证（《行政许可法》第四十六、四十七条）"


def excluded_time_text(steps: Iterable[Any]) -> str:
    """行政许可法 art. 45: the steps whose time is not counted in the limit, printed with it —
    the matter's declared steps, and a hearing, which arts. 46-47 allow for any matter."""
    parts = []
    declared = []
    for step in steps:
        s = step if isinstance(step, Mapping) else step.model_dump()
        declared.append(s["step"])
        label = suspension_label(s["step"])
        parts.append(f"{label}（{s['basis']}" + (f"；{s['note']}" if s.get("note") else "") + "）")
    if "hearing" not in declared:
        parts.append(HEARING_TEXT)
    return "不计入办结时限的环节（时限中止并书面告知）：" + "；".join(parts)


def visits_text(visits: int) -> str:
    if visits == 0:
        return "0次（无需到现场）"
    return f"最多{visits}次"


def intermediary_text(item: Intermediary | str) -> str:
    if isinstance(item, str):
        return item
    return f"{item.name}（{item.provider_requirement}；收费：{item.fee_basis}）"


def material_of(
    m: Any, questions: Mapping[str, str], questions_en: Mapping[str, str] | None = None
) -> GuideMaterial:
    condition = condition_en = ""
    if m.condition:
        condition = condition_text(questions.get(m.condition, m.condition))
        condition_en = (questions_en or {}).get(m.condition, "")
    return GuideMaterial(
        name=m.name,
        form="原件" if m.original else "复印件",
        copies=m.copies,
        medium=MEDIA[m.medium],
        source=m.source,
        commitment_ok=m.commitment_replaceable,
        sample="附样表" if getattr(m, "sample_form", None) is not None else "",
        required=m.required,
        condition=condition,
        name_en=getattr(m, "name_en", "") or "",
        condition_en=condition_en,
    )


def guide_data(
    matter_version_definition: Mapping[str, Any] | MatterDef,
    department: GuideDepartment,
    fees: Sequence[PrintedFee],
    intermediaries: Sequence[Intermediary | str],
    catalogue_version: str,
    effective_on: date,
) -> GuideData:
    """Map every element of a service guide (STANDARDS.md) from one frozen matter definition."""
    from ..core.catalogue import Matter as MatterDef  # pydantic: loaded when first needed

    m = (
        matter_version_definition
        if isinstance(matter_version_definition, MatterDef)
        else MatterDef.from_json_dict(matter_version_definition)
    )
    questions = {q.key: q.text for q in m.questions}
    questions_en = {q.key: q.text_en for q in m.questions}
    setting = _basis(m.legal_basis)
    implementing = _basis(m.implementing_basis) or ("同设定依据",)
    rights = list(m.rights)
    if m.commitment.allowed:
        rights.append(
            "本事项可选择告知承诺制办理：申请人书面承诺符合条件的，标注“可承诺替代”的材料可免于提交，"
            f"行政机关在{m.commitment.verification_days}个工作日内核查；承诺不实的依法承担责任。"
        )
    statutory_text = limit_text(
        m.limits.statutory.model_dump() if m.limits.statutory is not None else None
    )
    if m.limits.statutory is not None:  # no limit, nothing to pause
        statutory_text += "。" + excluded_time_text(m.excluded_time)
    review_body = _REVIEW_BODIES.get(department.division_code, "本级人民政府")
    window = department.window or m.place
    return GuideData(
        matter_name=m.name,
        matter_code=m.code,
        matter_type=m.type,
        department=department.name,
        window=window,
        setting_basis=setting,
        implementing_basis=implementing,
        conditions=m.conditions,
        prohibitions=m.prohibitions,
        materials=tuple(material_of(x, questions, questions_en) for x in m.materials),
        process_steps=m.process,
        channels=tuple(MODES[x] for x in m.modes),
        statutory_limit=statutory_text,
        promised_limit=promised_text(
            m.limits.promised.value, m.limits.on_the_spot, m.limits.promised.unit
        ),
        result_name=m.result.name,
        delivery_methods="、".join(DELIVERIES[x] for x in m.result.delivery),
        location=m.place,
        hours=department.hours or m.hours,
        consult_phone=department.phone,
        complaint_phone=department.complaint_phone,
        visits=visits_text(m.visits),
        rights_obligations=tuple(rights),
        remedies=REMEDIES.format(review_body=review_body),
        catalogue_version=catalogue_version,
        effective_on=effective_on,
        fees=tuple(fees),
        intermediaries=tuple(intermediary_text(i) for i in intermediaries),
        faq=tuple((f.q, f.a) for f in m.faq),
        matter_name_en=m.name_en,
        samples=tuple(sample_of(x) for x in m.materials if x.sample_form is not None),
    )


def sample_of(m: Any) -> GuideSample:
    """The 填写样例 a material carries (附样表)."""
    form = m.sample_form
    return GuideSample(
        material=m.name,
        material_en=getattr(m, "name_en", "") or "",
        rows=tuple((r.label, r.example, r.note or "") for r in form.rows),
        notes=tuple(form.notes),
    )


# --- reading the version in force ------------------------------------------------------------


@lru_cache(maxsize=1)
def _reference() -> Catalogue:
    """Reference data the database does not keep (intermediaries, department windows)."""
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    return load_catalogue()


def _versions_in_force(
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


def _value_unit(limit: Mapping[str, Any] | None) -> tuple[int | None, str]:
    return (limit["value"], limit["unit"]) if limit else (None, "working_days")


def _current(versions: dict[str, MatterVersion], day: date) -> dict[str, MatterVersion]:
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


def _source(session: Session, code: str, version: MatterVersion) -> GuideSource:
    definition = dict(version.definition)
    ref = _reference()
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


def _data(src: GuideSource) -> GuideData:
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
        version = _versions_in_force(session, day, [code]).get(code)
        if version is None:
            raise GuideError(f"事项“{code}”在{day.isoformat()}无现行有效版本",
                             english=f"The matter “{code}” has no version in force on {day.isoformat()}.", field="matter")  # fmt: skip
        if not _current({code: version}, day):
            raise _withdrawn(code, version)
        return _source(session, code, version)


def guide_for(db: Database, matter_code: str, on: date | None = None) -> GuideData:
    """The guide of the version in force on `on` (default today)."""
    return _data(source_for(db, matter_code, on))


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
        versions = _current(_versions_in_force(session, day), day)
        sources = [_source(session, code, v) for code, v in sorted(versions.items())]
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
            path.write_bytes(printing.render_guide(_data(src), variant, english))
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


def catalogue_list_data(
    db: Database, *, on: date | None = None, actor: Actor | None = None
) -> CatalogueListData:
    day = on or date.today()
    with db.reading() as session:
        versions = _current(_versions_in_force(session, day), day)
        sources = [_source(session, code, v) for code, v in sorted(versions.items())]
        fee_rows = [  # the fee catalogue in force: a withdrawn fee is no longer charged
            f
            for f in session.scalars(select(Fee).order_by(Fee.code))
            if f.withdrawn_from is None or f.withdrawn_from > day
        ]
        fees = tuple(PrintedFee(f.name, f.standard, f.legal_basis) for f in fee_rows)
    matters = []
    for s in sources:
        limits = stored_definition(s.definition)["limits"]
        matters.append(
            CatalogueMatter(
                code=s.code,
                name=s.definition["name"],
                matter_type=s.definition["type"],
                department=s.department.name,
                statutory_limit=days_text(*_value_unit(limits.get("statutory"))),
                promised_limit="即办"
                if limits.get("on_the_spot") or limits["promised"]["value"] == 0
                else days_text(*_value_unit(limits["promised"])),
                fee="、".join(f.name for f in s.fees) or "不收费",
            )
        )
    inters = tuple(
        (i.name, i.provider_requirement, i.fee_basis) for i in _reference().intermediaries.values()
    )
    latest = max((s.effective_from for s in sources), default=day)
    with db.reading() as session:
        settings = hall_settings.read_settings(session)
    hall_settings.require_settings(
        settings, None, only=("hall_name", "consultation_phones", "complaint_phones")
    )
    header = DocumentHeader(
        doc_number=f"ML-{day:%Y%m%d}",
        issued_on=day,
        authority=settings.hall_name,
        window=(actor.window_number if actor else "") or documents.NO_WINDOW,
        clerk=documents.clerk_name(actor) if actor else documents.CLI_CLERK,
        consult_phone=hall_settings.consultation_phone(settings, None),
        complaint_phone=hall_settings.complaint_phone(settings, None),
        catalogue_version=f"{len(matters)}项事项，最近施行日期{latest.isoformat()}，"
        f"按{day.isoformat()}现行有效版本",
    )
    return CatalogueListData(header=header, matters=tuple(matters), fees=fees,
                             intermediaries=inters)  # fmt: skip


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
