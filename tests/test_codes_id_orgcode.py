"""Citizen ID numbers (GB 11643) and organisation codes (GB 11714), and `window-app check`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from window_app.core import idcard, orgcode

REGIONS = ["440802", "440803", "440804", "440811", "440823", "440825", "440881", "440882"]

# ISO 7064 MOD 11-2 written out here, independently of the code under test.
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def reference_id_check(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


ids = st.builds(
    lambda region, born, seq: f"{region}{born:%Y%m%d}{seq:03d}",
    st.sampled_from(REGIONS),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2010, 12, 31)),
    st.integers(0, 999),
).map(lambda first17: first17 + reference_id_check(first17))


@settings(max_examples=200, deadline=None)
@given(ids)
def test_every_well_formed_id_validates(number):
    assert idcard.validate(number) == number


@settings(max_examples=200, deadline=None)
@given(ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_every_single_character_change_is_caught(number, position, replacement):
    changed = number[:position] + replacement + number[position + 1 :]
    if changed != number:
        assert not idcard.is_valid(changed)


@pytest.mark.parametrize(
    "number, message",
    [
        ("44080219900101123", "18位"),
        ("44080219900101123A", "末位为数字或X"),
        ("440802199001011230", "校验码"),
        ("440802199013011236", "出生日期错误"),
    ],
)
def test_id_messages_say_what_is_wrong(number, message):
    first17 = number[:17]
    if message == "出生日期错误":
        number = first17 + reference_id_check(first17)
    with pytest.raises(idcard.IdNumberError, match=message):
        idcard.validate(number)


def test_old_fifteen_digit_numbers_only_where_allowed():
    with pytest.raises(idcard.IdNumberError, match="15位"):
        idcard.validate("440802900101123")
    assert idcard.validate("440802900101123", allow_15=True) == "440802900101123"


@pytest.mark.parametrize(
    "code",
    ["708461136", "192203821", "M000100Y4", "802100433", "607216596"],
)
def test_real_organisation_codes(code):
    assert orgcode.is_valid(code)
    assert orgcode.is_valid(orgcode.format_code(code))


def test_organisation_code_letters_use_the_26_letter_scale():
    # J is 19 on the GB 11714 scale (18 on the USCC scale); MA4W… bodies rely on it.
    body = "MAJ00001"
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    values = [22, 10, 19, 0, 0, 0, 0, 1]
    expected = 11 - sum(v * w for v, w in zip(values, weights, strict=True)) % 11
    assert orgcode.check_char(body) == {10: "X", 11: "0"}.get(expected, str(expected))


def _check(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "window_app", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_check_formats_and_exit_codes():
    good = "440802199001011238"
    bad = "440802199001011230"
    result = _check("id", good, bad)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{good}\tvalid"
    assert lines[1].startswith(f"{bad}\tinvalid\t") and "校验码" in lines[1]
    assert _check("id", "-", stdin=f"{good}\n\n{good}\n").stdout == f"{good}\tvalid\n" * 2
    assert _check("uscc", "91350100M000100Y43").returncode == 0
    unknown = _check("uscc", "91350100M000100Y44")
    assert unknown.returncode == 1 and "第18位" in unknown.stdout


def test_id_birth_dates_in_the_future_are_refused():
    born = date.today() + timedelta(days=400)
    first17 = f"440802{born:%Y%m%d}123"
    assert not idcard.is_valid(first17 + reference_id_check(first17))
