"""The supervisor's board over a day of applications whose outcomes are known.

The scenario (Wednesday 2026-11-25, windows A01 = clerk1 and A02 = clerk2) and every expected
number below were worked out by hand from the list in `build_day`; none is computed by the code
under test.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import time
from datetime import date

import pytest
from conftest import cli_sign_in
from openpyxl import load_workbook
from sqlalchemy import select, update

from window_app.cli import run
from window_app.services import completion, exports, metrics, processing
from window_app.services.context import PermissionDenied
from window_app.services.notice import issue_notice
from window_app.services.refusal import refuse
from window_app.storage.models import Application, AuditEvent, VerificationTask

from test_processing import accepted, person_id, received  # isort: skip

D = date(2026, 11, 25)
HOSTILE = '=HYPERLINK("http://e.x/","点我")'  # 30 characters: a person's name holds no more


def _commit(db, number: str) -> None:
    with db.transaction() as session:
        session.execute(
            update(Application).where(Application.number == number).values(commitment=True)
        )


def build_day(db, actors) -> dict[str, str]:
    c1, c2 = actors["clerk"], actors["clerk2"]
    n: dict[str, str] = {}
    # a14 (A02): commitment accepted and completed on 20 Oct; its verification fails on D
    n["a14"] = accepted(db, c2, date(2026, 10, 20), matter="SC-0001", seq=14)
    _commit(db, n["a14"])
    processing.decide(db, c2, n["a14"], "approved", on=date(2026, 10, 20))
    completion.complete(db, c2, n["a14"], "营业执照", on=date(2026, 10, 20))
    with db.transaction() as session:
        app_id = session.scalar(select(Application.id).where(Application.number == n["a14"]))
        session.add(VerificationTask(application_id=app_id, due_on=date(2026, 11, 30),
                                     status="open", signed_by="申请人"))  # fmt: skip
    processing.record_verification(db, c2, n["a14"], False, "经营场所与承诺不符", on=D)
    # a9 (A01): accepted Mon 9 Nov, due 23 Nov, still in review → overdue; hostile name
    n["a9"] = accepted(db, c1, date(2026, 11, 9), channel="online", name=HOSTILE, seq=9)
    processing.start_review(db, c1, n["a9"], on=date(2026, 11, 10))
    # a12 (A02): due 23 Nov too but suspended → on no list
    n["a12"] = accepted(db, c2, date(2026, 11, 9), channel="online", seq=12)
    processing.start_review(db, c2, n["a12"], on=date(2026, 11, 10))
    processing.suspend(db, c2, n["a12"], "hearing", on=date(2026, 11, 11))
    # a7 (A01): accepted Tue 10 Nov (due 24 Nov), completed D → late, 11 working days
    n["a7"] = accepted(db, c1, date(2026, 11, 10), seq=7)
    processing.decide(db, c1, n["a7"], "approved", on=date(2026, 11, 24))
    # a10 (A02): accepted Fri 13 Nov, due Fri 27 Nov → 2 working days left on D → warning
    n["a10"] = accepted(db, c2, date(2026, 11, 13), channel="online", seq=10)
    # a8 (A02) and a11 (A01): accepted Mon 16 Nov, due 30 Nov
    n["a8"] = accepted(db, c2, date(2026, 11, 16), channel="online", seq=8)
    n["a11"] = accepted(db, c1, date(2026, 11, 16), channel="online", seq=11)
    # a13 (A02): received in person on 24 Nov, one-time notice on D
    n["a13"] = received(db, c2, date(2026, 11, 24), seq=13)
    issue_notice(db, c2, n["a13"], on=D)
    # --- received on D ---
    n["a1"] = accepted(db, c1, D, matter="SC-0001", seq=1)  # on the spot
    processing.decide(db, c1, n["a1"], "approved", on=D)
    completion.complete(db, c1, n["a1"], "营业执照", on=D)
    completion.deliver(
        db, c1, n["a1"], "window", collected_by="林小红", collected_by_id=person_id(1), on=D
    )  # fmt: skip  (2nd visit)
    n["a2"] = accepted(db, c1, D, channel="online", seq=2)
    n["a3"] = received(db, c1, D, seq=3)
    issue_notice(db, c1, n["a3"], on=D)
    n["a4"] = received(db, c2, D, channel="post", seq=4)
    refuse(db, c2, n["a4"], reason="不属于本机关职权范围", legal_basis="《行政许可法》第三十二条",
           apply_instead="湛江市卫生健康局", on=D)  # fmt: skip
    n["a5"] = accepted(db, c2, D, matter="SC-0001", seq=5)
    _commit(db, n["a5"])
    processing.decide(db, c2, n["a5"], "approved", on=D)
    completion.complete(db, c2, n["a5"], "营业执照", on=D)
    n["a6"] = accepted(db, c2, D, channel="online", seq=6)
    # completions on D of earlier acceptances
    completion.complete(db, c1, n["a7"], "公共场所卫生许可证", on=D)
    processing.decide(db, c2, n["a8"], "approved", on=D)
    completion.complete(db, c2, n["a8"], "公共场所卫生许可证", on=D)
    return n


def rate(m, name):
    return (getattr(m, name).numerator, getattr(m, name).denominator, getattr(m, name).value)


def test_board_counts_a_known_day(hall):
    db, actors = hall
    n = build_day(db, actors)
    with pytest.raises(PermissionDenied):
        metrics.board(db, actors["clerk"], D, D, on=D)
    b = metrics.board(db, actors["supervisor"], D, D, on=D)
    t = b.totals
    assert (t.received, t.accepted, t.notices, t.refusals, t.commitments) == (6, 4, 2, 1, 1)
    assert (t.completed, t.completed_same_day, t.verification_failed) == (4, 2, 1)
    assert rate(t, "completion") == (2, 4, 0.5)
    assert rate(t, "on_time") == (3, 4, 0.75)
    assert rate(t, "zero_trip") == (3, 6, 0.5)
    assert rate(t, "at_most_one") == (5, 6, 0.8333)
    assert (t.average_workdays.total, t.average_workdays.count, t.average_workdays.value) == (
        18, 4, 4.5)  # fmt: skip

    w = {r.key: r.measures for r in b.windows}
    assert set(w) == {"A01", "A02"}
    a01, a02 = w["A01"], w["A02"]
    assert (a01.received, a01.accepted, a01.notices, a01.refusals, a01.commitments) == (
        3,
        2,
        1,
        0,
        0,
    )
    assert (a02.received, a02.accepted, a02.notices, a02.refusals, a02.commitments) == (
        3,
        2,
        1,
        1,
        1,
    )
    assert (a01.completed, a01.completed_same_day, a02.completed, a02.completed_same_day) == (
        2, 1, 2, 1)  # fmt: skip
    assert (a01.verification_failed, a02.verification_failed) == (0, 1)
    assert rate(a01, "completion") == (1, 2, 0.5) and rate(a02, "completion") == (1, 2, 0.5)
    assert rate(a01, "on_time") == (1, 2, 0.5) and rate(a02, "on_time") == (2, 2, 1.0)
    assert rate(a01, "zero_trip") == (1, 3, 0.3333) and rate(a02, "zero_trip") == (2, 3, 0.6667)
    assert rate(a01, "at_most_one") == (2, 3, 0.6667) and rate(a02, "at_most_one") == (3, 3, 1.0)
    assert a01.average_workdays.value == 5.5 and a02.average_workdays.value == 3.5

    clerks = {r.key: r.measures for r in b.clerks}
    assert clerks["clerk1"] == a01 and clerks["clerk2"] == a02
    matters = {r.key: r.measures.received for r in b.matters}
    assert matters == {"SC-0001": 2, "CG-0001": 4}
    departments = {r.key: r.measures.received for r in b.departments}
    assert departments == {"SCJGJ": 2, "CGJ": 4}

    assert [(a.number, a.remaining, a.light) for a in b.overdue] == [(n["a9"], -2, "red")]
    assert [(a.number, a.remaining, a.light) for a in b.warnings] == [(n["a10"], 2, "yellow")]
    assert b.overdue[0].applicant == HOSTILE and b.overdue[0].window == "A01"

    # the JSON of the CLI is this board, and a range without activity divides by nothing
    as_json = b.as_dict()
    assert as_json["completion"] == {"numerator": 2, "denominator": 4, "value": 0.5}
    assert as_json["windows"]["A02"]["on_time"] == {"numerator": 2, "denominator": 2, "value": 1.0}
    assert "办结率" in as_json["definitions"]["completion"]["zh"]
    empty = metrics.board(db, actors["admin"], date(2026, 1, 5), on=D).totals
    assert empty.received == 0 and empty.completion.value is None
    assert empty.completion.as_dict() == {"numerator": 0, "denominator": 0, "value": None}


def test_exports_xlsx_escapes_and_audits(sqlite_hall, tmp_path):
    db, actors = sqlite_hall
    build_day(db, actors)
    boss = actors["supervisor"]
    with pytest.raises(PermissionDenied):
        exports.export_board(db, actors["clerk"], "xlsx", D, on=D)
    out = exports.export_board(db, boss, "xlsx", D, on=D)
    wb = load_workbook(io.BytesIO(out.content))
    assert wb.sheetnames == ["汇总", "分窗口", "分人员", "分事项", "分部门", "超期", "临期", "排队"]
    overdue = list(wb["超期"].iter_rows(values_only=True))
    assert overdue[1][2] == "'" + HOSTILE  # written as text, never a formula
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    summary = {row[0]: row for row in wb["汇总"].iter_rows(values_only=True)}
    assert summary["办结率"][1:4] == (0.5, 2, 4)  # the rate, its numerator and denominator
    assert summary["接件量"][1] == 6
    rate_cell = next(r[1] for r in wb["汇总"].iter_rows() if r[0].value == "办结率")
    assert rate_cell.number_format == "0.0%"  # a percentage cell, not a bare fraction
    for ws in wb:
        assert ws.freeze_panes == "A2", ws.title  # the heading stays in view
        for col in ws.iter_cols(min_row=1, max_row=ws.max_row):
            letter = col[0].column_letter
            text = [c.value.strftime("%Y-%m-%d") if c.is_date else str(c.value)
                    for c in col if c.value is not None and c.number_format != "0.0%"]  # fmt: skip
            need = max((sum(2 if ord(ch) > 0x2E7F else 1 for ch in t) for t in text), default=0)
            assert ws.column_dimensions[letter].width >= min(need, 58), (ws.title, letter)
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert exports.safe_cell(text) == "'" + text
    assert exports.safe_cell("林小红") == "林小红" and exports.safe_cell(-1) == -1

    pdf = exports.export_board(db, boss, "pdf", D, on=D).content
    path = tmp_path / "daily.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "政务服务大厅业务日报" in text and "办结率" in text and "审核人" in text
    with db.reading() as session:
        formats = [e.after["format"] for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export"))]  # fmt: skip
    assert formats == ["xlsx", "pdf"]  # the refused clerk left no trace


def _cli(capsys, db, *args) -> tuple[int, str]:
    code = run(["--database", db.url, *cli_sign_in(db, "super1"), *args])
    return code, capsys.readouterr().out


def test_report_daily_cli_agrees_with_board_and_list(sqlite_hall, capsys, tmp_path):
    db, actors = sqlite_hall
    build_day(db, actors)
    code, out = _cli(capsys, db, "report", "daily", "--date", D.isoformat(), "--format", "json")
    assert code == 0
    report = json.loads(out)
    board = metrics.board(db, actors["supervisor"], D, D).as_dict()
    for key in ("received", "accepted", "notices", "refusals", "commitments", "completed",
                "completed_same_day", "completion", "on_time", "zero_trip", "windows"):  # fmt: skip
        assert report[key] == board[key], key
    assert report["windows"]["A01"]["received"] == 3

    # an independent count over `list applications --format json`
    code, out = _cli(capsys, db, "list", "applications", "--format", "json")
    rows = json.loads(out)
    d = D.isoformat()
    got = [r for r in rows if r["received_on"] == d]
    acc = [r for r in rows if r["accepted_on"] == d]
    done = [r for r in rows if r["completed_on"] == d]
    assert report["received"] == len(got)
    assert report["accepted"] == len(acc)
    assert report["completed"] == len(done)
    assert report["completed_same_day"] == sum(r["accepted_on"] == d for r in done)
    assert report["completion"]["numerator"] == sum(r["completed_on"] is not None for r in acc)
    assert report["on_time"]["numerator"] == sum(r["completed_on"] <= r["deadline"] for r in done)
    assert report["zero_trip"]["numerator"] == sum(r["visits"] == 0 for r in got)
    for window in ("A01", "A02"):
        mine = [r for r in got if r["window"].startswith(window)]
        assert report["windows"][window]["received"] == len(mine)
        assert report["windows"][window]["zero_trip"]["numerator"] == sum(
            r["visits"] == 0 for r in mine)  # fmt: skip

    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"daily.{fmt}"
        code, _ = _cli(capsys, db, "report", "daily", "--date", d, "--format", fmt,
                       "--out", str(target))  # fmt: skip
        assert code == 0 and target.stat().st_size > 1000
    assert load_workbook(tmp_path / "daily.xlsx")["汇总"]["B4"].value == 6


def test_board_queries_use_indexes(sqlite_hall):
    db, actors = sqlite_hall
    with db.reading() as session:
        calendar = processing.load_calendar(session)
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        for stmt in metrics.statements(D, D, D, calendar):
            sql = str(
                stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
            )
            plan = [row[3] for row in cur.execute("EXPLAIN QUERY PLAN " + sql)]
            for line in plan:
                assert not re.match(
                    r"SCAN (applications|notices|transitions|verification_tasks)\b(?!.*INDEX)", line
                ), (sql, plan)
    finally:
        raw.close()


@pytest.mark.slow
def test_board_time_on_thousands_of_rows(sqlite_hall):
    """Not a gate: prints the board time over ~5000 applications (see the final report)."""
    db, actors = sqlite_hall
    with db.transaction() as session:
        template = session.scalars(select(Application)).first()
    assert template is None
    number = accepted(db, actors["clerk"], D, seq=1)
    with db.transaction() as session:
        base = session.scalars(select(Application).where(Application.number == number)).one()
        rows = []
        for i in range(5000):
            day = date.fromordinal(D.toordinal() - i % 200)
            rows.append(dict(
                number=f"X{i:06d}", matter_version_id=base.matter_version_id,
                applicant_id=base.applicant_id, channel="online",
                state="completed" if i % 3 else "in_review",
                window_id=base.window_id, clerk_id=base.clerk_id, answers={}, received_on=day,
                accepted_on=day, completed_on=day if i % 3 else None,
                promised_deadline=date.fromordinal(day.toordinal() + 14),
                visits=i % 3, elapsed_workdays=i % 5 if i % 3 else None,
            ))  # fmt: skip
        session.execute(Application.__table__.insert(), rows)
    for start in (D, date(2026, 11, 1), date(2026, 1, 1)):
        t0 = time.perf_counter()
        b = metrics.board(db, actors["supervisor"], start, D, on=D)
        elapsed = time.perf_counter() - t0
        print(f"board {start}..{D} over 5000 applications: {elapsed * 1000:.0f} ms, "
              f"received {b.totals.received}, overdue {len(b.overdue)}")  # fmt: skip
    assert elapsed < 5
    assert b.totals.received > 0
