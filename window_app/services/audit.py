"""The audit trail: append-only rows chained by a keyed hash whose key lives outside the DB.

Every service that changes state calls `record()` inside its own transaction, so an event
exists exactly when the change it describes was committed. Recording also bumps the change
counter other windows poll to refresh their lists.

Append-only is enforced below the app too (migration 0002: SQLite triggers; PostgreSQL trigger
and revoked rights). Retention: at least `RETENTION_DAYS`; the app has no purge at all, and
`purge()` exists only to say so (and to refuse rows younger than the retention period).
`services.audit_verify` walks the chain; `export_csv()` writes the inspector's copy with personal
data masked (services.audit_export).

The link (storage.audit_chain) covers the stored columns as `<length>:<text>` fields, so the
database builds the message of a stored row itself and nothing is re-encoded to verify it. On
PostgreSQL the link is computed by the database (`audit_append`, SECURITY DEFINER, migration
0028), with the actor and time taken from the session: no window login chooses them. On SQLite
(one window, the file's owner) this module computes it. A large SQLite trail is verified in
ranges by worker processes (storage.audit_walk).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import JSON as JSON_TYPE
from sqlalchemy import Select, Text, bindparam, func, insert, literal, select, update
from sqlalchemy import cast as sa_cast
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from ..storage import deferred_rows, session_cache
from ..storage.audit_anchor import anchor_path, write_anchor
from ..storage.audit_chain import (
    CHAIN_LOCK,
    GENESIS,
    KEY_ENV,
    AuditKeyMissing,
    at_text,
    json_text,
    key_path,
    link,
    load_key,
)
from ..storage.database import Database
from ..storage.models import AuditEvent, ChangeCounter, DatabaseIdentity
from . import changes  # noqa: F401  (every audited write also bumps its windows' counters)
from .context import Actor, Role

__all__ = [
    "GENESIS", "KEY_ENV", "AuditKeyMissing", "append_rows", "bump_changes", "export_csv",
    "key_path", "load_key", "record",
]  # fmt: skip

_PG_CHAIN_LOCK = CHAIN_LOCK
RETENTION_DAYS = 184


def jsonable(value: dict | None) -> dict | None:
    return None if value is None else json.loads(json_text(value))


# Every audited transaction reads these two: built once, not built and keyed per call (issue
# 17). (The counter's UPDATE stays built per call: the session synchronises its rows by
# evaluating the WHERE clause in Python, which needs the name as a value.)
@cache
def _newest_event() -> Select:
    return select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)


@cache
def _identifier() -> Select:
    return select(DatabaseIdentity.identifier).order_by(DatabaseIdentity.id)


def bump_changes(session: Session, name: str = "data") -> None:
    result = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.name == name)
        .values(value=ChangeCounter.value + 1),
        # a counter row is pending only in the lines below, which flush it at once
        execution_options={"autoflush": False},
    )
    if result.rowcount == 0:
        session.add(ChangeCounter(name=name, value=1))
        session.flush()


@dataclass
class _Head:
    """The chain's newest event as one write transaction sees it."""

    transaction: object
    id: int
    hash: str
    database: str | None = None  # the database's identifier: whose anchor to move
    key: bytes | None = None  # the HMAC key, read once per transaction


def database_identifier(session: Session) -> str | None:
    """This database's identifier (migration 0018), which keys its anchor and serial ledger:
    read once per unit of work (the audit head and the serial ledger both ask)."""
    return session_cache.cached(
        session, "database_identifier", (DatabaseIdentity.__tablename__,),
        lambda: session.scalar(
            _identifier(),
            execution_options={"autoflush": False},  # no pending row of the unit is in it
        ),
    )  # fmt: skip


_HEAD, _LISTENING = "audit.head", "audit.listening"


def chain_head(session: Session) -> tuple[int, str]:
    """(number, hash) of the newest event: printed on reports to match paper with the trail."""
    last = session.execute(_newest_event()).first()
    return (last.id, last.hash) if last else (0, GENESIS)


def _transaction_head(session: Session) -> _Head:
    """Read the chain head once per transaction.

    The first event of a transaction takes the chain lock (BEGIN IMMEDIATE on SQLite, an
    advisory lock on PostgreSQL) that is held until commit, reads the head, bumps the change
    counter and has the head anchor written after commit; later events of the same transaction
    continue from the one recorded before them instead of reading the head again.
    """
    head = session.info.get(_HEAD)
    transaction = session.get_transaction()
    if head is not None and head.transaction is transaction:
        return head
    if session.get_bind().dialect.name == "postgresql":
        with session.no_autoflush:  # the chain's lock: nothing of the step goes out for it
            session.execute(select(func.pg_advisory_xact_lock(_PG_CHAIN_LOCK)))
    last = session.execute(
        _newest_event(),
        # no event is ever a pending row of the session (deferred rows, `audit_append`): the
        # step's changes need not be flushed before the head is read
        execution_options={"autoflush": False},
    ).first()
    head = _Head(transaction, last.id, last.hash) if last else _Head(transaction, 0, GENESIS)
    head.database = database_identifier(session)
    session.info[_HEAD] = head
    bump_changes(session)
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        sa_event.listen(session, "after_commit", _anchor_after_commit)
        sa_event.listen(session, "after_rollback", _forget_head)
    return head


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: object = "",
    *,
    before: dict | None = None,
    after: dict | None = None,
    reason: str | None = None,
) -> dict:
    """Append one event to the chain, serialised against other windows. On PostgreSQL the
    database computes the link and takes the actor and time from the session (`audit_append`):
    the returned fields (by column name) are what was written; no mapped row is built (the
    event goes out with the transaction's others, storage.deferred_rows)."""
    event = {
        "user_id": actor.user_id, "username": actor.username, "window": actor.window_number,
        "action": action, "entity": entity, "entity_id": str(entity_id),
        "before": jsonable(before), "after": jsonable(after), "reason": reason,
    }  # fmt: skip
    [row] = _append_events(session, [event])
    return row


def append_rows(session: Session, rows: list[dict]) -> None:
    """Append many events (dicts of `record`'s fields; `at` optional) in one statement, chained
    exactly as `record` chains them one by one (a bulk load: the demo, the bench)."""
    if rows:
        _append_events(session, rows)


_EVENT_FIELDS = ("at", "user_id", "username", "window", "action", "entity", "entity_id",
                 "before", "after", "reason")  # fmt: skip

# SQLite: the JSON and the time are stored as the very texts the link covers
_INSERT = insert(AuditEvent.__table__).values(
    at=bindparam("at", type_=Text), before=bindparam("before", type_=Text),
    after=bindparam("after", type_=Text),
)  # fmt: skip


def _append_events(session: Session, events: list[dict]) -> list[dict]:
    head = _transaction_head(session)
    if session.get_bind().dialect.name == "postgresql":
        # the windows' logins have no INSERT on audit_events: the SECURITY DEFINER function
        # (migration 0028) computes the link from the key only the schema owner reads
        payload = json.dumps(
            [{k: e[k] for k in _EVENT_FIELDS if k in e} for e in events],
            ensure_ascii=False, default=str,
        )  # fmt: skip
        # the function reads and writes only the trail (a Core statement, which the session
        # would otherwise autoflush for): the step's own rows go out in its one flush
        with session.no_autoflush:
            written = session.execute(
                select(
                    func.audit_append(sa_cast(literal(payload, Text()), JSON_TYPE)).table_valued(
                        "id", "at", "user_id", "username", "hash"
                    )
                )  # fmt: skip
            ).all()
        rows = []
        for event, w in zip(events, written, strict=True):
            row = {**event, "id": w.id, "at": w.at, "user_id": w.user_id,
                   "username": w.username, "prev_hash": head.hash, "hash": w.hash}  # fmt: skip
            head.id, head.hash = w.id, w.hash
            rows.append(row)
        return rows
    # A new key only for a new chain: an existing chain with its key missing must not be
    # continued under another key (every older row would then fail to verify).
    if head.key is None:
        head.key = load_key(create=head.id == 0)
    rows, stored = [], []
    for event in events:
        at = event.get("at") or datetime.now()
        text_row = {
            **{k: event.get(k) for k in _EVENT_FIELDS}, "id": head.id + 1, "at": at_text(at),
            "before": json_text(event.get("before")), "after": json_text(event.get("after")),
            "entity": event.get("entity") or "", "entity_id": event.get("entity_id") or "",
            "username": event.get("username") or "", "window": event.get("window") or "",
        }  # fmt: skip
        text_row["prev_hash"], text_row["hash"] = head.hash, link(head.key, head.hash, text_row)
        head.id, head.hash = text_row["id"], text_row["hash"]
        stored.append(text_row)
        rows.append({**text_row, "at": at, "before": event.get("before"),
                     "after": event.get("after")})  # fmt: skip
    # SQLite holds the write lock for the whole transaction, so the ids and links are the app's
    # own: the transaction's events go out in one INSERT at commit (storage.deferred_rows),
    # or before any statement of it that names the trail; a rollback drops them
    for row in stored:
        deferred_rows.append(session, _INSERT, row)
    return rows


# --- the head anchor (storage.audit_anchor) ---------------------------------------------------
# A keyed chain cannot show that its newest rows were cut off: what is left is still a valid
# chain. So each window keeps, beside the key and outside the database, the newest (id, hash)
# it committed or verified; `verify` reports a database whose chain ends before that anchor.
# One anchor per database (keyed by its identifier, migration 0018): a demo or training
# database checked with the hall's key is not compared with the hall's head.


def rebase_anchor(db: Database) -> None:
    """After a restore the chain legitimately ends earlier: the anchor follows the restored head."""
    with db.reading() as session:
        head = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        database = database_identifier(session)
    anchor_path(database).unlink(missing_ok=True)
    if head is not None:
        write_anchor(head.id, head.hash, database)


def restore(db: Database, source: Path, actor: Actor | None = None) -> None:
    """Restore a checked SQLite backup of this hall (services.restore)."""
    from .restore import restore_backup

    restore_backup(db, source, actor)


def _anchor_after_commit(session: Session) -> None:
    head = session.info.pop(_HEAD, None)
    if head is not None and head.id:
        write_anchor(head.id, head.hash, head.database)


def _forget_head(session: Session) -> None:
    session.info.pop(_HEAD, None)


def purge(db: Database, actor: Actor, before: date, *, on: date | None = None) -> None:
    """There is no purge: audit rows are kept for ever (the legal minimum is 184 days).

    Rows younger than the retention period are refused with that reason; older ones are refused
    because deleting would break the chain and the database refuses it anyway (migration 0002).
    """
    actor.require(Role.ADMINISTRATOR)
    today = on or date.today()
    if before > today - timedelta(days=RETENTION_DAYS):
        raise DomainError(
            f"审计记录须至少保存{RETENTION_DAYS}天，不能删除{before:%Y-%m-%d}之前的记录",
            english=f"Audit records must be kept for at least {RETENTION_DAYS} days; records before {before:%Y-%m-%d} cannot be deleted.",
            field="before",
        )
    raise DomainError(
        "本系统不提供删除审计记录的功能；审计记录只增不删，可导出后归档",
        english="The application cannot delete audit records: they are only ever added. Export them to archive them.",
        field="before",
    )


# `audit export` streams in its own module, which records through this one
from .audit_export import export_csv  # noqa: E402
