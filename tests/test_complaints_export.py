"""The complaint register's export (`services.complaint_export`, `report complaints`): the
complaints received in a period, every state, the complainant's phone masked, formula-like
text kept as text, audited; xlsx read back with openpyxl, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime

import pytest
from conftest import cli_sign_in
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from test_complaints import form

from window_app.cli import run
from window_app.core.errors import DomainError
from window_app.services import complaint_export, complaints
from window_app.services.context import PermissionDenied
from window_app.storage.models import AuditEvent

SEP = datetime(2026, 9, 28, 9, 30)  # Monday; due 10 October (see test_complaints)
NOW = datetime(2026, 11, 30, 17, 0)


def period(db, actors) -> dict[str, complaints.ComplaintInfo]:
    """Four complaints, three in 28-30 September in three states, one the day after."""
    clerk, sup = actors["clerk"], actors["supervisor"]
    reg = complaints.register_complaint
    answered = reg(db, clerk, form(window_number="A02"), now=NOW)
    complaints.assign_complaint(
        db, sup, answered.id, actors["clerk2"].user_id, department="综合受理科",
        on=date(2026, 9, 29),
    )  # fmt: skip
    answered = complaints.answer_complaint(
        db, actors["clerk2"], answered.id, "已当面解释并致歉。", "basically",
        on=date(2026, 9, 30),
    )  # fmt: skip
    hostile = reg(
        db, clerk,
        form(name="=HYPERLINK(1)", phone="0759-2345678", category="fees", channel="letter",
             content="+收费不明", received_at=datetime(2026, 9, 29, 14, 5)),
        now=NOW,
    )  # fmt: skip
    closed = reg(db, clerk, form(name="吴女士", received_at=datetime(2026, 9, 30, 8)), now=NOW)
    closed = complaints.close_complaint(db, sup, closed.id, "经查不属实", on=date(2026, 10, 8))
    later = reg(db, clerk, form(name="郑先生", received_at=datetime(2026, 10, 1, 9)), now=NOW)
    return {"answered": answered, "hostile": hostile, "closed": closed, "later": later}


def exports(db) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "export")))


def test_xlsx_has_every_complaint_of_the_period_with_the_phone_masked(hall):
    db, actors = hall
    made = period(db, actors)
    result = complaint_export.export_complaints(
        db, actors["supervisor"], "xlsx", date(2026, 9, 28), date(2026, 9, 30), target="/tmp/x"
    )
    assert result.count == 3 and result.format == "xlsx"
    sheet = load_workbook(io.BytesIO(result.content))[complaint_export.SHEET]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == complaint_export.HEADER
    assert sheet.freeze_panes == "A2"
    widths = {name: sheet.column_dimensions[get_column_letter(i + 1)].width
              for i, name in enumerate(complaint_export.HEADER)}  # fmt: skip
    assert widths["投诉人"] >= 8 and widths["接收时间"] >= 18  # sized to their content
    body = rows[1:]
    assert [r[0] for r in body] == [made["answered"].id, made["hostile"].id, made["closed"].id]
    col = {name: i for i, name in enumerate(complaint_export.HEADER)}
    first = body[0]
    assert first[col["接收时间"]] == SEP
    assert (first[col["渠道"]], first[col["类别"]], first[col["状态"]]) == (
        "电话",
        "服务态度",
        "已答复",
    )
    assert (first[col["投诉人"]], first[col["联系电话"]]) == ("黄先生", "138****1234")
    assert (first[col["涉及窗口"]], first[col["答复期限"]]) == ("A02", datetime(2026, 10, 10))
    assert (first[col["承办人"]], first[col["承办人账号"]], first[col["承办科室"]]) == (
        "李建国", "clerk2", "综合受理科",
    )  # fmt: skip
    assert first[col["转办日期"]] == datetime(2026, 9, 29)
    assert (first[col["答复内容"]], first[col["满意度"]]) == ("已当面解释并致歉。", "基本满意")
    assert first[col["答复日期"]] == datetime(2026, 9, 30)
    hostile = body[1]
    assert hostile[col["投诉人"]] == "'=HYPERLINK(1)"  # text, never a formula
    assert hostile[col["投诉内容"]] == "'+收费不明" and hostile[col["联系电话"]] == "075****5678"
    assert (hostile[col["状态"]], hostile[col["承办人"]]) == ("已登记", None)
    closed = body[2]
    assert (closed[col["状态"]], closed[col["关闭理由"]]) == ("不属实已关闭", "经查不属实")
    assert closed[col["关闭日期"]] == datetime(2026, 10, 8)
    flat = json.dumps([[str(v) for v in r] for r in rows], ensure_ascii=False)
    assert "13807591234" not in flat and "2345678" not in flat.replace("075****5678", "")
    (event,) = exports(db)
    assert (event.entity, event.entity_id, event.username) == (
        "complaints", "2026-09-28..2026-09-30", "super1",
    )  # fmt: skip
    assert event.after["complaints"] == 3 and event.after["format"] == "xlsx"


def test_json_and_refusals(hall):
    db, actors = hall
    made = period(db, actors)
    result = complaint_export.export_complaints(
        db, actors["admin"], "json", date(2026, 10, 1), date(2026, 10, 1)
    )
    (only,) = json.loads(result.content)
    assert only["id"] == made["later"].id and only["phone"] == "138****1234"
    for who in ("clerk", "clerk2"):
        with pytest.raises(PermissionDenied):
            complaint_export.export_complaints(
                db, actors[who], "xlsx", date(2026, 9, 28), date(2026, 9, 30)
            )
    with pytest.raises(DomainError) as err:
        complaint_export.export_complaints(
            db, actors["supervisor"], "xlsx", date(2026, 9, 30), date(2026, 9, 28)
        )
    assert err.value.field == "to"
    with pytest.raises(DomainError) as err:
        complaint_export.export_complaints(
            db, actors["supervisor"], "odt", date(2026, 9, 28), date(2026, 9, 30)
        )
    assert err.value.field == "format"
    assert len(exports(db)) == 1  # only the one that was written


def test_report_complaints_cli(sqlite_hall, capsys, tmp_path, monkeypatch):
    db, actors = sqlite_hall
    made = period(db, actors)
    url = ["--database", db.url, *cli_sign_in(db, "super1")]
    assert run(["report", "complaints", "--from", "2026-09-28", "--to", "2026-09-30", *url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in listed] == [made[k].id for k in ("answered", "hostile", "closed")]
    first = listed[0]
    assert (first["phone"], first["handler"], first["handler_username"]) == (
        "138****1234", "李建国（clerk2）", "clerk2",
    )  # fmt: skip
    assert first["handler_department"] == "综合受理科" and first["assigned_on"] == "2026-09-29"
    assert listed[1]["complainant"] == "=HYPERLINK(1)"  # JSON is data, not a spreadsheet
    assert "13807591234" not in json.dumps(listed)

    # --to defaults to --from
    assert run(["report", "complaints", "--from", "2026-10-01", *url]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [made["later"].id]

    target = tmp_path / "complaints.xlsx"
    assert run(["report", "complaints", "--from", "2026-09-28", "--to", "2026-10-31",
                "--format", "xlsx", "--out", str(target), *url]) == 0  # fmt: skip
    assert capsys.readouterr().err.strip() == str(target)
    rows = list(load_workbook(target)["投诉登记"].iter_rows(values_only=True))
    assert len(rows) == 5 and rows[4][5] == "郑先生" and rows[4][6] == "138****1234"

    # refused: --to before --from (1), xlsx to a terminal (2), a bad date (2)
    assert run(["report", "complaints", "--from", "2026-09-30", "--to", "2026-09-28", *url]) == 1
    assert "早于" in capsys.readouterr().err
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert run(["report", "complaints", "--from", "2026-09-28", "--format", "xlsx", *url]) == 2
    assert "needs --out" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run(["report", "complaints", "--from", "28/09/2026", *url])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        run(["report", "complaints", "--to", "2026-09-28", *url])  # --from is required
    assert exit_.value.code == 2
    assert [e.after["format"] for e in exports(db)] == ["json", "json", "xlsx"]


def test_report_complaints_pdf_cli(sqlite_hall, capsys, tmp_path):
    """`report complaints --format pdf`: the A4 投诉登记表 of the period from the hall settings,
    the phones masked, hostile text printed as text; refused (exit 1, naming the setting) while
    the hall has no name. The rest of the document rules: tests/test_paper.py."""
    import dataclasses
    import re
    import shutil
    import subprocess

    from window_app.services import hall_settings

    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    db, actors = sqlite_hall
    period(db, actors)
    url = ["--database", db.url, *cli_sign_in(db, "super1")]
    target = tmp_path / "complaints.pdf"
    args = ["report", "complaints", "--from", "2026-09-28", "--to", "2026-10-31",
            "--format", "pdf", "--out", str(target), *url]  # fmt: skip
    assert run(args) == 0
    assert capsys.readouterr().err.strip() == str(target)
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    flat = "".join(text.split())
    settings = hall_settings.load_hall_settings(db)
    assert "投诉登记表" in flat and settings.hall_name in flat
    assert "统计期间：2026年9月28日—2026年10月31日" in flat
    assert "13807591234" not in flat and "0759-2345678" not in flat
    assert flat.count("138****1234") == 3 and "=HYPERLINK(1)" in flat
    assert "接收投诉4" in flat and "已答复1" in flat and "其中基本满意1" in flat
    numbers = re.findall(r"第(\d+)页共(\d+)页", flat)
    assert numbers == [(str(n), str(len(numbers))) for n in range(1, len(numbers) + 1)]
    assert [e.after["format"] for e in exports(db)] == ["pdf"]

    hall_settings.save_hall_settings(
        db, actors["admin"], dataclasses.replace(settings, hall_name="")
    )
    target.unlink()
    assert run(args) == 1
    assert "大厅名称" in capsys.readouterr().err and not target.exists()
