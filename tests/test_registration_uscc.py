"""USCC validation (GB 32100-2015): each wrong part is named; real codes pass; hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from window_app.core import orgcode, uscc
from window_app.core.uscc import ALPHABET, AUTHORITIES, UsccError, UsccPart, UsccParts

# Codes published by the holders themselves (licences, annual reports, official notices).
REAL_CODES = [
    "914403001922038216",  # 中国平安保险（集团）股份有限公司
    "91440300708461136T",  # 腾讯科技（深圳）有限公司
    "91110000802100433B",  # 中国石油化工股份有限公司
    "91310000607216596U",  # 上海大众汽车有限公司 (SAIC Volkswagen)
    "12100000400000624D",  # 中国标准化研究院 (public institution, authority 1)
    "11100000000013127D",  # 中华人民共和国国务院办公厅 (authority 1, category 1)
    "91350100M000100Y43",  # GB 32100-2015 Annex B worked example
]


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code):
    assert uscc.validate(code) == code
    assert uscc.validate(code.lower()) == code  # scanners and typing: case folded
    assert uscc.validate(f" {code[:6]} {code[6:]} ") == code  # blanks removed


@pytest.mark.parametrize("code", REAL_CODES)
def test_altered_real_codes_are_invalid(code):
    for i in range(18):
        for c in ("0", "A", "X"):
            if code[i] != c:
                altered = code[:i] + c + code[i + 1 :]
                assert not uscc.is_valid(altered), altered


@pytest.mark.parametrize(
    ("code", "part"),
    [
        ("91440300708461136", UsccPart.LENGTH),
        ("91440300708461136TT", UsccPart.LENGTH),
        ("", UsccPart.LENGTH),
        ("91440300708461I36T", UsccPart.CHARACTER),
        ("91440300708461O36T", UsccPart.CHARACTER),
        ("9144030070846113-T", UsccPart.CHARACTER),
        ("B1440300708461136T", UsccPart.AUTHORITY),
        ("01440300708461136T", UsccPart.AUTHORITY),
        ("99440300708461136T", UsccPart.CATEGORY),  # 9 has no category 9 (only 1, 2, 3)
        ("Y2440300708461136T", UsccPart.CATEGORY),
        ("91990300708461136T", UsccPart.REGION),  # province 99 does not exist
        ("91AB0300708461136T", UsccPart.REGION),
        ("91440300708461137T", UsccPart.ORGANISATION_CODE),
        ("91440300708461136U", UsccPart.CHECK),
    ],
)
def test_each_wrong_part_is_named(code, part):
    with pytest.raises(UsccError) as err:
        uscc.validate(code)
    assert err.value.part == part
    assert err.value.field == "uscc"
    assert err.value.message  # Chinese text for the clerk


def test_messages_name_the_part():
    with pytest.raises(UsccError, match="第18位校验码错误"):
        uscc.validate("91440300708461136U")
    with pytest.raises(UsccError, match="18位"):
        uscc.validate("9144")


@pytest.mark.parametrize(("authority", "category"), [("A", "1"), ("N", "2"), ("Y", "1")])
def test_letter_authorities_compose_and_validate(authority, category):
    # stdnum's cn.uscc rejects these (it wants digits in positions 1–8).
    code = UsccParts(authority, category, "110000", "MA01234K").compose()
    assert uscc.validate(code) == code


def _valid_parts():
    pairs = [(a, c) for a, (_, cats) in AUTHORITIES.items() for c in cats]
    region = st.sampled_from(["440800", "440802", "110000", "310115", "100000", "650102"])
    body = st.text(alphabet=ALPHABET, min_size=8, max_size=8)
    return st.tuples(st.sampled_from(pairs), region, body)


@settings(max_examples=300, deadline=None)
@given(_valid_parts())
def test_every_composed_code_validates(parts):
    (authority, category), region, body = parts
    code = UsccParts(authority, category, region, body).compose()
    assert uscc.validate(code) == code
    assert orgcode.is_valid(code[8:17])


@settings(max_examples=200, deadline=None)
@given(_valid_parts(), st.integers(0, 17), st.sampled_from(ALPHABET))
def test_every_single_character_change_is_caught(parts, position, replacement):
    (authority, category), region, body = parts
    code = UsccParts(authority, category, region, body).compose()
    if code[position] == replacement:
        replacement = ALPHABET[(ALPHABET.index(replacement) + 1) % len(ALPHABET)]
    altered = code[:position] + replacement + code[position + 1 :]
    assert not uscc.is_valid(altered)


def test_compose_from_orgcode_keeps_the_organisation_code():
    code = uscc.compose_from_orgcode("9", "1", "440800", "70846113-6")
    assert code[8:17] == "708461136"
    assert uscc.is_valid(code)
    with pytest.raises(UsccError) as err:
        uscc.compose_from_orgcode("9", "1", "440800", "70846113-7")
    assert err.value.part == UsccPart.ORGANISATION_CODE
