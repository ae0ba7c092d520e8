"""Audit verification and export that stream (issue 22): plain rows in key order, one page at
a time, hashed over the same bytes as `audit.canonical` of the ORM object."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from window_app.services import audit
from window_app.services.context import SYSTEM, Actor, Role
from window_app.storage.models import AuditEvent

SUPERVISOR = Actor(user_id=None, username="super", role=Role.SUPERVISOR, display_name="主任")

# What JSON and the hash must not get wrong: quotes, backslashes, control characters (not NUL:
# PostgreSQL text cannot hold it), line and paragraph separators, characters beyond the BMP,
# numbers, nesting, empty and missing values.
AWKWARD = [
    ({"state": "received"}, {"state": "accepted", "on": "2026-03-02"}, "理由"),
    (None, {"名称": '湛江"引号"\\反斜杠', "list": [1, 2.5, None, True]}, None),
    ({"z": 1, "a": {"y": [], "b": {}}}, None, "行1\n行2\t\u2028\u2029\x01\x1f"),
    ({"emoji": "𠮷😀", "": ""}, {"big": 10**20, "neg": -0.5, "f": False}, ""),
    (None, None, "</script>&<>'"),
]


def _record_awkward(db, times: int = 1) -> None:
    with db.transaction() as session:
        for i in range(times):
            for n, (before, after, reason) in enumerate(AWKWARD):
                audit.record(session, SYSTEM, f"test.awkward{n}", "entity", f"{i}-{n}",
                             before=before, after=after, reason=reason)  # fmt: skip


def test_the_walk_hashes_exactly_what_canonical_covers(any_db):
    """Each plain row's text equals `canonical()` of the same event read by the ORM, on SQLite
    (JSON and timestamps read as stored text) and on PostgreSQL (the driver's objects)."""
    db = any_db
    _record_awkward(db)
    with db.reading() as session:
        rows = list(audit._walk(session))
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert len(rows) == len(events) >= len(AWKWARD)
        body = audit._Canonical()
        for row, event in zip(rows, events, strict=True):
            assert body(row).encode() == audit.canonical(event), event.id
    assert audit.verify_database(db).ok


def test_verify_reads_pages_and_names_an_altered_row_in_a_later_page(any_db, monkeypatch):
    db = any_db
    _record_awkward(db, times=3)  # 15 events
    monkeypatch.setattr(audit, "VERIFY_CHUNK", 4)
    reports = []
    monkeypatch.setattr(audit, "PROGRESS_EVERY", 5)
    result = audit.verify_database(db, progress=lambda done, total: reports.append((done, total)))
    assert result.ok and result.events >= 15
    assert reports[-1] == (result.events, result.events)
    # another key: every row of every page fails, none is skipped at a page boundary
    broken = audit.verify_database(db, key=b"k" * 32)
    assert [b.event_id for b in broken.breaks] == list(range(1, result.events + 1))


def test_the_cache_of_canonical_texts_stays_bounded(tmp_path, monkeypatch):
    from window_app.storage import migrate
    from window_app.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    migrate.upgrade(db, backup=False)
    _record_awkward(db, times=4)
    monkeypatch.setattr(audit, "_CANONICAL_CACHE_SIZE", 2)
    seen = []
    original = audit._Canonical.json

    def watched(self, value):  # noqa: ANN001, ANN202
        seen.append(len(self.cache))
        return original(self, value)

    monkeypatch.setattr(audit._Canonical, "json", watched)
    assert audit.verify_database(db).ok
    assert max(seen) <= 2


def test_export_writes_every_page_in_key_order(any_db, tmp_path, monkeypatch):
    db = any_db
    _record_awkward(db, times=3)
    monkeypatch.setattr(audit, "VERIFY_CHUNK", 4)
    pages = []
    out = tmp_path / "audit.csv"
    today = date.today()
    rows = audit.export_csv(db, SUPERVISOR, today - timedelta(days=1), today + timedelta(days=1),
                            out, progress=pages.append)  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    ids = [int(line[0]) for line in lines[1:]]
    assert ids == sorted(ids) and len(ids) == rows >= 15
    assert pages == sorted(pages) and pages[-1] == rows and len(pages) >= rows // 4
    assert audit.verify_database(db).ok  # the export's own event extends the chain


@pytest.mark.parametrize(
    ("stored", "iso"),
    [
        ("2026-12-06 13:26:58.866112", "2026-12-06T13:26:58.866112"),
        ("2026-12-06 13:26:58", "2026-12-06T13:26:58.000000"),
    ],
)
def test_a_timestamp_read_as_text_is_written_as_isoformat(stored, iso):
    assert audit._instant(stored) == iso
