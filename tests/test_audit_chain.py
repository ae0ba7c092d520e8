"""The audit trail: append-only below the app, tamper named by `audit verify`, export masked."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
import test_security_support as support
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from window_app.cli import run
from window_app.core.errors import DomainError
from window_app.services import audit, audit_verify, users
from window_app.services.context import PermissionDenied, Role

ID = "440802199001011237"
PHONE = "13812341234"


def _demo(db, actors):
    """A little day at the counter on top of the seeded hall."""
    clerk = actors["clerk"]
    with db.transaction() as session:
        for i in range(5):
            audit.record(session, clerk, "demo.step", "application", f"20260302-{i:04d}",
                         before={"state": "received"}, after={"state": "accepted"},
                         reason=f"测试理由{i}")  # fmt: skip
    users.lock_screen(db, clerk)


@pytest.mark.parametrize("statement", [
    "UPDATE audit_events SET reason = 'x' WHERE id = 1",
    "DELETE FROM audit_events WHERE id = 1",
])  # fmt: skip
def test_database_refuses_update_and_delete(any_db, statement):
    db = any_db
    with db.transaction() as session:
        audit.record(session, audit_actor(), "x", "y", 1)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(statement))
    assert audit_verify.verify_database(db).ok


def test_postgres_refuses_truncate(pg_db):
    with pg_db.transaction() as session:
        audit.record(session, audit_actor(), "x", "y", 1)
    with pytest.raises(DBAPIError, match="append-only"), pg_db.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_events"))


def audit_actor():
    from window_app.services.context import SYSTEM

    return SYSTEM


def _cli_verify(db, capsys) -> tuple[int, str]:
    code = run(["audit", "verify", "--database", db.url, *support.cli_sign_in(db, "super1")])
    return code, capsys.readouterr().out


def _tamper(path, *statements):
    """What someone with the sqlite3 shell would do: drop the triggers first, then edit."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("DROP TRIGGER audit_events_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_verify_ok_on_demo_database(fast_hall, capsys):
    db, actors = fast_hall
    _demo(db, actors)
    code, out = _cli_verify(db, capsys)
    count = audit_verify.verify_database(db).events
    assert (code, out.strip()) == (0, f"ok {count} events")
    assert count > 10


def test_altered_row_is_named(fast_hall, capsys):
    db, actors = fast_hall
    _demo(db, actors)
    _tamper(db.sqlite_path, "UPDATE audit_events SET reason = '改过的理由' WHERE id = 7")
    code, out = _cli_verify(db, capsys)
    assert code == 1
    assert out.splitlines() == ["event 7: content does not match its hash (row altered)"]


def test_deleted_row_is_named(fast_hall, capsys):
    db, actors = fast_hall
    _demo(db, actors)
    _tamper(db.sqlite_path, "DELETE FROM audit_events WHERE id = 5")
    code, out = _cli_verify(db, capsys)
    assert code == 1
    assert "event 6: rows 5..5 removed" in out.splitlines()


def test_forged_row_is_named(fast_hall, capsys):
    db, actors = fast_hall
    _demo(db, actors)
    last = audit_verify.verify_database(db).events
    with closing(sqlite3.connect(db.sqlite_path)) as conn:
        prev = conn.execute("SELECT hash FROM audit_events WHERE id = ?", (last,)).fetchone()[0]
        conn.execute(
            "INSERT INTO audit_events (id, at, user_id, username, window, action, entity,"
            " entity_id, before, after, reason, prev_hash, hash) VALUES"
            " (?, '2026-03-02 10:00:00.000000', 1, 'clerk1', 'A01', 'application.accepted',"
            " 'application', '20260302-9999', NULL, NULL, NULL, ?, ?)",
            (last + 1, prev, "f" * 64),
        )
        conn.commit()
    code, out = _cli_verify(db, capsys)
    assert code == 1
    assert out.splitlines() == [f"event {last + 1}: content does not match its hash (row altered)"]


def test_forged_row_in_the_middle_is_named(fast_hall, capsys):
    """Shift nothing, squeeze one in by renumbering the tail: every moved row shows up."""
    db, actors = fast_hall
    _demo(db, actors)
    _tamper(db.sqlite_path, "UPDATE audit_events SET id = id + 1000 WHERE id >= 4",
            "INSERT INTO audit_events SELECT 4, at, user_id, username, window, action, entity,"
            " entity_id, before, after, 'forged', prev_hash, hash FROM audit_events WHERE id = 1004")  # fmt: skip
    code, out = _cli_verify(db, capsys)
    assert code == 1
    assert out.splitlines()[0] == "event 4: content does not match its hash (row altered)"


def test_verify_without_key_is_a_clear_error(fast_hall, capsys, monkeypatch, tmp_path):
    db, _ = fast_hall
    monkeypatch.setenv(audit.KEY_ENV, str(tmp_path / "nowhere.key"))
    with pytest.raises(audit.AuditKeyMissing, match="审计密钥文件不存在"):
        audit_verify.verify_database(db)
    assert run(["audit", "verify", "--database", db.url, *support.cli_sign_in(db, "super1")]) == 1
    assert "审计密钥文件不存在" in capsys.readouterr().err


def test_wrong_key_breaks_every_row(fast_hall, tmp_path):
    db, _ = fast_hall
    result = audit_verify.verify_database(db, key=b"k" * 32)
    assert len(result.breaks) == result.events > 0


def test_key_lives_outside_the_database(fast_hall):
    db, _ = fast_hall
    key = audit.key_path().read_text().strip()
    assert audit.key_path().parent != db.sqlite_path.parent
    assert key.encode() not in db.sqlite_path.read_bytes()


def test_export_masks_personal_data_and_is_audited(fast_hall, tmp_path):
    db, actors = fast_hall
    with db.transaction() as session:
        audit.record(session, actors["clerk"], "applicant.update", "applicant", ID,
                     before={"phone": PHONE}, after={"id_number": ID},
                     reason=f"申请人{ID}电话{PHONE}")  # fmt: skip
    out = tmp_path / "inspect.csv"
    today = date.today()
    rows = audit.export_csv(
        db, actors["supervisor"], today - timedelta(1), today + timedelta(1), out
    )
    body = out.read_text(encoding="utf-8-sig")
    assert ID not in body and PHONE not in body
    assert "440802********1237" in body and "138****1234" in body
    table = list(csv.DictReader(body.splitlines()))
    assert len(table) == rows
    with db.reading() as session:
        last = session.scalars(
            audit.select(audit.AuditEvent).order_by(audit.AuditEvent.id.desc())
        ).first()
    assert (last.action, last.username, last.after["rows"]) == ("audit.export", "super1", rows)
    assert audit_verify.verify_database(db).ok


def test_export_cli(fast_hall, tmp_path, capsys):
    db, _ = fast_hall
    out = tmp_path / "x.csv"
    day = date.today().isoformat()
    assert run(["audit", "export", "--from", day, "--to", day, "--out", str(out),
                "--database", db.url, *support.cli_sign_in(db, "super1")]) == 0  # fmt: skip
    assert "events ->" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").startswith("id,at,username")


def test_clerk_may_not_export(fast_hall, tmp_path):
    db, actors = fast_hall
    with pytest.raises(PermissionDenied):
        audit.export_csv(db, actors["clerk"], date.today(), date.today(), tmp_path / "x.csv")


def test_there_is_no_purge():
    from window_app.services.context import SYSTEM

    today = date(2026, 3, 2)
    with pytest.raises(DomainError, match="至少保存184天"):
        audit.purge(None, SYSTEM, today - timedelta(days=183), on=today)
    with pytest.raises(DomainError, match="不提供删除审计记录"):
        audit.purge(None, SYSTEM, today - timedelta(days=400), on=today)
    assert audit.RETENTION_DAYS >= 184
    assert SYSTEM.role == Role.ADMINISTRATOR


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template


def test_newest_rows_cut_off_are_named(fast_hall, capsys):
    """A chain cut at its end is still a valid chain; the head anchor outside the DB shows it."""
    db, actors = fast_hall
    _demo(db, actors)
    last = audit_verify.verify_database(db).events
    _tamper(db.sqlite_path, f"DELETE FROM audit_events WHERE id > {last - 2}")
    code, out = _cli_verify(db, capsys)
    assert code == 1
    # the supervisor's sign-in to verify appends one event (id last - 1): the cut still shows
    assert out.splitlines() == [f"event {last}: rows {last}..{last} removed (chain ends early)"]


def test_restore_moves_the_anchor_to_the_restored_head(fast_hall, tmp_path, capsys):
    db, actors = fast_hall
    saved = tmp_path / "before.sqlite3"
    admin = support.cli_sign_in(db, "admin1")
    assert run(["db", "backup", "--database", db.url, str(saved), *admin]) == 0
    _demo(db, actors)
    assert run(["db", "restore", "--database", db.url, str(saved), *admin]) == 0
    capsys.readouterr()
    code, out = _cli_verify(db, capsys)
    assert code == 0, out
