"""PostgreSQL: a name fragment's newest applications, read newest first from migration 0030.

`application_name_grams` holds one row per (bigram of the applicant's name, application), in a
btree ordered as the lookup's page is, `(gram, received_on DESC, number DESC) INCLUDE
(applicant_id)`. A fragment's page is read from its rarest bigram's rows, newest first, in keyset
chunks (one index-only scan each, stopped by its LIMIT: nothing is sorted):
- two characters: the fragment is the bigram, every row is a hit, so the page is the first
  chunk of `limit` rows whatever the number or the age of the hits;
- three or more: each chunk's applicants' full names are checked by primary key (`ILIKE`, as
  `storage.search` matches them) until `limit` hits; the rows read beyond the page are the
  bigram's rows without the fragment. The bigram is the rarest of the fragment's (their rows
  counted up to COUNT_UP_TO each, in one statement).
Nothing caps the hits: the page is the `limit` newest of all of them, as the planner's path
(`storage.search`) gives. When a rare fragment's bigrams are all common, reading them could run
long: after BUDGET rows without a full page, `newest_numbers` returns None and the caller takes
the planner's path, which finds few hits fast (pg_trgm). bench.pg_search_plans prints the plans.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import Integer

from .models import Applicant
from .search import MIN_FRAGMENT, FragmentTooShort, contains, normalise

__all__ = ["BUDGET", "COUNT_UP_TO", "newest_numbers"]

TABLE = "application_name_grams"
COUNT_UP_TO = 2_000  # a bigram's rows counted at most, to pick the rarest
FIRST_CHUNK = 200  # rows of the first chunk of a longer fragment; each next is four times
BUDGET = 16_000  # rows read without a full page before the planner's path is asked instead

# The fragment's distinct bigrams (lower-cased by the server, as the triggers do), rarest first.
_RAREST = text(f"""
SELECT g.g, (SELECT count(*) FROM (SELECT 1 FROM {TABLE} p WHERE p.gram = g.g
                                   LIMIT :most) s) AS n
FROM (SELECT DISTINCT lower(substr(:fragment, i, 2)) COLLATE "C" AS g
      FROM generate_series(1, length(:fragment) - 1) i) g
ORDER BY n, g.g LIMIT 1
""")  # fmt: skip
# One chunk of the bigram's rows newest first, after the last one read (keyset).
_CHUNK = text(f"""
SELECT p.number, p.received_on, p.applicant_id FROM {TABLE} p
WHERE p.gram = lower(:gram) COLLATE "C" AND (p.received_on, p.number) < (:received_on, :number)
ORDER BY p.received_on DESC, p.number DESC LIMIT :chunk
""").bindparams(bindparam("chunk", type_=Integer))  # fmt: skip


def _held(conn: Connection, ids: set[int], fragment: str) -> set[int]:
    """Which of the applicants `ids` have a name holding `fragment`."""
    # `name || ''`: the same ILIKE on each row found by its key; as the bare column the planner
    # may combine pg_trgm's index with the keys, which read 16 ms where the keys alone read < 1
    check = select(Applicant.id).where(
        Applicant.id == bindparam("ids", type_=ARRAY(Integer)).any_(),
        contains(Applicant, "postgresql", fragment, Applicant.name.concat("")),
    )
    return set(conn.execute(check, {"ids": sorted(ids)}).scalars())


def newest_numbers(conn: Connection, fragment: str, limit: int) -> list[str] | None:
    """The numbers of the `limit` newest applications (received_on, number descending) whose
    applicant's name holds `fragment`; None where the planner's path must answer (a NUL in the
    fragment, or BUDGET rows read without a full page). FragmentTooShort under two characters."""
    value = normalise(fragment)
    if len(value) < MIN_FRAGMENT:
        raise FragmentTooShort()
    if "\x00" in value or limit <= 0:
        return None
    if len(value) == MIN_FRAGMENT:
        gram = value
    else:
        gram = conn.execute(_RAREST, {"fragment": value, "most": COUNT_UP_TO}).one()[0]
    last = {"received_on": date.max, "number": "\uffff"}
    hits: list[str] = []
    chunk, read = (limit, 0) if len(value) == MIN_FRAGMENT else (max(FIRST_CHUNK, limit), 0)
    while len(hits) < limit:
        if read >= BUDGET:
            return None
        rows = conn.execute(_CHUNK, {"gram": gram, "chunk": chunk, **last}).all()
        if len(value) == MIN_FRAGMENT:  # the bigram is the fragment: every row is a hit
            return [r.number for r in rows]
        read += len(rows)
        if rows:
            held = _held(conn, {r.applicant_id for r in rows}, value)
            hits += [r.number for r in rows if r.applicant_id in held][: limit - len(hits)]
        if len(rows) < chunk:
            break  # the bigram's rows end here
        last = {"received_on": rows[-1].received_on, "number": rows[-1].number}
        chunk *= 4
    return hits
