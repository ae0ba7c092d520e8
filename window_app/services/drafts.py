"""The exact PDF a numbered document would be, before it is issued (F7 one-time notice, F8
refusal): the issuing service itself runs in a transaction that is rolled back
(`Database.rehearsal`), so the preview carries the same items, wording, dates and the next
document number, and nothing is stored, counted, audited or noted in the serial ledger.

Another window issuing a document of the same kind in between takes that number; the GUI
compares the issued document with the draft and says so (`same_document`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..storage.database import Database
from . import documents, notice, refusal
from .context import Actor


class _Rehearsal:
    """A Database whose write transactions are rolled back; everything else is the real one."""

    def __init__(self, db: Database):
        self._db = db

    def transaction(self):  # noqa: ANN201
        return self._db.rehearsal()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def _draft(
    db: Database, issue: Callable[[Any], documents.Outcome]
) -> tuple[documents.DocumentInfo, bytes]:
    info = issue(_Rehearsal(db)).document
    return info, documents.render(info)


def draft_notice(
    db: Database, actor: Actor, number: str, *, marks: Iterable = (), **options: Any
) -> tuple[documents.DocumentInfo, bytes]:
    """The one-time notice `notice.issue_notice` would issue now, and its PDF."""
    marks = list(marks)
    return _draft(db, lambda rehearsal: notice.issue_notice(
        rehearsal, actor, number, marks=marks, **options))  # fmt: skip


def draft_refusal(
    db: Database, actor: Actor, number: str, **values: Any
) -> tuple[documents.DocumentInfo, bytes]:
    """The non-acceptance notice `refusal.refuse` would issue now, and its PDF."""
    return _draft(db, lambda rehearsal: refusal.refuse(rehearsal, actor, number, **values))


def same_document(draft: documents.DocumentInfo, issued: documents.DocumentInfo) -> bool:
    """The issued document is the one previewed (same number, same contents)."""
    return (draft.kind, draft.doc_number, draft.payload) == (
        issued.kind, issued.doc_number, issued.payload)  # fmt: skip
