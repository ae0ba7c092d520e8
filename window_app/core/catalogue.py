"""The matter catalogue: reading and validating it (the schema is `core.catalogue_schema`
and the modules it names).

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

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .catalogue_fields import CatalogueModel
from .catalogue_lists import Department, Fee, Intermediary, ScopePermit
from .catalogue_schema import Catalogue, CatalogueError, CatalogueIssue, Matter
from .catalogue_terms import (
    DELIVERIES,
    ENTERPRISE_CATEGORIES,
    MATTER_TYPES,
    MEDIA,
    MODES,
    REGISTRATION_KINDS,
    default_catalogue_dir,
)
from .matter_parts import (
    Commitment,
    ExcludedTime,
    FaqEntry,
    LegalBasis,
    Limits,
    Material,
    NotApplicable,
    Phones,
    Question,
    Result,
    TimeLimit,
    Withdrawal,
)
from .matter_rules import matter_rule_issues
from .placeholders import placeholders_in

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
    "TimeLimit",
    "ExcludedTime",
    "Withdrawal",
    "NotApplicable",
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


#: libyaml's safe loader when PyYAML has it (the same documents, ten times faster than the
#: pure-Python parser that took most of `catalog validate`'s 1.4 s); the pure-Python one otherwise
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        data = yaml.load(text, Loader=_SAFE_LOADER)
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
    # Everything in the catalogue prints somewhere (guide, receipt, catalogue list): a stand-in
    # left for "fill in later" would reach the applicant's paper.
    for field, found in placeholders_in(data):
        issues.append(
            CatalogueIssue(
                rel, field, f"含占位文字“{found}”，须改为核实后的内容 (placeholder text: {found})"
            )
        )
    return data


def _load_list(
    root: Path, name: str, model: type[CatalogueModel], issues: list[CatalogueIssue]
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


def _matter_references(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, matter code) of every other matter this one names."""
    out = []
    withdrawal = raw.get("withdrawal")
    if isinstance(withdrawal, Mapping) and isinstance(withdrawal.get("replaced_by"), str):
        out.append(("withdrawal.replaced_by", withdrawal["replaced_by"]))
    questions = raw.get("questions")
    for i, q in enumerate(questions if isinstance(questions, list) else ()):
        refuse = q.get("refuse_if_yes") if isinstance(q, Mapping) else None
        if isinstance(refuse, Mapping) and isinstance(refuse.get("refer_to"), str):
            out.append((f"questions[{i}].refuse_if_yes.refer_to", refuse["refer_to"]))
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
    references: list[tuple[str, str, str]] = []  # (file, key, matter code) to check at the end
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
        issues.extend(CatalogueIssue(rel, k, m) for k, m in matter_rule_issues(raw))
        if "excluded_time" not in raw:
            issues.append(
                CatalogueIssue(
                    rel,
                    "excluded_time",
                    "须声明本事项依法需要的不计时环节（行政许可法第四十五条：检验、检测、检疫、"
                    "鉴定、专家评审等），没有的写 excluded_time: [] (declare the excluded steps)",
                )
            )
        issues.extend(_ref_issues(raw, rel, depts, fees, inters))
        references.extend((rel, k, c) for k, c in _matter_references(raw))
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

    for rel, key, code in references:
        if code not in first_file:
            issues.append(CatalogueIssue(rel, key, f"未知事项编码 {code} (unknown matter code)"))
    for code, matter in matters.items():
        rel = first_file[code]
        if matter.withdrawal is None:
            for i, fee in enumerate(matter.fees):
                if fee in fees and fees[fee].withdrawn_from is not None:
                    issues.append(
                        CatalogueIssue(
                            rel,
                            f"fees[{i}]",
                            f"收费项目 {fee} 已停止征收，现行事项不得收取 (the fee is withdrawn)",
                        )
                    )
        for i, q in enumerate(matter.questions):
            target = q.refuse_if_yes.refer_to if q.refuse_if_yes else None
            if target in matters and matters[target].withdrawal is not None:
                issues.append(
                    CatalogueIssue(
                        rel,
                        f"questions[{i}].refuse_if_yes.refer_to",
                        f"引导至已取消的事项 {target} (refers to a withdrawn matter)",
                    )
                )

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
