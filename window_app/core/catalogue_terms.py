"""The catalogue's closed vocabularies and where the shipped catalogue lives.

Apart from `core.catalogue` (the schema, loader and validator) because that one needs pydantic,
about 14 MB once its first model is built: the screens and services that only name a delivery
method or a medium import these, and pydantic is loaded when a catalogue is read or a matter
definition checked.

A vocabulary that screens name in English too is a table of `Term`s (Chinese and English in
one place); its plain dict of Chinese labels, which paper and the command line use, is derived
from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Term(NamedTuple):
    """A word of a closed vocabulary (or a field's name) in Chinese and English."""

    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        """The word in `lang` ("zh" or "en")."""
        return self.en if lang == "en" else self.zh


def chinese(terms: dict[str, Term]) -> dict[str, str]:
    """key -> the Chinese word (paper, the command line, stored labels)."""
    return {key: term.zh for key, term in terms.items()}


# Closed list of matter types (plan item 2 abolished 非行政许可审批, so it is deliberately absent).
MATTER_TYPES: dict[str, str] = {
    "行政许可": "administrative licensing",
    "行政确认": "administrative confirmation",
    "行政给付": "administrative payment",
    "行政征收": "administrative levy",
    "行政裁决": "administrative adjudication",
    "行政奖励": "administrative reward",
    "公共服务": "public service",
    "备案": "filing",
    "其他行政权力": "other administrative power",
}
MEDIUM_TERMS: dict[str, Term] = {
    "paper": Term("纸质", "Paper"),
    "electronic": Term("电子", "Electronic"),
    "either": Term("纸质或电子", "Paper or electronic"),
}
MODE_TERMS: dict[str, Term] = {
    "window": Term("窗口办理", "At the window"),
    "online": Term("网上办理", "Online"),
    "post": Term("邮寄办理", "By post"),
}
DELIVERY_TERMS: dict[str, Term] = {
    "window": Term("窗口领取", "Collected at the window"),
    "post": Term("邮寄送达", "By post"),
    "electronic": Term("电子送达", "Electronic delivery"),
}
# Position 2 of a USCC under authority 9 (GB 32100): 1 enterprise, 2 individual business, 3 co-op.
ENTERPRISE_CATEGORY_TERMS: dict[str, Term] = {
    "1": Term("企业", "Enterprise"),
    "2": Term("个体工商户", "Individual business"),
    "3": Term("农民专业合作社", "Farmers' cooperative"),
}
REGISTRATION_KIND_TERMS: dict[str, Term] = {
    "establishment": Term("设立登记", "Establishment registration"),
    "change": Term("变更登记", "Change registration"),
    "exchange": Term("换照（三证合一）", "Licence exchange (three certificates in one)"),
}
# The law's unit of a time limit (core.time_limits counts each).
LIMIT_UNIT_TERMS: dict[str, Term] = {
    "working_days": Term("个工作日", "working days"),
    "calendar_days": Term("日", "calendar days"),
    "months": Term("个月", "months"),
}
# How a matter ended (withdrawn from the catalogue on a date).
WITHDRAWAL_KIND_TERMS: dict[str, Term] = {
    "abolished": Term("取消", "Abolished"),
    "filing": Term("改为备案", "Turned into a filing"),
    "merged": Term("并入其他事项", "Merged into another matter"),
}
MEDIA: dict[str, str] = chinese(MEDIUM_TERMS)
MODES: dict[str, str] = chinese(MODE_TERMS)
DELIVERIES: dict[str, str] = chinese(DELIVERY_TERMS)
ENTERPRISE_CATEGORIES: dict[str, str] = chinese(ENTERPRISE_CATEGORY_TERMS)
REGISTRATION_KINDS: dict[str, str] = chinese(REGISTRATION_KIND_TERMS)


def matter_type_term(label: str) -> Term:
    """A matter's type (the catalogue's Chinese value) in both languages, the English capitalised
    as a name on a screen."""
    english = MATTER_TYPES.get(label, "")
    return Term(label, english[:1].upper() + english[1:] if english else label)


def default_catalogue_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "catalogue"
