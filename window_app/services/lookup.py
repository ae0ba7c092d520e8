"""Find applications: by number (exact; a scanned receipt barcode types the number), applicant
name fragment, citizen ID number, USCC or phone. Rows carry masked personal data only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY

from ..core import idcard, uscc
from ..core.masking import mask_id, mask_phone
from ..core.states import LABELS_ZH, State
from ..storage import name_pages, pii, search
from ..storage.database import Database
from ..storage.models import Applicant, Application, Matter, MatterVersion

__all__ = ["KINDS", "LookupRow", "by_number", "classify", "find_applications", "name_rows"]

KINDS = ("number", "name", "id_number", "uscc", "phone")
_NUMBER = re.compile(r"^(\d{8})(?:-(\d{4,6})|(\d{4}))$")  # scanned or typed, hyphen optional
_PHONE = re.compile(r"^\+?\d[\d-]{5,19}$")


class LookupRow(NamedTuple):
    """One application found (immutable; a NamedTuple, cheap to build for a list of results)."""

    number: str
    matter_code: str
    matter_name: str
    applicant_name: str
    applicant_code_masked: str
    applicant_phone_masked: str
    state: str
    state_label: str
    received_on: date


def classify(text: str) -> tuple[str, str]:
    """(kind, normalised value) for what the clerk typed or scanned into the search box."""
    value = "".join(text.split())
    m = _NUMBER.match(value)
    if m:
        return "number", f"{m.group(1)}-{m.group(2) or m.group(3)}"
    upper = value.upper()
    if idcard.is_valid(upper):
        return "id_number", upper
    if uscc.is_valid(upper):
        return "uscc", upper
    if _PHONE.match(value):
        return "phone", value.replace("-", "")
    return "name", text.strip()


# The columns a LookupRow shows, newest first; the exact statements are built once and run on the
# fast read path (compiled once, a raw connection, plain tuples; storage/fast_read.py).
_COLUMNS = (
    Application.number, Matter.code, MatterVersion.name, Applicant.name, Applicant.id_number,
    Applicant.uscc, Applicant.phone, Application.state, Application.received_on,
)  # fmt: skip
_VALUE = bindparam("value")
_LIMIT = bindparam("limit", type_=Integer)


def _statement(condition: ColumnElement[bool]) -> Select:
    return (
        select(*_COLUMNS)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Matter, Matter.id == MatterVersion.matter_id)
        .where(condition)
        .order_by(Application.received_on.desc(), Application.number.desc())
        .limit(_LIMIT)
    )


def _name_statement(found: search.NameSearch) -> Select:
    """The lookup by name; from the forced index's ids (PostgreSQL), the page's numbers first.

    Only the page is joined to its applicant and matter. The numbers come from migration 0009's
    index on (applicant_id, received_on, number) alone, read by applicant newest first: the
    top-N sort then mostly compares a row with its worst and drops it, where oldest first each
    row would displace one (333,333 old hits at 1M: 290 ms against 445). bench/README.md.
    """
    if found.ids is None:
        return _statement(found.condition)
    hits = (
        select(Application.number, Application.received_on)
        .where(Application.applicant_id == any_(found.ids))
        .order_by(Application.applicant_id.desc())
        .subquery()
    )
    page = select(hits.c.number).order_by(hits.c.received_on.desc(), hits.c.number.desc())
    # = ANY (array(...)): planned in a fraction of the time an IN (subquery) takes
    return _statement(Application.number == any_(func.array(page.limit(_LIMIT).scalar_subquery())))


# PostgreSQL: the page whose numbers migration 0030's gram pages gave (storage.name_pages)
_BY_NUMBERS = _statement(Application.number == any_(bindparam("numbers", type_=ARRAY(String))))


def name_rows(conn: Connection, value: str, limit: int, *, pages: bool = True) -> list[Sequence]:
    """The lookup by name on `conn`: on PostgreSQL from the gram pages (`pages`, unless they
    hand back to the planner), else through `storage.search`'s conditions."""
    if pages and conn.dialect.name == "postgresql":
        numbers = name_pages.newest_numbers(conn, value, limit)
        if numbers is not None:
            return list(conn.execute(_BY_NUMBERS, {"numbers": numbers, "limit": limit}).all())
    stmt = _name_statement(search.applicant_name_search(conn, value))
    return list(conn.execute(stmt, {"value": value, "limit": limit}).all())


EXACT: dict[str, Select] = {  # the exact lookups, each over a unique or plain index
    "number": _statement(Application.number == _VALUE),
    # ID and phone numbers are ciphertext (storage.pii): the probe is their keyed hash's index
    "id_number": _statement(Applicant.id_number_hash == _VALUE),
    "uscc": _statement(Applicant.uscc == _VALUE),
    "phone": _statement(Applicant.phone_hash == _VALUE),
}
_HASHED = {"id_number": pii.id_hash, "phone": pii.phone_hash}
_LABELS = {str(s): LABELS_ZH[s] for s in State}


def _row(r: Sequence) -> LookupRow:
    number, code, matter, name, id_number, uscc_code, phone, state, received_on = r
    return LookupRow(
        number, code, matter, name, mask_id(id_number or uscc_code), mask_phone(phone), state,
        _LABELS[state], received_on,
    )  # fmt: skip


def find_applications(
    db: Database, text: str, *, kind: str | None = None, limit: int = 100
) -> list[LookupRow]:
    """Applications matching `text`, newest first; `kind` forces one of KINDS (default: guess)."""
    if not text or not text.strip():
        return []
    if kind is None:
        kind, value = classify(text)
    else:
        if kind not in KINDS:
            raise ValueError(f"unknown lookup kind {kind!r}")
        value = text.strip().upper() if kind in ("id_number", "uscc") else text.strip()
    if kind != "name":
        stmt = EXACT[kind]
        value = value.replace("-", "") if kind == "phone" else value
        if kind in _HASHED:
            value = _HASHED[kind](value) or ""
    if kind == "name":  # the condition depends on the fragment and on how many names hold it
        with db.reading_rows() as conn:
            rows = name_rows(conn, value, limit)
        return [_row(r) for r in rows]
    return [_row(r) for r in db.fetch_rows(stmt, {"value": value, "limit": limit})]


def by_number(db: Database, number: str) -> LookupRow | None:
    """The application with exactly this number (as scanned from a receipt), or None."""
    kind, value = classify(number)
    if kind != "number":
        return None
    rows = find_applications(db, value, kind="number", limit=1)
    return rows[0] if rows else None
