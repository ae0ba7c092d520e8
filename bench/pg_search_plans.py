"""PostgreSQL name search: today's plans against a design that reads newest first (issue 22).

.venv/bin/python -m bench.pg_search_plans --url postgresql+psycopg://…/DB [--runs 5]

On a PostgreSQL demo database it plants the fragments of `bench.search_costs` (ordinary
UPDATEs, then VACUUM ANALYZE; the names are put back afterwards) and, for each fragment, prints
the `EXPLAIN (ANALYZE, BUFFERS)` of the statements the lookup sends today
(`lookup.find_applications(kind="name")`, captured from the driver with their parameters) and
the median ms of the lookup; then the same for the design below, built beside the app's tables
in a scratch table that is dropped at the end.

The design ("gram pages"): one row per (bigram of the applicant's name, application), ordered
in a btree as the lookup's page is, `(gram, received_on DESC, number DESC) INCLUDE
(applicant_id)`. A fragment of two or more characters reads the entries of its rarest bigram
(its bigrams counted up to COUNT_UP_TO in migration 0004's bigram table) newest first in keyset
chunks (one statement each: the index's prefix gives the order, so nothing is sorted; a filter
in the same statement made the planner, which cannot estimate an `ILIKE`, read every entry and
sort), checks the chunk's applicants' full names by primary key and stops at the 100th hit: for a two-character fragment every entry is a hit, so it reads 100 entries whatever
the size and age of the hits; for a longer one the entries its rarest bigram holds without the
fragment are read and dropped, so when that bigram is common and the fragment rare, the
pg_trgm GIN index (today's path for few hits) answers instead. No cap hides a match: the page
is the 100 newest of all the hits, as today.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date

from sqlalchemy import text

from bench.bench import captured
from bench.search_costs import FRAGMENTS, plant, unplant
from window_app.services import lookup
from window_app.storage import migrate
from window_app.storage.database import Database

COUNT_UP_TO = 2_000  # a bigram's names counted at most, to pick the rarest (of a longer one)
PAGE = 100
BUILD = """
DROP TABLE IF EXISTS bench_gram_pages;
CREATE TABLE bench_gram_pages AS
  SELECT g.gram, a.received_on, a.number, a.applicant_id
  FROM applicant_name_bigrams g JOIN applications a ON a.applicant_id = g.id;
CREATE INDEX bench_gram_pages_page ON bench_gram_pages
  (gram, received_on DESC, number DESC) INCLUDE (applicant_id);
ANALYZE bench_gram_pages;
"""
# One chunk of the bigram's entries, newest first after the last one read (keyset): the index's
# prefix gives the order, so the planner reads exactly `chunk` entries and sorts nothing.
CHUNK_SQL = """
SELECT p.number, p.received_on, p.applicant_id FROM bench_gram_pages p
WHERE p.gram = :gram AND (p.received_on, p.number) < (:received_on, :number)
ORDER BY p.received_on DESC, p.number DESC LIMIT :chunk
"""
# The full names of a chunk's applicants that hold the fragment (by primary key).
CHECK_SQL = """
SELECT ap.id FROM applicants ap WHERE ap.id = ANY(:ids) AND ap.name ILIKE :pattern ESCAPE '/'
"""
FIRST_CHUNK = 200  # a two-character fragment: every entry is a hit, one chunk is the page


def rarest_gram(conn, fragment: str) -> tuple[str, int]:  # noqa: ANN001
    grams = {fragment[i : i + 2].lower() for i in range(len(fragment) - 1)}
    if len(grams) == 1:  # nothing to choose
        return grams.pop(), 0  # not counted
    counted = {
        g: conn.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM applicant_name_bigrams WHERE gram = :g"
                " LIMIT :n) s"
            ),  # fmt: skip
            {"g": g, "n": COUNT_UP_TO},
        ).scalar()
        for g in grams
    }
    gram = min(counted, key=counted.get)
    return gram, counted[gram]


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


def today_plans(db: Database, fragment: str, runs: int) -> dict:
    with captured(db) as statements:
        rows = lookup.find_applications(db, fragment, kind="name")
    plans = []
    with db.engine.connect() as conn:
        for sql, params in statements:
            if sql.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SET")):
                continue
            plans.append(explain(conn, sql, params))
    ms = median_ms(lambda: lookup.find_applications(db, fragment, kind="name"), runs)
    return {"hits_shown": len(rows), "numbers": sorted(r.number for r in rows), "ms": ms,
            "plans": plans}  # fmt: skip


def design_page(conn, fragment: str, gram: str) -> tuple[list[str], list[tuple]]:  # noqa: ANN001
    """The 100 newest hits' numbers, read chunk by chunk newest first (each chunk four times
    the last), and the statements sent (for their plans)."""
    escaped = fragment.replace("/", "//").replace("%", "/%").replace("_", "/_")
    last = {"received_on": date.max, "number": "\uffff"}
    hits: list[str] = []
    sent: list[tuple] = []
    chunk = FIRST_CHUNK
    while len(hits) < PAGE:
        params = {"gram": gram, "chunk": chunk, **last}
        rows = conn.execute(text(CHUNK_SQL), params).all()
        sent.append((CHUNK_SQL, params))
        if not rows:
            break
        if len(fragment) == 2:  # the bigram is the fragment: every entry is a hit
            held = {r.applicant_id for r in rows}
        else:
            check = {"ids": list({r.applicant_id for r in rows}), "pattern": f"%{escaped}%"}
            held = set(conn.execute(text(CHECK_SQL), check).scalars())
            sent.append((CHECK_SQL, check))
        hits += [r.number for r in rows if r.applicant_id in held][: PAGE - len(hits)]
        last = {"received_on": rows[-1].received_on, "number": rows[-1].number}
        chunk *= 4
    return hits, sent


def design_plans(db: Database, fragment: str, runs: int) -> dict:
    with db.engine.connect() as conn:
        gram, names = rarest_gram(conn, fragment)

        def page() -> list:
            return design_page(conn, fragment, rarest_gram(conn, fragment)[0])[0]  # choice too

        numbers, sent = design_page(conn, fragment, gram)
        ms = median_ms(page, runs)
        plans = []
        for sql, params in sent:
            compiled = text(sql).compile(conn)
            plans.append(explain(conn, str(compiled), params))
    return {"gram": gram, "gram_names": names, "hits_shown": len(numbers), "ms": ms,
            "numbers": sorted(numbers), "statements": len(sent), "plans": plans}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.pg_search_plans", description=__doc__.split("\n")[0])
    p.add_argument("--url", required=True, help="a PostgreSQL demo database")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--json", action="store_true", help="one JSON document instead of text")
    args = p.parse_args(argv)
    db = Database(args.url)
    out: dict = {}
    try:
        migrate.upgrade(db, backup=False)
        with db.engine.connect() as conn:
            out["applications"] = conn.execute(text("SELECT count(*) FROM applications")).scalar()
        out.update(plant(db))
        t = time.perf_counter()
        with db.engine.begin() as conn:
            for statement in BUILD.split(";"):
                if statement.strip():
                    conn.execute(text(statement))
        out["design_build_s"] = round(time.perf_counter() - t, 1)
        with db.engine.connect() as conn:
            out["design_rows"] = conn.execute(
                text("SELECT count(*) FROM bench_gram_pages")
            ).scalar()
            out["design_index_mb"] = round(
                conn.execute(text("SELECT pg_relation_size('bench_gram_pages_page')")).scalar()
                / 2**20, 1)  # fmt: skip
        out["fragments"] = {}
        for fragment in FRAGMENTS:
            today = today_plans(db, fragment, args.runs)
            design = design_plans(db, fragment, args.runs)
            out["fragments"][fragment] = {"today": today, "design": design}
            if not args.json:
                print(f"=== {fragment}: today {today['ms']} ms ({today['hits_shown']} shown),"
                      f" design {design['ms']} ms ({design['hits_shown']} shown; bigram"
                      f" {design['gram']}, {design['gram_names'] or 'not'} counted; the same page:"
                      f" {today['numbers'] == design['numbers']})")  # fmt: skip
                for label, plans in (("today", today["plans"]), ("design", design["plans"])):
                    for plan in plans:
                        print(f"--- {label}\n{plan}")
            sys.stdout.flush()
    finally:
        try:
            with db.engine.begin() as conn:
                conn.execute(text("DROP TABLE IF EXISTS bench_gram_pages"))
            unplant(db)
        finally:
            db.dispose()
    summary = {
        f: {"today_ms": v["today"]["ms"], "design_ms": v["design"]["ms"],
            "today_shown": v["today"]["hits_shown"], "design_shown": v["design"]["hits_shown"],
            "same_page": v["today"]["numbers"] == v["design"]["numbers"]}
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
