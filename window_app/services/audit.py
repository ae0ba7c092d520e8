"""The audit trail: append-only rows chained by a keyed hash whose key lives outside the DB.

Every service that changes state calls `record()` inside its own transaction, so an event
exists exactly when the change it describes was committed. Recording also bumps the change
counter other windows poll to refresh their lists.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..config import data_dir
from ..storage.models import AuditEvent, ChangeCounter
from .context import Actor

KEY_ENV = "WINDOW_APP_AUDIT_KEY_FILE"
GENESIS = "0" * 64
_PG_CHAIN_LOCK = 7_446_100_001


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or data_dir() / "audit.key")


def load_key(create: bool = True) -> bytes:
    """The HMAC key; created 0600 on first use. Losing it makes the chain unverifiable."""
    path = key_path()
    if not path.exists():
        if not create:
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


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


def jsonable(value: dict | None) -> dict | None:
    return None if value is None else json.loads(json.dumps(value, default=_default))


def bump_changes(session: Session, name: str = "data") -> None:
    result = session.execute(
        update(ChangeCounter).where(ChangeCounter.name == name).values(value=ChangeCounter.value + 1)
    )
    if result.rowcount == 0:
        session.add(ChangeCounter(name=name, value=1))
        session.flush()


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
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_PG_CHAIN_LOCK)))
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    prev = last.hash if last else GENESIS
    event = AuditEvent(
        id=(last.id + 1) if last else 1,
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
        prev_hash=prev,
        hash="",
    )
    event.hash = chain_hash(load_key(), prev, event)
    session.add(event)
    bump_changes(session)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    problem: str


def verify(session: Session, key: bytes | None = None) -> list[ChainBreak]:
    """Walk the chain; every changed, removed or inserted row shows up as a break."""
    key = key or load_key(create=False)
    breaks: list[ChainBreak] = []
    prev, expected_id = GENESIS, 1
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.id != expected_id:
            breaks.append(ChainBreak(event.id, f"rows {expected_id}..{event.id - 1} removed"))
        if event.prev_hash != prev:
            breaks.append(ChainBreak(event.id, "previous-hash link broken (row removed or inserted)"))
        if not hmac.compare_digest(event.hash, chain_hash(key, event.prev_hash, event)):
            breaks.append(ChainBreak(event.id, "content does not match its hash (row altered)"))
        prev, expected_id = event.hash, event.id + 1
    return breaks
