"""The bad-credit list (失信名单) an administrator imports; consulted before commitment approval.

The file is CSV or TSV, one entry a line: `code,name,reason` (code = citizen ID number or USCC).
A header line starting with `code` and blank or `#` lines are skipped. An import is atomic: one bad
line (the message names it) and nothing is saved. Entries are keyed by code: re-importing a code
updates its name and reason.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import idcard, uscc
from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import BadCreditEntry
from . import audit
from .context import Actor, Role

__all__ = ["BadCreditFileError", "ImportResult", "find_entry", "import_file", "parse"]


class BadCreditFileError(DomainError):
    pass


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


def _normalise_code(raw: str, lineno: int) -> str:
    code = "".join(raw.split()).upper()
    try:
        return idcard.validate(code)
    except DomainError as id_error:
        try:
            return uscc.validate(code)
        except DomainError as uscc_error:
            raise BadCreditFileError(
                f"第{lineno}行：“{code}”既不是有效的身份证号码（{id_error.message}），"
                f"也不是有效的统一社会信用代码（{uscc_error.message}）",
                english=f"Line {lineno}: “{code}” is neither a valid ID number ({id_error.english}) nor a valid Unified Social Credit Code ({uscc_error.english}).",
            ) from None


def parse(text: str) -> list[tuple[str, str, str]]:
    """(code, name, reason) per entry; the delimiter (tab or comma) is taken from the text."""
    delimiter = "\t" if "\t" in text else ","
    out: list[tuple[str, str, str]] = []
    for lineno, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if lineno == 1 and cells[0].lower() in ("code", "代码"):
            continue
        if not cells[0]:
            raise BadCreditFileError(
                f"第{lineno}行缺少代码", english=f"Line {lineno}: the code is missing."
            )
        code = _normalise_code(cells[0], lineno)
        name = cells[1] if len(cells) > 1 else ""
        reason = delimiter.join(cells[2:]) if len(cells) > 2 else ""
        out.append((code, name, reason))
    return out


def import_file(db: Database, actor: Actor, path: Path, *, on: date | None = None) -> ImportResult:
    """Import (add or update) the entries of a CSV/TSV file; administrators only."""
    actor.require(Role.ADMINISTRATOR)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadCreditFileError(
            f"无法读取文件：{path}", english=f"Cannot read the file {path}: {exc}"
        ) from None
    entries = parse(text)
    day = on or date.today()
    added = updated = 0
    with db.transaction() as session:
        for code, name, reason in entries:
            row = find_entry(session, code)
            if row is None:
                session.add(
                    BadCreditEntry(
                        code=code, name=name, reason=reason, listed_on=day, source=str(path)[:200]
                    )
                )
                added += 1
            else:
                row.name, row.reason, row.source = name, reason, str(path)[:200]
                updated += 1
            session.flush()
        audit.record(
            session, actor, "badcredit.import", "bad_credit", Path(path).name,
            after={"added": added, "updated": updated},
        )  # fmt: skip
    return ImportResult(added, updated)


def find_entry(session: Session, code: str | None) -> BadCreditEntry | None:
    if not code:
        return None
    return session.scalars(
        select(BadCreditEntry).where(BadCreditEntry.code == code.strip().upper()).limit(1)
    ).first()
