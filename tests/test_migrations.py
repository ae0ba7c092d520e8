"""Migrations: empty -> head on both back ends, models match the migrated schema (alembic check),
SQLite down to 0001 and back with data kept, and down to base and back on an empty file; single
migrations down and up (0007's complaints, 0010's frozen spot-check population)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime

import pytest
from alembic import command
from conftest import create_pg_database
from sqlalchemy import MetaData, Table, inspect, select, text

from window_app import cli
from window_app.services import audit, audit_verify, restore
from window_app.services.context import SYSTEM
from window_app.storage import backup, migrate
from window_app.storage.database import Database


def _cfg(db: Database):
    return migrate.alembic_config(db.url)


def _triggers(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        else:
            rows = conn.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass"
                " AND NOT tgisinternal"
            ))  # fmt: skip
        return {r[0] for r in rows}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db(request, tmp_path):
    url = (
        f"sqlite:///{tmp_path / 'm.sqlite3'}" if request.param == "sqlite" else create_pg_database()
    )
    db = Database(url)
    yield db
    db.dispose()


def test_empty_to_head_matches_models(empty_db):
    migrate.upgrade(empty_db)
    assert migrate.current_revision(empty_db) == migrate.head_revision() == "0034"
    command.check(_cfg(empty_db))  # raises if the models and the migrated schema differ
    assert "audit_events" in inspect(empty_db.engine).get_table_names()
    assert _triggers(empty_db)


def test_sqlite_down_and_up_keeps_data(sqlite_db):
    with sqlite_db.transaction() as session:
        audit.record(session, SYSTEM, "before.downgrade", "x", 1, reason="保留")
    command.downgrade(_cfg(sqlite_db), "0001")
    assert _triggers(sqlite_db) == set()
    command.upgrade(_cfg(sqlite_db), "head")
    assert {"audit_events_no_update", "audit_events_no_delete"} <= _triggers(sqlite_db)
    result = audit_verify.verify_database(sqlite_db)
    assert result.ok and result.events == 1


def test_sqlite_down_to_base_and_back(sqlite_db):
    command.downgrade(_cfg(sqlite_db), "base")
    assert set(inspect(sqlite_db.engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(_cfg(sqlite_db), "head")
    command.check(_cfg(sqlite_db))


def test_upgrade_backs_up_first(sqlite_db):
    command.downgrade(_cfg(sqlite_db), "0001")
    saved = migrate.upgrade(sqlite_db)
    assert saved is not None and saved.name.startswith("pre-migration-") and saved.exists()


def test_0007_complaints_table_down_and_up(empty_db):
    migrate.upgrade(empty_db)
    assert "complaints" in inspect(empty_db.engine).get_table_names()
    indexes = {i["name"] for i in inspect(empty_db.engine).get_indexes("complaints")}
    assert {"ix_complaints_state_deadline", "ix_complaints_received_on"} <= indexes
    command.downgrade(_cfg(empty_db), "0006")
    assert "complaints" not in inspect(empty_db.engine).get_table_names()
    assert migrate.current_revision(empty_db) == "0006"
    command.upgrade(_cfg(empty_db), "head")
    assert "complaints" in inspect(empty_db.engine).get_table_names()
    command.check(_cfg(empty_db))


def _plan_columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("spot_check_plans")}


def test_0010_frozen_population_down_and_up_keeps_plans(empty_db):
    migrate.upgrade(empty_db)
    meta = MetaData()
    plans, picks = (Table(t, meta, autoload_with=empty_db.engine)
                    for t in ("spot_check_plans", "spot_check_picks"))  # fmt: skip
    plan = {
        "id": 1, "number": "SSJ2026-0001", "population": "enterprises",
        "criteria": {"population": "enterprises"}, "seed": "s", "algorithm": "sha256-rank-v1",
        "inspector_roles": ["clerk"], "inspector_pool": ["a", "b"], "population_size": 1,
        "population_digest": "0" * 64, "sample_size": 1, "drawn_on": date(2026, 11, 25),
        "drawn_by_name": "x", "created_at": datetime(2026, 11, 25, 9),
        "frozen_population": [["K1", ["c"]]],
    }  # fmt: skip
    with empty_db.engine.begin() as conn:
        conn.execute(plans.insert().values(plan))
        conn.execute(picks.insert().values(id=1, plan_id=1, position=1, object_key="K1",
                                           object_name="n", inspectors=["a", "b"]))  # fmt: skip
    command.downgrade(_cfg(empty_db), "0009")
    assert migrate.current_revision(empty_db) == "0009"
    assert "frozen_population" not in _plan_columns(empty_db)
    command.upgrade(_cfg(empty_db), "head")
    assert "frozen_population" in _plan_columns(empty_db)
    command.check(_cfg(empty_db))
    with empty_db.engine.connect() as conn:  # the plan and its pick kept; the population not
        kept = conn.execute(select(plans.c.number, plans.c.frozen_population)).all()
        assert [tuple(r) for r in kept] == [("SSJ2026-0001", None)]
        assert conn.execute(select(picks.c.object_key)).scalars().all() == ["K1"]


def test_alembic_writes_to_the_current_stdout(sqlite_db, monkeypatch):
    """Alembic's Config binds sys.stdout at import: first imported under a test's capture, a
    later `alembic check` wrote to that closed stream ("I/O operation on closed file")."""
    import io

    now = io.StringIO()
    monkeypatch.setattr("sys.stdout", now)
    cfg = migrate.alembic_config(sqlite_db.url)
    assert cfg.stdout is now
    command.check(cfg)
    assert "No new upgrade operations detected" in now.getvalue()


def _migrated_by_a_newer_program(db: Database, revision: str = "0999") -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_a_database_a_newer_program_migrated_is_refused_before_any_backup(sqlite_db):
    """A hall upgrades its windows one by one: a window still on the older release meets a
    schema it does not know. It says so, copies nothing and changes nothing (alembic's own
    "Can't locate revision" came after a pre-migration backup, as an internal error)."""
    _migrated_by_a_newer_program(sqlite_db)
    before = backup.backups(sqlite_db)
    with pytest.raises(migrate.SchemaNewer) as refused:
        migrate.upgrade(sqlite_db)
    assert "0999" in refused.value.message and "较新版本" in refused.value.message
    assert "newer release" in refused.value.english
    assert backup.backups(sqlite_db) == before
    assert migrate.current_revision(sqlite_db) == "0999"


def test_a_command_on_a_newer_programs_database_says_why_and_exits_1(sqlite_db, capsys):
    _migrated_by_a_newer_program(sqlite_db)
    url = sqlite_db.url
    sqlite_db.dispose()
    code = cli.run(["--database", url, "catalog", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "较新版本" in err and "内部错误" not in err


def test_a_backup_made_by_a_newer_program_is_refused_before_the_restore(sqlite_db, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    with closing(sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)) as conn:
        conn.execute("VACUUM INTO ?", (str(newer),))
    other = Database(f"sqlite:///{newer}")
    _migrated_by_a_newer_program(other)
    other.dispose()
    with pytest.raises(migrate.SchemaNewer):
        restore.inspect_backup(newer)
