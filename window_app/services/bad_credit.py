"""The credit lists of 信用联合惩戒 an administrator imports, and the check made at intake.

Two lists share one table (`list_kind`): the bad-credit list (失信名单, `bad_credit`: barred
from commitment approval) and the list of enterprises with abnormal operations (经营异常名录,
`abnormal`). Each entry has a code (citizen ID number or USCC), name, reason, listing
authority, listed date and removed date; an entry with a removed date on or before the day
no longer warns (it stays for the record).

The file is CSV/TSV (UTF-8) or xlsx, one entry a row. With a header row the columns are found
by name (code/代码/统一社会信用代码/身份证号码, name/名称/姓名, reason/原因/事由/列入原因,
authority/认定机关/作出决定机关/列入机关, listed_on/列入日期, removed_on/移出日期); without
one they are positional: code, name, reason[, authority, listed_on, removed_on]. Blank and `#`
lines are skipped. An import is atomic: one bad line (the message names it) and nothing is
saved. Entries are keyed by list and code: re-importing a code updates it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import Session

from ..core import idcard, uscc
from ..core.errors import DomainError
from ..core.masking import mask_id
from ..storage import pii
from ..storage.database import Database
from ..storage.models import BadCreditEntry, Enterprise
from . import audit
from .context import Actor, Role

__all__ = [
    "LIST_KINDS", "BadCreditFileError", "CreditHit", "Entry", "ImportResult", "check_codes",
    "check", "describe", "find_entry", "import_entries", "import_file", "list_entries",
    "parse", "parse_rows", "parties_of", "record_choice", "rule_of",
]  # fmt: skip

BAD_CREDIT, ABNORMAL = "bad_credit", "abnormal"
LIST_KINDS = {BAD_CREDIT: "失信名单", ABNORMAL: "经营异常名录"}
LIST_KINDS_EN = {BAD_CREDIT: "bad-credit list", ABNORMAL: "list of abnormal operations"}

_HEADERS = {
    "code": ("code", "代码", "统一社会信用代码", "身份证号码", "证件号码", "信用代码"),
    "name": ("name", "名称", "姓名", "企业名称", "当事人"),
    "reason": ("reason", "原因", "事由", "列入原因", "失信行为", "列入经营异常名录原因"),
    "authority": ("authority", "认定机关", "作出决定机关", "列入机关", "决定机关"),
    "listed_on": ("listed_on", "列入日期", "认定日期", "列入时间"),
    "removed_on": ("removed_on", "移出日期", "移出时间"),
}
_POSITIONAL = ("code", "name", "reason", "authority", "listed_on", "removed_on")


class BadCreditFileError(DomainError):
    pass


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


@dataclass(frozen=True)
class Entry:
    """One parsed row (dates None when the file leaves them empty)."""

    code: str
    name: str
    reason: str
    authority: str = ""
    listed_on: date | None = None
    removed_on: date | None = None


@dataclass(frozen=True)
class CreditHit:
    """A listed party found at intake: which list, who (applicant / legal representative)."""

    list_kind: str
    party: str  # applicant | legal_rep
    code: str
    name: str
    reason: str
    authority: str
    source: str
    listed_on: date | None

    @property
    def list_name(self) -> str:
        return LIST_KINDS[self.list_kind]

    def as_dict(self) -> dict:
        """For the audit trail: a citizen ID number masked, a USCC as it is."""
        try:
            code = mask_id(idcard.validate(self.code))
        except DomainError:
            code = self.code
        return {
            "list": self.list_kind, "party": self.party, "code": code, "name": self.name,
            "reason": self.reason, "authority": self.authority, "source": self.source,
            "listed_on": self.listed_on.isoformat() if self.listed_on else None,
        }  # fmt: skip


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


def _day(value: object, lineno: int, removed: bool) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().replace("/", "-").replace(".", "-")
    for year_mark in ("年", "月"):
        text = text.replace(year_mark, "-")
    text = text.removesuffix("日")
    try:
        y, m, d = (int(p) for p in text.split("-"))
        return date(y, m, d)
    except ValueError:
        if removed:
            raise BadCreditFileError(
                f"第{lineno}行：移出日期“{value}”应为YYYY-MM-DD格式的日期",
                english=f"Line {lineno}: the removed date “{value}” must be a date written YYYY-MM-DD.",
            ) from None
        raise BadCreditFileError(
            f"第{lineno}行：列入日期“{value}”应为YYYY-MM-DD格式的日期",
            english=f"Line {lineno}: the listed date “{value}” must be a date written YYYY-MM-DD.",
        ) from None


def _columns(header: list[str]) -> dict[str, int] | None:
    """Column positions by name when `header` is a header row, else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        label = str(cell or "").strip().lower()
        for field, names in _HEADERS.items():
            if label in names and field not in found:
                found[field] = index
    return found if "code" in found else None


def parse_rows(rows: Iterable[list[object]]) -> list[Entry]:
    """Entries from rows of cells (a CSV's or a worksheet's), header or positional."""
    out: list[Entry] = []
    columns: dict[str, int] | None = None
    seen_content = False
    for lineno, row in enumerate(rows, start=1):
        cells = ["" if c is None else c for c in row]
        texts = [str(c).strip() for c in cells]
        if not any(texts) or texts[0].startswith("#"):
            continue
        if not seen_content:
            seen_content = True
            columns = _columns(texts)
            if columns is not None:
                continue
        where = columns or {f: i for i, f in enumerate(_POSITIONAL)}

        def cell(field: str, cells=cells, where=where) -> object:  # noqa: ANN001
            index = where.get(field)
            return cells[index] if index is not None and index < len(cells) else ""

        raw_code = str(cell("code")).strip()
        if not raw_code:
            raise BadCreditFileError(
                f"第{lineno}行缺少代码", english=f"Line {lineno}: the code is missing."
            )
        out.append(
            Entry(
                code=_normalise_code(raw_code, lineno),
                name=str(cell("name")).strip(),
                reason=str(cell("reason")).strip(),
                authority=str(cell("authority")).strip(),
                listed_on=_day(cell("listed_on"), lineno, removed=False),
                removed_on=_day(cell("removed_on"), lineno, removed=True),
            )
        )
    return out


def parse(text: str) -> list[tuple[str, str, str]]:
    """(code, name, reason) per entry of a CSV/TSV text (tab or comma, taken from the text)."""
    return [(e.code, e.name, e.reason) for e in _parse_text(text)]


def _parse_text(text: str) -> list[Entry]:
    delimiter = "\t" if "\t" in text else ","
    return parse_rows(list(csv.reader(io.StringIO(text), delimiter=delimiter)))


def read_file(path: Path) -> list[Entry]:
    """The entries of a CSV/TSV or xlsx file."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook  # slow to import: only for a workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
            finally:
                workbook.close()
            return parse_rows(rows)
        text = path.read_text(encoding="utf-8-sig")
    except BadCreditFileError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise BadCreditFileError(
            f"无法读取文件：{path}", english=f"Cannot read the file {path}: {exc}"
        ) from None
    except Exception as exc:  # noqa: BLE001 (openpyxl raises its own zoo for a broken workbook)
        raise BadCreditFileError(
            f"无法读取文件：{path}（不是有效的xlsx文件）",
            english=f"Cannot read the file {path}: it is not a valid xlsx workbook ({type(exc).__name__}).",
        ) from None
    return _parse_text(text)


def _require_kind(list_kind: str) -> None:
    if list_kind not in LIST_KINDS:
        raise DomainError(
            f"未知的名单：{list_kind}（应为 bad_credit 或 abnormal）",
            english=f"Unknown list {list_kind} (bad_credit or abnormal).",
            field="list",
        )


def import_file(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    list_kind: str = BAD_CREDIT,
    source: str | None = None,
    on: date | None = None,
) -> ImportResult:
    """Import (add or update) a list's entries from a CSV/TSV/xlsx file; administrators only.

    `source` (the publishing system, e.g. 信用中国) defaults to the file's name; `on` (the list's
    date) is the listed date of entries that give none."""
    actor.require(Role.ADMINISTRATOR)
    _require_kind(list_kind)
    entries = read_file(path)
    return import_entries(db, actor, entries, list_kind=list_kind,
                          source=(source or "").strip() or Path(path).name, on=on,
                          file_name=Path(path).name)  # fmt: skip


def import_entries(
    db: Database,
    actor: Actor,
    entries: Iterable[Entry],
    *,
    list_kind: str = BAD_CREDIT,
    source: str,
    on: date | None = None,
    file_name: str = "",
) -> ImportResult:
    """Add or update entries of a list in one transaction (a file's, or the demo's); audited."""
    actor.require(Role.ADMINISTRATOR)
    _require_kind(list_kind)
    source = source.strip()[:200]
    day = on or date.today()
    added = updated = 0
    with db.transaction() as session:
        for e in entries:
            row = session.scalars(
                select(BadCreditEntry).where(
                    BadCreditEntry.list_kind == list_kind,
                    BadCreditEntry.code_hash == pii.id_hash(e.code),
                )
            ).first()
            if row is None:
                row = BadCreditEntry(code=e.code, list_kind=list_kind)
                session.add(row)
                added += 1
            else:
                updated += 1
            row.name, row.reason, row.authority = e.name, e.reason, e.authority[:200]
            row.listed_on = e.listed_on or row.listed_on or day
            row.removed_on = e.removed_on
            row.source = source
            session.flush()
        audit.record(
            session, actor, "badcredit.import", "bad_credit", file_name or source,
            after={"list": list_kind, "source": source, "date": day.isoformat(),
                   "added": added, "updated": updated},
        )  # fmt: skip
    return ImportResult(added, updated)


def _active(day: date):  # noqa: ANN202
    return or_(BadCreditEntry.removed_on.is_(None), BadCreditEntry.removed_on > day)


def find_entry(
    session: Session, code: str | None, *, list_kind: str = BAD_CREDIT, on: date | None = None
) -> BadCreditEntry | None:
    """The entry of `code` on a list that is in force on the day (not removed)."""
    if not code:
        return None
    return session.scalars(
        select(BadCreditEntry)
        .where(
            BadCreditEntry.code_hash == pii.id_hash(code),
            BadCreditEntry.list_kind == list_kind,
            _active(on or date.today()),
        )
        .limit(1)
    ).first()


@cache
def _entries_in_force() -> Select:
    """Every intake asks this (issue 17): built once, not built and keyed per call."""
    return (
        select(BadCreditEntry)
        .where(
            BadCreditEntry.code_hash.in_(bindparam("hashes", expanding=True)),
            _active(bindparam("day")),
        )
        .order_by(BadCreditEntry.list_kind.desc(), BadCreditEntry.id)
    )


@cache
def _legal_rep_of() -> Select:
    return select(Enterprise.legal_rep_id).where(Enterprise.uscc == bindparam("uscc"))


def check_codes(
    session: Session, parties: dict[str, str | None], *, on: date | None = None
) -> list[CreditHit]:
    """Every list entry in force for the parties (party -> code), bad-credit list first."""
    codes = {p: c.strip().upper() for p, c in parties.items() if c and c.strip()}
    if not codes:
        return []
    rows = session.scalars(
        _entries_in_force(),
        {"hashes": sorted({pii.id_hash(c) for c in codes.values()}), "day": on or date.today()},
    ).all()
    hits = []
    for party, code in codes.items():
        for row in rows:
            if row.code_hash == pii.id_hash(code):
                hits.append(
                    CreditHit(
                        row.list_kind,
                        party,
                        row.code,
                        row.name,
                        row.reason,
                        row.authority,
                        row.source,
                        row.listed_on,
                    )  # fmt: skip
                )
    return sorted(hits, key=lambda h: (h.list_kind != BAD_CREDIT, h.party != "applicant"))


def parties_of(session: Session, id_number: str | None, uscc_code: str | None) -> dict:
    """The codes the intake checks: the applicant's, and for an enterprise in the register its
    legal representative's ID number."""
    parties: dict[str, str | None] = {"applicant": (id_number or uscc_code or "").strip().upper()}
    if uscc_code:
        rep = session.scalar(_legal_rep_of(), {"uscc": uscc_code.strip().upper()})
        if rep:
            parties["legal_rep"] = rep
    return parties


def check(
    db: Database,
    actor: Actor,
    *,
    id_number: str | None = None,
    uscc_code: str | None = None,
    on: date | None = None,
) -> list[CreditHit]:
    """The intake's check, made as soon as the code is read: every list entry in force for the
    applicant (ID number or USCC) and an enterprise's legal representative."""
    actor.require(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    with db.reading() as session:
        return check_codes(session, parties_of(session, id_number, uscc_code), on=on)


RULES = {
    "refuse_commitment": "不适用告知承诺制，按一般程序办理",
    "extra_review": "可以受理，须加强审查",
    "inform": "仅作提示，正常办理",
}
RULES_EN = {
    "refuse_commitment": "commitment-based approval is not available; the ordinary procedure applies",
    "extra_review": "the application may be accepted and is marked for closer review",
    "inform": "for information only; the application proceeds normally",
}


def rule_of(definition: dict) -> str:
    """The matter's credit rule (catalogue `credit_rule`; none: refuse_commitment)."""
    return definition.get("credit_rule") or "refuse_commitment"


def describe(hits: list[CreditHit]) -> str:
    """The warning in one Chinese sentence per hit (the CLI, the refusal message, the trail)."""
    who = {"applicant": "申请人", "legal_rep": "法定代表人"}
    return "；".join(
        f"{who[h.party]}{h.name or ''}在{h.list_name}中（原因：{h.reason or '未注明'}；"
        f"认定机关：{h.authority or '未注明'}；来源：{h.source or '未注明'}"
        f"{f'，{h.listed_on:%Y-%m-%d}列入' if h.listed_on else ''}）"
        for h in hits
    )


def record_choice(
    db: Database, actor: Actor, hits: list[CreditHit], matter_code: str, choice: str
) -> None:
    """The clerk's choice after a warning when nothing is registered (`stop`: the applicant
    was told and does not go on); a `proceed` is audited with the application itself."""
    actor.require(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    with db.transaction() as session:
        audit.record(
            session, actor, "credit.warning", "matter", matter_code,
            after={"choice": choice, "hits": [h.as_dict() for h in hits]},
        )  # fmt: skip


def list_entries(
    db: Database, list_kind: str | None = None, *, include_removed: bool = False,
    on: date | None = None,
) -> list[dict]:  # fmt: skip
    """The entries of one list (or both), newest listing first, as plain dicts."""
    if list_kind is not None:
        _require_kind(list_kind)
    with db.reading() as session:
        # the code is ciphertext: the order within a day is the plaintext's, sorted below
        query = select(BadCreditEntry).order_by(
            BadCreditEntry.list_kind, BadCreditEntry.listed_on.desc(), BadCreditEntry.id
        )
        if list_kind is not None:
            query = query.where(BadCreditEntry.list_kind == list_kind)
        if not include_removed:
            query = query.where(_active(on or date.today()))
        rows = sorted(
            session.scalars(query),
            key=lambda r: (r.list_kind, -(r.listed_on.toordinal() if r.listed_on else 0), r.code),
        )
        return [
            {
                "list": r.list_kind,
                "code": r.code,
                "name": r.name,
                "reason": r.reason,
                "authority": r.authority,
                "source": r.source,
                "listed_on": r.listed_on.isoformat() if r.listed_on else None,
                "removed_on": r.removed_on.isoformat() if r.removed_on else None,
            }  # fmt: skip
            for r in rows
        ]
