"""The audit trail: append-only rows chained by a keyed hash whose key lives outside the DB.

Every service that changes state calls `record()` inside its own transaction, so an event
exists exactly when the change it describes was committed. Recording also bumps the change
counter other windows poll to refresh their lists.

Append-only is enforced below the app too (migration 0002: SQLite triggers; PostgreSQL trigger
and revoked rights). Retention: at least `RETENTION_DAYS`; the app has no purge at all, and
`purge()` exists only to say so (and to refuse rows younger than the retention period).
`verify_database()` walks the chain; `export_csv()` writes the inspector's copy with personal
data masked.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import (
    JSON,
    String,
    Text,
    bindparam,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from ..config import data_dir
from ..core.errors import DomainError
from ..core.masking import mask_text
from ..storage.database import Database
from ..storage.models import AuditEvent, ChangeCounter, DatabaseIdentity
from . import changes  # noqa: F401  (every audited write also bumps its windows' counters)
from .context import Actor, Role

KEY_ENV = "WINDOW_APP_AUDIT_KEY_FILE"
GENESIS = "0" * 64
_PG_CHAIN_LOCK = 7_446_100_001
RETENTION_DAYS = 184
PROGRESS_EVERY = 500  # verify reports its progress every this many events


class AuditKeyMissing(DomainError):
    """The HMAC key file is absent or unreadable: the chain cannot be checked (or extended)."""


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or data_dir() / "audit.key")


def load_key(create: bool = True) -> bytes:
    """The HMAC key; created 0600 on first use. Losing it makes the chain unverifiable."""
    path = key_path()
    if not path.exists():
        if not create:
            raise AuditKeyMissing(
                f"审计密钥文件不存在：{path}；无法校验审计记录（请设置{KEY_ENV}指向原密钥文件）",
                english=f"The audit key file does not exist: {path}. The audit records cannot be verified (set {KEY_ENV} to the original key file).",
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    try:
        key = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError) as exc:
        raise AuditKeyMissing(
            f"审计密钥文件无法读取或格式错误：{path}",
            english=f"The audit key file cannot be read or is malformed: {path}",
        ) from exc
    if len(key) < 16:
        raise AuditKeyMissing(
            f"审计密钥文件内容过短：{path}", english=f"The audit key file is too short: {path}"
        )
    return key


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def canonical(event: AuditEvent) -> bytes:
    """The fields the hash covers, in a stable encoding (id included: rows cannot be reordered)."""
    body = {
        "id": event.id,
        "at": event.at.isoformat(timespec="microseconds"),
        "user_id": event.user_id,
        "username": event.username,
        "window": event.window,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "before": event.before,
        "after": event.after,
        "reason": event.reason,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, default=_default).encode()


def chain_hash(key: bytes, prev_hash: str, event: AuditEvent) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(event), hashlib.sha256).hexdigest()


# --- the walk: `canonical` of a plain row, byte for byte, without an ORM object ----------------

#: one statement's rows: a verification holds at most this many in memory (keyset pages)
VERIFY_CHUNK = 5000
#: the JSON texts of `before`/`after` already made canonical; they repeat ({"state": …}), and
#: the cache is emptied when it reaches this size, so it never grows with the trail
_CANONICAL_CACHE_SIZE = 20_000

_string = json.encoder.encode_basestring  # a str as json.dumps(ensure_ascii=False) writes it
_encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=_default).encode


def _value(value: object) -> str:
    """One value as `canonical`'s json.dumps writes it."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if value is None:
        return "null"
    if kind is int:
        return str(value)
    return _encode(value)


def _instant(value: object) -> str:
    """`at` as `datetime.isoformat(timespec="microseconds")`: SQLite keeps the text
    'YYYY-MM-DD HH:MM:SS.ffffff' (read as text, not parsed); other drivers give a datetime."""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":
            return value[:10] + "T" + value[11:]
        value = datetime.fromisoformat(value)
    return value.isoformat(timespec="microseconds")


class _Canonical:
    """`canonical()` of one row of `_WALK_COLUMNS`, as the text the hash covers."""

    def __init__(self) -> None:
        self.cache: dict[str, str] = {}

    def json(self, value: object) -> str:
        """A `before`/`after` value: JSON text (SQLite, read as text) or the driver's object."""
        if not isinstance(value, str):
            return _value(value)
        known = self.cache.get(value)
        if known is None:
            if len(self.cache) >= _CANONICAL_CACHE_SIZE:
                self.cache.clear()
            known = self.cache[value] = _value(json.loads(value))
        return known

    def __call__(self, row: tuple) -> str:
        (ident, at, user_id, username, window, action, entity, entity_id,
         before, after, reason, _prev, _hash) = row  # fmt: skip
        text = _string
        # the keys in sorted order, the separators of json.dumps's defaults; the text columns
        # are strings but for a NULL (or another driver's type), which `_value` writes
        return _CANONICAL_FORMAT % (
            text(action) if type(action) is str else _value(action),
            self.json(after),
            _instant(at),
            self.json(before),
            text(entity) if type(entity) is str else _value(entity),
            text(entity_id) if type(entity_id) is str else _value(entity_id),
            _value(ident),
            "null" if reason is None else _value(reason),
            _value(user_id),
            text(username) if type(username) is str else _value(username),
            text(window) if type(window) is str else _value(window),
        )


_CANONICAL_FORMAT = (
    '{"action": %s, "after": %s, "at": "%s", "before": %s, "entity": %s, "entity_id": %s, '
    '"id": %s, "reason": %s, "user_id": %s, "username": %s, "window": %s}'
)


_WALK_COLUMNS = (
    AuditEvent.id,
    # read as stored: no datetime parsing, no JSON decoding of the texts the cache has seen
    type_coerce(AuditEvent.at, String),
    AuditEvent.user_id, AuditEvent.username, AuditEvent.window, AuditEvent.action,
    AuditEvent.entity, AuditEvent.entity_id,
    type_coerce(AuditEvent.before, Text), type_coerce(AuditEvent.after, Text),
    AuditEvent.reason, AuditEvent.prev_hash, AuditEvent.hash,
)  # fmt: skip


_WALK_PAGE = (
    select(*_WALK_COLUMNS)
    .where(AuditEvent.id > bindparam("after_id"))
    .order_by(AuditEvent.id)
    .limit(bindparam("page"))
)


def _walk(session: Session) -> Iterator[tuple]:
    """Every event as a plain row, in key order, one keyset page of VERIFY_CHUNK at a time (the
    memory of a verification does not grow with the trail, whatever the driver buffers).

    The pages are read on the DB-API cursor of the session's own connection (its transaction,
    its snapshot): SQLAlchemy's rows cost as much as the hashing (issue 22). Nothing needs their
    processing: the text columns come as text, `at` and the JSON as `_Canonical` takes them."""
    conn = session.connection()
    compiled = _WALK_PAGE.compile(dialect=conn.dialect)
    sql, order = str(compiled), compiled.positiontup
    cursor = conn.connection.dbapi_connection.cursor()
    after_id = 0
    try:
        while True:
            params = compiled.construct_params({"after_id": after_id, "page": VERIFY_CHUNK})
            cursor.execute(sql, params if order is None else tuple(params[k] for k in order))
            page = cursor.fetchall()
            yield from page
            if len(page) < VERIFY_CHUNK:
                return
            after_id = page[-1][0]
    finally:
        cursor.close()


def jsonable(value: dict | None) -> dict | None:
    return None if value is None else json.loads(json.dumps(value, default=_default))


def bump_changes(session: Session, name: str = "data") -> None:
    result = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.name == name)
        .values(value=ChangeCounter.value + 1)
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
    """This database's identifier (migration 0018), which keys its anchor and serial ledger."""
    return session.scalar(select(DatabaseIdentity.identifier).order_by(DatabaseIdentity.id))


_HEAD, _LISTENING = "audit.head", "audit.listening"


def chain_head(session: Session) -> tuple[int, str]:
    """(number, hash) of the newest event: printed on reports to match paper with the trail."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
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
        session.execute(select(func.pg_advisory_xact_lock(_PG_CHAIN_LOCK)))
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
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
) -> AuditEvent:
    """Append one event to the chain, serialised against other windows."""
    head = _transaction_head(session)
    event = AuditEvent(
        id=head.id + 1,
        at=datetime.now(),
        user_id=actor.user_id,
        username=actor.username,
        window=actor.window_number,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=jsonable(before),
        after=jsonable(after),
        reason=reason,
        prev_hash=head.hash,
        hash="",
    )
    # A new key only for a new chain: an existing chain with its key missing must not be
    # continued under another key (every older row would then fail to verify).
    if head.key is None:
        head.key = load_key(create=head.id == 0)
    event.hash = chain_hash(head.key, head.hash, event)
    if _through_function(session):
        _append(session, [_row_of(event)])
    else:
        session.add(event)
        session.flush()
    head.id, head.hash = event.id, event.hash
    return event


_COLUMNS = tuple(c.name for c in AuditEvent.__table__.columns)


def _row_of(event: AuditEvent) -> dict:
    return {name: getattr(event, name) for name in _COLUMNS}


def _through_function(session: Session) -> bool:
    """On PostgreSQL the trail is written only through `audit_append` (migration 0019): the
    windows' logins have no INSERT on audit_events."""
    return session.get_bind().dialect.name == "postgresql"


def _append(session: Session, rows: list[dict]) -> None:
    """Append rows through the SECURITY DEFINER function, which checks they continue the chain."""
    payload = json.dumps(rows, ensure_ascii=False, default=_default)
    session.execute(select(func.audit_append(sa_cast(literal(payload, Text()), JSON))))


def append_rows(session: Session, rows: list[dict]) -> None:
    """Write already chained rows (a bulk load) by the trail's one write path: through
    `audit_append` on PostgreSQL, a plain insert on SQLite."""
    if not rows:
        return
    if _through_function(session):
        _append(session, rows)
    else:
        session.execute(insert(AuditEvent.__table__), rows)


# --- the head anchor ----------------------------------------------------------------------------
# A keyed chain cannot show that its newest rows were cut off: what is left is still a valid
# chain. So each window keeps, beside the key and outside the database, the newest (id, hash)
# it committed or verified; `verify` reports a database whose chain ends before that anchor.
# One anchor per database (keyed by its identifier, migration 0018): a demo or training
# database checked with the hall's key is not compared with the hall's head.


def anchor_path(database: str | None = None) -> Path:
    suffix = f".head.{database}" if database else ".head"
    return key_path().with_name(key_path().name + suffix)


def read_anchor(database: str | None = None) -> tuple[int, str] | None:
    try:
        ident, digest = anchor_path(database).read_text().split()
        return int(ident), digest
    except (OSError, ValueError):
        return None


def write_anchor(ident: int, digest: str, database: str | None = None) -> None:
    """Keep the newest head only (another window may have written a later one)."""
    current = read_anchor(database)
    if current is not None and current[0] >= ident:
        return
    path = anchor_path(database)
    tmp = path.with_name(path.name + f".{os.getpid()}")
    try:
        tmp.write_text(f"{ident} {digest}\n")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # the anchor is a safeguard; never fail a clerk's action on it


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


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    problem: str


def verify(
    session: Session,
    key: bytes | None = None,
    *,
    progress: Callable[[int, int], object] | None = None,
    total: int = 0,
    anchored: bool = True,
) -> list[ChainBreak]:
    """Walk the chain; every changed, removed or inserted row shows up as a break.

    `progress(done, total)` is called every `PROGRESS_EVERY` events and at the end;
    `anchored=False` skips this database's anchor (a backup is checked against the key only)."""
    key = key or load_key(create=False)
    breaks: list[ChainBreak] = []
    prev, expected_id = GENESIS, 1
    done = 0
    body = _Canonical()
    digest, equal = hmac.digest, hmac.compare_digest
    for row in _walk(session):
        ident, prev_hash, stored = row[0], row[11], row[12]
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, max(total, done))
        if ident != expected_id:
            breaks.append(ChainBreak(ident, f"rows {expected_id}..{ident - 1} removed"))
        if prev_hash != prev:
            breaks.append(ChainBreak(ident, "previous-hash link broken (row removed or inserted)"))
        if not equal(stored, digest(key, (prev_hash + body(row)).encode(), "sha256").hex()):
            breaks.append(ChainBreak(ident, "content does not match its hash (row altered)"))
        prev, expected_id = stored, ident + 1
    if progress is not None:
        progress(done, max(total, done))
    anchor = read_anchor(database_identifier(session)) if anchored else None
    if anchor is not None:
        ident, digest = anchor
        last = expected_id - 1
        if last < ident:
            breaks.append(ChainBreak(ident, f"rows {last + 1}..{ident} removed (chain ends early)"))
        else:
            stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == ident))
            if stored is not None and not hmac.compare_digest(stored, digest):
                breaks.append(ChainBreak(ident, "row differs from the head this window saw"))
    return breaks


@dataclass(frozen=True)
class VerifyResult:
    events: int
    breaks: list[ChainBreak]

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify_database(
    db: Database,
    key: bytes | None = None,
    *,
    progress: Callable[[int, int], object] | None = None,
) -> VerifyResult:
    """`audit verify`: the key is loaded first, so a missing key is a clear error, not a break.
    `progress(done, total)` follows the walk (the desk's progress bar)."""
    key = key or load_key(create=False)
    with db.reading() as session:
        count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        return VerifyResult(count, verify(session, key, progress=progress, total=count))


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


EXPORT_COLUMNS = (
    "id", "at", "username", "window", "action", "entity", "entity_id",
    "before", "after", "reason", "prev_hash", "hash",
)  # fmt: skip


def _export_row(event: AuditEvent) -> list[str]:
    def js(value: dict | None) -> str:
        return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    values = [
        str(event.id), event.at.isoformat(timespec="seconds"), event.username, event.window,
        event.action, event.entity, event.entity_id, js(event.before), js(event.after),
        event.reason or "",
    ]  # fmt: skip
    return [mask_text(v) for v in values] + [event.prev_hash, event.hash]


def export_csv(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    out: Path,
    *,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Events from `start` to `end` inclusive as UTF-8 CSV (with BOM for spreadsheet programs).

    ID numbers and mobile phone numbers anywhere in a row are masked; the export is audited.
    The events are read in key order one page of VERIFY_CHUNK at a time and written as they
    come (memory does not grow with the period); `progress(rows)` follows every page.
    """
    actor.require(Role.SUPERVISOR, Role.ADMINISTRATOR)
    if end < start:
        raise DomainError(
            "结束日期早于开始日期",
            english="The end date cannot be before the start date.",
            field="to",
        )
    out = Path(out)
    first, last = datetime.combine(start, time.min), datetime.combine(end, time.max)
    rows = 0
    with db.transaction() as session:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            after_id = 0
            while True:
                page = session.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.at >= first, AuditEvent.at <= last, AuditEvent.id > after_id)
                    .order_by(AuditEvent.id)
                    .limit(VERIFY_CHUNK)
                ).all()
                writer.writerows(_export_row(event) for event in page)
                rows += len(page)
                if progress is not None:
                    progress(rows)
                if len(page) < VERIFY_CHUNK:
                    break
                after_id = page[-1].id
                for event in page:  # written: nothing of the page stays in the session
                    session.expunge(event)
        tmp.replace(out)
        record(
            session, actor, "audit.export", "audit", f"{start:%Y-%m-%d}..{end:%Y-%m-%d}",
            after={"rows": rows, "file": out.name},
        )  # fmt: skip
        return rows
