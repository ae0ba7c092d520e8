"""The catalogue as everyone reads it and administrators change it.

Reading (any role): search matters by name, code or pinyin initials; a matter's versions; what
changed between two versions, field by field and material by material. Changing (administrator
only): preview every change a catalogue directory would make, then import exactly that preview.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..core.catalogue_terms import DELIVERIES, MEDIA, MODES
from ..core.errors import DomainError
from ..core.matter_search import match_matter
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
    field: str  # dotted key, e.g. "limits.promised_days"
    label: str  # Chinese label for the clerk
    before: str
    after: str


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

    def lines(self) -> list[str]:
        """Human-readable lines, one per change (for the preview and logs)."""
        out = [f"{c.label}：{c.before or '（无）'} → {c.after or '（无）'}" for c in self.fields]
        out += [f"新增材料：{n}" for n in self.materials_added]
        out += [f"删除材料：{n}" for n in self.materials_removed]
        for m in self.materials_changed:
            out += [f"材料“{m.name}”{c.label}：{c.before} → {c.after}" for c in m.changes]
        return out


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


# --- field labels ----------------------------------------------------------------------------

FIELD_LABELS: dict[str, str] = {
    "name": "事项名称", "name_en": "英文名称", "type": "事项类型", "department": "实施部门",
    "effective_from": "施行日期", "legal_basis": "设定依据", "implementing_basis": "实施依据",
    "conditions": "受理条件", "prohibitions": "禁止性要求", "questions": "情形问题",
    "process": "办理流程", "modes": "办理方式", "limits.statutory_days": "法定办结时限",
    "limits.promised_days": "承诺办结时限", "limits.on_the_spot": "即办",
    "fees": "收费", "intermediaries": "中介服务", "commitment.allowed": "允许告知承诺",
    "commitment.verification_days": "承诺核查期限", "result.name": "办理结果",
    "result.name_en": "办理结果（英文）", "result.delivery": "送达方式", "visits": "到现场次数",
    "place": "办理地点", "hours": "办理时间", "phones.consult": "咨询电话",
    "phones.complaint": "监督投诉电话", "rights": "权利和义务", "faq": "常见问题",
    "enterprise_category": "主体类别", "registration_kind": "登记类型",
}  # fmt: skip
MATERIAL_LABELS: dict[str, str] = {
    "name": "名称", "name_en": "英文名称", "original": "原件/复印件", "copies": "份数",
    "medium": "纸质/电子", "source": "来源渠道", "required": "必要性", "condition": "适用情形",
    "commitment_replaceable": "可承诺替代", "legal_basis": "依据", "sample": "样表",
}  # fmt: skip


def _show(key: str, value: Any) -> str:
    """A value as the administrator reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if key == "original":
            return "原件" if value else "复印件"
        return "是" if value else "否"
    if key == "medium":
        return MEDIA.get(value, str(value))
    if key == "modes":
        return "、".join(MODES.get(v, v) for v in value)
    if key == "result.delivery":
        return "、".join(DELIVERIES.get(v, v) for v in value)
    if isinstance(value, list | tuple):
        parts = []
        for v in value:
            if isinstance(v, Mapping):
                if "law" in v:
                    parts.append(f"{v['law']}{v['article']}")
                elif "q" in v:
                    parts.append(f"问：{v['q']} 答：{v['a']}")
                elif "text" in v:
                    parts.append(f"{v['key']}：{v['text']}")
                else:
                    parts.append(str(dict(v)))
            else:
                parts.append(str(v))
        return "；".join(parts)
    return str(value)


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
    b = _flat({k: v for k, v in before.items() if k != "materials"})
    a = _flat({k: v for k, v in after.items() if k != "materials"})
    fields_ = []
    for key in sorted(set(a) | set(b), key=lambda k: (list(FIELD_LABELS).index(k)
                                                     if k in FIELD_LABELS else 99, k)):  # fmt: skip
        if b.get(key) != a.get(key):
            fields_.append(FieldChange(key, FIELD_LABELS.get(key, key), _show(key, b.get(key)),
                                       _show(key, a.get(key))))  # fmt: skip
    mb = {m["key"]: m for m in before.get("materials") or ()}
    ma = {m["key"]: m for m in after.get("materials") or ()}
    added = tuple(ma[k]["name"] for k in ma if k not in mb)
    removed = tuple(mb[k]["name"] for k in mb if k not in ma)
    changed = []
    for k in ma:
        if k in mb and ma[k] != mb[k]:
            ch = tuple(
                FieldChange(f, MATERIAL_LABELS.get(f, f), _show(f, mb[k].get(f)),
                            _show(f, ma[k].get(f)))
                for f in MATERIAL_LABELS if mb[k].get(f) != ma[k].get(f)
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
