"""Names from below the UI in the UI's language.

The core and the services label a few closed vocabularies in Chinese: a checklist item's result
(`core.checklist.STATUS_LABELS`), the submission channel (`services.intake.CHANNELS`), how the
result reaches the applicant (`core.catalogue_terms.DELIVERIES`), a service guide's layout
(`services.guides.VARIANT_LABELS`); printed documents and the command line use those labels.
A screen names such a value through the `Names` of its kind here instead, so an English UI
shows English. The Chinese labels are repeated here as literals because Qt Linguist only
collects literal strings (`tests/gui/test_label_names.py` keeps each list the same as the
service's). The states have their own module, `ui/state_names.py`, on the same `Names`.
A vocabulary whose English is already in the core beside its Chinese (a `catalogue_terms.Term`
table: the delivery methods) is named through `TermNames`, with nothing repeated here; so is a
matter's type (`matter_type()`; the English service guides print it).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import complaints
from ..core.catalogue_terms import DELIVERY_TERMS, Term, chinese, matter_type_term
from ..core.checklist import STATUS_LABELS
from ..services.guides import VARIANT_LABELS
from ..services.intake import CHANNELS as CHANNEL_LABELS
from ..services.spot_checks import POPULATION_LABELS, RESULTS
from .i18n import in_ui_language
from .names import Names


class TermNames(Names):
    """A kind whose Chinese and English are both in the core (`catalogue_terms.Term`s): no Qt
    Linguist entries, no literals repeated here."""

    def __init__(self, terms: Mapping[str, Term]) -> None:
        super().__init__("", chinese(dict(terms)))
        self.english = {term.zh: term.en for term in terms.values()}

    def of_label(self, label: str) -> str:
        return in_ui_language(label, self.english.get(label, ""))


ITEM_STATUS_SOURCES = (
    QT_TRANSLATE_NOOP("ChecklistResults", "未核验"),
    QT_TRANSLATE_NOOP("ChecklistResults", "已收取"),
    QT_TRANSLATE_NOOP("ChecklistResults", "缺少"),
    QT_TRANSLATE_NOOP("ChecklistResults", "不符合要求"),
    QT_TRANSLATE_NOOP("ChecklistResults", "以承诺代替"),
)
ITEM_STATUSES = Names("ChecklistResults", STATUS_LABELS)

CHANNEL_SOURCES = (
    QT_TRANSLATE_NOOP("Channels", "现场"),
    QT_TRANSLATE_NOOP("Channels", "邮寄"),
    QT_TRANSLATE_NOOP("Channels", "网上办事大厅"),
)
CHANNELS = Names("Channels", CHANNEL_LABELS)

DELIVERY_METHODS = TermNames(DELIVERY_TERMS)

GUIDE_VARIANT_SOURCES = (
    QT_TRANSLATE_NOOP("GuideVariants", "A4（一至两页）"),
    QT_TRANSLATE_NOOP("GuideVariants", "三折页"),
    QT_TRANSLATE_NOOP("GuideVariants", "大字版"),
)
GUIDE_VARIANTS = Names("GuideVariants", VARIANT_LABELS)

COMPLAINT_CHANNEL_SOURCES = (
    QT_TRANSLATE_NOOP("ComplaintChannels", "电话"),
    QT_TRANSLATE_NOOP("ComplaintChannels", "现场"),
    QT_TRANSLATE_NOOP("ComplaintChannels", "信函"),
    QT_TRANSLATE_NOOP("ComplaintChannels", "网上"),
)
COMPLAINT_CHANNELS = Names("ComplaintChannels", complaints.CHANNELS_ZH)

COMPLAINT_CATEGORY_SOURCES = (
    QT_TRANSLATE_NOOP("ComplaintCategories", "服务态度"),
    QT_TRANSLATE_NOOP("ComplaintCategories", "办理超时"),
    QT_TRANSLATE_NOOP("ComplaintCategories", "多次跑动"),
    QT_TRANSLATE_NOOP("ComplaintCategories", "乱收费"),
    QT_TRANSLATE_NOOP("ComplaintCategories", "材料要求不一"),
    QT_TRANSLATE_NOOP("ComplaintCategories", "其他"),
)
COMPLAINT_CATEGORIES = Names("ComplaintCategories", complaints.CATEGORIES_ZH)

SATISFACTION_SOURCES = (
    QT_TRANSLATE_NOOP("Satisfaction", "满意"),
    QT_TRANSLATE_NOOP("Satisfaction", "基本满意"),
    QT_TRANSLATE_NOOP("Satisfaction", "不满意"),
)
SATISFACTION = Names("Satisfaction", complaints.SATISFACTION_ZH)

COMPLAINT_STATE_SOURCES = (
    QT_TRANSLATE_NOOP("ComplaintStates", "已登记"),
    QT_TRANSLATE_NOOP("ComplaintStates", "处理中"),
    QT_TRANSLATE_NOOP("ComplaintStates", "已答复"),
    QT_TRANSLATE_NOOP("ComplaintStates", "不属实已关闭"),
)
COMPLAINT_STATES = Names("ComplaintStates", complaints.STATE_LABELS_ZH)

SPOT_CHECK_RESULT_SOURCES = (
    QT_TRANSLATE_NOOP("SpotCheckResults", "正常"),
    QT_TRANSLATE_NOOP("SpotCheckResults", "发现问题"),
)
SPOT_CHECK_RESULTS = Names("SpotCheckResults", RESULTS)

SPOT_CHECK_POPULATION_SOURCES = (
    QT_TRANSLATE_NOOP("SpotCheckPopulations", "登记企业"),
    QT_TRANSLATE_NOOP("SpotCheckPopulations", "告知承诺审批"),
)
SPOT_CHECK_POPULATIONS = Names("SpotCheckPopulations", POPULATION_LABELS)


def matter_type(label: str) -> str:
    """A matter's type (the catalogue's Chinese value, e.g. 行政许可) in the UI's language."""
    return in_ui_language(*matter_type_term(label))
