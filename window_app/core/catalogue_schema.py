"""The matter catalogue's schema: a matter (`Matter`), the loaded `Catalogue` and its issues.

The hall-wide lists are `core.catalogue_lists`, a matter's parts `core.matter_parts`, the rules
a matter must satisfy `core.matter_rules`, the field types `core.catalogue_fields`.

The same definition drives the checklist, the printed guide and the receipt (work plan item 4:
同一事项同等条件无差别办理). Reading and validating the YAML files is `core.catalogue`'s.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .catalogue_fields import CatalogueModel, DeptCode, FeeCode, MatterCode, Text
from .catalogue_lists import Department, Fee, Intermediary, ScopePermit
from .catalogue_terms import (
    MATTER_TYPES,
)
from .matter_parts import (
    Commitment,
    ExcludedTime,
    FaqEntry,
    LegalBasis,
    Limits,
    Material,
    Phones,
    Question,
    Result,
    Withdrawal,
)
from .matter_rules import matter_rule_issues
from .time_limits import stored_definition

if TYPE_CHECKING:
    from .business_scope import ScopeItem


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
