"""GB 32100-2015 Unified Social Credit Code (with Amendment No. 1, 2016).

Validation names the part that is wrong so the clerk can fix exactly that; python-stdnum's
`cn.uscc` is not used because it rejects authorities A, N and Y and checks neither the
authority/category pair, the region, nor the embedded organisation code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import orgcode
from .divisions import plausible_region
from .errors import DomainError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

AUTHORITIES: dict[str, tuple[str, str]] = {
    "1": ("机构编制", "1239"),
    "2": ("外交", "19"),
    "3": ("司法行政", "123459"),
    "4": ("文化", "19"),
    "5": ("民政", "1239"),
    "6": ("旅游", "129"),
    "7": ("宗教", "129"),
    "8": ("工会", "19"),
    "9": ("工商", "123"),
    "A": ("中央军委改革和编制办公室", "19"),
    "N": ("农业", "1239"),
    "Y": ("其他", "1"),
}

MARKET_CATEGORIES = {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}


class UsccPart(StrEnum):
    LENGTH = "length"
    CHARACTER = "character"
    AUTHORITY = "authority"
    CATEGORY = "category"
    REGION = "region"
    ORGANISATION_CODE = "organisation_code"
    CHECK = "check_character"


class UsccError(DomainError):
    """An invalid code; `part` says which part is wrong."""

    def __init__(self, part: UsccPart, message: str, english: str):
        super().__init__(message, english=english, field="uscc")
        self.part = part


def check_char(first17: str) -> str:
    """Position 18 over positions 1–17; a result of 31 is written '0'."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalize(code: str) -> str:
    """Strip blanks a scanner or a paste may add, and fold case."""
    return "".join(code.split()).upper()


def validate(code: str) -> str:
    """Return the normalised code or raise UsccError naming the wrong part."""
    code = normalize(code)
    if len(code) != 18:
        raise UsccError(
            UsccPart.LENGTH,
            f"统一社会信用代码应为18位，输入为{len(code)}位",
            f"The Unified Social Credit Code (USCC) must have 18 characters; {len(code)} were entered.",
        )
    for i, c in enumerate(code, start=1):
        if c not in ALPHABET:
            raise UsccError(
                UsccPart.CHARACTER,
                f"第{i}位字符“{c}”不允许（不得使用I、O、S、V、Z及非数字字母）",
                f"The character “{c}” at position {i} is not allowed (no I, O, S, V, Z, and only digits and letters).",
            )
    authority = AUTHORITIES.get(code[0])
    if authority is None:
        raise UsccError(
            UsccPart.AUTHORITY,
            f"第1位登记管理部门代码“{code[0]}”不存在",
            f"Position 1 of the USCC: there is no registration authority code “{code[0]}”.",
        )
    if code[1] not in authority[1]:
        raise UsccError(
            UsccPart.CATEGORY,
            f"第2位机构类别代码“{code[1]}”不属于登记管理部门“{authority[0]}”",
            f"Position 2 of the USCC: the category code “{code[1]}” does not belong to the registration authority “{code[0]}”.",
        )
    if not plausible_region(code[2:8]):
        raise UsccError(
            UsccPart.REGION,
            f"第3-8位登记管理机关行政区划码“{code[2:8]}”无效",
            f"Positions 3-8 of the USCC: the administrative division code “{code[2:8]}” of the registration authority is not valid.",
        )
    if not orgcode.is_valid(code[8:17]):
        raise UsccError(
            UsccPart.ORGANISATION_CODE,
            f"第9-17位组织机构代码“{code[8:17]}”校验码错误",
            f"Positions 9-17 of the USCC: the check character of the organisation code “{code[8:17]}” is wrong.",
        )
    expected = check_char(code[:17])
    if code[17] != expected:
        raise UsccError(
            UsccPart.CHECK,
            f"第18位校验码错误（应为“{expected}”）",
            f"Position 18 of the USCC: the check character is wrong (it should be “{expected}”).",
        )
    return code


def is_valid(code: str) -> bool:
    try:
        validate(code)
    except UsccError:
        return False
    return True


@dataclass(frozen=True)
class UsccParts:
    authority: str
    category: str
    region: str
    org_body: str

    def compose(self) -> str:
        """Build a full code: adds the GB 11714 and GB 32100 check characters."""
        if any(c not in ALPHABET for c in self.org_body) or len(self.org_body) != 8:
            raise ValueError("organisation-code body must be 8 USCC characters")
        first17 = (
            self.authority + self.category + self.region + self.org_body
            + orgcode.check_char(self.org_body)
        )  # fmt: skip
        if any(c not in ALPHABET for c in first17):
            # The GB 11714 check may be 'X' or a digit, both in ALPHABET; anything else is a bug.
            raise ValueError(f"composed code {first17!r} leaves the USCC alphabet")
        return validate(first17 + check_char(first17))


def compose_from_orgcode(authority: str, category: str, region: str, org_code: str) -> str:
    """Licence exchange (换照): keep an existing organisation code as positions 9–17."""
    org_code = org_code.replace("-", "").upper()
    if not orgcode.is_valid(org_code):
        raise UsccError(
            UsccPart.ORGANISATION_CODE,
            f"组织机构代码“{org_code}”校验码错误",
            f"The check character of the organisation code “{org_code}” is wrong.",
        )
    first17 = authority + category + region + org_code
    if any(c not in ALPHABET for c in first17):
        raise UsccError(
            UsccPart.CHARACTER,
            "组织机构代码含统一社会信用代码不允许的字符（I、O、S、V、Z）",
            "The organisation code contains characters a USCC does not allow (I, O, S, V, Z).",
        )
    return validate(first17 + check_char(first17))
