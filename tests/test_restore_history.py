"""Issue 15 part 4: a restore, or a missing database, cannot erase history."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from conftest import cli_sign_in, seed_hall, sqlite_database
from sqlalchemy import select
from test_change_registration import company
from test_intake_cli import _start

from window_app import cli
from window_app.services import audit, audit_verify, code_segments, registration
from window_app.storage import health, pii
from window_app.storage.database import Database
from window_app.storage.models import Applicant, AuditEvent


def _verify(db, capsys, me) -> tuple[int, str]:
    code = cli.run(["audit", "verify", "--database", db.url, *me])
    return code, capsys.readouterr().out.strip()


def _head(db) -> int:
    with db.reading() as session:
        return session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()))


@pytest.fixture
def restorable(sqlite_hall, tmp_path):
    db, actors = sqlite_hall
    admin = cli_sign_in(db, "admin1")
    return db, actors, ["--database", db.url, *admin], tmp_path


def test_an_empty_file_is_no_backup(restorable, capsys):
    db, _, base, tmp = restorable
    empty = tmp / "empty.sqlite3"
    empty.write_bytes(b"")
    head = _head(db)
    assert cli.run(["db", "restore", str(empty), *base]) == 1
    assert "不存在或为空" in capsys.readouterr().err
    other = tmp / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    assert cli.run(["db", "restore", str(other), *base]) == 1
    assert "不是本系统的数据库备份" in capsys.readouterr().err
    assert _head(db) >= head and _verify(db, capsys, base[2:])[0] == 0


def test_a_backup_of_another_hall_is_refused(restorable, capsys, tmp_path_factory, monkeypatch):
    db, _, base, tmp = restorable
    # another hall: its own key
    other_dir = tmp_path_factory.mktemp("other-hall")
    with monkeypatch.context() as mp:
        mp.setenv(audit.KEY_ENV, str(other_dir / "audit.key"))
        other = sqlite_database(other_dir / "other.sqlite3")
        seed_hall(other)
        other.dispose()
    assert cli.run(["db", "restore", str(other_dir / "other.sqlite3"), *base]) == 1
    assert "无法用本大厅的审计密钥校验" in capsys.readouterr().err
    # a training database made with this hall's key: a valid chain, but another database
    training = sqlite_database(tmp / "training.sqlite3")
    seed_hall(training)
    training.dispose()
    assert cli.run(["db", "restore", str(tmp / "training.sqlite3"), *base]) == 1
    assert "来自另一个数据库" in capsys.readouterr().err


def test_a_restore_is_recorded_in_the_restored_chain(restorable, capsys):
    db, actors, base, tmp = restorable
    saved = tmp / "before.sqlite3"
    assert cli.run(["db", "backup", str(saved), *base]) == 0
    backup_head = _head(db)
    _start(db, actors["clerk"])
    replaced = _head(db)
    db.dispose()  # this process's pooled connections still hold the file that was put aside
    assert cli.run(["db", "restore", str(saved), *base]) == 0
    with db.reading() as session:
        tail = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(4)).all()
    last = tail[0]
    assert (last.action, last.username) == ("db.restore", "admin1"), [
        (e.id, e.action, e.at) for e in tail
    ]
    assert last.after["backup"] == "before.sqlite3" and last.after["backup_head"] == backup_head
    assert last.before["head"] == replaced + 1  # the head it replaced: the restorer signed in
    capsys.readouterr()
    code, out = _verify(db, capsys, base[2:])
    assert code == 0 and out.startswith("ok "), out


def test_an_older_backup_never_reissues_a_number(restorable, capsys):
    db, actors, base, tmp = restorable
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    saved = tmp / "before.sqlite3"
    assert cli.run(["db", "backup", str(saved), *base]) == 0
    day = date(2026, 3, 2)
    first = _start(db, actors["clerk"], on=day).number
    uscc = registration.register_enterprise(db, actors["clerk"], company("湛江市甲乙餐饮有限公司"),
                                            on=day).uscc  # fmt: skip
    db.dispose()
    assert cli.run(["db", "restore", str(saved), *base]) == 0
    assert _head(db) < 40 and registration.list_enterprises(db) == []  # the older state is back
    again = _start(db, actors["clerk"], seq="124", on=day).number
    assert again > first, (first, again)
    second = registration.register_enterprise(db, actors["clerk"], company("湛江市丙丁餐饮有限公司"),
                                              on=day).uscc  # fmt: skip
    assert second[8:17] != uscc[8:17] and second[8:16] > uscc[8:16]


def test_a_missing_or_empty_database_with_backups_is_not_a_new_hall(restorable, capsys):
    db, _, base, tmp = restorable
    assert cli.run(["db", "backup", str(db.sqlite_path.parent / "backups" / "daily-20260302-090000-000000.sqlite3"), *base]) == 0  # fmt: skip
    db.dispose()
    path = db.sqlite_path
    shutil.move(path, tmp / "gone.sqlite3")
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    for state in ("不存在", "为空"):
        report = health.check_database(db.url)
        assert not report.ok and report.can_restore and state in report.message
        assert cli.run(["workdays", "add", "2026-09-30", "1", "--database", db.url]) == 1
        err = capsys.readouterr().err
        assert state in err and "db restore" in err
        assert cli.run(["db", "upgrade", "--database", db.url]) == 1
        capsys.readouterr()
        assert not path.exists() or path.stat().st_size == 0  # nothing was created silently
        path.write_bytes(b"")
    # the owner restores the newest good backup without signing in (there is no one to sign in as)
    assert cli.run(["db", "restore", str(report.latest_backup), "--database", db.url]) == 0
    assert health.check_database(db.url).ok


def test_the_anchor_belongs_to_one_database(restorable, capsys):
    """A second database verified with the same key is no longer 'rows removed'."""
    db, actors, base, tmp = restorable
    for _ in range(3):
        _start(db, actors["clerk"])
    training = sqlite_database(tmp / "training.sqlite3")
    seed_hall(training)
    assert _head(training) < _head(db)
    me = cli_sign_in(training, "super1")
    assert cli.run(["audit", "verify", "--database", training.url, *me]) == 0, capsys.readouterr()
    capsys.readouterr()
    # and the hall's own anchor still catches a cut
    training.dispose()
    db.dispose()
    with closing(sqlite3.connect(db.sqlite_path)) as conn:
        conn.execute("DROP TRIGGER audit_events_no_delete")
        last = conn.execute("SELECT max(id) FROM audit_events").fetchone()[0]
        conn.execute("DELETE FROM audit_events WHERE id >= ?", (last - 1,))
        conn.commit()
    assert audit_verify.verify_database(Database(db.url)).breaks


def test_a_backup_whose_numbers_another_key_sealed_is_refused(restorable, capsys):
    """The backup's ID numbers must open with this hall's data key (storage.pii): a hall that
    lost or replaced its key is told so before the restore, not after."""
    db, _, base, tmp = restorable
    with db.transaction() as session:
        session.add(Applicant(kind="person", name="李四", id_number="11010519491231002X"))
    saved = tmp / "with-numbers.sqlite3"
    assert cli.run(["db", "backup", str(saved), *base]) == 0, capsys.readouterr().err
    capsys.readouterr()
    key = pii.key_path()
    kept = key.read_bytes()
    key.write_text(os.urandom(32).hex())
    pii.forget_keys()
    try:
        assert cli.run(["db", "restore", str(saved), *base]) == 1
        assert "无法用本大厅的数据密钥解密" in capsys.readouterr().err
    finally:
        key.write_bytes(kept)
        pii.forget_keys()
    assert cli.run(["db", "restore", str(saved), *base]) == 0, capsys.readouterr().err
