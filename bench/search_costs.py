"""Name search at its extremes, and what its indexes cost a write (bench/README.md).

.venv/bin/python -m bench.search_costs --database FILE   # a demo SQLite file: works on a copy
.venv/bin/python -m bench.search_costs --database URL    # a PostgreSQL database: names are put
                                                         # back afterwards

1. Plants names with ordinary UPDATEs (the triggers keep the indexes), then times the lookup's
   name search (`lookup.find_applications`, 100 newest) for fragments in many names: spread over
   the years, or only in the oldest applicants (no recent hit: the ordered scan reads everything),
   and spread more or less thinly (where `storage.search` switches between index and scan).
2. Times inserting applicants (one statement per row, as the app does) with and without the
   triggers of migrations 0003 and 0004, inside a transaction that is rolled back.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, select, text

from bench.timing import median_ms
from window_app.services import lookup
from window_app.storage import migrate, search
from window_app.storage.database import Database
from window_app.storage.models import Applicant

# (what, suffix appended to those applicants' names, which: SQL on applicants.id, :top its maximum)
PLANTS = (
    ("every third applicant", "有限公司", "id % 3 = 0"),
    ("every 100th applicant", "千禧", "id % 100 = 0"),
    ("every 500th applicant", "万福", "id % 500 = 0"),
    ("the oldest 5% only", "旧号店", "id <= :top / 20"),
    ("the oldest third only", "老字号", "id <= :top / 3"),
)
FRAGMENTS = ("有限", "有限公", "千禧", "万福", "旧号", "旧号店", "老字", "老字号")
TRIGGERS = {
    "sqlite": {
        "0003": ("applicant_names_fts_ai",),
        "0004": ("applicant_name_bigrams_ai",),
    },
    "postgresql": {"0003": (), "0004": ("applicant_name_bigrams_ai",)},
}
NAMES = ("王小明", "湛江市赤坎区好味道餐饮服务有限公司")


def _params(conn: Connection) -> dict:
    top = conn.scalar(select(func.max(Applicant.id)))
    return {"top": top}


def plant(db: Database) -> dict:
    started = time.perf_counter()
    with db.engine.begin() as conn:
        params = _params(conn)
        for _label, suffix, where in PLANTS:
            conn.execute(
                text(f"UPDATE applicants SET name = name || :suffix WHERE {where}"),
                {**params, "suffix": suffix},
            )
    out = {"plant_s": round(time.perf_counter() - started, 1)}
    if not db.is_sqlite:  # what autovacuum does after so many changes, before the searches
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE applicants, applicant_name_bigrams"))
    return out


def unplant(db: Database) -> None:
    with db.engine.begin() as conn:
        params = _params(conn)
        for _label, suffix, where in reversed(PLANTS):
            conn.execute(
                text(
                    "UPDATE applicants SET name = substr(name, 1, length(name) - :n)"
                    f" WHERE {where} AND name LIKE :like"
                ),
                {**params, "n": len(suffix), "like": f"%{suffix}"},
            )


def searches(db: Database) -> dict:
    out = {}
    for fragment in FRAGMENTS:
        with db.reading_rows() as conn:
            names = conn.scalar(
                select(func.count()).select_from(Applicant).where(Applicant.name.contains(fragment))
            )
            condition = str(search.applicant_name_matches(conn, fragment))
        if db.is_sqlite:
            answered_by = "index" if " IN (" in condition else "newest first (LIKE)"
        elif "ANY" in condition:
            answered_by = "index (forced)"
        elif len(fragment) < search.MIN_TRIGRAM:
            answered_by = "planner (bigram stats)"
        else:
            answered_by = "planner (pg_trgm)"
        rows = lookup.find_applications(db, fragment, kind="name")
        out[fragment] = {
            "names": names,
            "answered_by": answered_by,
            "hits_shown": len(rows),
            "ms": round(
                median_ms(lambda f=fragment: lookup.find_applications(db, f, kind="name"), 5), 1
            ),
        }
    return out


def insert_costs(db: Database, rows: int = 1000) -> dict:
    """Median ms of one applicant INSERT: with every trigger, without 0004's, without either."""
    dialect = db.engine.dialect.name
    on = " ON applicants" if dialect == "postgresql" else ""
    out = {}
    with db.engine.connect() as conn:
        trans = conn.begin()  # rolled back: the triggers and the rows go away again
        for label, drop in (("all", ()), ("without_0004", TRIGGERS[dialect]["0004"]),
                            ("without_both", TRIGGERS[dialect]["0003"])):  # fmt: skip
            for name in drop:
                conn.execute(text(f"DROP TRIGGER {name}{on}"))
            if label == "without_both" and dialect == "postgresql":
                conn.execute(text("DROP INDEX ix_applicants_name_trgm"))
            times = []
            for i in range(rows):
                t = time.perf_counter()
                conn.execute(
                    Applicant.__table__.insert(),
                    {"kind": "person", "name": NAMES[i % 2], "created_at": datetime(2026, 1, 1)},
                )
                times.append((time.perf_counter() - t) * 1000)
            out[f"insert_{label}_ms"] = round(statistics.median(times), 3)
        trans.rollback()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.search_costs")
    p.add_argument("--database", required=True, help="a demo SQLite file or a PostgreSQL URL")
    args = p.parse_args(argv)
    scratch = None
    if "://" in args.database:
        url = args.database
    else:
        scratch = Path(tempfile.mkdtemp(dir=Path(args.database).parent, prefix="search-costs-"))
        copy = scratch / "copy.sqlite3"
        shutil.copyfile(args.database, copy)
        url = f"sqlite:///{copy}"
    os.environ.setdefault("WINDOW_APP_DATA_DIR", str(scratch or tempfile.mkdtemp()))
    db = Database(url)
    try:
        migrate.upgrade(db, backup=False)
        figures = {**plant(db), "searches": searches(db)}
        figures.update(insert_costs(db))
        if scratch is None:
            unplant(db)
    finally:
        db.dispose()
        if scratch is not None:
            shutil.rmtree(scratch)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
