"""The catalogue as everyone reads it and administrators change it.

Reading (any role): search matters by name, code or pinyin initials; a matter's versions; what
changed between two versions, field by field and material by material. Changing (administrator
only): preview every change a catalogue directory would make, then import exactly that preview.

A change names its field by a stable key and gives the field's name and both values in Chinese
and English (`Term`s; the screens pick the UI's language): the names of the fields and the words
of the closed vocabularies (是/否, 原件/复印件, media, modes, delivery methods …) are in both
languages, the catalogue's own data (names, legal texts, fees …) stays as written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..core.catalogue_terms import (
    DELIVERY_TERMS,
    ENTERPRISE_CATEGORY_TERMS,
    LIMIT_UNIT_TERMS,
    MEDIUM_TERMS,
    MODE_TERMS,
    REGISTRATION_KIND_TERMS,
    WITHDRAWAL_KIND_TERMS,
    Term,
    matter_type_term,
)
from ..core.errors import DomainError
from ..core.matter_search import match_matter
from ..core.time_limits import stored_definition
from ..storage.database import Database
from ..storage.models import Department, Matter, MatterVersion
from . import catalogue_import
from .context import Actor, Role


class CatalogueBrowseError(DomainError):
    pass


@dataclass(frozen=True)
class MatterRow:
    code: str
    name: str
    matter_type: str
    department: str
    version: int
    effective_from: date
    versions: int
    pinyin: str = ""
    withdrawn_from: date | None = None  # set when the matter has ended by the day listed


@dataclass(frozen=True)
class VersionRow:
    version: int
    effective_from: date
    imported_at: datetime
    name: str
    content_hash: str
    materials: int


@dataclass(frozen=True)
class FieldChange:
    field: str  # dotted key, e.g. "limits.promised.value" (a material's field: e.g. "copies")
    name: Term  # the field's name
    before: Term  # the value as the administrator reads it ("" for none)
    after: Term


@dataclass(frozen=True)
class MaterialChange:
    key: str
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class VersionDiff:
    fields: tuple[FieldChange, ...] = ()
    materials_added: tuple[str, ...] = ()  # material names
    materials_removed: tuple[str, ...] = ()
    materials_changed: tuple[MaterialChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.fields or self.materials_added or self.materials_removed
                    or self.materials_changed)  # fmt: skip


@dataclass(frozen=True)
class MatterPreview:
    code: str
    name: str
    status: str  # "new" | "changed" | "unchanged"
    diff: VersionDiff = VersionDiff()


@dataclass
class ImportPreview:
    directory: Path
    fingerprint: str  # of the directory's content; the import refuses if it changed since
    issues: list[str] = field(default_factory=list)
    matters: list[MatterPreview] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.issues

    @property
    def changes(self) -> list[MatterPreview]:
        return [m for m in self.matters if m.status != "unchanged"]


# --- field names and values ------------------------------------------------------------------

FIELDS: dict[str, Term] = {  # in the order a diff lists them
    "name": Term("事项名称", "Matter name"),
    "name_en": Term("英文名称", "English name"),
    "type": Term("事项类型", "Matter type"),
    "department": Term("实施部门", "Department"),
    "effective_from": Term("施行日期", "Effective from"),
    "legal_basis": Term("设定依据", "Legal basis (creating)"),
    "implementing_basis": Term("实施依据", "Legal basis (implementing)"),
    "conditions": Term("受理条件", "Conditions"),
    "prohibitions": Term("禁止性要求", "Prohibitions"),
    "questions": Term("情形问题", "Questions"),
    "process": Term("办理流程", "Procedure"),
    "modes": Term("办理方式", "How to apply"),
    "limits.statutory": Term("法定办结时限", "Statutory time limit"),
    "limits.statutory.value": Term("法定办结时限", "Statutory time limit"),
    "limits.statutory.unit": Term("法定时限单位", "Statutory time limit unit"),
    "limits.statutory.basis": Term("法定时限依据", "Statutory time limit basis"),
    "limits.promised.value": Term("承诺办结时限", "Promised time limit"),
    "limits.promised.unit": Term("承诺时限单位", "Promised time limit unit"),
    "limits.on_the_spot": Term("即办", "Done on the spot"),
    "excluded_time": Term("不计入时限的环节", "Time not counted in the limit"),
    "fees": Term("收费", "Fees"),
    "intermediaries": Term("中介服务", "Intermediary services"),
    "commitment.allowed": Term("允许告知承诺", "Commitment allowed"),
    "commitment.verification_days": Term("承诺核查期限", "Commitment verified within (days)"),
    "result.name": Term("办理结果", "Result"),
    "result.name_en": Term("办理结果（英文）", "Result (English)"),
    "result.delivery": Term("送达方式", "Delivery"),
    "visits": Term("到现场次数", "Visits in person"),
    "place": Term("办理地点", "Place"),
    "hours": Term("办理时间", "Opening hours"),
    "phones.consult": Term("咨询电话", "Enquiries phone"),
    "phones.complaint": Term("监督投诉电话", "Complaints phone"),
    "rights": Term("权利和义务", "Rights and duties"),
    "faq": Term("常见问题", "FAQ"),
    "enterprise_category": Term("主体类别", "Entity category"),
    "registration_kind": Term("登记类型", "Registration kind"),
    "withdrawal": Term("停止办理", "Withdrawal"),
    "withdrawal.withdrawn_from": Term("停止办理日期", "Withdrawn from"),
    "withdrawal.kind": Term("停止办理方式", "How it ended"),
    "withdrawal.reason": Term("停止办理原因", "Why it ended"),
    "withdrawal.basis": Term("停止办理依据", "Basis of the withdrawal"),
    "withdrawal.replaced_by": Term("承接事项", "Replaced by"),
    "withdrawal.replacement": Term("承接办理方式", "What replaces it"),
    "credit_rule": Term("信用惩戒处理", "Credit-list rule"),
}
CREDIT_RULE_TERMS = {
    "refuse_commitment": Term("不适用告知承诺制", "No commitment-based approval"),
    "extra_review": Term("受理并加强审查", "Accept with closer review"),
    "inform": Term("仅作提示", "Information only"),
}
MATERIAL_FIELDS: dict[str, Term] = {  # a material's fields, in the order a diff lists them
    "name": Term("名称", "Name"),
    "name_en": Term("英文名称", "English name"),
    "original": Term("原件/复印件", "Original/copy"),
    "copies": Term("份数", "Copies"),
    "medium": Term("纸质/电子", "Paper/electronic"),
    "source": Term("来源渠道", "Where to get it"),
    "required": Term("必要性", "Required"),
    "condition": Term("适用情形", "Applies when"),
    "commitment_replaceable": Term("可承诺替代", "Commitment may replace"),
    "gap_tolerable": Term("可容缺", "May follow later (minor gap)"),
    "legal_basis": Term("依据", "Legal basis"),
    "sample": Term("样表", "Sample form"),
    "sample_form": Term("填写样例", "Filled-in sample"),
    "required_where": Term("按规定需要的情形", "Required where the rules require it"),
}
VOCABULARIES: dict[str, dict[str, Term]] = {  # fields whose values come from a closed list
    "medium": MEDIUM_TERMS,
    "modes": MODE_TERMS,
    "result.delivery": DELIVERY_TERMS,
    "enterprise_category": ENTERPRISE_CATEGORY_TERMS,
    "registration_kind": REGISTRATION_KIND_TERMS,
    "credit_rule": CREDIT_RULE_TERMS,
    "limits.statutory.unit": LIMIT_UNIT_TERMS,
    "limits.promised.unit": LIMIT_UNIT_TERMS,
    "withdrawal.kind": WITHDRAWAL_KIND_TERMS,
}
YES, NO = Term("是", "Yes"), Term("否", "No")
ORIGINAL, COPY = Term("原件", "Original"), Term("复印件", "Copy")


def _text(key: str, value: Any, lang: str) -> str:
    """A value as the administrator reads it, in `lang` ("zh" or "en")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if key == "original":
            return (ORIGINAL if value else COPY).text(lang)
        return (YES if value else NO).text(lang)
    if key == "type":
        return matter_type_term(str(value)).text(lang)
    zh = lang != "en"
    if key in VOCABULARIES:
        terms = VOCABULARIES[key]
        words = value if isinstance(value, list | tuple) else (value,)
        return ("、" if zh else ", ").join(
            terms[w].text(lang) if w in terms else str(w) for w in words
        )
    if isinstance(value, list | tuple):
        parts = []
        for v in value:
            if isinstance(v, Mapping):
                if "law" in v:
                    parts.append(f"{v['law']}{v['article']}")
                elif "q" in v:
                    parts.append(f"问：{v['q']} 答：{v['a']}" if zh else f"Q: {v['q']} A: {v['a']}")
                elif "step" in v:
                    parts.append(f"{v['step']}{'：' if zh else ': '}{v['basis']}")
                elif "text" in v:
                    parts.append(f"{v['key']}{'：' if zh else ': '}{v['text']}")
                else:
                    parts.append(str(dict(v)))
            else:
                parts.append(str(v))
        return ("；" if zh else "; ").join(parts)
    return str(value)


def _change(key: str, names: Mapping[str, Term], before: Any, after: Any) -> FieldChange:
    return FieldChange(
        key,
        names.get(key, Term(key, key)),
        Term(_text(key, before, "zh"), _text(key, before, "en")),
        Term(_text(key, after, "zh"), _text(key, after, "en")),
    )


def _flat(d: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping):
            out.update(_flat(v, f"{key}."))
        else:
            out[key] = v
    return out


def diff_definitions(before: Mapping[str, Any], after: Mapping[str, Any]) -> VersionDiff:
    """Field-by-field difference of two frozen matter definitions (JSON dicts)."""
    before, after = stored_definition(before), stored_definition(after)  # limits with units
    b = _flat({k: v for k, v in before.items() if k != "materials"})
    a = _flat({k: v for k, v in after.items() if k != "materials"})
    order = {key: i for i, key in enumerate(FIELDS)}
    fields_ = [
        _change(key, FIELDS, b.get(key), a.get(key))
        for key in sorted(set(a) | set(b), key=lambda k: (order.get(k, len(order)), k))
        if b.get(key) != a.get(key)
    ]
    mb = {m["key"]: m for m in before.get("materials") or ()}
    ma = {m["key"]: m for m in after.get("materials") or ()}
    added = tuple(ma[k]["name"] for k in ma if k not in mb)
    removed = tuple(mb[k]["name"] for k in mb if k not in ma)
    changed = []
    for k in ma:
        if k in mb and ma[k] != mb[k]:
            ch = tuple(
                _change(f, MATERIAL_FIELDS, mb[k].get(f), ma[k].get(f))
                for f in MATERIAL_FIELDS if mb[k].get(f) != ma[k].get(f)
            )  # fmt: skip
            changed.append(MaterialChange(k, ma[k]["name"], ch))
    return VersionDiff(tuple(fields_), added, removed, tuple(changed))


# --- reading ---------------------------------------------------------------------------------


def list_matters(db: Database, query: str = "", *, on: date | None = None) -> list[MatterRow]:
    """Matters (the version in force on the day, or the first one if none is in force yet)."""
    day = on or date.today()
    with db.reading() as session:
        rows = session.execute(
            select(Matter.code, Department.name, MatterVersion)
            .join(MatterVersion, MatterVersion.matter_id == Matter.id)
            .join(Department, Department.id == Matter.department_id)
            .order_by(Matter.code, MatterVersion.version)
        ).all()
        current: dict[str, tuple[str, MatterVersion]] = {}
        counts: dict[str, int] = {}
        for code, dept, v in rows:
            counts[code] = counts.get(code, 0) + 1
            if code not in current or v.effective_from <= day:
                current[code] = (dept, v)
        from ..core.catalogue import Matter as MatterDef  # pydantic: loaded when first needed

        defs = {code: MatterDef.from_json_dict(v.definition) for code, (_, v) in current.items()}
        out = {
            code: MatterRow(
                code,
                v.name,
                v.matter_type,
                dept,
                v.version,
                v.effective_from,
                counts[code],
                v.pinyin,
                v.withdrawn_from if v.withdrawn_from and v.withdrawn_from <= day else None,
            )  # fmt: skip
            for code, (dept, v) in current.items()
        }
    if query.strip():
        return [out[m.code] for m in match_matter(query, defs)]
    return [out[c] for c in sorted(out)]


def matter_versions(db: Database, matter_code: str) -> list[VersionRow]:
    with db.reading() as session:
        matter = session.scalars(select(Matter).where(Matter.code == matter_code)).first()
        if matter is None:
            raise CatalogueBrowseError(f"事项编码“{matter_code}”不存在",
                                       english=f"There is no matter with the code “{matter_code}”.")  # fmt: skip
        return [
            VersionRow(
                v.version,
                v.effective_from,
                v.imported_at,
                v.name,
                v.content_hash,
                len(v.definition.get("materials") or ()),
            )  # fmt: skip
            for v in matter.versions
        ]


def _definition(session: Any, code: str, version: int) -> dict[str, Any]:
    row = session.scalars(
        select(MatterVersion)
        .join(Matter)
        .where(Matter.code == code, MatterVersion.version == version)
    ).first()
    if row is None:
        raise CatalogueBrowseError(f"事项“{code}”没有第{version}版",
                                   english=f"The matter “{code}” has no version {version}.")  # fmt: skip
    return dict(row.definition)


def diff_versions(db: Database, matter_code: str, before: int, after: int) -> VersionDiff:
    with db.reading() as session:
        return diff_definitions(_definition(session, matter_code, before),
                                _definition(session, matter_code, after))  # fmt: skip


# --- changing (administrator) ----------------------------------------------------------------


def _fingerprint(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*.y*ml")):
        h.update(path.relative_to(directory).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def preview_import(db: Database, actor: Actor, directory: Path | str) -> ImportPreview:
    """Every change importing `directory` would make, without making it (administrator only)."""
    actor.require(Role.ADMINISTRATOR)
    directory = Path(directory)
    if not directory.is_dir():
        raise CatalogueBrowseError(
            f"目录不存在：{directory}", english=f"The directory does not exist: {directory}"
        )
    preview = ImportPreview(directory, _fingerprint(directory))
    from ..core.catalogue import (  # pydantic: loaded when first needed
        CatalogueError,
        load_catalogue,
        validate_catalogue,
    )

    issues = validate_catalogue(directory)
    if issues:
        preview.issues = [str(i) for i in issues]
        return preview
    try:
        catalogue = load_catalogue(directory)
    except CatalogueError as exc:  # pragma: no cover (validate_catalogue found nothing)
        preview.issues = [str(i) for i in exc.issues]
        return preview
    with db.reading() as session:
        plan = catalogue_import.plan_import(session, catalogue)
        for code, matter in catalogue.matters.items():
            if code in plan.new_matters:
                preview.matters.append(MatterPreview(code, matter.name, "new"))
            elif code in plan.changed_matters:
                latest = session.scalars(
                    select(MatterVersion).join(Matter).where(Matter.code == code)
                    .order_by(MatterVersion.version.desc()).limit(1)
                ).first()  # fmt: skip
                diff = diff_definitions(dict(latest.definition), matter.to_json_dict())
                preview.matters.append(MatterPreview(code, matter.name, "changed", diff))
            else:
                preview.matters.append(MatterPreview(code, matter.name, "unchanged"))
    return preview


def apply_import(
    db: Database, actor: Actor, preview: ImportPreview, *, effective_from: date | None = None
) -> catalogue_import.ImportPlan:
    """Import exactly what was previewed; refuse if the directory changed in the meantime."""
    actor.require(Role.ADMINISTRATOR)
    if not preview.valid:
        raise CatalogueBrowseError(
            "目录有错误，不能导入", english="The catalogue has errors and cannot be imported."
        )
    if _fingerprint(preview.directory) != preview.fingerprint:
        raise CatalogueBrowseError("预览后目录文件已被修改，请重新预览",
                                   english="The catalogue files have changed since the preview; please preview again.")  # fmt: skip
    return catalogue_import.import_catalogue(db, actor, preview.directory,
                                             effective_from=effective_from)  # fmt: skip
