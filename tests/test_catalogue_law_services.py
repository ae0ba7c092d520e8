"""Issue 21 at the counter and on the command line, on both back ends: withdrawn matters are
not offered and take no application (those made before stay on their version), answers that
make a matter not the applicant's are refused with the matter to go to, the clock counts
calendar days and months with expert review paused; `catalog list/show/referrals`."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from window_app.cli import run
from window_app.core import idcard, suspensions
from window_app.core.checklist import Mark
from window_app.core.suspensions import SuspensionError
from window_app.services import (
    accept,
    catalogue_browse,
    catalogue_status,
    guide_mapping,
    guide_sources,
    intake,
    processing,
    queries,
)
from window_app.services.checklist import get_checklist
from window_app.storage.models import Application, MatterVersion, Suspension


def _person(seq: str = "123") -> intake.ApplicantInput:
    first = f"44080219900101{seq}"
    return intake.ApplicantInput("person", "王小明", id_number=first + idcard.check_digit(first))


def _count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Application))


def _accepted(db, clerk, code: str, day: date, answers=None) -> str:
    started = intake.start_application(
        db, clerk, matter_code=code, applicant=_person(), answers=answers, on=day
    )
    marks = [
        Mark(r.key, "received") for r in get_checklist(db, started.number, on=day) if r.required
    ]
    accept.accept(db, clerk, started.number, marks=marks, on=day)
    return started.number


def _app(db, number: str) -> Application:
    with db.reading() as session:
        return session.scalars(select(Application).where(Application.number == number)).one()


# --- withdrawn matters ------------------------------------------------------------------------


def test_withdrawn_matters_are_not_offered_at_intake(hall):
    db, _ = hall

    def found(query: str, day: date) -> set[str]:
        return {c.code for c in intake.search_matters(db, query, on=day)}

    now = found("SC", date(2026, 1, 5)) | found("RS", date(2026, 1, 5))
    assert "SC-0005" not in now and "RS-0001" not in now and {"SC-0006", "SC-0007"} <= now
    assert not found("换发营业执照", date(2026, 1, 5))
    then = found("SC", date(2017, 6, 1)) | found("RS", date(2017, 6, 1))
    assert "SC-0005" in then and "RS-0001" in then


def test_a_withdrawn_matter_takes_no_application(hall):
    db, a = hall
    with pytest.raises(intake.MatterWithdrawn) as exc:
        intake.start_application(
            db, a["clerk"], matter_code="SC-0005", applicant=_person(), on=date(2026, 1, 5)
        )
    assert "自2018-01-01起停止办理" in exc.value.message and "2017年12月31日" in exc.value.message
    assert exc.value.english.startswith("The matter SC-0005 was withdrawn on 2018-01-01")
    with pytest.raises(intake.MatterWithdrawn, match="职业技能等级认定"):
        intake.start_application(
            db, a["clerk"], matter_code="RS-0001", applicant=_person(), on=date(2026, 1, 5)
        )
    assert _count(db) == 0


def test_an_application_made_before_stays_on_its_version(hall):
    db, a = hall
    number = _accepted(db, a["clerk"], "SC-0005", date(2017, 6, 1))
    before = _app(db, number)
    # after the end of the matter the application is still processed on the version it had
    clock = processing.start_review(db, a["clerk"], number, on=date(2018, 2, 1))
    assert clock.state == "in_review"
    after = _app(db, number)
    assert after.matter_version_id == before.matter_version_id
    with db.reading() as session:
        version = session.get(MatterVersion, after.matter_version_id)
        assert version.withdrawn_from == date(2018, 1, 1)


# --- answers that send the applicant elsewhere ------------------------------------------------


def test_prepackaged_only_shop_is_sent_to_the_filing(hall):
    db, a = hall
    with pytest.raises(intake.NotThisMatter) as exc:
        intake.start_application(
            db, a["clerk"], matter_code="SC-0006", applicant=_person(),
            answers={"prepackaged_only": True}, on=date(2026, 1, 5),
        )  # fmt: skip
    assert "不需要取得食品经营许可" in exc.value.message and "SC-0007" in exc.value.message
    assert exc.value.field == "prepackaged_only" and "SC-0007" in exc.value.english
    assert _count(db) == 0
    filing = _accepted(db, a["clerk"], "SC-0007", date(2026, 1, 5))
    app = _app(db, filing)
    assert app.promised_deadline == date(2026, 1, 5) and app.statutory_deadline is None


def test_the_seven_filing_venues_are_not_taken_for_a_hygiene_licence(hall):
    db, a = hall
    with pytest.raises(intake.NotThisMatter, match="卫生备案"):
        intake.start_application(
            db, a["clerk"], matter_code="WJ-0001", applicant=_person(),
            answers={"filing_venue": True}, on=date(2026, 1, 5),
        )  # fmt: skip
    assert _count(db) == 0
    started = intake.start_application(
        db, a["clerk"], matter_code="WJ-0001", applicant=_person(),
        answers={"filing_venue": False}, on=date(2026, 1, 5),
    )  # fmt: skip
    assert started.state == "received"


# --- the clock in the law's units -------------------------------------------------------------


def test_three_months_with_expert_review_paused(hall):
    db, a = hall
    clerk = a["clerk"]
    number = _accepted(db, clerk, "JY-0001", date(2025, 11, 18))
    app = _app(db, number)
    # 三个月 from 18 Nov 2025 end on 18 Feb 2026, inside 春节: 24 Feb
    assert (app.statutory_unit, app.statutory_days) == ("months", 3)
    assert app.statutory_deadline == date(2026, 2, 24)
    assert "次日起算3个月" in app.deadline_explanation
    processing.start_review(db, clerk, number, on=date(2025, 11, 19))
    processing.suspend(db, clerk, number, "expert_review", "专家委员会评议", on=date(2025, 11, 20))
    clock = processing.resume(db, clerk, number, on=date(2025, 11, 30))
    # the review paused the clock for the 10 calendar days in (20 Nov, 30 Nov]:
    # 18 Feb + 10 = Sat 28 Feb 2026, a make-up working day
    app = _app(db, number)
    assert app.suspended_calendar_days == 10 and app.statutory_deadline == date(2026, 2, 28)
    assert clock.statutory.explain() == (
        "2025-11-18受理，次日起算3个月（期间最后一日为法定节假日的，顺延至其后第一个工作日），"
        "中止10日 → 2026-02-28"
    )
    # the promise (40 working days) moved by the 6 working days paused and still ends first
    assert app.promised_deadline < app.statutory_deadline
    assert "中止6个工作日" in app.deadline_explanation


def test_a_pause_the_matter_does_not_declare_is_refused(hall):
    db, a = hall
    clerk = a["clerk"]
    number = _accepted(db, clerk, "WJ-0001", date(2026, 11, 2))
    processing.start_review(db, clerk, number, on=date(2026, 11, 3))
    with pytest.raises(SuspensionError) as refused:
        processing.suspend(db, clerk, number, "testing", "送检样品", on=date(2026, 11, 4))
    assert str(refused.value) == (
        "本事项（公共场所卫生许可）的依据未规定“检验检测”环节，不能因此中止；可中止的环节：听证"
    )
    assert refused.value.english.startswith("The legal basis of this matter")
    app = _app(db, number)
    assert app.state == "in_review"  # nothing stored, the clock runs on
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Suspension)) == 0
    # a hearing is open to every matter (行政许可法 arts. 46-47)
    assert processing.suspend(db, clerk, number, "hearing", on=date(2026, 11, 4)).state == (
        "suspended"
    )


def test_the_clerk_is_offered_the_steps_the_matter_declares(hall):
    db, a = hall
    clerk = a["clerk"]
    school = _accepted(db, clerk, "JY-0001", date(2026, 11, 2))
    venue = _accepted(db, clerk, "WJ-0001", date(2026, 11, 2))
    declared = queries.application_detail(db, school).excluded_steps
    assert declared == ("expert_review",)
    assert suspensions.choices("zh", declared) == [
        ("hearing", "听证"),
        ("expert_review", "专家评审"),
    ]
    assert queries.application_detail(db, venue).excluded_steps == ()
    assert suspensions.choices("en", ()) == [("hearing", "Hearing")]
    processing.start_review(db, clerk, school, on=date(2026, 11, 3))
    with pytest.raises(SuspensionError, match="可中止的环节：听证、专家评审"):
        processing.suspend(db, clerk, school, "inspection", on=date(2026, 11, 4))


def test_calendar_days_ending_in_national_day(hall):
    db, a = hall
    number = _accepted(db, a["clerk"], "WJ-0002", date(2026, 8, 20))
    app = _app(db, number)
    # 45 days from 20 Aug 2026 end on 4 Oct, a holiday: 8 Oct
    assert (app.statutory_unit, app.statutory_deadline) == ("calendar_days", date(2026, 10, 8))
    assert "次日起算45日" in app.deadline_explanation


# --- versions frozen before limits had units -------------------------------------------------


def test_a_definition_stored_before_units_reads_as_working_days(hall):
    db, _ = hall
    with db.transaction() as session:
        version = session.scalars(
            select(MatterVersion).where(MatterVersion.name == "户外广告设施设置审批")
        ).one()
        old = dict(version.definition)
        new_shape = old["limits"]
        old["limits"] = {"statutory_days": 20, "promised_days": 10, "on_the_spot": False}
        version.definition = old  # as migration 0015 finds a version imported before it
    limit = guide_sources.guide_for(db, "CG-0001", on=date(2026, 1, 5)).statutory_limit
    # a hearing, never undeclared
    assert limit == "20个工作日。" + guide_mapping.excluded_time_text(())
    assert "CG-0001" in {c.code for c in intake.search_matters(db, "户外", on=date(2026, 1, 5))}
    shown = catalogue_status.current_definition(db, "CG-0001", on=date(2026, 1, 5))
    assert shown["limits"]["statutory"] == {"value": 20, "unit": "working_days"}
    diff = catalogue_browse.diff_definitions(old, {**old, "limits": new_shape})
    assert [c.field for c in diff.fields] == ["limits.statutory.basis"]


# --- the command line -------------------------------------------------------------------------


def test_catalog_list_show_and_referrals(hall, capsys):
    db, _ = hall
    assert run(["--database", db.url, "catalog", "list", "--date", "2026-01-05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "SC-0005\t“三证合一”换发营业执照\twithdrawn 2018-01-01" in lines
    assert "RS-0001\t职业技能鉴定站（所）设立\twithdrawn 2018-12-29" in lines
    assert "SC-0006\t食品经营许可\tcurrent" in lines
    assert all(line.count("\t") == 2 for line in lines)

    assert run(["--database", db.url, "catalog", "show", "JY-0001", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "current" and data["code"] == "JY-0001"
    assert data["limits"]["statutory"] == {"value": 3, "unit": "months"}
    assert data["limits"]["promised"] == {"value": 40, "unit": "working_days"}
    assert "第十七条" in data["limits"]["statutory_basis"]
    assert data["excluded_time"][0]["step"] == "expert_review"
    assert {"law": "《中华人民共和国民办教育促进法》（2018年修正）", "article": "第十七条"} in (
        data["legal_basis"]
    )
    assert run(["--database", db.url, "catalog", "show", "SC-0005", "--format", "json"]) == 0
    withdrawn = json.loads(capsys.readouterr().out)
    assert withdrawn["status"] == "withdrawn"
    assert withdrawn["withdrawal"]["withdrawn_from"] == "2018-01-01"

    assert run(["--database", db.url, "catalog", "referrals",
                "一般项目：食品销售（仅销售预包装食品）；游泳用品销售；烟草制品零售"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines() == [
        "SC-0007\t仅销售预包装食品备案\tfiling",
        "-\t烟草专卖零售许可证\tlicence",
    ]
    assert run(["--database", db.url, "catalog", "referrals", "护理机构服务（不含医疗服务）"]) == 0
    assert capsys.readouterr().out == ""
    assert run(["--database", db.url, "catalog", "show", "XX-0001"]) != 0
    assert "XX-0001" in capsys.readouterr().err
