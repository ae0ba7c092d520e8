"""The matter catalogue: schema, loader, validator and matter search.

The catalogue is plain YAML under ``resources/catalogue`` so that administrators can review it as
text and so that the same definition drives the checklist, the printed guide and the receipt
(work plan item 4: 同一事项同等条件无差别办理). Everything here is pure Python: no Qt, no database.

Layout of the catalogue directory::

    departments.yaml        departments:     [Department, ...]
    fees.yaml               fees:            [Fee, ...]          (收费目录清单, plan items 16-17)
    intermediaries.yaml     intermediaries:  [Intermediary, ...] (中介服务清单, plan item 5)
    scope_permits.yaml      scope_permits:   [ScopePermit, ...]  (先照后证/双告知, plan item 22)
    common_materials.yaml   agent_materials: [Material, ...]     (added when an agent applies)
    matters/<code>.yaml     one Matter per file
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .catalogue_terms import (
    DELIVERIES,
    ENTERPRISE_CATEGORIES,
    MATTER_TYPES,
    MEDIA,
    MODES,
    REGISTRATION_KINDS,
    default_catalogue_dir,
)

__all__ = [
    "MATTER_TYPES",
    "MEDIA",
    "MODES",
    "DELIVERIES",
    "ENTERPRISE_CATEGORIES",
    "REGISTRATION_KINDS",
    "Department",
    "Fee",
    "Intermediary",
    "ScopePermit",
    "LegalBasis",
    "Question",
    "Material",
    "Limits",
    "Commitment",
    "Result",
    "Phones",
    "FaqEntry",
    "Matter",
    "Catalogue",
    "CatalogueIssue",
    "CatalogueError",
    "default_catalogue_dir",
    "load_catalogue",
    "validate_catalogue",
]

CATALOGUE_FILES = {
    "departments": "departments.yaml",
    "fees": "fees.yaml",
    "intermediaries": "intermediaries.yaml",
    "scope_permits": "scope_permits.yaml",
    "agent_materials": "common_materials.yaml",
}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
MatterCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}-\d{4}$")]
FeeCode = Annotated[str, StringConstraints(pattern=r"^F-\d{3}$")]
DeptCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,10}$")]
NonNegative = Annotated[int, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Department(_Model):
    code: DeptCode
    name: Text
    name_en: Text
    division_code: Annotated[str, StringConstraints(pattern=r"^\d{6}$")]
    address: Text
    phone: Text
    window: Text


class Fee(_Model):
    code: FeeCode
    name: Text
    name_en: Text
    legal_basis: Text
    standard: Text
    amount_yuan: Decimal | None = None
    payer: Text
    scope: Text

    @field_validator("amount_yuan")
    @classmethod
    def _cents(cls, v: Decimal | None) -> Decimal | None:
        # Normalise to fen so 10 and 10.0 in YAML are the same amount.
        if v is None:
            return None
        if v < 0:
            raise ValueError("金额不能为负数 (amount must not be negative)")
        return v.quantize(Decimal("0.01"))


class Intermediary(_Model):
    code: Annotated[str, StringConstraints(pattern=r"^I-\d{3}$")]
    name: Text
    name_en: Text
    provider_requirement: Text
    fee_basis: Text


class ScopePermit(_Model):
    keyword: Text
    permit: Text
    permit_en: Text
    department: DeptCode
    matter: MatterCode | None = None


class LegalBasis(_Model):
    law: Text
    article: Text


class Question(_Model):
    key: Slug
    text: Text
    text_en: Text


class Material(_Model):
    """One item of 申请材料. ``condition`` names a question: the item is needed when it is yes."""

    key: Slug
    name: Text
    name_en: Text
    original: bool
    copies: Annotated[int, Field(ge=1)] = 1
    medium: Literal["paper", "electronic", "either"] = "paper"
    source: Text
    required: bool = True
    condition: Slug | None = None
    commitment_replaceable: bool = False
    legal_basis: str | None = None
    sample: bool = False


class Limits(_Model):
    statutory_days: NonNegative | None
    promised_days: NonNegative
    on_the_spot: bool = False


class Commitment(_Model):
    allowed: bool = False
    verification_days: Annotated[int, Field(ge=1)] | None = None


class Result(_Model):
    name: Text
    name_en: Text
    delivery: Annotated[tuple[Literal["window", "post", "electronic"], ...], Field(min_length=1)]


class Phones(_Model):
    consult: Text
    complaint: Text


class FaqEntry(_Model):
    q: Text
    a: Text


def _matter_rule_issues(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Relational checks inside one matter, as (key, message).

    They work on the raw mapping so that a file with a schema error still gets these checks
    reported in the same pass; ``Matter`` runs them again so no invalid Matter can be built.
    """
    out: list[tuple[str, str]] = []

    def items(name: str) -> list[tuple[int, Mapping[str, Any]]]:
        seq = raw.get(name)
        if not isinstance(seq, list | tuple):
            return []
        return [(i, x) for i, x in enumerate(seq) if isinstance(x, Mapping)]

    question_keys: set[str] = set()
    for i, q in items("questions"):
        k = q.get("key")
        if isinstance(k, str):
            if k in question_keys:
                out.append((f"questions[{i}].key", f"问题键 {k} 重复 (duplicate question key)"))
            question_keys.add(k)

    material_keys: set[str] = set()
    for i, m in items("materials"):
        k = m.get("key")
        if isinstance(k, str):
            if k in material_keys:
                out.append((f"materials[{i}].key", f"材料键 {k} 重复 (duplicate material key)"))
            material_keys.add(k)
        cond = m.get("condition")
        if cond is not None:
            if cond not in question_keys:
                out.append(
                    (
                        f"materials[{i}].condition",
                        f"未知问题键 {cond} (unknown question key)",
                    )
                )
            if m.get("required", True) is True:
                out.append(
                    (
                        f"materials[{i}].required",
                        "有条件的材料应标为 required: false，回答“是”时才需要 "
                        "(a conditional material must have required: false)",
                    )
                )

    limits = raw.get("limits")
    if isinstance(limits, Mapping):
        stat, prom = limits.get("statutory_days"), limits.get("promised_days")
        if isinstance(stat, int) and isinstance(prom, int) and prom > stat >= 0:
            out.append(
                (
                    "limits.promised_days",
                    f"承诺时限 {prom} 天超过法定时限 {stat} 天 (promised_days > statutory_days)",
                )
            )
        if limits.get("on_the_spot") is True and isinstance(prom, int) and prom != 0:
            out.append(
                (
                    "limits.promised_days",
                    "当场办结的承诺时限应为 0 (on_the_spot requires promised_days: 0)",
                )
            )

    commitment = raw.get("commitment")
    allowed = isinstance(commitment, Mapping) and commitment.get("allowed") is True
    if allowed and commitment.get("verification_days") is None:
        out.append(
            (
                "commitment.verification_days",
                "允许告知承诺时必须规定核查期限 (verification_days required when commitment allowed)",
            )
        )
    if not allowed:
        for i, m in items("materials"):
            if m.get("commitment_replaceable") is True:
                out.append(
                    (
                        f"materials[{i}].commitment_replaceable",
                        "事项不允许告知承诺，材料不能以承诺替代 "
                        "(commitment not allowed for this matter)",
                    )
                )

    if raw.get("registration_kind") is not None and raw.get("enterprise_category") is None:
        out.append(
            (
                "enterprise_category",
                "登记类事项必须指明主体类别 (registration_kind requires enterprise_category)",
            )
        )
    return out


class Matter(_Model):
    """One matter (事项) and everything its service guide, checklist and receipt need."""

    code: MatterCode
    name: Text
    name_en: Text
    type: str
    department: DeptCode
    effective_from: date
    legal_basis: Annotated[tuple[LegalBasis, ...], Field(min_length=1)]
    implementing_basis: tuple[LegalBasis, ...] = ()
    conditions: tuple[Text, ...] = ()
    prohibitions: tuple[Text, ...] = ()
    questions: tuple[Question, ...] = ()
    materials: tuple[Material, ...] = ()
    process: Annotated[tuple[Text, ...], Field(min_length=1)]
    modes: Annotated[tuple[Literal["window", "online", "post"], ...], Field(min_length=1)]
    limits: Limits
    fees: tuple[FeeCode, ...] = ()
    intermediaries: tuple[str, ...] = ()
    commitment: Commitment = Commitment()
    result: Result
    visits: Annotated[int, Field(ge=0, le=2)]
    place: Text
    hours: Text
    phones: Phones
    rights: tuple[Text, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    enterprise_category: Literal["1", "2", "3"] | None = None
    registration_kind: Literal["establishment", "change", "exchange"] | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in MATTER_TYPES:
            raise PydanticCustomError(
                "matter_type",
                "未知事项类型 {value}，应为 {allowed} 之一 (unknown matter type)",
                {"value": v, "allowed": "、".join(MATTER_TYPES)},
            )
        return v

    @field_validator("enterprise_category", mode="before")
    @classmethod
    def _category_as_text(cls, v: Any) -> Any:
        # YAML reads an unquoted 1 as an int; the category is a code character, not a number.
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v

    @model_validator(mode="after")
    def _rules(self) -> Matter:
        problems = _matter_rule_issues(self.model_dump())
        if problems:
            raise PydanticCustomError("matter_rules", "; ".join(f"{k}: {m}" for k, m in problems))
        return self

    @property
    def type_en(self) -> str:
        return MATTER_TYPES[self.type]

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-safe dict: the frozen definition stored with a catalogue version."""
        return self.model_dump(mode="json")

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Matter:
        return cls.model_validate(dict(data))

    def canonical_json(self) -> str:
        return json.dumps(
            self.to_json_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )

    def content_hash(self) -> str:
        """sha256 of the canonical JSON: equal for re-formatted YAML, different for any edit.

        An import creates a new version only when this changes.
        """
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)

    def materials_for(self, answers: Mapping[str, bool] | None = None) -> tuple[Material, ...]:
        """Materials that apply given the applicant's yes/no answers (unanswered means no)."""
        answers = answers or {}
        return tuple(
            m for m in self.materials if m.condition is None or answers.get(m.condition, False)
        )


@dataclass(frozen=True)
class CatalogueIssue:
    """One problem found in the catalogue, located by file (relative) and dotted key."""

    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}"


class CatalogueError(Exception):
    """Raised by ``load_catalogue`` when the catalogue has any issue; ``.issues`` lists them."""

    def __init__(self, issues: Iterable[CatalogueIssue]) -> None:
        self.issues: tuple[CatalogueIssue, ...] = tuple(issues)
        head = "\n".join(str(i) for i in self.issues[:20])
        more = f"\n... (+{len(self.issues) - 20})" if len(self.issues) > 20 else ""
        super().__init__(f"目录有 {len(self.issues)} 个问题 (catalogue issues):\n{head}{more}")


@dataclass(frozen=True)
class Catalogue:
    departments: dict[str, Department]
    fees: dict[str, Fee]
    intermediaries: dict[str, Intermediary]
    scope_permits: tuple[ScopePermit, ...]
    matters: dict[str, Matter]
    agent_materials: tuple[Material, ...] = field(default=())

    def department_of(self, matter: Matter) -> Department:
        return self.departments[matter.department]

    def fees_of(self, matter: Matter) -> list[Fee]:
        """The matter's fees; empty means 不收费 (plan item 17: nothing outside the catalogue)."""
        return [self.fees[c] for c in matter.fees]

    def intermediaries_of(self, matter: Matter) -> list[Intermediary]:
        return [self.intermediaries[c] for c in matter.intermediaries]

    def materials_for(
        self, matter: Matter, answers: Mapping[str, bool] | None = None, *, agent: bool = False
    ) -> tuple[Material, ...]:
        """Checklist for one application; agent materials are added only when an agent applies."""
        base = matter.materials_for(answers)
        return base + self.agent_materials if agent else base

    def permits_for_scope(self, business_scope: str) -> list[ScopePermit]:
        """Post-registration permits (双告知) whose keyword appears in a business scope text."""
        return [p for p in self.scope_permits if p.keyword in business_scope]


# ---------------------------------------------------------------------------------------------
# Loading and validation

_PYDANTIC_MESSAGES = {
    "missing": "缺少必填字段 (field required)",
    "extra_forbidden": "未知字段 (unknown field)",
    "string_too_short": "不能为空 (must not be empty)",
    "too_short": "至少需要 {min_length} 项 (needs at least {min_length} item(s))",
    "greater_than_equal": "不能小于 {ge} (must be ≥ {ge}); 负数无效 (negative not allowed)",
    "less_than_equal": "不能大于 {le} (must be ≤ {le})",
    "string_pattern_mismatch": "格式不符，应匹配 {pattern} (bad format)",
    "literal_error": "取值无效，应为 {expected} (invalid value)",
    "bool_type": "应为 true 或 false (must be a boolean)",
    "bool_parsing": "应为 true 或 false (must be a boolean)",
    "int_type": "应为整数 (must be an integer)",
    "int_parsing": "应为整数 (must be an integer)",
    "date_type": "应为日期 YYYY-MM-DD (must be a date)",
    "date_from_datetime_parsing": "应为日期 YYYY-MM-DD (must be a date)",
    "string_type": "应为文本 (must be text)",
    "tuple_type": "应为列表 (must be a list)",
    "model_type": "应为映射 (must be a mapping)",
    "model_attributes_type": "应为映射 (must be a mapping)",
}


def _key(loc: Iterable[Any], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _pydantic_issues(err: ValidationError, file: str, prefix: str = "") -> list[CatalogueIssue]:
    issues = []
    for e in err.errors(include_url=False):
        if e["type"] == "matter_rules":
            continue  # reported separately from the raw mapping with precise keys
        template = _PYDANTIC_MESSAGES.get(e["type"])
        ctx = e.get("ctx") or {}
        try:
            msg = template.format(**ctx) if template else e["msg"]
        except (KeyError, IndexError):
            msg = e["msg"]
        issues.append(CatalogueIssue(file, _key(e["loc"], prefix) or "(root)", msg))
    return issues


def _read_yaml(path: Path, rel: str, issues: list[CatalogueIssue]) -> Any:
    """Parse one file; a syntax error becomes an issue naming the line, never an exception."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        issues.append(CatalogueIssue(rel, "(file)", "文件不存在 (file missing)"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        issues.append(CatalogueIssue(rel, "(file)", f"无法读取 (cannot read): {exc}"))
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc)
        issues.append(
            CatalogueIssue(
                rel, f"line {line}", f"YAML 语法错误，第 {line} 行 (YAML syntax error): {problem}"
            )
        )
        return None


def _load_list(
    root: Path, name: str, model: type[_Model], issues: list[CatalogueIssue]
) -> list[Any]:
    """Validate each entry on its own so one bad row does not hide the others."""
    rel = CATALOGUE_FILES[name]
    data = _read_yaml(root / rel, rel, issues)
    if data is None:
        return []
    if not isinstance(data, Mapping) or not isinstance(data.get(name), list):
        issues.append(
            CatalogueIssue(rel, name, f"应为顶层键 {name}: 列表 (expected '{name}: [...]')")
        )
        return []
    extra = sorted(str(k) for k in data if k != name)
    for k in extra:
        issues.append(CatalogueIssue(rel, k, "未知字段 (unknown field)"))
    out = []
    for i, row in enumerate(data[name]):
        try:
            out.append(model.model_validate(row))
        except ValidationError as err:
            issues.extend(_pydantic_issues(err, rel, f"{name}[{i}]"))
    return out


def _by_code(rows: list[Any], rel: str, name: str, issues: list[CatalogueIssue]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, row in enumerate(rows):
        if row.code in out:
            issues.append(
                CatalogueIssue(rel, f"{name}[{i}].code", f"代码 {row.code} 重复 (duplicate code)")
            )
        else:
            out[row.code] = row
    return out


def _ref_issues(
    raw: Mapping[str, Any],
    rel: str,
    departments: Mapping[str, Any],
    fees: Mapping[str, Any],
    intermediaries: Mapping[str, Any],
) -> list[CatalogueIssue]:
    """Cross-file references of one matter, checked on the raw mapping."""
    out = []
    dept = raw.get("department")
    if isinstance(dept, str) and dept not in departments:
        out.append(CatalogueIssue(rel, "department", f"未知部门代码 {dept} (unknown department)"))
    for field_name, known, label in (
        ("fees", fees, "未知收费代码 {} (unknown fee code)"),
        ("intermediaries", intermediaries, "未知中介服务代码 {} (unknown intermediary)"),
    ):
        seq = raw.get(field_name)
        if not isinstance(seq, list):
            continue
        seen: set[str] = set()
        for i, code in enumerate(seq):
            if isinstance(code, str) and code not in known:
                out.append(CatalogueIssue(rel, f"{field_name}[{i}]", label.format(code)))
            if code in seen:
                out.append(CatalogueIssue(rel, f"{field_name}[{i}]", f"{code} 重复 (duplicate)"))
            if isinstance(code, str):
                seen.add(code)
    return out


def _collect(root: Path) -> tuple[Catalogue, list[CatalogueIssue]]:
    issues: list[CatalogueIssue] = []
    depts = _by_code(
        _load_list(root, "departments", Department, issues),
        CATALOGUE_FILES["departments"],
        "departments",
        issues,
    )
    fees = _by_code(_load_list(root, "fees", Fee, issues), CATALOGUE_FILES["fees"], "fees", issues)
    inters = _by_code(
        _load_list(root, "intermediaries", Intermediary, issues),
        CATALOGUE_FILES["intermediaries"],
        "intermediaries",
        issues,
    )
    permits = _load_list(root, "scope_permits", ScopePermit, issues)
    agent_materials = _load_list(root, "agent_materials", Material, issues)
    rel_common = CATALOGUE_FILES["agent_materials"]
    for i, m in enumerate(agent_materials):
        if m.condition is not None:
            issues.append(
                CatalogueIssue(
                    rel_common,
                    f"agent_materials[{i}].condition",
                    "通用材料不能有条件 (no conditions on common materials)",
                )
            )

    matters: dict[str, Matter] = {}
    first_file: dict[str, str] = {}
    matter_dir = root / "matters"
    paths = sorted(matter_dir.glob("*.yaml")) + sorted(matter_dir.glob("*.yml"))
    if not matter_dir.is_dir():
        issues.append(CatalogueIssue("matters", "(dir)", "事项目录不存在 (matters/ missing)"))
    for path in paths:
        rel = path.relative_to(root).as_posix()
        raw = _read_yaml(path, rel, issues)
        if raw is None:
            if path.stat().st_size == 0:
                issues.append(CatalogueIssue(rel, "(file)", "文件为空 (empty file)"))
            continue
        if not isinstance(raw, Mapping):
            issues.append(CatalogueIssue(rel, "(root)", "应为映射 (expected a mapping)"))
            continue
        issues.extend(CatalogueIssue(rel, k, m) for k, m in _matter_rule_issues(raw))
        issues.extend(_ref_issues(raw, rel, depts, fees, inters))
        code = raw.get("code")
        if isinstance(code, str):
            if code in first_file:
                issues.append(
                    CatalogueIssue(
                        rel,
                        "code",
                        f"事项编码 {code} 重复，亦见于 {first_file[code]} (duplicate matter code)",
                    )
                )
            else:
                first_file[code] = rel
            if path.stem != code:
                issues.append(
                    CatalogueIssue(
                        rel, "code", f"文件名应为 {code}.yaml (file name must match the code)"
                    )
                )
        try:
            matter = Matter.model_validate(raw)
        except ValidationError as err:
            issues.extend(_pydantic_issues(err, rel))
            continue
        matters.setdefault(matter.code, matter)

    rel_sp = CATALOGUE_FILES["scope_permits"]
    for i, p in enumerate(permits):
        if p.department not in depts:
            issues.append(
                CatalogueIssue(
                    rel_sp,
                    f"scope_permits[{i}].department",
                    f"未知部门代码 {p.department} (unknown department)",
                )
            )
        if p.matter is not None and p.matter not in first_file:
            issues.append(
                CatalogueIssue(
                    rel_sp,
                    f"scope_permits[{i}].matter",
                    f"未知事项编码 {p.matter} (unknown matter code)",
                )
            )

    catalogue = Catalogue(
        departments=depts,
        fees=fees,
        intermediaries=inters,
        scope_permits=tuple(permits),
        matters=dict(sorted(matters.items())),
        agent_materials=tuple(agent_materials),
    )
    return catalogue, issues


def validate_catalogue(directory: Path | str | None = None) -> list[CatalogueIssue]:
    """All issues of a catalogue directory (empty list = valid); never raises for bad content."""
    return _collect(Path(directory) if directory is not None else default_catalogue_dir())[1]


def load_catalogue(directory: Path | str | None = None) -> Catalogue:
    """Load and validate; raise ``CatalogueError`` listing every issue if there is any."""
    catalogue, issues = _collect(
        Path(directory) if directory is not None else default_catalogue_dir()
    )
    if issues:
        raise CatalogueError(issues)
    return catalogue
