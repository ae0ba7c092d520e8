"""Compile the statements of the first screens before they are needed.

The work list, the board and the exact lookups run on the fast read path, which compiles a
statement on its first use: about 10 ms of Python for the work list and more for the board. At
start-up that first use falls while the UI thread lays out and paints those screens, and a
worker's Python holds the GIL the UI thread needs. Compiled while the clerk signs in, it is not.
"""

from __future__ import annotations

from ..storage.database import Database

__all__ = ["prepare_first_screen", "prepare_hot_statements"]


def prepare_first_screen(db: Database) -> None:
    """The work list's statements: the first screen (the board's services load after it)."""
    from . import calendar, queries

    for stmt in (calendar.ENTERED, *queries.WORK_LIST.values()):
        db.prepare(stmt)


def prepare_hot_statements(db: Database) -> None:
    from . import board_sql, complaints, lookup

    prepare_first_screen(db)
    for stmt in (
        board_sql.MEASURES, board_sql.LABELS, board_sql.ALERTS, board_sql.OVERDUE_COUNT,
        complaints.COUNTS, *lookup.EXACT.values(),
    ):  # fmt: skip
        db.prepare(stmt)
