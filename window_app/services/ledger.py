"""The ledger of issued serials, kept outside the database beside the audit key and its anchor.

Every hall-wide number (application and document numbers, spot-check plans: `numbering`) and
every USCC body (`code_segments`) is noted here after its transaction commits, as the highest
value issued per series. Restoring an older backup brings back older counters; `raise_counters`
then moves them above what was already printed, so no number is ever issued twice. One ledger
per database, keyed by its identifier (migration 0018), like the audit anchor.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import event as sa_event
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..storage.models import CodeSegment, Counter
from . import audit

_ISSUED, _LISTENING = "ledger.issued", "ledger.listening"


def ledger_path(database: str) -> Path:
    key = audit.key_path()
    return key.with_name(f"{key.name}.serials.{database}")


def read(database: str | None) -> dict[str, int]:
    if not database:
        return {}
    try:
        data = json.loads(ledger_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, int)}


def _write(database: str, issued: dict[str, int]) -> None:
    current = read(database)
    merged = {k: max(v, current.get(k, 0)) for k, v in issued.items()}
    if all(current.get(k) == v for k, v in merged.items()):
        return
    path = ledger_path(database)
    tmp = path.with_name(path.name + f".{os.getpid()}")
    try:
        tmp.write_text(json.dumps({**current, **merged}, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a safeguard: never fail the clerk's action on it


def note(session: Session, series: str, value: int) -> None:
    """`value` of `series` was issued in this transaction (written to the ledger at commit)."""
    issued = session.info.get(_ISSUED)
    if issued is None:
        issued = session.info[_ISSUED] = ({}, audit.database_identifier(session))
    values = issued[0]
    values[series] = max(value, values.get(series, 0))
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        sa_event.listen(session, "after_commit", _after_commit)
        sa_event.listen(session, "after_rollback", _after_rollback)


def _after_commit(session: Session) -> None:
    issued = session.info.pop(_ISSUED, None)
    if issued is not None and issued[1]:
        _write(issued[1], issued[0])


def _after_rollback(session: Session) -> None:
    session.info.pop(_ISSUED, None)


def raise_counters(session: Session, database: str | None) -> dict[str, int]:
    """Move the restored database's counters above the ledger's; returns what was raised."""
    raised: dict[str, int] = {}
    for series, value in sorted(read(database).items()):
        kind, _, name = series.partition(":")
        if kind == "counter":
            row = session.get(Counter, name)
            if row is None:
                session.add(Counter(name=name, value=value))
                raised[series] = value
            elif row.value < value:
                row.value = value
                raised[series] = value
        elif kind == "segment":  # segment:PREFIX:FIRST_SERIAL
            prefix, _, first = name.rpartition(":")
            if not first.isdigit():
                continue
            ids = session.scalars(
                select(CodeSegment.id).where(
                    CodeSegment.prefix == prefix, CodeSegment.first_serial == int(first),
                    CodeSegment.next_serial <= value,
                )
            ).all()  # fmt: skip
            if ids:
                session.execute(
                    update(CodeSegment).where(CodeSegment.id.in_(ids)).values(next_serial=value + 1)
                )
                raised[series] = value
    return raised
