"""Enterprise names: the distinctive words (字号 + 行业) used for the name check.

A name is 行政区划 + 字号 + 行业/经营特点 + 组织形式, e.g. 湛江市赤坎区美味餐饮有限公司. Two names
at the same registering authority conflict when they are equal, or confusingly close: the same
words once the region and the organisational form are removed (湛江美味餐饮有限公司 and
广东美味餐饮有限责任公司 both reduce to 美味餐饮). Pure functions: no database.
"""

from __future__ import annotations

import re
import unicodedata

from .divisions import ZHANJIANG_AUTHORITIES
from .errors import DomainError

# Region words a name may start with (or carry in brackets), longest first when matching.
_COUNTY_SHORT = [n[:-1] for n in ZHANJIANG_AUTHORITIES.values() if len(n) > 2]
REGION_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            "中华人民共和国", "中国", "广东省", "广东", "粤", "湛江市", "湛江",
            "湛江经济技术开发区", "经济技术开发区", "开发区",
            *ZHANJIANG_AUTHORITIES.values(), *_COUNTY_SHORT,
        },
        key=len, reverse=True,
    )
)  # fmt: skip

# Organisational forms a name may end with, longest first; stripped repeatedly from the end
# ("美味餐饮店有限公司" → "美味餐饮"), so "分公司" after "有限公司" also goes.
ORG_FORMS: tuple[str, ...] = tuple(
    sorted(
        {
            "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "分公司", "公司",
            "集团", "农民专业合作社联合社", "农民专业合作社", "专业合作社", "合作社", "联合社",
            "个体工商户", "个体", "个人独资企业", "普通合伙", "有限合伙", "特殊普通合伙",
            "合伙企业", "企业", "分店", "店", "厂", "经营部", "门市部", "商行", "工作室", "中心",
            "馆", "行", "社", "部", "场", "坊",
        },
        key=len, reverse=True,
    )
)  # fmt: skip

_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
_NOISE = re.compile(r"[\s·•.,，、。'\"“”‘’\-—_/]+")
_PARENS = re.compile(r"\(([^()]*)\)")

MIN_LENGTH, MAX_LENGTH = 2, 100


class EnterpriseNameError(DomainError):
    def __init__(self, message: str, english: str):
        super().__init__(message, english=english, field="name")


# Direction overrides and isolates make a name display in another order than it is stored
# (a look-alike of another name); refused, like NUL and other control characters.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def normalize(name: str) -> str:
    """NFKC (full-width letters and digits to half-width), brackets unified, blanks and invisible
    format characters (zero-width space, joiners, soft hyphen, BOM) removed: a name with a
    hidden character is the same name."""
    text = unicodedata.normalize("NFKC", name).translate(_BRACKETS)
    return "".join(c for c in "".join(text.split()) if unicodedata.category(c) != "Cf")


def _strip_prefixes(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in REGION_WORDS:
            if text.startswith(word):
                text, changed = text[len(word) :], True
                break
    return text


def _strip_suffixes(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in ORG_FORMS:
            if text.endswith(word):
                text, changed = text[: -len(word)], True
                break
    return text


def distinctive_words(name: str) -> str:
    """The words that identify the business: region and organisational form removed.

    Bracketed parts that are only a region or a form ("美味（湛江）餐饮", "（普通合伙）") are
    dropped; other brackets keep their content. Case and width are folded.
    """
    text = normalize(name).upper()

    def _bracket(match: re.Match[str]) -> str:
        inner = match.group(1)
        if not inner or inner in REGION_WORDS or inner in ORG_FORMS:
            return ""
        return inner

    text = _PARENS.sub(_bracket, text)
    text = _NOISE.sub("", text).replace("(", "").replace(")", "")
    previous = None
    while previous != text:
        previous = text
        text = _strip_suffixes(_strip_prefixes(text))
    return text


def name_key(name: str) -> str:
    """The key stored with an enterprise; unique per registering authority."""
    return distinctive_words(name)


def validate_name(name: str) -> str:
    """Return the normalised name or raise (field `name`) when it is empty or has no 字号."""
    if any(c in _BIDI or (unicodedata.category(c) == "Cc" and not c.isspace()) for c in name):
        raise EnterpriseNameError(
            "企业名称含有不可见的控制字符（如空字符或文字方向控制符），请重新输入",
            "The enterprise name contains invisible control characters (such as NUL or text "
            "direction overrides); please type it again.",
        )
    text = normalize(name)
    if len(text) < MIN_LENGTH:
        raise EnterpriseNameError(
            "请填写企业名称（至少2个字）",
            "Please enter the enterprise name (at least 2 characters).",
        )
    if len(text) > MAX_LENGTH:
        raise EnterpriseNameError(
            f"企业名称不得超过{MAX_LENGTH}个字",
            f"The enterprise name cannot be longer than {MAX_LENGTH} characters.",
        )
    if not distinctive_words(text):
        raise EnterpriseNameError(
            "企业名称缺少字号：去掉行政区划和组织形式后没有剩余文字",
            "The enterprise name has no trade name: nothing is left once the administrative division and the organisational form are removed.",
        )
    return text


def authority_name(code: str) -> str:
    """The registering bureau of a GB/T 2260 code: 湛江市市场监督管理局, 湛江市赤坎区市场监督管理局,
    廉江市市场监督管理局 (districts carry the city's name, counties and county-level cities not)."""
    place = ZHANJIANG_AUTHORITIES[code]
    if code == "440800" or not place.endswith("区"):
        return f"{place}市场监督管理局"
    return f"湛江市{place}市场监督管理局"
