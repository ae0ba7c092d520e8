"""The parts of a matter's definition: legal basis, questions, materials and their 填写样例,
time limits and the steps excluded from them, withdrawal, commitment, result, phones and FAQ."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .catalogue_fields import CatalogueModel, MatterCode, NonNegative, Slug, Text
from .suspensions import REASONS as EXCLUDED_STEPS


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
