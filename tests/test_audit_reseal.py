"""Migration 0028 takes the personal numbers out of audit events written before 0027 and
re-seals the chain (storage.audit_reseal): after `db upgrade` the database file holds no
plaintext ID or phone number, `audit verify` passes, the values are kept encrypted, and the
re-seal is itself an event (old head -> new head). A broken old chain is not re-sealed."""

from __future__ import annotations

import hmac
import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select

from window_app.core.errors import DomainError
from window_app.services import audit, audit_verify
from window_app.storage import audit_chain, audit_reseal, migrate, pii
from window_app.storage.database import Database
from window_app.storage.models import AuditEvent

ID = "440802199001011234"
LEGAL_REP = "44080219851212002X"
PHONE = "13800138000"
PLAINTEXTS = (ID, LEGAL_REP, PHONE)


def _old_events() -> list[dict]:
    """Events as the services wrote them before 0027: investors and a legal representative's
    ID number in `after`, a phone in `before`, an ID number in the reason and the entity id."""
    return [
        {"action": "session.login", "entity": "user", "entity_id": "admin", "before": None,
         "after": None, "reason": None},
        {"action": "enterprise.change", "entity": "enterprise", "entity_id": "91440800MA5",
         "before": {"investors": [{"name": "张三", "identifier": ID, "share": 60}]},
         "after": {"investors": [{"name": "张三", "identifier": ID, "share": 40},
                                 {"name": "李四", "identifier": LEGAL_REP, "share": 60}],
                   "legal_rep_id": LEGAL_REP}, "reason": "投资人变更"},
        {"action": "applicant.update", "entity": "applicant", "entity_id": ID,
         "before": {"phone": PHONE, "名称": "湛江"}, "after": {"note": f"电话{PHONE}已改"},
         "reason": f"申请人{ID}更正"},
        {"action": "application.accepted", "entity": "application", "entity_id": "2026-0001",
         "before": {"state": "received"}, "after": {"state": "accepted"}, "reason": None},
    ]  # fmt: skip


def _old_rows(key: bytes):  # noqa: ANN202
    """The events as 0027's code stored them (JSON by json.dumps), linked in the old form."""
    prev, at = audit_chain.GENESIS, datetime(2025, 3, 1, 9, 0, 0, 123456)
    for ident, event in enumerate(_old_events(), start=1):
        at += timedelta(minutes=7)
        row = {"id": ident, "at": audit_chain.at_text(at), "user_id": 1, "username": "admin",
               "window": "A01", **event,
               "before": None if event["before"] is None else json.dumps(event["before"]),
               "after": None if event["after"] is None else json.dumps(event["after"])}  # fmt: skip
        digest = hmac.digest(key, audit_reseal.legacy_message(prev, row).encode(), "sha256")
        row["prev_hash"], row["hash"] = prev, digest.hex()
        prev = row["hash"]
        yield row


def _old_trail(path, key: bytes) -> tuple[int, str]:  # noqa: ANN001
    """The events inserted as 0027's code stored them (JSON by json.dumps), linked in the old
    form; returns the head."""
    with closing(sqlite3.connect(path)) as conn, conn:  # closed: nothing left in a WAL
        for row in _old_rows(key):
            names = ", ".join('"window"' if k == "window" else k for k in row)
            conn.execute(f"INSERT INTO audit_events ({names}) VALUES ({', '.join('?' * len(row))})",
                         tuple(row.values()))  # fmt: skip
            prev = row["hash"]
    return len(_old_events()), prev


@pytest.fixture
def old_hall(tmp_path):
    path = tmp_path / "window.sqlite3"
    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0027")
    db.dispose()
    head = _old_trail(path, audit.load_key(create=True))
    return path, head


def _file_bytes(path) -> bytes:  # noqa: ANN001
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_upgrade_leaves_no_plaintext_number_and_verifies(old_hall):
    path, (old_id, old_hash) = old_hall
    assert all(n.encode() in _file_bytes(path) for n in PLAINTEXTS)  # the test's premise
    db = Database(f"sqlite:///{path}")
    with db.reading() as session:
        database = audit.database_identifier(session)
    audit.write_anchor(old_id, old_hash, database)  # this window saw the old head
    migrate.upgrade(db, backup=False)
    result = audit_verify.verify_database(db)
    assert result.ok, result.breaks
    assert result.events == old_id + 1
    with db.reading() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    db.dispose()
    # the file, its WAL and journal hold none of the numbers
    data = _file_bytes(path)
    for number in PLAINTEXTS:
        assert number.encode() not in data, number
    # nothing lost: the values are encrypted under the hall's data key
    change = events[1]
    assert pii.decrypt(change.after["investors"][1]["identifier"]) == LEGAL_REP
    assert pii.decrypt(change.after["legal_rep_id"]) == LEGAL_REP
    assert pii.decrypt(events[2].before["phone"]) == PHONE
    assert pii.decrypt(events[2].reason) == f"申请人{ID}更正"
    assert events[2].entity_id != ID and events[2].entity_id.startswith("440")
    assert events[3].after == {"state": "accepted"}  # no personal data: unchanged
    # the re-seal is an event of its own: the old head before, the new head after
    resealed = events[-1]
    assert resealed.action == "audit.resealed"
    assert resealed.before == {"head": [old_id, old_hash]}
    assert resealed.after["head"] == [old_id, events[old_id - 1].hash]
    assert resealed.after["from_event"] == 1 and resealed.after["events_with_personal_data"] == 2
    assert events[old_id - 1].hash != old_hash


def test_a_broken_old_chain_is_not_resealed(old_hall):
    path, _head = old_hall
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("UPDATE audit_events SET reason = '改过' WHERE id = 4")
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DomainError, match="事件4"):
        migrate.upgrade(db, backup=False)
    assert migrate.current_revision(db) == "0027"
    db.dispose()
    assert ID.encode() in _file_bytes(path)  # nothing was rewritten


def test_a_backup_sealed_before_0028_restores_and_is_resealed(old_hall, tmp_path):
    """An old backup is checked in the form it was sealed in, then upgraded (re-sealed) by the
    restore; a changed row in it is still refused."""
    from window_app.services import restore
    from window_app.services.context import SYSTEM

    path, (old_id, _hash) = old_hall
    target = Database(f"sqlite:///{tmp_path / 'restored' / 'window.sqlite3'}")
    info = restore.restore_backup(target, path, SYSTEM)
    assert info.head[0] == old_id
    result = audit_verify.verify_database(target)
    assert result.ok, result.breaks
    with target.reading() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    target.dispose()
    assert actions[-2:] == ["audit.resealed", "db.restore"]
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("UPDATE audit_events SET reason = '改过' WHERE id = 2")
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with pytest.raises(DomainError, match="事件2"):
        restore.restore_backup(other, path, SYSTEM)


@pytest.mark.postgres
def test_upgrade_on_postgresql_reseals_and_hides_the_numbers():
    """The same on PostgreSQL: the old events re-sealed by the migration, then linked by the
    database's own `audit_append`, verify with the key file; no event holds a number."""
    from conftest import create_pg_database
    from sqlalchemy import text

    from window_app.services.context import SYSTEM

    db = Database(create_pg_database())
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0027")
    key = audit.load_key(create=True)
    with db.engine.begin() as conn:
        for row in _old_rows(key):
            conn.execute(text(
                'INSERT INTO audit_events (id, at, user_id, username, "window", action, entity, '
                "entity_id, before, after, reason, prev_hash, hash) VALUES (:id, "
                "CAST(:at AS timestamp), :user_id, :username, :window, :action, :entity, "
                ":entity_id, CAST(:before AS json), CAST(:after AS json), :reason, :prev_hash, "
                ":hash)"
            ), row)  # fmt: skip
    migrate.upgrade(db, backup=False)
    with db.transaction() as session:
        audit.record(session, SYSTEM, "after.upgrade", "x", 1, after={"state": "ok"})
    result = audit_verify.verify_database(db)
    assert result.ok, result.breaks
    assert result.events == len(_old_events()) + 2
    with db.reading() as session:
        texts = session.execute(text(
            "SELECT coalesce(before::text, '') || coalesce(after::text, '') || "
            "coalesce(reason, '') || entity_id FROM audit_events"
        )).scalars().all()  # fmt: skip
    db.dispose()
    for number in PLAINTEXTS:
        assert not any(number in t for t in texts), number
