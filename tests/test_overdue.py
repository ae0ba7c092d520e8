"""One meaning of "overdue" (issue 14, part 3): not finished by the end of its deadline day,
whatever weekday today is; every screen, export and report takes it from `core.overdue`.

The week of the issue: deadline Friday 2026-12-04, today Sunday 2026-12-06."""

from __future__ import annotations

import io
import json
from datetime import date

from conftest import cli_sign_in
from openpyxl import load_workbook

from window_app.cli import run
from window_app.core import overdue
from window_app.core.deadlines import light, remaining
from window_app.core.workdays import WorkCalendar
from window_app.services import completion, exports, metrics, processing, queries
from window_app.services.commitment import approve_on_commitment

from test_processing import accepted, all_received, received  # isort: skip

FRI, SAT, SUN, MON = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 6), date(2026, 12, 7)
ACCEPTED = date(2026, 11, 20)  # a Friday: ten working days later is Friday 4 December


def test_the_core_definition():
    calendar = WorkCalendar()
    assert not overdue.is_overdue(FRI, FRI)
    for day in (SAT, SUN, MON):
        assert overdue.is_overdue(FRI, day), day
        assert light(calendar, day, FRI) == "red"
        assert remaining(calendar, day, FRI) == -1  # one working day late, never "0 left"
    assert remaining(calendar, date(2026, 12, 8), FRI) == -2
    assert not overdue.is_overdue(FRI, MON, finished_on=SUN)  # finished late: no longer overdue
    assert overdue.is_overdue(FRI, SAT, finished_on=SUN)  # but overdue the day before it was done
    assert not overdue.is_overdue(FRI, MON, finished_on=FRI)
    assert overdue.finished_late(FRI, SUN) and not overdue.finished_late(FRI, FRI)
    assert not overdue.is_overdue(FRI, SUN, suspended=True)
    assert not overdue.is_overdue(None, SUN)


def _hall(sqlite_hall):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    late = accepted(db, clerk, ACCEPTED, seq=1)  # due Friday, not finished
    spot = received(db, clerk, ACCEPTED, seq=2, matter="SC-0006")  # commitment, on the spot
    approve_on_commitment(
        db, clerk, spot, signer="林小红", marks=all_received(db, spot, ACCEPTED), on=ACCEPTED
    )
    completion.complete(db, clerk, spot, "食品经营许可证", on=SUN)  # finished on Sunday: late
    fresh = accepted(db, clerk, date(2026, 12, 1), seq=3)  # due 15 December
    return db, actors, late, spot, fresh


def test_every_screen_and_export_says_overdue_on_the_sunday(hall):
    db, actors, late, spot, fresh = _hall(hall)
    clerk, boss = actors["clerk"], actors["supervisor"]
    assert queries.application_detail(db, late, on=SUN).promised_deadline == FRI
    # the work list and the application
    lights = {w.number: w.light for w in queries.work_list(db, clerk, on=SUN)}
    assert lights[late] == "red" and lights[fresh] != "red"
    assert queries.application_detail(db, late, on=SUN).light == "red"
    assert queries.application_detail(db, spot, on=SUN).light == "red"  # finished late
    clock = processing.clock(db, clerk, late, on=SUN)
    assert clock.light == "red" and clock.remaining == -1
    # the board: listed as overdue, counted once, labelled by remaining < 0
    board = metrics.board(db, boss, SUN, on=SUN)
    assert [a.number for a in board.overdue] == [late]
    assert board.overdue[0].light == "red" and board.overdue[0].remaining == -1
    assert board.overdue_count == 1
    assert late not in [a.number for a in board.warnings]
    data = board.as_dict()
    assert data["overdue"] == 1 and data["finished_late"] == 1
    assert data["on_time"]["numerator"] == 0 and data["completed"] == 1
    # the Excel sheet calls it 超期, not 临期
    wb = load_workbook(io.BytesIO(exports.to_xlsx(board)))
    rows = list(wb["超期"].iter_rows(values_only=True))
    assert rows[1][0] == late and rows[1][10] == "超期" and not rows[1][8]
    # on the Friday itself it is due, not overdue
    friday = metrics.board(db, boss, FRI, on=FRI)
    assert friday.overdue_count == 0 and late in [a.number for a in friday.warnings]


def _cli(capsys, db, *args):
    code = run(["--database", db.url, *cli_sign_in(db, "super1"), *args])
    return code, capsys.readouterr().out


def test_list_and_report_carry_the_same_overdue(sqlite_hall, capsys):
    db, _actors, late, spot, fresh = _hall(sqlite_hall)
    code, out = _cli(capsys, db, "list", "applications", "--as-of", SUN.isoformat(),
                     "--format", "json")  # fmt: skip
    assert code == 0
    rows = json.loads(out)
    flags = {r["number"]: r["overdue"] for r in rows}
    assert flags == {late: True, spot: False, fresh: False}
    assert {r["number"]: r["finished_late"] for r in rows} == {
        late: False,
        spot: True,
        fresh: False,
    }
    code, out = _cli(capsys, db, "list", "applications", "--as-of", FRI.isoformat(),
                     "--format", "json")  # fmt: skip
    assert not any(r["overdue"] for r in json.loads(out))
    code, out = _cli(capsys, db, "report", "daily", "--date", SUN.isoformat(), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["overdue"] == 1 and report["finished_late"] == 1
    assert report["overdue"] == sum(flags.values())  # one meaning: the same set
    assert [a["number"] for a in report["overdue_applications"]] == [late]
    # as of a day before the deadline: nothing overdue, and the spot one not yet late either
    code, out = _cli(capsys, db, "report", "daily", "--date", FRI.isoformat(), "--format", "json")
    assert json.loads(out)["overdue"] == 0
    # as of Saturday, the one finished on Sunday was still overdue and unfinished: counted
    code, out = _cli(capsys, db, "report", "daily", "--date", SAT.isoformat(), "--format", "json")
    assert json.loads(out)["overdue"] == 2
