"""`window-app list complaints [--state S] [--format json]` on a real SQLite file."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from conftest import cli_sign_in
from test_complaints import form

from window_app.cli import run
from window_app.services import complaints


def test_cli_list_complaints(sqlite_hall, capsys):
    db, actors = sqlite_hall
    old = complaints.register_complaint(db, actors["clerk"], form(window_number="A02"))
    today = datetime.combine(date.today(), datetime.min.time())
    new = complaints.register_complaint(
        db, actors["clerk"], form(name="吴女士", phone="0759-2345678", category="fees",
                                  channel="letter", received_at=today),
    )  # fmt: skip
    complaints.assign_complaint(
        db, actors["supervisor"], new.id, actors["clerk2"].user_id, department="收费监管科"
    )
    url = ["--database", db.url, *cli_sign_in(db, "super1")]

    assert run(["list", "complaints", *url]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [ln[0] for ln in lines] == [str(old.id), str(new.id)]  # earliest deadline first
    assert lines[0] == [
        str(old.id), "2026-09-28T09:30:00", "phone", "attitude", "received", "2026-10-10",
        "", "A02", "黄先生", "138****1234",
    ]  # fmt: skip
    assert lines[1][2:5] == ["letter", "fees", "handling"] and lines[1][9] == "075****5678"

    assert run(["list", "complaints", "--state", "overdue", "--format", "json", *url]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == old.id and listed["phone"] == "138****1234"
    assert listed["window"] == "A02" and listed["reply"] is None
    assert "13807591234" not in json.dumps(listed)

    assert run(["list", "complaints", "--state", "handling", *url]) == 0
    assert capsys.readouterr().out.startswith(f"{new.id}\t")
    assert run(["list", "complaints", "--state", "answered", *url]) == 0
    assert capsys.readouterr().out == ""


def test_cli_list_complaints_refuses_an_unknown_state(sqlite_hall, capsys):
    db, _actors = sqlite_hall
    with pytest.raises(SystemExit) as exit_:
        run(["list", "complaints", "--state", "lost", "--database", db.url, *cli_sign_in(db)])
    assert exit_.value.code == 2
