"""The provisional mark stands on the date that is provisional (issue 14, part 2): accepted on
14 December 2026, the promised date (10 working days) falls in 2026, whose arrangement is
published, and the statutory one (20 working days) in 2027, whose is not."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from conftest import cli_sign_in

from window_app.cli import run
from window_app.services import documents, queries
from window_app.services.accept import accept

from test_processing import all_received, received  # isort: skip

ACCEPTED = date(2026, 12, 14)


def _accepted(db, clerk):
    number = received(db, clerk, ACCEPTED)
    out = accept(db, clerk, number, marks=all_received(db, number, ACCEPTED), on=ACCEPTED)
    return number, out


def test_receipt_screen_and_list_mark_only_the_statutory_date(sqlite_hall, tmp_path, capsys):
    db, actors = sqlite_hall
    number, out = _accepted(db, actors["clerk"])
    assert out.promised_deadline == date(2026, 12, 28)
    assert out.statutory_deadline.year == 2027
    # the receipt: the mark is printed in the statutory row, not under the promised one
    path = tmp_path / "receipt.pdf"
    path.write_bytes(documents.render(out.document))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    promised = next(i for i, line in enumerate(lines) if "承诺办结日期" in line)
    statutory = next(i for i, line in enumerate(lines) if "法定办结日期" in line)
    marks = [i for i, line in enumerate(lines) if "暂定日期" in line]
    assert marks and all(statutory <= i for i in marks), text
    assert not any(promised <= i < statutory for i in marks)
    # the application's data
    detail = queries.application_detail(db, number, on=ACCEPTED)
    assert not detail.promised_provisional and detail.statutory_provisional
    # the list's JSON
    assert run(["--database", db.url, *cli_sign_in(db, "clerk1"), "list", "applications",
                "--format", "json"]) == 0  # fmt: skip
    row = next(r for r in json.loads(capsys.readouterr().out) if r["number"] == number)
    assert row["deadline_provisional"] is False
    assert row["statutory_deadline_provisional"] is True


def test_board_and_its_exports_mark_a_provisional_promised_date(sqlite_hall):
    import io

    from openpyxl import load_workbook

    from window_app.services import exports, metrics

    db, actors = sqlite_hall
    day = date(2026, 12, 22)
    number = received(db, actors["clerk"], day)
    out = accept(db, actors["clerk"], number, marks=all_received(db, number, day), on=day)
    assert out.promised_deadline == date(2027, 1, 6)  # 1 January skipped by law
    board = metrics.board(db, actors["supervisor"], day, on=date(2027, 1, 5))
    alert = next(a for a in board.warnings if a.number == number)
    assert alert.provisional and board.as_dict()["warnings"][0]["provisional"] is True
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(board)))["临期"]
    header, row = list(sheet.iter_rows(values_only=True))[:2]
    assert header[7:9] == ("承诺期限", "承诺期限暂定") and row[8] == "暂定"
    data = exports.report_data(board, actors["supervisor"])
    assert data.overdue_rows == ()  # nothing overdue yet; the warning list is on the board
