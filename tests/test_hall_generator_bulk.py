"""The generator's bulk path on PostgreSQL (bench/bulk_load.py, issue 22): COPY into bare
tables, then the gram pages built set-based and the keys, indexes and triggers put back.

The same hall is generated twice on the real PostgreSQL server, with the same seed and day:
once through the insert path (executemany, the triggers writing the gram pages row set by row
set, `audit_append` linking the trail) and once through the bulk path. Both must hold the same
applications, the same gram pages and bigrams, answer every name search alike, have every
index, key and trigger back, and the bulk hall's trail (linked in Python) must verify.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select, text

from bench import hall_generator
from bench.bulk_load import copy_line
from window_app.services import audit_verify, demo, intake, lookup, users
from window_app.storage import migrate
from window_app.storage.database import Database
from window_app.storage.models import Application, AuditEvent, Transition

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 27)
SIZE = 1500

# the columns the two paths must agree on, table by table (encrypted columns differ by nonce)
TABLES = {
    "applicants": "id, kind, name, id_number_hash, uscc, phone_hash, created_at",
    "applications": "id, number, matter_version_id, applicant_id, channel, state, window_id, "
    "clerk_id, answers::text, received_at, received_on, accepted_on, promised_deadline, "
    "statutory_deadline, decision, decided_on, completed_on, delivery_method, delivered_on, "
    "commitment, elapsed_workdays, visits",
    "application_materials": "application_id, position, key, status, copies_received",
    "transitions": "application_id, from_state, to_state, on, at, user_id",
    "visits": "application_id, on, purpose, window_id",
    "notices": "application_id, sequence, issued_on, items::text",
    "suspensions": "application_id, started_on",
    "issued_documents": "kind, doc_number, application_id, issued_on, issued_by",
    "application_name_grams": "gram, received_on, number, applicant_id",
    "applicant_name_bigrams": "gram, id",
}


def _digest(db: Database, table: str) -> tuple[int, str]:
    columns = ", ".join(
        c if "::" in c else f'"{c}"' for c in (x.strip() for x in TABLES[table].split(","))
    )
    with db.reading() as s:
        return tuple(s.execute(text(
            f"SELECT count(*), md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) "
            f"FROM (SELECT {columns} FROM {table}) r"
        )).one())  # fmt: skip


def _page(db: Database, fragment: str) -> list[str]:
    with db.reading_rows() as conn:
        return [r[0] for r in lookup.name_rows(conn, fragment, 100, pages=True)]


def _schema(db: Database) -> dict:
    with db.reading() as s:
        return {
            "indexes": sorted(s.scalars(text(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"))),
            "constraints": sorted(s.execute(text(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated "
                "FROM pg_constraint WHERE connamespace = 'public'::regnamespace")).all()),
            "triggers": sorted(s.execute(text(
                "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger "
                "WHERE NOT tgisinternal")).all()),
        }  # fmt: skip


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The same hall through the insert path and through the bulk path (one key, one day)."""
    from tests.conftest import create_pg_database

    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("bulk-data")
        mp.setenv("WINDOW_APP_DATA_DIR", str(folder))
        mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
        made = {}
        for name, bulk in (("insert", False), ("bulk", True)):
            db = Database(create_pg_database())
            migrate.upgrade(db)
            # every application with details; no day at the counter (its services stamp now)
            hall_generator.generate(db, SIZE, days=900, today=TODAY, details=True, bulk=bulk,
                                    details_from=date(2000, 1, 1))  # fmt: skip
            made[name] = db
        yield made, folder
        for db in made.values():
            db.dispose()


@pytest.fixture
def halls(made, monkeypatch):
    """The two halls, with the data directory and keys they were made with."""
    dbs, folder = made
    monkeypatch.setenv("WINDOW_APP_DATA_DIR", str(folder))
    monkeypatch.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
    return dbs


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_bulk_hall_holds_the_same_rows(halls, table):
    insert_, bulk = _digest(halls["insert"], table), _digest(halls["bulk"], table)
    assert insert_[0] > 0 or table == "suspensions"  # few of a small hall's stay suspended
    assert bulk == insert_


def test_the_same_names_find_the_same_applications(halls):
    with halls["bulk"].reading() as s:
        names = list(s.scalars(text("SELECT name FROM applicants ORDER BY id")))
    grams = Counter(name[i : i + 2] for name in names for i in range(len(name) - 1))
    common, rare = grams.most_common(1)[0][0], min(grams, key=lambda g: (grams[g], g))
    fragments = [common, rare, names[0][:3], names[-1], "有限公司", "不存在的名字"]
    found = {}
    for fragment in fragments:
        pages = [_page(halls[name], fragment) for name in ("insert", "bulk")]
        assert pages[0] == pages[1], fragment
        found[fragment] = len(pages[0])
    assert found[common] == 100 and found[rare] > 0 and found["不存在的名字"] == 0


def test_every_index_key_and_trigger_is_back(halls):
    insert_, bulk = _schema(halls["insert"]), _schema(halls["bulk"])
    assert bulk == insert_
    assert all(validated for *_rest, validated in bulk["constraints"])
    assert {t[2] for t in bulk["triggers"]} == {"O"}  # enabled


def test_the_bulk_trail_verifies_and_is_the_insert_paths(halls):
    bulk = halls["bulk"]
    assert audit_verify.verify_database(bulk).ok
    with bulk.reading() as s:
        events = s.scalar(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.action.like("application.%"))
        )  # fmt: skip
        transitions = s.scalar(select(func.count()).select_from(Transition))
    assert events == transitions  # received and each change of state, one event each
    columns = 'action, entity_id, before::text, after::text, at, user_id, "window"'
    sql = f"SELECT {columns} FROM audit_events WHERE action LIKE 'application.%' OR action = 'document.issue' ORDER BY id"  # noqa: E501
    rows = []
    for db in halls.values():
        with db.reading() as s:
            rows.append(s.execute(text(sql)).all())
    assert len(rows[0]) > SIZE and rows[0] == rows[1]


def test_the_triggers_work_again_after_the_load(halls):
    db = halls["bulk"]
    clerk = users.login(db, "clerk1", demo.DEMO_PASSWORD)
    who = intake.ApplicantInput("person", "欧阳青禾", id_number="440802199001011238")
    started = intake.start_application(db, clerk, matter_code="SC-0002", applicant=who)
    with db.reading() as s:
        rows = s.scalar(text("SELECT count(*) FROM application_name_grams WHERE number = :n"),
                        {"n": started.number})  # fmt: skip
    assert rows == 3  # 欧阳, 阳青, 青禾
    assert _page(db, "阳青") == [started.number]
    assert audit_verify.verify_database(
        db
    ).ok  # the services' event continues the Python-linked chain


def test_details_from_keeps_every_applications_trail(tmp_path, monkeypatch):
    from tests.conftest import create_pg_database

    monkeypatch.setenv("WINDOW_APP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(tmp_path / "audit.key"))
    db = Database(create_pg_database())
    try:
        migrate.upgrade(db)
        since = date(2026, 10, 1)
        hall_generator.generate(db, 600, days=400, today=TODAY, details=True, bulk=True,
                                details_from=since)  # fmt: skip
        assert audit_verify.verify_database(db).ok
        with db.reading() as s:
            received = s.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.action == "application.received"))  # fmt: skip
            events = s.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action.like("application.%")))  # fmt: skip
            old_with_transitions = s.scalar(
                select(func.count(func.distinct(Transition.application_id)))
                .join(Application, Application.id == Transition.application_id)
                .where(Application.received_on < since)
            )  # fmt: skip
            new_without = s.scalar(
                select(func.count()).select_from(Application)
                .where(Application.received_on >= since)
                .where(~Application.id.in_(select(Transition.application_id)))
            )  # fmt: skip
        assert received == 600 and events >= 3 * 600  # every application's trail, old or new
        assert old_with_transitions == 0 and new_without == 0
    finally:
        db.dispose()


def test_copy_text_escapes_what_copy_reads_as_syntax():
    line = copy_line([None, "a\tb\\c\nd", True, 7, date(2020, 1, 2)])
    assert line == "\\N\ta\\tb\\\\c\\nd\tt\t7\t2020-01-02\n"
