"""The matter catalogue's schema: pydantic models of departments, fees, intermediaries, permits
and matters, with the rules a matter must satisfy, and the loaded `Catalogue`.

The same definition drives the checklist, the printed guide and the receipt (work plan item 4:
同一事项同等条件无差别办理). Reading and validating the YAML files is `core.catalogue`'s.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .catalogue_terms import (
    MATTER_TYPES,
)
from .suspensions import REASONS as EXCLUDED_STEPS
from .time_limits import stored_definition

if TYPE_CHECKING:
    from .business_scope import ScopeItem

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
MatterCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}-\d{4}$")]
FeeCode = Annotated[str, StringConstraints(pattern=r"^F-\d{3}$")]
DeptCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,10}$")]
NonNegative = Annotated[int, Field(ge=0)]


class CatalogueModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Department(CatalogueModel):
    code: DeptCode
    name: Text
    name_en: Text
    division_code: Annotated[str, StringConstraints(pattern=r"^\d{6}$")]
    address: Text
    # The department's phone is a hall setting (`services.hall_settings`, filled in by the
    # administrator): an old catalogue may still carry one, it is no longer printed.
    phone: Text | None = None
    window: Text


class Fee(CatalogueModel):
    code: FeeCode
    name: Text
    name_en: Text
    legal_basis: Text
    standard: Text
    amount_yuan: Decimal | None = None
    payer: Text
    scope: Text
    withdrawn_from: date | None = None  # no longer charged from this day
    withdrawn_reason: str | None = None

    @field_validator("amount_yuan")
    @classmethod
    def _cents(cls, v: Decimal | None) -> Decimal | None:
        # Normalise to fen so 10 and 10.0 in YAML are the same amount.
        if v is None:
            return None
        if v < 0:
            raise ValueError("金额不能为负数 (amount must not be negative)")
        return v.quantize(Decimal("0.01"))


class Intermediary(CatalogueModel):
    code: Annotated[str, StringConstraints(pattern=r"^I-\d{3}$")]
    name: Text
    name_en: Text
    provider_requirement: Text
    fee_basis: Text


class ScopePermit(CatalogueModel):
    """A standard business-scope term (经营范围规范表述目录) and the permit or filing it needs.

    `term` is matched whole against an item's term (core.business_scope); with `qualifier` the
    entry applies only to items carrying it in parentheses (仅销售预包装食品), and it then
    replaces the entries of the same term without one.
    """

    term: Text
    qualifier: str | None = None
    kind: Literal["licence", "filing"]
    permit: Text
    permit_en: Text
    department: DeptCode
    matter: MatterCode | None = None
    basis: Text


class LegalBasis(CatalogueModel):
    law: Text
    article: Text


class NotApplicable(CatalogueModel):
    """A yes to the question means the matter is not this applicant's: intake refuses it and
    says where to go instead (e.g. a shop selling only pre-packaged food files a 备案)."""

    message: Text
    message_en: Text
    refer_to: MatterCode | None = None


class Question(CatalogueModel):
    key: Slug
    text: Text
    text_en: Text
    refuse_if_yes: NotApplicable | None = None


class SampleRow(CatalogueModel):
    """One line of a form as a 填写样例 shows it: the form's item, an example, how to fill it."""

    label: Text
    example: Text
    note: str | None = None


class SampleForm(CatalogueModel):
    """The 填写样例 of a form the applicant fills in (附样表): printed after the guide."""

    rows: Annotated[list[SampleRow], Field(min_length=1)]
    notes: list[Text] = []


class Material(CatalogueModel):
    """One item of 申请材料. ``condition`` names a question: the item is needed when it is yes.
    ``sample: true`` (the guide prints 附样表) needs the sample itself in ``sample_form``."""

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
    # 可容缺: a secondary item the window may accept without, against the applicant's written
    # commitment to bring it by a date (容缺受理); the decision waits for it (services.material_gaps).
    gap_tolerable: bool = False
    legal_basis: str | None = None
    sample: bool = False
    # "where the rules require it" (按规定需要的): the rule, e.g. 《医疗机构管理条例》第九条; such a
    # material is conditional on a question, never required of everyone.
    required_where: str | None = None
    sample_form: SampleForm | None = None

    @model_validator(mode="after")
    def _sample_attached(self) -> Material:
        if self.sample and self.sample_form is None:
            raise PydanticCustomError(
                "sample_missing",
                "sample: true 但未附填写样例（sample_form）：指南不能印“附样表”而无样表 "
                "(sample: true needs its sample_form; the guide cannot say a sample is attached "
                "without one)",
            )
        return self


LimitUnit = Literal["working_days", "calendar_days", "months"]


class TimeLimit(CatalogueModel):
    """A limit in the law's own unit (core.time_limits counts each)."""

    value: NonNegative
    unit: LimitUnit
    basis: str | None = None  # the article that sets it (statutory limits)


class Limits(CatalogueModel):
    statutory: TimeLimit | None
    promised: TimeLimit
    on_the_spot: bool = False


class ExcludedTime(CatalogueModel):
    """A step whose time is not counted in the limit (行政许可法 art. 45): the clock pauses."""

    step: str
    basis: Text
    note: str | None = None

    @field_validator("step")
    @classmethod
    def _known_step(cls, v: str) -> str:
        if v not in EXCLUDED_STEPS:
            raise PydanticCustomError(
                "excluded_step",
                "未知的不计时环节 {value}，应为 {allowed} 之一 (unknown excluded step)",
                {"value": v, "allowed": "、".join(EXCLUDED_STEPS)},
            )
        return v

    @property
    def label(self) -> str:
        return EXCLUDED_STEPS[self.step].zh


class Withdrawal(CatalogueModel):
    """The matter ends: abolished, turned into a filing or merged, from `withdrawn_from` on."""

    withdrawn_from: date
    kind: Literal["abolished", "filing", "merged"]
    reason: Text
    basis: Text
    replaced_by: MatterCode | None = None  # the matter of this catalogue that takes its place
    replacement: str | None = None  # or what takes its place elsewhere, in words


class Commitment(CatalogueModel):
    allowed: bool = False
    verification_days: Annotated[int, Field(ge=1)] | None = None


class Result(CatalogueModel):
    name: Text
    name_en: Text
    delivery: Annotated[tuple[Literal["window", "post", "electronic"], ...], Field(min_length=1)]


class Phones(CatalogueModel):
    consult: Text
    complaint: Text


class FaqEntry(CatalogueModel):
    q: Text
    a: Text


# Wording that makes a material needed only in some cases ("where the rules require it").
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


class Matter(CatalogueModel):
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
    excluded_time: tuple[ExcludedTime, ...] = ()
    fees: tuple[FeeCode, ...] = ()
    intermediaries: tuple[str, ...] = ()
    commitment: Commitment = Commitment()
    result: Result
    visits: Annotated[int, Field(ge=0, le=2)]
    place: Text
    hours: Text
    phones: Phones | None = None  # superseded by the hall settings' phones (never printed)
    rights: tuple[Text, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    enterprise_category: Literal["1", "2", "3"] | None = None
    # 信用联合惩戒: what the window does when the applicant (or an enterprise's legal
    # representative) is on a credit list. None = refuse_commitment (the commitment path is
    # refused; the ordinary procedure goes on); extra_review: accepted, marked for closer
    # review; inform: the warning is information only.
    credit_rule: Literal["refuse_commitment", "extra_review", "inform"] | None = None
    registration_kind: Literal["establishment", "change", "exchange"] | None = None
    withdrawal: Withdrawal | None = None

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
        problems = matter_rule_issues(self.model_dump())
        if problems:
            raise PydanticCustomError("matter_rules", "; ".join(f"{k}: {m}" for k, m in problems))
        return self

    @property
    def type_en(self) -> str:
        return MATTER_TYPES[self.type]

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-safe dict: the frozen definition stored with a catalogue version. A matter
        without a credit rule dumps as before the rule existed (same content hash, no new
        version at the next import)."""
        data = self.model_dump(
            mode="json", exclude={"credit_rule"} if self.credit_rule is None else None
        )
        for m in data["materials"]:  # likewise a material that is not 可容缺
            if not m.get("gap_tolerable"):
                m.pop("gap_tolerable", None)
        return data

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Matter:
        """A stored definition; one frozen before limits had units reads as working days."""
        return cls.model_validate(stored_definition(data))

    def canonical_json(self) -> str:
        return json.dumps(
            self.to_json_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )

    def content_hash(self) -> str:
        """sha256 of the canonical JSON: equal for re-formatted YAML, different for any edit.

        An import creates a new version only when this changes.
        """
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def withdrawn_on(self, day: date) -> bool:
        """True once the matter has ended (abolished or turned into a filing) by `day`."""
        return self.withdrawal is not None and self.withdrawal.withdrawn_from <= day

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

    def referrals_for_scope(self, business_scope: str) -> list[tuple[ScopeItem, ScopePermit]]:
        """(scope item, permit or filing) for every item of a business scope that needs one
        (先照后证/双告知), matched on the standard term and its qualifiers, in catalogue order."""
        from .business_scope import split_items

        out = []
        for item in split_items(business_scope):
            candidates = [p for p in self.scope_permits if p.term == item.term]
            specific = [
                p
                for p in candidates
                if p.qualifier is not None and any(p.qualifier in q for q in item.qualifiers)
            ]
            chosen = specific or [p for p in candidates if p.qualifier is None]
            out.extend((item, p) for p in chosen)
        order = {id(p): i for i, p in enumerate(self.scope_permits)}
        return sorted(out, key=lambda pair: order[id(pair[1])])  # catalogue order, stable

    def permits_for_scope(self, business_scope: str) -> list[ScopePermit]:
        """Post-registration permits and filings (双告知) a business scope needs."""
        return [p for _, p in self.referrals_for_scope(business_scope)]
