"""Storage on a real SQLite file and on the real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from window_app.config import database_url, default_database_url
from window_app.services import numbering
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import SYSTEM
from window_app.storage.models import Department, MatterVersion, Window


def test_sqlite_file_is_tuned_for_a_counter(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000


def test_write_transactions_begin_immediately(sqlite_db):
    """A second writer waits for the first (busy timeout) instead of failing on upgrade."""
    path = sqlite_db.sqlite_path
    with sqlite_db.transaction() as session:
        session.add(Window(number="Z1", name="测试"))
        session.flush()
        other = sqlite3.connect(path, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_reads_do_not_block_a_writer(sqlite_db):
    with sqlite_db.reading() as session:
        session.execute(select(Window)).all()
        with sqlite_db.transaction() as writer:
            writer.add(Window(number="Z2", name="测试"))


def test_constraint_names_follow_the_convention(any_db):
    with any_db.transaction() as session:
        session.add(Window(number="D1", name="一"))
    with pytest.raises(IntegrityError, match="uq_windows_number|UNIQUE"), any_db.transaction() as s:
        s.add(Window(number="D1", name="二"))


def test_failed_unit_of_work_leaves_nothing(any_db):
    with pytest.raises(RuntimeError), any_db.transaction() as session:
        session.add(Window(number="R1", name="回滚"))
        session.flush()
        raise RuntimeError("clerk action failed midway")
    with any_db.reading() as session:
        assert session.scalars(select(Window).where(Window.number == "R1")).first() is None


def test_catalogue_import_is_versioned(any_db, tmp_path):
    import shutil

    from window_app.core.catalogue import default_catalogue_dir

    first = import_catalogue(any_db, SYSTEM, default_catalogue_dir())
    assert len(first.new_matters) >= 15
    again = import_catalogue(any_db, SYSTEM, default_catalogue_dir())
    assert not again.has_changes
    changed = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), changed)
    path = changed / "matters" / "SC-0006.yaml"
    path.write_text(path.read_text().replace("食品经营许可申请书", "食品经营许可申请书（2027版）"))
    plan = import_catalogue(any_db, SYSTEM, changed, effective_from=date(2027, 1, 1))
    assert plan.changed_matters == ["SC-0006"]
    with any_db.reading() as session:
        versions = session.scalars(
            select(MatterVersion)
            .where(MatterVersion.name == "食品经营许可")
            .order_by(MatterVersion.version)
        ).all()
        assert [(v.version, v.effective_from) for v in versions] == [
            (1, date(2023, 12, 1)),  # 总局令第78号 in force
            (2, date(2027, 1, 1)),
        ]
        assert "（2027版）" not in str(versions[0].definition)
        assert "（2027版）" in str(versions[1].definition)
        assert session.scalar(select(Department).where(Department.code == "SCJGJ")) is not None


def test_application_numbers_are_unique_across_threads(any_db):
    numbers: list[str] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(10):
            with any_db.transaction() as session:
                number = numbering.application_number(session, date(2026, 11, 25))
            with lock:
                numbers.append(number)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == [f"20261125-{i:04d}" for i in range(1, 41)]
    assert numbering.speakable("20261125-0042") == "2026 1125 0042"


def test_database_url_precedence(monkeypatch):
    monkeypatch.delenv("WINDOW_APP_DATABASE", raising=False)
    assert database_url() == default_database_url()
    monkeypatch.setenv("WINDOW_APP_DATABASE", "sqlite:////tmp/from-env.sqlite3")
    assert database_url() == "sqlite:////tmp/from-env.sqlite3"
    assert database_url("postgresql+psycopg://h/db") == "postgresql+psycopg://h/db"


def test_postgres_display_name_hides_the_password():
    from window_app.storage.database import Database

    db = Database("postgresql+psycopg://app:secret@db.hall/window")
    assert "secret" not in db.display_name()
    db.dispose()


@pytest.mark.postgres
def test_postgres_server_is_real(pg_db):
    with pg_db.engine.connect() as conn:
        assert "PostgreSQL" in conn.execute(text("select version()")).scalar()


def test_fast_head_revision_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from window_app.storage import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
