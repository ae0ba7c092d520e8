"""The rules inside one matter (keys, conditions, time limits, excluded steps, withdrawal,
commitment, registration), checked on the raw mapping as (key, message) pairs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_ONLY_WHERE_REQUIRED = ("如需", "如有", "按规定需", "依法需", "规定需要", "需要时")


_UNIT_ZH = {"working_days": "个工作日", "calendar_days": "日", "months": "个月"}


def _limit_value(raw: Any) -> tuple[int, str] | None:
    if not isinstance(raw, Mapping):
        return None
    value, unit = raw.get("value"), raw.get("unit")
    valid = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if valid and unit in ("working_days", "calendar_days", "months"):
        return value, unit
    return None


def _limit_issues(limits: Any) -> list[tuple[str, str]]:
    """The promised limit may never end after the statutory one (checked across units)."""
    if not isinstance(limits, Mapping):
        return []
    out: list[tuple[str, str]] = []
    prom, stat = _limit_value(limits.get("promised")), _limit_value(limits.get("statutory"))
    if prom is not None and stat is not None:
        p, s = f"{prom[0]}{_UNIT_ZH[prom[1]]}", f"{stat[0]}{_UNIT_ZH[stat[1]]}"
        if prom[1] == stat[1]:
            if prom[0] > stat[0]:
                out.append(
                    (
                        "limits.promised",
                        f"承诺时限 {p} 超过法定时限 {s}"
                        " (the promised limit ends after the statutory one)",
                    )
                )
        else:  # across units: tried on every acceptance day of the known calendar years
            from .time_limits import first_overrun

            day = first_overrun(prom, stat)
            if day is not None:
                out.append(
                    (
                        "limits.promised",
                        f"承诺时限 {p} 可能晚于法定时限 {s} 届满（如 {day} 受理）"
                        f" (the promised limit ends after the statutory one, e.g. accepted {day})",
                    )
                )
    if limits.get("on_the_spot") is True and prom is not None and prom[0] != 0:
        out.append(
            (
                "limits.promised",
                "当场办结的承诺时限应为 0 (on_the_spot requires promised value 0)",
            )
        )
    return out


_LICENSING_LAW = "《中华人民共和国行政许可法》"


def excluded_time_issues(steps: list[tuple[int, Mapping[str, Any]]]) -> list[tuple[str, str]]:
    """行政许可法 art. 45 excludes a step's time only where the law requires the step (依法需要):
    a declared step cites the matter's own legal basis that provides it, each step once. A
    hearing needs no declaration (arts. 46-47: any matter may have one), but may be declared."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, step in steps:
        code = step.get("step")
        if code in seen:
            out.append(
                (f"excluded_time[{i}].step", f"不计时环节 {code} 重复 (duplicate excluded step)")
            )
        seen.add(code)
        basis = str(step.get("basis") or "")
        cited = re.findall(r"《[^》]+》", basis)
        if code != "hearing" and not [c for c in cited if c != _LICENSING_LAW]:
            out.append(
                (
                    f"excluded_time[{i}].basis",
                    "不计时环节须引用规定该环节的本事项法律依据（《…》第…条），仅引用行政许可法"
                    "第四十五条不足以说明本事项依法需要该环节 (cite the matter's own law that "
                    "provides the step, not only art. 45 of the Administrative Licensing Law)",
                )
            )
    return out


def matter_rule_issues(raw: Mapping[str, Any]) -> list[tuple[str, str]]:
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

    for i, m in items("materials"):
        by_rule = m.get("required_where") is not None or any(
            word in str(m.get("name", "")) for word in _ONLY_WHERE_REQUIRED
        )
        if by_rule and m.get("condition") is None:
            out.append(
                (
                    f"materials[{i}].condition",
                    "“按规定需要的”材料应以问题为条件，不能要求所有申请人提交 "
                    "(a material required only where the rules require it needs a condition)",
                )
            )

    out.extend(_limit_issues(raw.get("limits")))
    out.extend(excluded_time_issues(items("excluded_time")))

    withdrawal = raw.get("withdrawal")
    if isinstance(withdrawal, Mapping):
        if withdrawal.get("withdrawn_from") is None:
            out.append(
                (
                    "withdrawal.withdrawn_from",
                    "已取消或改为备案的事项必须写明停止办理日期 (a withdrawn matter needs its date)",
                )
            )
        if withdrawal.get("kind") in ("filing", "merged") and not (
            withdrawal.get("replaced_by") or withdrawal.get("replacement")
        ):
            out.append(
                (
                    "withdrawal.replaced_by",
                    "改为备案或并入其他事项的，必须指明承接的事项 (replaced_by or replacement) "
                    "(a matter turned into a filing or merged names what replaces it)",
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
