"""Find applications: by number (exact; a scanned receipt barcode types the number), applicant
name fragment, citizen ID number, USCC or phone. Rows carry masked personal data only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..core import idcard, uscc
from ..core.masking import mask_id, mask_phone
from ..core.states import LABELS_ZH, State
from ..storage import search
from ..storage.database import Database
from ..storage.models import Applicant, Application, Matter, MatterVersion

__all__ = ["KINDS", "LookupRow", "by_number", "classify", "find_applications"]

KINDS = ("number", "name", "id_number", "uscc", "phone")
_NUMBER = re.compile(r"^(\d{8})(?:-(\d{4,6})|(\d{4}))$")  # scanned or typed, hyphen optional
_PHONE = re.compile(r"^\+?\d[\d-]{5,19}$")


@dataclass(frozen=True)
class LookupRow:
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
    condition = (
        search.applicant_name_matches(db.engine.dialect.name, value)  # FTS5 / pg_trgm index
        if kind == "name"
        else None
    )
    condition = {
        "number": Application.number == value,
        "name": condition,
        "id_number": Applicant.id_number == value,
        "uscc": Applicant.uscc == value,
        "phone": func.replace(Applicant.phone, "-", "") == value.replace("-", ""),
    }[kind]
    stmt = (
        select(Application, Applicant, Matter.code, MatterVersion.name)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Matter, Matter.id == MatterVersion.matter_id)
        .where(condition)
        .order_by(Application.received_on.desc(), Application.number.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return [
            LookupRow(
                number=app.number,
                matter_code=code,
                matter_name=name,
                applicant_name=person.name,
                applicant_code_masked=mask_id(person.id_number or person.uscc),
                applicant_phone_masked=mask_phone(person.phone),
                state=app.state,
                state_label=LABELS_ZH[State(app.state)],
                received_on=app.received_on,
            )
            for app, person, code, name in session.execute(stmt).all()
        ]


def by_number(db: Database, number: str) -> LookupRow | None:
    """The application with exactly this number (as scanned from a receipt), or None."""
    kind, value = classify(number)
    if kind != "number":
        return None
    rows = find_applications(db, value, kind="number", limit=1)
    return rows[0] if rows else None
