"""The demo hall's people and enterprises: names over common surnames and given characters,
ID numbers and USCCs that pass their check digits, phones, and the history's trade names."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..core import idcard
from ..core.uscc import ALPHABET, UsccParts
from . import intake

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志海燕玲"
# The share of each matter's applications made by an organisation (with a USCC) rather than a
# person: a change of registration or a licence is asked for by the enterprise; a new enterprise
# or an individual business by a person (the investor, or the agent they send).
ORGANISATION_SHARE = {"SC-0004": 1.0, "SC-0005": 1.0, "SC-0006": 0.6, "WJ-0001": 0.8,
                      "WJ-0002": 1.0, "XW-0001": 1.0, "JY-0001": 1.0, "RS-0001": 1.0,
                      "WT-0001": 1.0, "FG-0001": 1.0, "JT-0001": 1.0, "CG-0001": 0.9}  # fmt: skip
TRADE_NAMES = "海港湾南粤雷州鼎盛恒达富通宏远嘉和新华泰丰金沙"
LINES = ["贸易", "食品", "餐饮", "物流", "建材", "科技", "印刷", "运输", "体育", "广告"]
REGIONS = ["440802", "440803", "440804", "440811", "440823", "440825", "440881", "440882", "440883"]


def person(rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(18000))
    first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
    return name, first17 + idcard.check_digit(first17), phone


def applicant(rng: random.Random, code: str) -> intake.ApplicantInput:
    """An applicant of matter `code`: an organisation or a person (ORGANISATION_SHARE)."""
    if rng.random() < ORGANISATION_SHARE.get(code, 0.0):
        name, uscc_code, phone = organisation(rng)
        return intake.ApplicantInput("organisation", name, uscc=uscc_code, phone=phone)
    name, id_number, phone = person(rng)
    return intake.ApplicantInput("person", name, id_number=id_number, phone=phone)


def organisation(rng: random.Random) -> tuple[str, str, str]:
    trade = "".join(rng.choice(TRADE_NAMES) for _ in range(2))
    name = f"湛江市{trade}{rng.choice(LINES)}有限公司"
    if rng.random() < 0.5:  # registered since 2015: the MA series; before: an 8-digit body
        body = "MA4" + "".join(rng.choice(ALPHABET) for _ in range(5))
    else:
        body = f"{rng.randrange(10**7, 10**8)}"
    code = UsccParts("9", "1", rng.choice(REGIONS), body).compose()
    phone = f"0759-{rng.randrange(2000000, 3999999)}"
    return name, code, phone


# characters of the history's trade names (字号), none of the showcase's (demo_hall.TRADES)
TRADE_CHARS = "瑞祥隆兴旺昌裕福顺安康德源鑫宝利晖锦绣尚卓越诚信永发广益和美"


def trade_name(n: int) -> str:
    """The n-th trade name: two characters, then three, never the same twice."""
    chars, base = [], len(TRADE_CHARS)
    n += base  # at least two characters
    while n:
        n, digit = divmod(n, base)
        chars.append(TRADE_CHARS[digit])
    return "".join(chars)
