"""Identity numbers of real people (issue 14, part 1): the address code was in force at some
time between the birth date and today, not necessarily in the birth year; each refusal names
the wrong part; an address code the table cannot place needs a supervisor's override."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from window_app.core import idcard


def _id(first17: str) -> str:
    return first17 + idcard.check_digit(first17)


@pytest.mark.parametrize(
    "first17, why",
    [
        ("44080219780505321", "赤坎区 born 1978, the district created in 1984"),
        ("44080319800101123", "霞山区 born 1980"),
        ("44081119880101123", "麻章区 (郊区 until 1993) born 1988"),
        ("44082119750101123", "吴川县, abolished 1994, kept for life"),
        ("44082219600101123", "廉江县, abolished 1993"),
        ("44082419550101123", "海康县, abolished 1994"),
        ("44088219700101123", "雷州市 from 1994, born 1970"),
        ("44088319900101123", "吴川市 from 1994, born 1990"),
    ],
)
def test_codes_in_force_between_birth_and_today_are_accepted(first17, why):
    number = _id(first17)
    assert idcard.validate(number) == number, why


def test_the_issue_s_number_is_valid_as_typed():
    assert idcard.validate("440802197805053215") == "440802197805053215"


def test_a_code_abolished_before_the_birth_is_refused_naming_the_address():
    number = _id("44082119960101123")  # 吴川县 ended in 1994
    with pytest.raises(idcard.IdNumberError) as err:
        idcard.validate(number)
    assert err.value.part == "address" and "地址码错误" in err.value.message
    assert not err.value.overridable


def test_each_refusal_names_its_part():
    cases = {
        "44080219780505321" + "0": "check_digit",  # the right digit is 5
        _id("44080219780230321"): "birth_date",  # 30 February
        _id("44080220990101321"): "birth_date",  # in the future
    }
    labels = {"check_digit": "校验码错误", "birth_date": "出生日期错误"}
    for number, part in cases.items():
        with pytest.raises(idcard.IdNumberError) as err:
            idcard.validate(number, on=date(2026, 12, 6))
        assert err.value.part == part, number
        assert err.value.message.startswith(labels[part])


def test_an_unknown_code_is_overridable_and_only_then_accepted():
    number = _id("44089919800101123")  # no such county in GB/T 2260
    with pytest.raises(idcard.IdAddressUnknown) as err:
        idcard.validate(number)
    assert err.value.overridable and "440899" in err.value.message
    assert idcard.validate(number, allow_unplaced=True) == number
    # the override never excuses a wrong check digit
    with pytest.raises(idcard.IdNumberError, match="校验码"):
        idcard.validate(number[:17] + ("1" if number[17] != "1" else "2"), allow_unplaced=True)


def test_cli_check_id_says_which_part():
    good = "440802197805053215"
    wrong_date = _id("44080219780230321")
    result = subprocess.run(
        [sys.executable, "-m", "window_app", "check", "id", good, wrong_date],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert lines[0] == f"{good}\tvalid"
    assert lines[1].startswith(f"{wrong_date}\tinvalid\t出生日期错误")
    assert result.returncode == 1


def test_intake_takes_an_unplaced_code_only_with_a_supervisor_and_reason(sqlite_hall):
    from sqlalchemy import func, select

    from window_app.core.errors import DomainError
    from window_app.services import intake
    from window_app.storage.models import Application, AuditEvent

    db, actors = sqlite_hall
    clerk, supervisor = actors["clerk"], actors["supervisor"]
    number = _id("44089919800101123")
    person = intake.ApplicantInput("person", "王小明", id_number=number, phone="13812345678")

    def start(**kw):
        return intake.start_application(
            db, clerk, matter_code="SC-0006", applicant=person, on=date(2026, 12, 7), **kw
        )

    with pytest.raises(idcard.IdAddressUnknown):
        start()
    with pytest.raises(DomainError) as err:
        start(id_override_by=clerk, id_override_reason="户籍证明核实")  # a clerk cannot
    assert err.value.field == "override_by"
    with pytest.raises(DomainError) as err:
        start(id_override_by=supervisor, id_override_reason="  ")
    assert err.value.field == "override_reason"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
    started = start(id_override_by=supervisor, id_override_reason="户籍证明核实，号码属实")
    with db.reading() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "applicant.id_override")
        ).one()
        assert event.entity_id == started.number
    assert "440899" in str(event.after) and "户籍证明核实" in str(event.after)
    assert "super1" in str(event.after)
