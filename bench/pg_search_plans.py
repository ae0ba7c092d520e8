"""PostgreSQL name search: the gram pages (migration 0030) against the planner's path (issue 22).

.venv/bin/python -m bench.pg_search_plans --url postgresql+psycopg://…/DB [--runs 5] [--json]

On a PostgreSQL demo database it plants the fragments of `bench.search_costs` (ordinary
UPDATEs, then VACUUM ANALYZE; the names are put back afterwards) and, for each fragment, prints
the `EXPLAIN (ANALYZE, BUFFERS)` of every statement the lookup sends, captured from the driver
with its parameters, and the median ms of the lookup by name (`lookup.name_rows`, as
`find_applications(kind="name")` runs it), both ways:
- "pages": as the app runs it since migration 0030 (`storage.name_pages`): the fragment's
  rarest bigram's rows of `application_name_grams`, newest first in keyset chunks (an index-only
  scan of `(gram, received_on DESC, number DESC)` stopped by its LIMIT), the chunk's applicants'
  names checked by key for three or more characters, until the page is full;
- "planner": `storage.search`'s conditions (the path before 0030, and still the app's when the
  pages hand back: a NUL, or `name_pages.BUDGET` rows read without a full page);
and whether both give **the same page** (the 100 newest hits' numbers, in order): the pages
hide no match, as no cap does.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time

from sqlalchemy import text

from bench.search_costs import FRAGMENTS, plant, unplant
from bench.timing import captured
from window_app.services import lookup
from window_app.storage import migrate
from window_app.storage.database import Database

PAGE = 100
SERVER_TIME = re.compile(r"^(?:Planning|Execution) Time: ([\d.]+) ms$", re.M)
TABLE = "application_name_grams"


def explain(conn, sql: str, params) -> str:  # noqa: ANN001
    cursor = conn.connection.dbapi_connection.cursor()
    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
    return "\n".join(r[0] for r in cursor.fetchall())


def median_ms(fn, runs: int) -> float:  # noqa: ANN001
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def plans(db: Database, fragment: str, runs: int, *, pages: bool) -> dict:
    """The lookup's statements with their plans, its page and its median ms, one way."""

    def page() -> list:
        with db.reading_rows() as conn:
            return lookup.name_rows(conn, fragment, PAGE, pages=pages)

    with captured(db) as statements:
        rows = page()
    explained = []
    with db.engine.connect() as conn:
        for sql, params in statements:
            if sql.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SET")):
                continue
            explained.append(explain(conn, sql, params))
    # the server's own time (planning and execution, as EXPLAIN ANALYZE reports them): what a
    # busy client machine does not add
    server = sum(float(m) for plan in explained for m in SERVER_TIME.findall(plan))
    return {"hits_shown": len(rows), "numbers": [r[0] for r in rows],
            "ms": median_ms(page, runs), "server_ms": round(server, 2),
            "statements": len(explained), "plans": explained}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.pg_search_plans", description=__doc__.split("\n")[0])
    p.add_argument("--url", required=True, help="a PostgreSQL demo database")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--json", action="store_true", help="one JSON document instead of text")
    args = p.parse_args(argv)
    db = Database(args.url)
    out: dict = {}
    try:
        started = time.perf_counter()
        migrate.upgrade(db, backup=False)  # 0030 fills the gram pages of an older database
        out["upgrade_s"] = round(time.perf_counter() - started, 1)
        with db.engine.connect() as conn:
            out["applications"] = conn.execute(text("SELECT count(*) FROM applications")).scalar()
        with db.engine.connect() as conn:
            out["pages_rows"] = conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar()
            out["pages_mb"] = round(
                conn.execute(text(f"SELECT pg_total_relation_size('{TABLE}')")).scalar()
                / 2**20, 1)  # fmt: skip
        out.update(plant(db))
        out["fragments"] = {}
        for fragment in FRAGMENTS:
            ways = {way: plans(db, fragment, args.runs, pages=way == "pages")
                    for way in ("pages", "planner")}  # fmt: skip
            out["fragments"][fragment] = ways
            if not args.json:
                p, q = ways["pages"], ways["planner"]
                print(f"=== {fragment}: pages {p['ms']} ms (server {p['server_ms']};"
                      f" {p['hits_shown']} shown), planner {q['ms']} ms (server"
                      f" {q['server_ms']}; {q['hits_shown']} shown); the same page:"
                      f" {p['numbers'] == q['numbers']}")  # fmt: skip
                for label, way in ways.items():
                    for plan in way["plans"]:
                        print(f"--- {label}\n{plan}")
            sys.stdout.flush()
    finally:
        try:
            unplant(db)
        finally:
            db.dispose()
    summary = {
        f: {"pages_ms": v["pages"]["ms"], "planner_ms": v["planner"]["ms"],
            "pages_server_ms": v["pages"]["server_ms"],
            "planner_server_ms": v["planner"]["server_ms"],
            "pages_shown": v["pages"]["hits_shown"], "planner_shown": v["planner"]["hits_shown"],
            "same_page": v["pages"]["numbers"] == v["planner"]["numbers"]}
        for f, v in out["fragments"].items()
    }  # fmt: skip
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        meta = {k: v for k, v in out.items() if k != "fragments"}
        print(json.dumps({**meta, "summary": summary}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
