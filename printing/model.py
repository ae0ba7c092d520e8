"""Plain frozen data for every document: no ORM, no Qt, so reprints equal the original."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from .sample_data import GuideSample


def _coerce(obj: object, **item_types: type) -> None:
    """Accept lists and plain tuples from callers: store tuples (hashable) of item types."""
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, list):
            value = tuple(value)
        cls = item_types.get(f.name)
        if cls is not None:
            value = tuple(v if isinstance(v, cls) else cls(*v) for v in value)
        object.__setattr__(obj, f.name, value)


@dataclass(frozen=True)
class DocumentHeader:
    doc_number: str
    issued_on: date
    authority: str  # issuing department name, printed at the top and at the seal
    window: str
    clerk: str
    catalogue_version: str  # e.g. "SC-0006 v2, 2026-01-01起施行"
    reprint: int = 0  # >0: the page shows 补打 / REPRINT with the count
    consult_phone: str = ""
    complaint_phone: str = ""
    lang: str = "zh"


@dataclass(frozen=True)
class MaterialReceived:
    name: str
    form: str  # "原件" / "复印件" (original / copy)
    copies: int = 1


@dataclass(frozen=True)
class MaterialOwed:  # 容缺受理: a material accepted missing, and the day promised to bring it
    name: str
    promised_by: date


@dataclass(frozen=True)
class Fee:
    name: str
    standard: str
    legal_basis: str


@dataclass(frozen=True)
class ReceiptData:
    header: DocumentHeader
    application_number: str
    matter_name: str
    matter_code: str
    applicant_name: str
    applicant_id_masked: str  # raw or masked: always masked again when printed
    materials_received: tuple[MaterialReceived, ...]
    accepted_on: date
    promised_deadline: date
    statutory_deadline: date
    deadline_explanation: str
    delivery_method: str
    result_name: str
    deadline_provisional: bool = False  # the promised date rests on an unpublished calendar
    agent: str | None = None
    fees: tuple[Fee, ...] = ()
    intermediaries: tuple[str, ...] = ()
    applicant_phone: str = ""  # masked when printed
    statutory_deadline_provisional: bool = False  # the statutory date, likewise
    applicant_uscc: str = ""  # an organisation: its USCC, printed in full
    materials_owed: tuple[MaterialOwed, ...] = ()  # 容缺受理: to be brought later

    def __post_init__(self) -> None:
        _coerce(self, materials_received=MaterialReceived, fees=Fee, materials_owed=MaterialOwed)


@dataclass(frozen=True)
class NoticeItem:
    material: str
    problem: str  # "缺少" / "不符合要求"
    reason: str
    bring: str  # what to bring, e.g. "原件1份、复印件2份"


@dataclass(frozen=True)
class NoticeData:
    header: DocumentHeader
    application_number: str
    matter: str
    applicant_name: str
    applicant_id_masked: str
    items: tuple[NoticeItem, ...]
    where: str
    by_when: date | str
    guide_reference: str
    received_so_far: tuple[str, ...] = ()
    sequence: int = 1  # >1: "第N次告知（仅限首次告知事项）"
    override_reason: str | None = None  # a supervisor allowed items not on the first notice
    applied_on: date | None = None  # the day of the application (None: as issued, old notices)
    applicant_uscc: str = ""  # an organisation: its USCC, printed in full

    def __post_init__(self) -> None:
        _coerce(self, items=NoticeItem)


DEFAULT_REMEDIES = (
    "如不服本决定，可自收到本通知书之日起六十日内向{review_body}申请行政复议，"
    "或者六个月内向人民法院提起行政诉讼。"
)


@dataclass(frozen=True)
class RefusalData:
    header: DocumentHeader
    application_number: str
    applicant_name: str
    requested: str  # matter name or the requested item as the applicant wrote it
    reason: str
    legal_basis: str
    apply_instead: str = ""  # authority / place that handles it; empty when none
    review_body: str = "湛江市人民政府"
    remedies: str | None = None  # None: DEFAULT_REMEDIES with review_body


DEFAULT_LIABILITY = (
    "申请人作出不实承诺的，依照《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》"
    "（国办发〔2020〕42号）及有关法律法规，行政机关将终止办理、责令限期整改、撤销行政决定"
    "或者予以行政处罚，并将不实承诺信息记入信用记录，依法实施联合惩戒；涉嫌犯罪的，"
    "依法移送司法机关。"
)


@dataclass(frozen=True)
class CommitmentData:
    header: DocumentHeader
    application_number: str
    matter: str
    applicant_name: str
    applicant_id_masked: str
    conditions: tuple[str, ...]
    waived_materials: tuple[str, ...]
    verification_days: int
    verification_due: date
    signed_on: date | None = None  # None: left blank for handwriting
    liability: str = DEFAULT_LIABILITY
    applicant_uscc: str = ""  # an organisation: its USCC, printed in full

    def __post_init__(self) -> None:
        _coerce(self)


@dataclass(frozen=True)
class Delivery:
    method: str  # "window" | "post" | "electronic"
    collected_by: str = ""  # window pickup
    collected_by_id: str = ""  # masked when printed
    tracking_number: str = ""  # post
    address: str = ""  # post address or e-mail/online account for electronic delivery


@dataclass(frozen=True)
class PickupSlipData:
    header: DocumentHeader
    application_number: str
    matter: str
    applicant_name: str
    approved: bool
    result: str  # e.g. "准予登记，核发营业执照（正本1份、副本1份）"
    decision_reason: str
    delivery: Delivery
    completed_on: date
    pickup_place: str = ""  # hall settings: where and when a window pickup is collected
    pickup_hours: str = ""


@dataclass(frozen=True)
class Referral:
    scope_item: str
    permit: str
    department: str


@dataclass(frozen=True)
class ReferralNoticeData:
    header: DocumentHeader
    enterprise_name: str
    uscc: str
    referrals: tuple[Referral, ...]

    def __post_init__(self) -> None:
        _coerce(self, referrals=Referral)


@dataclass(frozen=True)
class CatalogueMatter:
    code: str
    name: str
    matter_type: str
    department: str
    statutory_limit: str
    promised_limit: str
    fee: str  # "不收费" or a fee name from the fee catalogue


@dataclass(frozen=True)
class CatalogueListData:
    header: DocumentHeader
    matters: tuple[CatalogueMatter, ...]
    fees: tuple[Fee, ...] = ()
    intermediaries: tuple[tuple[str, str, str], ...] = ()  # (name, provider/requirement, fee)
    title_override: str | None = None

    def __post_init__(self) -> None:
        _coerce(self, matters=CatalogueMatter, fees=Fee)


@dataclass(frozen=True)
class GuideMaterial:
    name: str
    form: str  # 原件 / 复印件 / 原件及复印件
    copies: int
    medium: str  # 纸质 / 电子 / 纸质或电子
    source: str  # where the applicant gets it
    commitment_ok: bool = False  # a commitment (告知承诺) can replace it
    sample: str = ""  # "附样表" / "空白表格" / ""
    required: bool = True
    condition: str = ""  # for conditional materials: when it is needed
    name_en: str = ""  # the catalogue's English, printed by the bilingual guide
    condition_en: str = ""


@dataclass(frozen=True)
class GuideData:
    matter_name: str
    matter_code: str
    matter_type: str
    department: str
    window: str
    setting_basis: tuple[str, ...]  # 设定依据: law + article
    implementing_basis: tuple[str, ...]  # 实施依据
    conditions: tuple[str, ...]
    prohibitions: tuple[str, ...]
    materials: tuple[GuideMaterial, ...]
    process_steps: tuple[str, ...]
    channels: tuple[str, ...]  # 办理方式: window / online / post
    statutory_limit: str
    promised_limit: str  # "即办" for on-the-spot matters
    result_name: str
    delivery_methods: str
    location: str
    hours: str
    consult_phone: str
    complaint_phone: str
    visits: str  # 到现场次数, e.g. "最多1次"
    rights_obligations: tuple[str, ...]
    remedies: str
    catalogue_version: str
    effective_on: date
    fees: tuple[Fee, ...] = ()
    intermediaries: tuple[str, ...] = ()
    faq: tuple[tuple[str, str], ...] = ()
    matter_name_en: str = ""
    samples: tuple[GuideSample, ...] = ()  # what 附样表 attaches, printed after the guide

    def __post_init__(self) -> None:
        _coerce(self, materials=GuideMaterial, fees=Fee, samples=GuideSample)
