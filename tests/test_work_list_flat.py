"""The clerk's work list costs the same whatever the window's history (issue 22): it reads the
day's ids, then each application by its key, never the window's past applications."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import select

from window_app.services import demo, queries
from window_app.storage import migrate
from window_app.storage.database import Database
from window_app.storage.models import Application, Window

DAY = date(2026, 3, 4)


@pytest.fixture(scope="module")
def hall(tmp_path_factory):
    path = tmp_path_factory.mktemp("flat") / "hall.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, backup=False)
    demo.generate(db, 300, days=30, today=DAY)
    with db.reading() as s:
        window = s.scalar(
            select(Window.number)
            .join(Application, Application.window_id == Window.id)
            .where(Application.received_on == DAY)
            .limit(1)
        )
    db.dispose()
    return path, window


def _steps(path, window: str) -> tuple[int, int]:  # noqa: ANN001
    """(SQLite virtual-machine steps, rows) of the work list's statement for `window` on DAY."""
    db = Database(f"sqlite:///{path}")
    stmt = queries.WORK_LIST[True].params(day=DAY, window=window)
    sql = str(stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
    db.dispose()
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    with closing(sqlite3.connect(path)) as conn:
        conn.set_progress_handler(count, 100)
        rows = len(conn.execute(sql).fetchall())
    return steps[0], rows


def _add_history(path, times: int) -> int:  # noqa: ANN001
    """Copies of every application years back, finished, at the same windows: history only."""
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(applications)") if r[1] != "id"]
        names = ", ".join(columns)
        values = ", ".join(
            {"number": "number || '-h' || ?", "received_on": "date(received_on, '-20 years')",
             "state": "'delivered'"}.get(c, c)
            for c in columns
        )  # fmt: skip
        for n in range(times):
            conn.execute(f"INSERT INTO applications ({names}) SELECT {values} FROM applications "
                         "WHERE number NOT LIKE '%-h%'", (str(n),))  # fmt: skip
        conn.commit()
        return conn.execute("SELECT count(*) FROM applications").fetchone()[0]


def test_the_work_list_does_not_walk_the_window_s_history(hall):
    path, window = hall
    before, rows = _steps(path, window)
    assert rows > 0
    total = _add_history(path, 9)  # ten times the history
    after, rows_after = _steps(path, window)
    assert total >= 3000 and rows_after == rows
    assert after <= before * 1.5 + 20, (before, after)


def test_the_work_list_still_lists_the_day_at_the_window(hall):
    path, window = hall
    db = Database(f"sqlite:///{path}")
    with db.reading() as s:
        window_id = s.scalar(select(Window.id).where(Window.number == window))
        expected = set(
            s.scalars(
                select(Application.number).where(
                    Application.window_id == window_id, Application.received_on == DAY
                )
            )
        )
    listed = {
        row[0] for row in db.fetch_rows(queries.WORK_LIST[True], {"day": DAY, "window": window})
    }
    db.dispose()
    assert expected and expected <= listed
