"""The hall's database: the same questions asked of PostgreSQL (`bench/run --postgres URL`).

A hall of many windows shares one PostgreSQL database, so the board, the overdue list, the exact
lookups and the name search (pg_trgm for three characters, the bigram table for two) are timed
there too, on a demo of the same size as the SQLite one. There is no raw floor here: the ratios
of the issue are against raw sqlite3; these are the absolute figures beside the same targets.

The database at URL is filled with `bench.hall_generator` when it holds no applications
(1,000,000 take a while on PostgreSQL: generate once with `python -m bench.hall_generator
--database URL --applications 1000000 --days 3650` and point every run at it). The run signs in as the demo supervisor, so
it fails on a database that is not a demo.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from window_app.services import demo, lookup, metrics
from window_app.services.users import login
from window_app.storage import migrate
from window_app.storage.database import Database
from window_app.storage.models import Application

from . import hall_generator
from .bench import fragment_figures, overdue_lists, sample_values
from .timing import median_ms


def prepare(db: Database, applications: int, days: int) -> int:
    """The number of applications in the demo database at `db`, generating it when empty."""
    migrate.upgrade(db)
    with db.reading() as s:
        count = s.scalar(select(func.count(Application.id)))
    if not count:
        hall_generator.generate(db, applications, days=days)
        with db.reading() as s:
            count = s.scalar(select(func.count(Application.id)))
    return count


def figures(url: str, applications: int, days: int, quick: bool) -> dict:
    """`pg_`-prefixed figures (ms, medians) for the database at `url`."""
    n = 9 if quick else 21
    db = Database(url)
    try:
        r: dict = {"pg_applications": prepare(db, applications, days)}
        supervisor = login(db, "super", demo.DEMO_PASSWORD)
        today = date.today()
        r["pg_board_ms"] = median_ms(lambda: metrics.board(db, supervisor, today, on=today), n)

        r["pg_overdue_ms"] = median_ms(lambda: overdue_lists(db, today), n)
        with db.reading() as s:
            top = s.scalar(select(func.max(Application.id)))
        number, id_number, three, uscc_code = sample_values(db, top)
        lookups = {"number": number, "id_number": id_number, "uscc": uscc_code}
        for kind, value in lookups.items():
            r[f"pg_lookup_{kind}_ms"] = median_ms(
                lambda k=kind, v=value: lookup.find_applications(db, v, kind=k), n
            )
        r["pg_lookup_ms"] = max(r[f"pg_lookup_{k}_ms"] for k in lookups)
        r.update({f"pg_{k}": v for k, v in fragment_figures(db, three, n).items()})
    finally:
        db.dispose()
    return r
