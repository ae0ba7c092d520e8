"""Name-fragment search over applicants and enterprises, indexed on both back ends.

A fragment is matched anywhere in the name, without whitespace (names carry none) and ignoring
the case of Latin letters. The indexes:
- three or more characters: migration 0003's FTS5 trigram table on SQLite (kept in sync by
  triggers), its pg_trgm GIN index on PostgreSQL (`ILIKE`);
- two characters (a given name such as 小明 or 明华, which has no trigram): migration 0004's
  bigram tables, `<base>_name_bigrams(gram, id)`, kept by triggers on both back ends;
- one character: refused (`FragmentTooShort`, "请至少输入2个字"). No personal or enterprise name
  is shorter than two characters; one character is mostly a surname (王, 李, 张 are each borne by
  about 7% of people), so its hits are a list of strangers rather than an answer, and no index
  bounds the cost of listing them.

Many hits. A fragment in tens of thousands of names ("有限" is in every company name) makes the
index list every one of them for the query to fetch and sort, when the lookup wants the 100
newest; reading rows newest first and stopping at the 100th hit is then far cheaper, unless the
hits are all old. Given a session or connection (not just the dialect's name), the functions
estimate which from the index in one cheap query: the hits (counted up to COUNTED) against how
many names, by id, are newer than the PAGE-th newest hit (`_newest_first_wins`). Then:
- SQLite, whose planner always starts from an `IN (subquery)`: newest first is a plain `LIKE`
  on the name, which the planner applies while reading in the query's order;
- PostgreSQL, whose planner weighs `IN (subquery)` against the bigram statistics and often
  reads newest first itself: the index is forced (`= ANY (array(subquery))`, whose size the
  planner cannot see) when the hits are few or old, the planner chooses otherwise. The
  three-character `ILIKE` is always left to the planner.
Every form selects the same rows (SQLite's `LIKE`, like `lower()`, folds ASCII letters only
where FTS5 folds every cased script: a three-character fragment of non-ASCII cased letters that
is read newest first matches case-sensitively); the estimate only chooses the speed. What is
left slow is a fragment in tens of thousands of names none of them recent (bench/README.md,
`bench.search_costs`).

A fragment holding NUL is matched by a scan on SQLite (`instr`; FTS5, LIKE and the triggers'
`substr` stop at a NUL) and matches nothing on PostgreSQL (text cannot hold one).

The functions return SQL conditions on the model table, for services to put in their queries.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, any_, column, false, func, select, table
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from .models import Applicant, Enterprise

__all__ = [
    "MIN_FRAGMENT",
    "MIN_TRIGRAM",
    "FragmentTooShort",
    "applicant_name_matches",
    "enterprise_name_matches",
    "normalise",
]

MIN_FRAGMENT = 2
MIN_TRIGRAM = 3
# Index or newest first (see the module's docstring); measured at 1,000,000 applicants.
PAGE = 100  # the lookup's page: the newest hits a read in the query's order must reach
COUNTED = 25_000  # index entries counted at most (a few ms)
# What a hit costs the index (fetched, joined, sorted) over what a row read newest first costs:
# SQLite about 10 (`LIKE` per row); PostgreSQL, whose newest-first plans run in parallel workers
# that each read ahead, about 1/2.
INDEX_VS_NEWEST_FIRST = {"sqlite": 10.0, "postgresql": 0.5}
_FTS = {"applicants": "applicant_names_fts", "enterprises": "enterprise_names_fts"}
_BIGRAMS = {"applicants": "applicant_name_bigrams", "enterprises": "enterprise_name_bigrams"}

Where = Session | Connection | str


class FragmentTooShort(DomainError):
    def __init__(self) -> None:
        super().__init__(
            f"请至少输入{MIN_FRAGMENT}个字",
            english=f"Please enter at least {MIN_FRAGMENT} characters.",
            field="query",
        )


def normalise(fragment: str) -> str:
    """What is searched for: the fragment without any whitespace (names carry none)."""
    return "".join(fragment.split())


def _dialect(where: Where) -> str:
    if isinstance(where, str):
        return where
    if isinstance(where, Connection):
        return where.dialect.name
    return where.get_bind().dialect.name


def _contains(model, dialect: str, value: str) -> ColumnElement[bool]:  # noqa: ANN001
    """`name` contains `value` as literal text, Latin letters in either case."""
    if dialect == "sqlite":  # SQLite's LIKE ignores the case of ASCII letters
        return model.name.contains(value, autoescape=True)
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return model.name.ilike(f"%{escaped}%", escape="/")


def _index_ids(model, value: str):  # noqa: ANN001, ANN202
    """SELECT of the ids the index gives for `value`, and the column to order them by."""
    if len(value) < MIN_TRIGRAM:
        grams = table(_BIGRAMS[model.__tablename__], column("gram"), column("id"))
        return select(grams.c.id).where(grams.c.gram == func.lower(value)), grams.c.id
    fts = table(_FTS[model.__tablename__], column("rowid"), column("name"))
    phrase = '"' + value.replace('"', '""') + '"'  # one FTS5 string: no query syntax
    return select(fts.c.rowid).where(fts.c.name.op("MATCH")(phrase)), fts.c.rowid


def _newest_first_wins(  # noqa: ANN001  (model: Applicant or Enterprise)
    where: Session | Connection, model, dialect: str, value: str
) -> bool:
    """Would reading rows newest first reach PAGE hits sooner than the index lists them all?

    Estimated from the index alone, ids standing for age: how many names, newest first, precede
    the PAGE-th newest hit, against the hits (counted up to COUNTED).
    """
    ids, key = _index_ids(model, value)
    hits = select(func.count()).select_from(ids.limit(COUNTED).subquery()).scalar_subquery()
    page_end = ids.order_by(key.desc()).offset(PAGE - 1).limit(1).scalar_subquery()
    newest = select(func.max(model.id)).scalar_subquery()
    counted, last, top = where.execute(select(hits, page_end, newest)).one()
    return last is not None and top - last < INDEX_VS_NEWEST_FIRST[dialect] * counted


def _matches(model, where: Where, fragment: str) -> ColumnElement[bool]:  # noqa: ANN001
    dialect = _dialect(where)
    value = normalise(fragment)
    if not value:
        raise ValueError("empty name fragment")
    if len(value) < MIN_FRAGMENT:
        raise FragmentTooShort()
    if "\x00" in value:  # FTS5, LIKE and substr stop at a NUL (and PostgreSQL text cannot hold one)
        return func.instr(model.name, value) > 0 if dialect == "sqlite" else false()
    if dialect != "sqlite" and len(value) >= MIN_TRIGRAM:
        return _contains(model, dialect, value)  # ILIKE: pg_trgm, the planner chooses
    ids, _key = _index_ids(model, value)
    if isinstance(where, str):  # no estimate: the index, or on PostgreSQL the planner
        return model.id.in_(ids)
    newest_first = _newest_first_wins(where, model, dialect, value)
    if dialect == "sqlite":
        return _contains(model, dialect, value) if newest_first else model.id.in_(ids)
    if newest_first:
        return model.id.in_(ids)
    return model.id == any_(func.array(ids.scalar_subquery()))


def applicant_name_matches(where: Where, fragment: str) -> ColumnElement[bool]:
    """Condition on `Applicant`: its name contains `fragment` (at least 2 characters).

    `where` is the session or connection the query will run on, or the dialect's name alone
    (then a fragment in many names is not told apart: see the module's docstring).
    """
    return _matches(Applicant, where, fragment)


def enterprise_name_matches(where: Where, fragment: str) -> ColumnElement[bool]:
    """Condition on `Enterprise`: its name contains `fragment` (at least 2 characters)."""
    return _matches(Enterprise, where, fragment)
