"""A synthetic audit trail of N events (`bench/run --audit-events N`): a busy hall's year is
about 1,000,000. Rows as `audit.record` writes them on SQLite (the same columns and texts, the
chain linked with the bench's key by `storage.audit_chain.link`), inserted in bulk with sqlite3
into a migrated file;
the content mimics the counter's events (state changes with dates, personal names, reasons).
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ACTIONS = ("application.received", "application.accepted", "document.issued",
           "application.completed", "personal.view", "session.login")  # fmt: skip
STATES = ("received", "accepted", "completed", "notified")


def build(path: Path, events: int) -> Path:
    """The file at `path` with `events` chained events (made once; reused when present)."""
    if path.exists():
        return path
    from window_app.storage import audit_chain, migrate
    from window_app.storage.database import Database

    tmp = path.with_suffix(".partial")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    db = Database(f"sqlite:///{tmp}")
    migrate.upgrade(db, backup=False)
    db.dispose()
    key = audit_chain.load_key(create=True)
    rng = random.Random(22)
    conn = sqlite3.connect(tmp)
    (existing,) = conn.execute("SELECT count(*) FROM audit_events").fetchone()
    prev = conn.execute("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = prev[0] if prev else audit_chain.GENESIS
    start = datetime(2025, 1, 2, 8, 30)
    started = time.perf_counter()
    batch = []
    for ident in range(existing + 1, existing + events + 1):
        at = start + timedelta(seconds=ident * 31, microseconds=ident % 997)
        day = at.date().isoformat()
        before = {"state": rng.choice(STATES)} if ident % 3 else None
        after = (
            {"state": rng.choice(STATES), "on": day} if ident % 5 else {"名称": f"湛江{ident}号"}
        )
        row = {
            "id": ident, "at": audit_chain.at_text(at), "user_id": ident % 7 or None,
            "username": f"clerk{ident % 7}", "window": f"A{ident % 12:02d}",
            "action": ACTIONS[ident % len(ACTIONS)], "entity": "application",
            "entity_id": f"{at:%Y%m%d}-{ident % 10000:04d}", "before": audit_chain.json_text(before),
            "after": audit_chain.json_text(after), "reason": None if ident % 4 else f"理由{ident % 50}",
        }  # fmt: skip
        digest = audit_chain.link(key, prev_hash, row)
        batch.append((*(row[f] for f in audit_chain.FIELDS), prev_hash, digest))
        prev_hash = digest
        if len(batch) == 50_000:
            _insert(conn, batch)
            print(f"\raudit trail {ident}/{events}", end="", file=sys.stderr, flush=True)
    _insert(conn, batch)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"\naudit trail in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    tmp.rename(path)
    return path


def _insert(conn: sqlite3.Connection, batch: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO audit_events (id, at, user_id, username, window, action, entity, entity_id,"
        " before, after, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        batch,
    )
    conn.commit()
    batch.clear()
