"""The pure mapping from one frozen matter definition to the printed service guide (办事指南).

It exists apart from reading and printing so that every element STANDARDS.md asks of a guide
(conditions, materials, limits, remedies, …) is mapped in one place without a database: the tests
call `guide_data` directly, and `guide_sources` feeds it what it read from the version in force.
The texts here (limits, excluded time, visits) are also the catalogue listing's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from printing import Fee as PrintedFee
from printing import GuideData, GuideMaterial, GuideSample

from ..core.catalogue_terms import DELIVERIES, MEDIA, MODES
from ..core.suspensions import label as suspension_label
from ..core.time_limits import unit_text

if TYPE_CHECKING:
    from ..core.catalogue import Intermediary
    from ..core.catalogue import Matter as MatterDef

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
