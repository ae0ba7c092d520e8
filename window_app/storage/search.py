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
estimate which from the index (`_index_wins`): how many names, by id, are newer than the PAGE-th
newest hit, against the hits, counted only as far as decides (up to COUNTED). One small query,
rarely two. Then:
- SQLite, whose planner always starts from an `IN (subquery)`: newest first is a plain `LIKE`
  on the name, which the planner applies while reading in the query's order;
- PostgreSQL, whose planner weighs `IN (subquery)` against the bigram statistics (pg_trgm's for
  `ILIKE`) and often reads newest first itself, even when every hit is old: the index is forced
  (`= ANY (array(subquery))`, whose size the planner cannot see) when it wins, the planner
  chooses otherwise. Two characters: the bigram table's ids are the hits, forced also when they
  are fewer than PAGE. Three or more: the hits are the `ILIKE` on the name (pg_trgm), estimated
  from the names of up to MAX_GRAMS of the fragment's bigrams, each a superset of the hits, so
  that a bigram saying "the index" proves it for the hits. When one of the bigrams is in fewer
  than FIRST_COUNT names the planner is left to find the hits: so few, it finds them about as
  fast (1,000 in the oldest names: 6-7.5 ms against 4-5 forced; 5,000: 20-23 against 9) and
  plans its query faster (a personal name: 1.3-2.2 ms against 3-4.4). `NameSearch.ids`, the
  forced array, is for a query to pick its page from before it joins anything
  (`services.lookup`: the 100 newest numbers from migration 0009's index on applications
  (applicant_id, received_on, number), read by applicant newest first).
Every form selects the same rows (SQLite's `LIKE`, like `lower()`, folds ASCII letters only
where FTS5 folds every cased script: a three-character fragment of non-ASCII cased letters that
is read newest first matches case-sensitively); the estimate only chooses the speed. What is
left slow is a fragment in hundreds of thousands of names none of them recent: the forced index
still reads each hit's entry (bench/README.md, `bench.search_costs`).

A fragment holding NUL is matched by a scan on SQLite (`instr`; FTS5, LIKE and the triggers'
`substr` stop at a NUL) and matches nothing on PostgreSQL (text cannot hold one).

The functions return SQL conditions on the model table, for services to put in their queries.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, any_, column, false, func, select, table
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from .models import Applicant, Enterprise

__all__ = [
    "MIN_FRAGMENT",
    "MIN_TRIGRAM",
    "FragmentTooShort",
    "NameSearch",
    "applicant_name_matches",
    "applicant_name_search",
    "contains",
    "enterprise_name_matches",
    "normalise",
]

MIN_FRAGMENT = 2
MIN_TRIGRAM = 3
# Index or newest first (see the module's docstring); measured at 1,000,000 applicants.
PAGE = 100  # the lookup's page: the newest hits a read in the query's order must reach
COUNTED = 25_000  # index entries counted at most (a few ms)
FIRST_COUNT = 1_000  # counted with the first query (enough when the hits are recent)
MAX_GRAMS = 4  # bigrams of a longer fragment that estimate its hits (PostgreSQL)
# What a hit costs the index (fetched, joined, sorted) over what a row read newest first costs:
# SQLite about 10 (`LIKE` per row); PostgreSQL about 1/2, the crossing measured with the hits in
# every k-th of 1,000,000 names (k * 100 names newer than the 100th newest, 1,000,000 / k hits),
# newest first against the forced index: k = 50 19-24 ms vs 31, k = 70 23-25 vs 25, k = 100
# 30-56 vs 21, k = 150 43-62 vs 17.
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


def contains(model, dialect: str, value: str, name=None) -> ColumnElement[bool]:  # noqa: ANN001
    """`name` (default: the model's) contains `value` as literal text, Latin letters in either
    case."""
    name = model.name if name is None else name
    if dialect == "sqlite":  # SQLite's LIKE ignores the case of ASCII letters
        return name.contains(value, autoescape=True)
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return name.ilike(f"%{escaped}%", escape="/")


def _index_ids(model, value: str):  # noqa: ANN001, ANN202
    """SELECT of the ids the index gives for `value`, and the column to order them by."""
    if len(value) < MIN_TRIGRAM:
        return _bigram_ids(model, value)
    fts = table(_FTS[model.__tablename__], column("rowid"), column("name"))
    phrase = '"' + value.replace('"', '""') + '"'  # one FTS5 string: no query syntax
    return select(fts.c.rowid).where(fts.c.name.op("MATCH")(phrase)), fts.c.rowid


def _bigram_ids(model, gram: str):  # noqa: ANN001, ANN202
    grams = table(_BIGRAMS[model.__tablename__], column("gram"), column("id"))
    return select(grams.c.id).where(grams.c.gram == func.lower(gram)), grams.c.id


def _grams(value: str) -> list[str]:
    """At most MAX_GRAMS distinct bigrams of `value`, spread from its start to its end."""
    grams = list(dict.fromkeys(value[i : i + 2] for i in range(len(value) - 1)))
    if len(grams) <= MAX_GRAMS:
        return grams
    last = len(grams) - 1
    return [grams[round(i * last / (MAX_GRAMS - 1))] for i in range(MAX_GRAMS)]


def _index_wins(  # noqa: ANN001  (model: Applicant or Enterprise)
    where: Session | Connection, model, dialect: str, sources: list, *, fewest: int = 0
) -> bool:
    """Would the index list the hits sooner than reading rows newest first reaches PAGE of them?
    (Not when a source holds fewer than `fewest` ids.)

    Estimated from the index alone, ids standing for age: how many names, newest first, precede
    the PAGE-th newest hit (the gap), against the hits, counted up to COUNTED. `sources` are
    (SELECT of ids, column to order them by): the hits, or supersets of them (a bigram's names,
    for a longer fragment). A superset has at least as many ids and its PAGE-th newest is no
    older, so when one of them says the index, the hits would say so too.

    One small query: the gaps, and the hits counted up to FIRST_COUNT, which decides when the
    hits are recent (the count that makes the index lose, gap / ratio, is then small) or old
    (the gap alone); otherwise a second one counts them as far as decides.
    """
    ratio = INDEX_VS_NEWEST_FIRST[dialect]
    columns = [select(func.max(model.id)).scalar_subquery()]
    for ids, key in sources:
        columns.append(ids.order_by(key.desc()).offset(PAGE - 1).limit(1).scalar_subquery())
        columns.append(_count(ids, FIRST_COUNT))
    top, *figures = where.execute(select(*columns)).one()
    ends, firsts = figures[::2], figures[1::2]
    if any(first < fewest for first in firsts):
        return False
    if None in ends:
        return True  # fewer than PAGE hits
    if any(top - last >= ratio * COUNTED for last in ends):
        return True  # more names to read than COUNTED hits would cost
    limits = [int((top - last) / ratio) + 1 for last in ends]  # hits that make the index lose
    if any(first < min(n, FIRST_COUNT) for first, n in zip(firsts, limits, strict=True)):
        return True
    rest = [(ids, n) for (ids, _key), n in zip(sources, limits, strict=True) if n > FIRST_COUNT]
    if not rest:
        return False
    counted = where.execute(select(*(_count(ids, n) for ids, n in rest))).one()
    return any(c < n for c, (_ids, n) in zip(counted, rest, strict=True))


def _count(ids, most: int):  # noqa: ANN001, ANN202
    return select(func.count()).select_from(ids.limit(most).subquery()).scalar_subquery()


class NameSearch(NamedTuple):
    """How a fragment is searched: a condition on the model table, and on PostgreSQL, when the
    index is forced, the array of the matching ids (for a query that picks its rows from them)."""

    condition: ColumnElement[bool]
    ids: ColumnElement | None = None


def _search(model, where: Where, fragment: str) -> NameSearch:  # noqa: ANN001
    dialect = _dialect(where)
    value = normalise(fragment)
    if not value:
        raise ValueError("empty name fragment")
    if len(value) < MIN_FRAGMENT:
        raise FragmentTooShort()
    if "\x00" in value:  # FTS5, LIKE and substr stop at a NUL (and PostgreSQL text cannot hold one)
        return NameSearch(func.instr(model.name, value) > 0 if dialect == "sqlite" else false())
    if dialect == "sqlite":
        ids, key = _index_ids(model, value)
        if isinstance(where, str) or _index_wins(where, model, dialect, [(ids, key)]):
            return NameSearch(model.id.in_(ids))
        return NameSearch(contains(model, dialect, value))  # read in the query's order
    if len(value) < MIN_TRIGRAM:  # the bigram table is exact
        ids, key = _bigram_ids(model, value)
        sources = [(ids, key)]
        planned = model.id.in_(ids)
    else:  # pg_trgm (ILIKE) is exact; each bigram's names hold the hits
        ids = select(model.id).where(contains(model, dialect, value))
        sources = [_bigram_ids(model, gram) for gram in _grams(value)]
        planned = contains(model, dialect, value)
    if isinstance(where, str) or not _index_wins(
        where, model, dialect, sources, fewest=0 if len(value) < MIN_TRIGRAM else FIRST_COUNT
    ):
        return NameSearch(planned)  # the planner chooses (it often reads newest first)
    array = func.array(ids.scalar_subquery())
    return NameSearch(model.id == any_(array), array)


def _matches(model, where: Where, fragment: str) -> ColumnElement[bool]:  # noqa: ANN001
    return _search(model, where, fragment).condition


def applicant_name_search(where: Where, fragment: str) -> NameSearch:
    """`applicant_name_matches`, with the forced index's ids for a query that picks from them."""
    return _search(Applicant, where, fragment)


def applicant_name_matches(where: Where, fragment: str) -> ColumnElement[bool]:
    """Condition on `Applicant`: its name contains `fragment` (at least 2 characters).

    `where` is the session or connection the query will run on, or the dialect's name alone
    (then a fragment in many names is not told apart: see the module's docstring).
    """
    return _matches(Applicant, where, fragment)


def enterprise_name_matches(where: Where, fragment: str) -> ColumnElement[bool]:
    """Condition on `Enterprise`: its name contains `fragment` (at least 2 characters)."""
    return _matches(Enterprise, where, fragment)
