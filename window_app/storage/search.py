"""Name-fragment search over applicants and enterprises, indexed on both back ends.

Migration 0003 builds the indexes: an external-content FTS5 table with the trigram tokenizer on
SQLite (kept in sync by triggers), a pg_trgm GIN index on PostgreSQL. A fragment of three or more
characters matches anywhere in the name through those indexes. A shorter fragment has no trigram:
it is still matched anywhere in the name (a clerk types a given name such as "小明"), by a plain
`LIKE` that scans the names; the benchmark reports both timings (bench/RESULTS.md).

The functions return SQL conditions on the model table, for services to put in their queries.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, column, false, func, select, table
from sqlalchemy.orm import Session

from .models import Applicant, Enterprise

__all__ = ["MIN_TRIGRAM", "applicant_name_matches", "enterprise_name_matches", "normalise"]

MIN_TRIGRAM = 3
_FTS = {"applicants": "applicant_names_fts", "enterprises": "enterprise_names_fts"}


def normalise(fragment: str) -> str:
    """What is searched for: the fragment without any whitespace (names carry none)."""
    return "".join(fragment.split())


def _dialect(session_or_dialect: Session | str) -> str:
    if isinstance(session_or_dialect, str):
        return session_or_dialect
    return session_or_dialect.get_bind().dialect.name


def _matches(model, dialect: str, fragment: str) -> ColumnElement[bool]:  # noqa: ANN001
    value = normalise(fragment)
    if not value:
        raise ValueError("empty name fragment")
    if "\x00" in value:  # FTS5 and LIKE stop at a NUL (and PostgreSQL text cannot hold one)
        return func.instr(model.name, value) > 0 if dialect == "sqlite" else false()
    if len(value) < MIN_TRIGRAM:
        return model.name.contains(value, autoescape=True)
    if dialect == "sqlite":
        fts = table(_FTS[model.__tablename__], column("rowid"), column("name"))
        phrase = '"' + value.replace('"', '""') + '"'  # one FTS5 string: no query syntax
        return model.id.in_(select(fts.c.rowid).where(fts.c.name.op("MATCH")(phrase)))
    # PostgreSQL: LIKE with a literal pattern lets the planner use the gin_trgm_ops index.
    return model.name.contains(value, autoescape=True)


def applicant_name_matches(session_or_dialect: Session | str, fragment: str) -> ColumnElement[bool]:
    """Condition on `Applicant`: its name contains `fragment` ."""
    return _matches(Applicant, _dialect(session_or_dialect), fragment)


def enterprise_name_matches(
    session_or_dialect: Session | str, fragment: str
) -> ColumnElement[bool]:
    """Condition on `Enterprise`: its name contains `fragment` ."""
    return _matches(Enterprise, _dialect(session_or_dialect), fragment)
