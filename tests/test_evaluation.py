"""好差评 on both back ends: the request / rating / timeout cycle at the counter, the national tag
table, both code directions, 差评 rectification cases (follow-up, finding, appeal, overdue,
configurable days), and the period report (JSON and xlsx, CLI)."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

import pytest
from conftest import cli_sign_in
from openpyxl import load_workbook

from window_app.cli import run
from window_app.core import evaluation as rules
from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.core.errors import DomainError
from window_app.services import accept, evaluation, evaluation_cases, intake
from window_app.services.evaluation import EvaluationError

MON = date(2026, 11, 2)  # a Monday
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")


def application(db, actor, seq: int = 101, name: str = "周建华", day: date = MON) -> str:
    first = f"44080219900101{seq:03d}"
    started = intake.start_application(
        db, actor, matter_code="SC-0006", on=day,
        applicant=intake.ApplicantInput("person", name, id_number=first + idcard.check_digit(first)),
        marks=[Mark(k, "received") for k in FOOD_KEYS],
    )  # fmt: skip
    accept.accept(db, actor, started.number, on=day)
    return started.number


def test_both_code_directions_and_the_tag_table():
    # national interface / devices: 5 = 非常满意; GB/T 39046 Annex A.8: 1 = 非常满意
    assert [rules.annex_a8_code(level) for level in (5, 4, 3, 2, 1)] == [1, 2, 3, 4, 5]
    assert [rules.level_from_annex_a8(c) for c in (1, 2, 3, 4, 5)] == [5, 4, 3, 2, 1]
    assert rules.LEVEL_NAMES[5] == "非常满意" and rules.LEVEL_NAMES[1] == "非常不满意"
    table = rules.tag_table()
    codes = {lvl: [c for c, _ in table.tags(lvl)] for lvl in range(1, 6)}
    assert codes[5] == [str(c) for c in range(510, 518)]
    assert codes[4] == [str(c) for c in range(406, 414)]
    assert codes[3] == [str(c) for c in range(307, 315)]
    assert codes[2] == [str(c) for c in range(207, 215)]
    assert codes[1] == [str(c) for c in range(108, 116)]
    assert table.wording("212") == "在线预约办理后到实体大厅重复取号排队"
    assert table.wording("115") == "服务态度差效率低"
    with pytest.raises(EvaluationError, match="不属于“满意”"):
        table.check(4, ["510"])


def test_counter_request_rating_and_timeout(hall):
    db, actors = hall
    clerk = actors["clerk"]
    number = application(db, clerk)
    t0 = datetime(2026, 11, 2, 10, 0)
    rid = evaluation.request_evaluation(
        db, clerk, application=number, encounter="completion", at=t0
    )
    shown = evaluation.pending_request(db, "A01", at=t0 + timedelta(seconds=5))
    assert (shown.clerk, shown.case_number, shown.encounter) == ("张晓敏", number, "completion")
    assert shown.matter  # the matter's name
    assert evaluation.pending_request(db, "A02", at=t0) is None
    assert evaluation.request_state(db, rid, at=t0) == "pending"
    rated = evaluation.submit_rating(
        db, rid, 5, ["517", "510"], "很好", at=t0 + timedelta(seconds=20)
    )
    assert (rated.level, rated.attempt, rated.case_id) == (5, 1, None)
    assert evaluation.request_state(db, rid) == "rated"
    with pytest.raises(EvaluationError, match="此评价已结束"):
        evaluation.submit_rating(db, rid, 4, [], at=t0 + timedelta(seconds=21))
    # a second request times out: nothing is recorded
    rid2 = evaluation.request_evaluation(
        db, clerk, application=number, encounter="completion", at=t0
    )
    late = t0 + timedelta(seconds=evaluation.TIMEOUT_SECONDS + 1)
    assert evaluation.pending_request(db, "A01", at=late) is None
    assert evaluation.request_state(db, rid2, at=late) == "expired"
    evaluation.expire_request(db, rid2)
    with pytest.raises(EvaluationError, match="此评价已结束"):
        evaluation.submit_rating(db, rid2, 1, ["115"], at=late)
    report = evaluation_cases.evaluation_report(db, actors["supervisor"], MON, MON)
    assert len(report["records"]) == 1
    (record,) = report["records"]
    assert record == record | {
        "办件编号": number, "评价渠道": "政务大厅平板电脑", "评价人": "周**",
        "评价时间": "20261102T100020", "评价次数": 1, "满意度": "非常满意", "满意度代码": 1,
        "评价标签": ["510", "517"], "文字评价": "很好", "行政区划": "440800",
    }  # fmt: skip


def test_consultation_without_application_is_anonymous_and_opens_no_case(hall):
    from window_app.services import queue_config, queue_tickets

    db, actors = hall
    queue_config.configure_line(db, actors["admin"], "综合受理", "A", ["A01"])
    now = datetime.now().replace(microsecond=0)
    ticket = queue_tickets.take_ticket(db, queue_tickets.KIOSK, "综合受理", at=now)
    rid = evaluation.request_evaluation(db, actors["clerk"], ticket=ticket.number, at=now)
    shown = evaluation.pending_request(db, "A01", at=now)
    assert shown.encounter == "consultation" and shown.case_number.startswith("ZX")
    rated = evaluation.submit_rating(db, rid, 1, ["115"], at=now)
    assert rated.case_id is None  # no real name: no follow-up possible


def test_bad_rating_opens_a_case_followed_up_and_answered(hall):
    db, actors = hall
    number = application(db, actors["clerk"])
    at = datetime(2026, 11, 2, 15, 0)
    rated = evaluation.record_evaluation(db, actors["admin"], number, 2, ["212", "214"], "重复排队",
                                         encounter="completion", at=at)  # fmt: skip
    assert rated.case_id is not None
    sup = actors["supervisor"]
    (case,) = evaluation_cases.list_cases(db, sup, today=MON)
    assert (case.followup_due, case.rectify_due) == (date(2026, 11, 3), date(2026, 11, 23))
    assert case.evaluator_masked == "周**" and case.clerk == "张晓敏" and not case.overdue
    assert evaluation_cases.list_cases(db, sup, which="overdue", today=date(2026, 11, 4))
    figures = evaluation_cases.period_figures(db, MON, MON)
    assert (figures.real_name_bad, figures.followed_up, figures.followup_rate) == (1, 0, 0.0)
    with pytest.raises(DomainError, match="无权限"):
        evaluation_cases.follow_up(db, actors["clerk"], case.id, "已电话回访")
    with pytest.raises(EvaluationError, match="须先回访"):
        evaluation_cases.conclude(db, sup, case.id, "immediate", "已整改", "已答复")
    evaluation_cases.follow_up(db, sup, case.id, "已电话回访，申请人反映预约后仍需排队")
    with pytest.raises(EvaluationError, match="限期整改须填写"):
        evaluation_cases.conclude(db, sup, case.id, "ledger", "纳入台账", "将整改", on=MON)
    evaluation_cases.conclude(db, sup, case.id, "ledger", "预约号未优先叫号，纳入台账",
                              "已调整预约优先规则", ledger_due=date(2026, 11, 20), on=MON)  # fmt: skip
    assert evaluation_cases.list_cases(db, sup, today=MON) == []
    (done,) = evaluation_cases.list_cases(db, sup, which="all", today=MON)
    assert (done.state, done.finding) == ("answered", "ledger")
    figures = evaluation_cases.period_figures(db, MON, MON)
    assert (figures.bad, figures.real_name_bad, figures.followed_up) == (1, 1, 1)
    assert figures.followup_rate == 1.0


def test_appeal_upheld_withdraws_rejected_resumes(hall):
    db, actors = hall
    clerk, sup = actors["clerk"], actors["supervisor"]
    first = evaluation.record_evaluation(db, clerk, application(db, clerk, 101), 1, ["115"],
                                         encounter="completion")  # fmt: skip
    second = evaluation.record_evaluation(db, clerk, application(db, clerk, 103, "吴芳"), 2, [],
                                          encounter="completion")  # fmt: skip
    with pytest.raises(EvaluationError, match="只有被评价的窗口人员"):
        evaluation_cases.appeal(db, actors["clerk2"], first.case_id, "非本人办理")
    evaluation_cases.appeal(db, clerk, first.case_id, "申请人材料不全，已一次性告知")
    evaluation_cases.decide_appeal(db, sup, first.case_id, True, "核实为误评")
    evaluation_cases.follow_up(db, sup, second.case_id, "已回访")
    evaluation_cases.appeal(db, clerk, second.case_id, "态度无问题")
    evaluation_cases.decide_appeal(db, sup, second.case_id, False, "录音显示答复不清")
    states = {c.id: c.state for c in evaluation_cases.list_cases(db, sup, which="all")}
    assert states == {first.case_id: "withdrawn", second.case_id: "followed_up"}
    with pytest.raises(EvaluationError, match="每件只可申诉一次"):
        evaluation_cases.appeal(db, clerk, second.case_id, "再申诉")


def test_case_days_configurable_and_third_rating_refused(hall):
    db, actors = hall
    evaluation.set_case_days(db, actors["admin"], 2, 5)
    assert evaluation.case_days(db) == (2, 5)
    with pytest.raises(EvaluationError):
        evaluation.set_case_days(db, actors["admin"], 10, 5)
    number = application(db, actors["clerk"])
    at = datetime(2026, 11, 6, 9, 0)  # a Friday
    for attempt in (1, 2):
        rated = evaluation.record_evaluation(db, actors["admin"], number, 2, [], at=at,
                                             encounter="completion")  # fmt: skip
        assert rated.attempt == attempt
    with pytest.raises(EvaluationError, match="已评价两次"):
        evaluation.record_evaluation(db, actors["admin"], number, 3, [], encounter="completion")
    case = evaluation_cases.list_cases(db, actors["supervisor"], today=at.date())[0]
    assert (case.followup_due, case.rectify_due) == (date(2026, 11, 10), date(2026, 11, 13))


def test_cli_record_and_report_json_and_xlsx(sqlite_hall, tmp_path, capsys):
    db, actors = sqlite_hall
    number = application(db, actors["clerk"], day=date.today())
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run(["evaluation", "record", number, "--level", "4", "--tags", "410,413", *url]) == 0
    assert run(["evaluation", "record", number, "--level", "1", "--tags", "113",
                "--text", "多头跑", "--encounter", "notice", *url]) == 0  # fmt: skip
    lines = [ln.split("\t") for ln in capsys.readouterr().out.splitlines()]
    assert [ln[1:4] for ln in lines] == [[number, "4", "1"], [number, "1", "1"]]
    assert lines[0][4] == "" and lines[1][4] != ""  # the 差评 opened a case
    assert run(["evaluation", "record", number, "--level", "2", "--tags", "510", *url]) == 1
    assert "不属于“不满意”" in capsys.readouterr().err
    today = date.today().isoformat()
    report_args = ["report", "evaluations", "--from", today, "--format", "json"]
    assert run([*report_args, *url]) == 1  # a clerk does not get the report
    url = ["--database", db.url, *cli_sign_in(db, "super1")]
    assert (
        run(["report", "evaluations", "--from", today, "--to", today, "--format", "json", *url])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert "附录A.8" in report["满意度代码方向"]
    assert [(r["满意度"], r["满意度代码"], r["评价标签"]) for r in report["records"]] == [
        ("满意", 2, ["410", "413"]),
        ("非常不满意", 5, ["113"]),
    ]
    assert set(evaluation_cases.RECORD_KEYS) <= set(report["records"][0])
    assert report["summary"] == report["summary"] | {
        "评价数": 2, "满意率": 0.5, "差评数": 1, "实名差评数": 1, "已回访数": 0, "实名差评回访率": 0.0,
    }  # fmt: skip
    out = tmp_path / "ev.xlsx"
    assert (
        run(["report", "evaluations", "--from", today, "--format", "xlsx", "--out", str(out), *url])
        == 0
    )
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    rows = list(wb["评价记录"].iter_rows(values_only=True))
    assert rows[0][:7] == (
        "办件编号",
        "评价渠道",
        "评价人",
        "评价时间",
        "评价次数",
        "满意度",
        "满意度代码",
    )
    assert rows[2][5:7] == ("非常不满意", 5) and rows[2][9] == "113"
    sheet = wb["评价记录"]  # headers frozen, columns as wide as their content (issue 16)
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == max(len(str(r[0])) for r in rows[1:]) + 2
    summary = dict(wb["汇总"].iter_rows(values_only=True))
    assert summary["实名差评回访率"] == 0 and "附录A.8" in summary["满意度代码方向"]
    assert run(["evaluation", "cases", *url]) == 0
    assert capsys.readouterr().out.split("\t")[1] == number
