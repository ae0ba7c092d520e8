"""The catalogue's closed vocabularies and where the shipped catalogue lives.

Apart from `core.catalogue` (the schema, loader and validator) because that one needs pydantic,
about 14 MB once its first model is built: the screens and services that only name a delivery
method or a medium import these, and pydantic is loaded when a catalogue is read or a matter
definition checked.
"""

from __future__ import annotations

from pathlib import Path

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
MEDIA: dict[str, str] = {"paper": "纸质", "electronic": "电子", "either": "纸质或电子"}
MODES: dict[str, str] = {"window": "窗口办理", "online": "网上办理", "post": "邮寄办理"}
DELIVERIES: dict[str, str] = {"window": "窗口领取", "post": "邮寄送达", "electronic": "电子送达"}
# Position 2 of a USCC under authority 9 (GB 32100): 1 enterprise, 2 individual business, 3 co-op.
ENTERPRISE_CATEGORIES: dict[str, str] = {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}
REGISTRATION_KINDS: dict[str, str] = {
    "establishment": "设立登记",
    "change": "变更登记",
    "exchange": "换照（三证合一）",
}


def default_catalogue_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "catalogue"
