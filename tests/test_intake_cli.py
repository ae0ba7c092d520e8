"""`list applications`, `print DOCUMENT NUMBER` and `badcredit import` on both back ends;
printed PDFs read back with pdftotext and zbarimg."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date

from conftest import cli_sign_in

from window_app.cli import run
from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.services import accept, intake, notice, refusal

MON = date(2025, 11, 3)
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")
FULL_ID = re.compile(r"\d{17}[\dX]")


def _id(seq: str = "123") -> str:
    first = f"44080219900101{seq}"
    return first + idcard.check_digit(first)


def _start(db, clerk, seq="123", on=MON, **kw):
    applicant = intake.ApplicantInput("person", "王小明", id_number=_id(seq), phone="13812345678")
    return intake.start_application(
        db, clerk, matter_code="SC-0006", applicant=applicant, on=on, **kw
    )


def _cli(db, *args: str) -> list[str]:
    return ["--database", db.url, *cli_sign_in(db, "clerk1"), *args]


def _pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _barcodes(path, tmp_path) -> list[str]:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(prefix)], check=True)
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True, text=True
        )
        found += out.stdout.split()
        png.unlink()
    return found


def test_list_applications_json_and_text(hall, capsys):
    db, a = hall
    done = _start(db, a["clerk"], marks=[Mark(k, "received") for k in FOOD_KEYS])
    accept.accept(db, a["clerk"], done.number, on=MON)
    waiting = _start(db, a["clerk2"], seq="457", channel="post")
    notice.issue_notice(db, a["clerk2"], waiting.number, on=MON)
    later = _start(db, a["clerk"], on=date(2025, 11, 4))
    refusal.refuse(db, a["clerk"], later.number, reason="不属本机关", legal_basis="行政许可法第三十二条",
                   on=date(2025, 11, 4))  # fmt: skip
    capsys.readouterr()

    assert run(_cli(db, "list", "applications", "--format", "json")) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [done.number, waiting.number, later.number]
    first = rows[0]
    assert {"number", "matter_code", "state", "received_on", "accepted_on", "completed_on",
            "deadline", "window", "clerk", "visits"} <= set(first)  # fmt: skip
    assert first["matter_code"] == "SC-0006" and first["state"] == "accepted"
    assert first["received_on"] == first["accepted_on"] == "2025-11-03"
    assert first["deadline"] == "2025-11-17" and first["completed_on"] is None
    assert (first["window"], first["clerk"], first["visits"]) == ("A01", "clerk1", 1)
    assert rows[1]["state"] == "correction" and rows[1]["accepted_on"] is None
    assert rows[1]["deadline"] is None and rows[1]["visits"] == 0 and rows[1]["window"] == "A02"

    assert run(_cli(db, "list", "applications", "--date", "2025-11-04", "--format", "json")) == 0
    assert [r["number"] for r in json.loads(capsys.readouterr().out)] == [later.number]
    assert run(_cli(db, "list", "applications", "--state", "correction")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].split("\t")[:4] == [waiting.number, "SC-0006", "correction", "2025-11-03"]


def test_print_receipt_is_a_recorded_reprint_with_barcode(hall, tmp_path, capsys):
    db, a = hall
    s = _start(db, a["clerk"], marks=[Mark(k, "received") for k in FOOD_KEYS])
    accept.accept(db, a["clerk"], s.number, on=MON)
    out = tmp_path / "receipt.pdf"
    capsys.readouterr()
    assert run(_cli(db, "print", "receipt", s.number, "--out", str(out))) == 1  # no reason
    assert "须说明原因" in capsys.readouterr().err and not out.exists()
    assert (
        run(_cli(db, "print", "receipt", s.number, "--out", str(out), "--reason", "原件遗失")) == 0
    )
    text = _pdftotext(out)
    assert s.number in text and "补打（第1次）" in text and "受理通知书" in text
    assert "REPRINT" not in text
    assert not FULL_ID.search(text) and "13812345678" not in text
    assert s.number in _barcodes(out, tmp_path)
    # the print was recorded as a reprint
    from sqlalchemy import select

    from window_app.storage.models import AuditEvent, PrintEvent

    with db.reading() as session:
        ev = session.scalars(select(PrintEvent)).one()
        assert ev.reprint and ev.target.endswith("receipt.pdf")
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print")
        ).one()
        assert audit.after["reprint"] == 1 and audit.username == "clerk1"
        assert audit.reason == "原件遗失"
    again = tmp_path / "again.pdf"  # the second CLI reprint is the second, not "第1次" again
    assert run(_cli(db, "print", "receipt", s.number, "--out", str(again), "--reason", "卡纸")) == 0
    assert "补打（第2次）" in _pdftotext(again)


def test_print_every_kind_and_not_found(hall, tmp_path, capsys):
    db, a = hall
    told = _start(db, a["clerk"])
    notice.issue_notice(db, a["clerk"], told.number, on=MON)
    refused = _start(db, a["clerk"])
    refusal.refuse(db, a["clerk"], refused.number, reason="不属本机关", legal_basis="行政许可法第三十二条",
                   on=MON)  # fmt: skip
    committed = _start(db, a["clerk"], marks=[Mark(k, "received") for k in FOOD_KEYS[:2]])
    from window_app.services.commitment import approve_on_commitment

    approve_on_commitment(db, a["clerk"], committed.number, signer="王小明", on=MON)
    for kind, number, title in (
        ("notice", told.number, "一次性告知书"),
        ("refusal", refused.number, "不予受理通知书"),
        ("commitment", committed.number, "告知承诺书"),
    ):
        out = tmp_path / f"{kind}.pdf"
        assert run(_cli(db, "print", kind, number, "--out", str(out), "--reason", "遗失")) == 0
        text = _pdftotext(out)
        assert title in text and number in text and "补打" in text and not FULL_ID.search(text)
        assert number in _barcodes(out, tmp_path)
    capsys.readouterr()
    assert run(_cli(db, "print", "receipt", told.number, "--out", str(tmp_path / "x.pdf"))) == 1
    assert "没有已出具的受理通知书" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_exit_codes_in_a_real_process(hall, tmp_path):
    db, a = hall
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "window_app", "--database", db.url, *cli_sign_in(db, "admin1")]
    missing = subprocess.run([*cmd, "print", "receipt", "20991231-0001", "--out",
                              str(tmp_path / "x.pdf")], capture_output=True, text=True, env=env)  # fmt: skip
    assert missing.returncode == 1 and "不存在" not in missing.stdout and missing.stderr.strip()
    listfile = tmp_path / "bad.csv"
    listfile.write_text(f"code,name,reason\n{_id()},王小明,虚假承诺\n", "utf-8")
    ok = subprocess.run([*cmd, "badcredit", "import", str(listfile)], capture_output=True,
                        text=True, env=env)  # fmt: skip
    assert ok.returncode == 0 and ok.stdout.startswith("1 added"), ok.stderr
    listfile.write_text("code,name,reason\n123,某,x\n", "utf-8")
    bad = subprocess.run([*cmd, "badcredit", "import", str(listfile)], capture_output=True,
                         text=True, env=env)  # fmt: skip
    assert bad.returncode == 1 and "第2行" in bad.stderr
    listed = subprocess.run([*cmd, "list", "applications", "--format", "json"],
                            capture_output=True, text=True, env=env)  # fmt: skip
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
