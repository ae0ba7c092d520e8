"""Numbers unique across every window of the hall: one counter row per day, locked per increment.

Application numbers read aloud in groups ("2026 1125 0042") and sort by date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from ..storage.models import Counter
from . import ledger

DOCUMENT_PREFIXES = {
    "receipt": "受",
    "notice": "补",
    "refusal": "不受",
    "commitment": "诺",
    "pickup": "结",
    "licence": "照",
    "referral": "告",
    "suspension": "中",
    "extension": "延",
    "resumption": "恢",
    "decision": "决",  # a department's approval or refusal (issue 19)
    "revocation": "撤",  # 撤销决定书 after a failed commitment verification (issue 19)
}


def next_value(session: Session, name: str) -> int:
    """Increment and return counter `name`; concurrent windows serialise on its row.

    One upsert statement: the first use of a name inserts 1, later ones add 1 to the stored row.
    It runs on the transaction's connection, not through the ORM: no mapped row is read or
    written, so the session's pending rows need not be flushed first (an application's number
    is drawn before its row exists), and the statement is built once per dialect.
    """
    connection = session.connection()
    stmt = _UPSERTS.get(connection.dialect.name)
    if stmt is None:
        stmt = _UPSERTS[connection.dialect.name] = _upsert(connection.dialect.name)
    value = connection.execute(stmt, {"name": name}).scalar_one()
    ledger.note(session, f"counter:{name}", value)  # kept outside: a restore never reissues it
    return value


_UPSERTS: dict[str, Any] = {}


def _upsert(dialect: str) -> Any:
    # the engine's own dialect package is loaded; the other one's (PostgreSQL's imports every
    # driver and asyncio) only where it is used: not at the GUI's start (issue 22)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    counters = Counter.__table__
    stmt = insert(counters).values(name=bindparam("name"), value=1)
    return stmt.on_conflict_do_update(
        index_elements=[counters.c.name], set_={"value": counters.c.value + 1}
    ).returning(counters.c.value)


def application_number(session: Session, day: date) -> str:
    """`20261125-0042`: date first so numbers sort by day; the serial is hall-wide."""
    return f"{day:%Y%m%d}-{next_value(session, f'app-{day:%Y%m%d}'):04d}"


def document_number(session: Session, kind: str, day: date) -> str:
    """`湛政服受〔2026〕123号`: a yearly series per kind of document, in the form of official
    document numbers (GB/T 9704: the year in 〔〕, the serial without leading zeros)."""
    serial = next_value(session, f"doc-{kind}-{day.year}")
    return f"湛政服{DOCUMENT_PREFIXES[kind]}〔{day.year}〕{serial}号"


def speakable(number: str) -> str:
    """How a clerk reads a number to the applicant: digits in groups of four."""
    digits = number.replace("-", "")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
