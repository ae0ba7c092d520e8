"""Name-fragment search (storage.search, migrations 0003 and 0004) on both back ends."""

from __future__ import annotations

import string
import uuid
from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text, update

from bench import hall_generator
from window_app.services import lookup
from window_app.storage import backup, migrate, search
from window_app.storage.models import Applicant, Application, Enterprise

NAMES = ["王小明", "李建国", "欧阳建国华", "湛江市霞山区好味道餐饮有限公司", "张三"]
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _fold(value: str) -> str:
    """What the indexes ignore: the case of ASCII letters."""
    return value.translate(ASCII_LOWER)


def _find(db, fragment: str, model=Applicant) -> list[str]:
    with db.reading() as session:
        if model is Applicant:
            cond = search.applicant_name_matches(session, fragment)
        else:
            cond = search.enterprise_name_matches(session, fragment)
        return sorted(session.scalars(select(model.name).where(cond)))


def _add(db, names) -> None:
    """Plain rows (kind, name): also on a schema before 0019's hash columns."""
    with db.transaction() as session:
        for n in names:
            session.execute(text("INSERT INTO applicants (kind, name, created_at) "
                                 "VALUES ('person', :n, CURRENT_TIMESTAMP)"), {"n": n})  # fmt: skip


def _bigrams_match_names(db, model=Applicant) -> None:
    """The bigram table holds exactly the (lower-cased bigram, id) pairs of the names."""
    table = search._BIGRAMS[model.__tablename__]
    with db.reading() as session:
        held = {(gram, id_) for gram, id_ in session.execute(text(f"SELECT gram, id FROM {table}"))}
        names = session.execute(select(model.id, model.name)).all()
        expected = {
            (_fold(name[i : i + 2]), id_) for id_, name in names for i in range(len(name) - 1)
        }
    assert held == expected


def _plan(session, cond) -> str:
    stmt = select(Applicant.id).where(cond)
    sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    if session.get_bind().dialect.name == "sqlite":
        return " ".join(str(r) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    session.execute(text("SET LOCAL enable_seqscan = off"))
    return " ".join(r[0] for r in session.execute(text("EXPLAIN " + sql)))


def test_fragments_match_anywhere_and_follow_updates(any_db):
    _add(any_db, NAMES)
    assert _find(any_db, "建国") == ["李建国", "欧阳建国华"]  # bigram index
    assert _find(any_db, "阳建国") == ["欧阳建国华"]  # trigram index
    assert _find(any_db, "好味道餐饮") == ["湛江市霞山区好味道餐饮有限公司"]
    assert _find(any_db, '"%_') == []  # no query syntax, no wildcards
    with any_db.transaction() as session:
        session.execute(update(Applicant).where(Applicant.name == "李建国").values(name="李振华"))
        session.execute(Applicant.__table__.delete().where(Applicant.name == "王小明"))
    assert _find(any_db, "李建国") == []
    assert _find(any_db, "李振华") == ["李振华"]
    assert _find(any_db, "振华") == ["李振华"]
    assert _find(any_db, "建国") == ["欧阳建国华"]
    assert _find(any_db, "王小明") == []
    assert _find(any_db, "小明") == []


def test_two_characters_match_at_the_start_middle_and_end(any_db):
    _add(any_db, ["明华", "明华强", "李明华", "王明华强", "张华明", "明", "华明华"])
    assert _find(any_db, "明华") == ["华明华", "明华", "明华强", "李明华", "王明华强"]
    assert _find(any_db, " 华 明") == ["华明华", "张华明"]  # whitespace is not searched for
    assert _find(any_db, "华强") == ["明华强", "王明华强"]


def test_three_character_fragments_use_the_index(any_db):
    with any_db.reading() as session:
        plan = _plan(session, search.applicant_name_matches(session, "阳建国"))
    if any_db.is_sqlite:
        assert "applicant_names_fts VIRTUAL TABLE INDEX" in plan
    else:
        assert "ix_applicants_name_trgm" in plan


def test_two_character_fragments_use_the_bigram_index(any_db):
    with any_db.reading() as session:
        plan = _plan(session, search.applicant_name_matches(session, "建国"))
    if any_db.is_sqlite:
        assert "SEARCH applicant_name_bigrams USING PRIMARY KEY (gram=?)" in plan
    else:
        assert "applicant_name_bigrams_pkey" in plan


def test_one_character_is_refused(any_db):
    _add(any_db, ["王小明"])
    for fragment in ("王", " 王 ", "a"):
        with pytest.raises(search.FragmentTooShort) as refused:
            _find(any_db, fragment)
        assert refused.value.message == "请至少输入2个字"
    with pytest.raises(search.FragmentTooShort):
        lookup.find_applications(any_db, "王")
    with pytest.raises(ValueError):
        _find(any_db, "  ")


def test_latin_letters_in_either_case(any_db):
    _add(any_db, ["ZhangWei", "LIUyang", "liuYANG", "AB", "王Ab"])
    assert _find(any_db, "zh") == ["ZhangWei"]
    assert _find(any_db, "Iu") == ["LIUyang", "liuYANG"]
    assert _find(any_db, "ab") == ["AB", "王Ab"]
    assert _find(any_db, "王a") == ["王Ab"]
    assert _find(any_db, "NGw") == ["ZhangWei"]
    assert _find(any_db, "UYAN") == ["LIUyang", "liuYANG"]


def test_updates_and_deletes_keep_the_bigram_index_exact(any_db):
    _add(any_db, ["哈哈哈", "王明明", "李四", "A", "欧阳Ab"])
    _bigrams_match_names(any_db)
    with any_db.transaction() as session:  # the ORM, one row
        row = session.scalars(select(Applicant).where(Applicant.name == "李四")).one()
        row.name = "李四四"
    _bigrams_match_names(any_db)
    with any_db.transaction() as session:  # Core, many rows; and a name made longer and shorter
        session.execute(update(Applicant).where(Applicant.name.like("%明%")).values(name="明"))
        session.execute(update(Applicant).where(Applicant.name == "A").values(name="AbCd"))
        session.execute(update(Applicant).where(Applicant.name == "哈哈哈").values(kind="org"))
    _bigrams_match_names(any_db)
    assert _find(any_db, "bc") == ["AbCd"]
    assert _find(any_db, "王明") == []
    with any_db.transaction() as session:
        session.execute(delete(Applicant).where(Applicant.name.in_(["明", "欧阳Ab"])))
    _bigrams_match_names(any_db)
    assert _find(any_db, "阳a") == []
    assert _find(any_db, "哈哈") == ["哈哈哈"]


def test_long_names_are_indexed_to_the_end(sqlite_db):
    """SQLite's triggers number characters from a table of 1..1000, joined to itself."""
    long = "x" * 999 + "明华" + "y" * 1500 + "李四"
    _add(sqlite_db, [long, "x" * 10_000])
    _bigrams_match_names(sqlite_db)
    assert _find(sqlite_db, "明华") == _find(sqlite_db, "李四") == [long]
    assert _find(sqlite_db, "华Y") == [long]


def test_frequent_fragments_read_the_newest_rows_instead(any_db, monkeypatch):
    """Hits in many names and recent: read newest first; old: the index."""
    rows = [{"kind": "person", "name": "黄旧号"} for _ in range(150)]
    rows += [{"kind": "person", "name": f"李{i}"} for i in range(2000)]
    rows += [{"kind": "organisation", "name": f"湛江{i}有限公司"} for i in range(600)]
    with any_db.transaction() as session:
        session.execute(insert(Applicant), rows)
    with any_db.reading() as session:
        # PostgreSQL leaves three characters whose bigrams are in fewer names to the planner
        assert "ANY" not in str(search.applicant_name_matches(session, "黄旧号"))
        monkeypatch.setattr(search, "FIRST_COUNT", 100)  # scaled down with the table
        for fragment, recent in (
            ("有限", True),
            ("有限公", True),
            ("旧号", False),
            ("黄旧号", False),
        ):
            cond = str(search.applicant_name_matches(session, fragment))
            if any_db.is_sqlite:  # a LIKE read in the query's order, or the index
                assert ("LIKE" in cond) is recent, fragment
            else:  # the planner chooses, or the index (estimated from a bigram for 黄旧号)
                assert ("ANY" in cond) is not recent, fragment
            found = session.scalars(
                select(Applicant.name).where(search.applicant_name_matches(session, fragment))
            ).all()
            assert sorted(found) == sorted(r["name"] for r in rows if fragment in r["name"])
    assert lookup.find_applications(any_db, "有限", kind="name") == []  # no applications here


@pytest.mark.parametrize("fragment", ["小明", "明华", "王小明", "有限公", "湛江市"])
def test_the_lookup_by_name_is_the_same_page_by_either_route(any_db, monkeypatch, fragment):
    """The lookup's page (newest first, then by number) whichever way the names are found: on
    PostgreSQL the forced index picks the page's numbers before it joins their details."""
    hall_generator.generate(any_db, 300, days=60)  # the size, in bulk (bench/hall_generator.py)
    with any_db.transaction() as session:  # some hits, several applications for one applicant
        ids = session.scalars(select(Applicant.id).order_by(Applicant.id)).all()
        for id_ in ids[::7]:
            session.execute(
                update(Applicant).where(Applicant.id == id_).values(name=f"{id_}王小明华有限公")
            )
        session.execute(
            update(Application).where(Application.id % 5 == 0).values(applicant_id=ids[7])
        )
    with any_db.reading() as session:
        everything = session.execute(
            select(Application.received_on, Application.number, Applicant.name).join(
                Applicant, Applicant.id == Application.applicant_id
            )
        ).all()
    wanted = [n for _d, n, name in sorted(everything, reverse=True) if fragment in name][:10]
    assert wanted
    monkeypatch.setattr(search, "PAGE", 3)
    monkeypatch.setattr(search, "FIRST_COUNT", 3)  # PostgreSQL forces three characters too
    for ratio in (0.0, 1e9):  # the index, or newest first (the planner on PostgreSQL)
        monkeypatch.setattr(search, "INDEX_VS_NEWEST_FIRST", {"sqlite": ratio, "postgresql": ratio})
        with any_db.reading() as session:
            forced = "ANY" in str(search.applicant_name_matches(session, fragment))
        assert forced is (ratio == 0.0 and not any_db.is_sqlite), ratio
        found = lookup.find_applications(any_db, fragment, kind="name", limit=10)
        assert [r.number for r in found] == wanted, ratio


def test_enterprise_names(any_db):
    def enterprise(i: int, name: str) -> Enterprise:
        return Enterprise(
            uscc=f"91440802MA4W{i:05d}X", name=name, name_key=name, category="1",
            enterprise_type="有限责任公司", domicile="湛江市", authority_code="440802",
            legal_rep_name="王小明", legal_rep_id="440802198501010011",
            registered_capital=Decimal(1), business_scope="餐饮", established_on=date(2026, 1, 5),
            registered_on=date(2026, 1, 5),
        )  # fmt: skip

    with any_db.transaction() as session:
        session.add_all(
            [enterprise(1, "湛江市赤坎区好味道小吃店"), enterprise(2, "湛江市美味餐饮有限公司")]
        )
    assert _find(any_db, "味道", Enterprise) == ["湛江市赤坎区好味道小吃店"]
    assert _find(any_db, "美味", Enterprise) == ["湛江市美味餐饮有限公司"]
    with any_db.transaction() as session:
        session.execute(update(Enterprise).where(Enterprise.id == 1).values(name="湛江市好运店"))
    assert _find(any_db, "味道", Enterprise) == []
    assert _find(any_db, "好运", Enterprise) == ["湛江市好运店"]
    _bigrams_match_names(any_db, Enterprise)


def test_the_migration_indexes_existing_names(any_db):
    _add(any_db, NAMES)
    cfg = migrate.alembic_config(any_db.url)
    command.downgrade(cfg, "0003")
    _add(any_db, ["赵明华"])  # written while there was no bigram index
    command.upgrade(cfg, "head")
    _bigrams_match_names(any_db)
    assert _find(any_db, "明华") == ["赵明华"]


def test_a_restored_backup_brings_or_builds_its_index(sqlite_db, tmp_path):
    cfg = migrate.alembic_config(sqlite_db.url)
    command.downgrade(cfg, "0003")
    _add(sqlite_db, ["赵明华"])
    old = backup.backup_to(sqlite_db, tmp_path / "before-0004.sqlite3")
    command.upgrade(cfg, "head")
    _add(sqlite_db, ["钱明华"])
    new = backup.backup_to(sqlite_db, tmp_path / "after-0004.sqlite3")
    _add(sqlite_db, ["孙明华"])
    for saved, names in ((new, ["赵明华", "钱明华"]), (old, ["赵明华"])):
        backup.restore_from(sqlite_db, saved)
        migrate.upgrade(sqlite_db)  # as `db restore` does
        _bigrams_match_names(sqlite_db)
        assert _find(sqlite_db, "明华") == sorted(names)


@pytest.mark.postgres
def test_the_windows_role_keeps_the_index_with_the_readme_grants(pg_db):
    role = f"window_app_{uuid.uuid4().hex[:8]}"
    grants = [
        f"CREATE ROLE {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]
    try:
        with pg_db.engine.begin() as conn:
            for statement in grants:
                conn.execute(text(statement))
            conn.execute(text(f"SET LOCAL ROLE {role}"))
            conn.execute(insert(Applicant), [{"kind": "person", "name": n} for n in NAMES])
            conn.execute(update(Applicant).where(Applicant.name == "张三").values(name="张三丰"))
            conn.execute(delete(Applicant).where(Applicant.name == "李建国"))
        _bigrams_match_names(pg_db)
    finally:
        with pg_db.engine.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))


def test_bulk_inserts_are_indexed(any_db):
    hall_generator.generate(any_db, 40, days=30)
    _bigrams_match_names(any_db)


# Small alphabets so that fragments and names collide; LIKE's and the escape's characters too.
_ALPHABET = "明华小aAbB%_/"
_names = st.lists(st.text(_ALPHABET, min_size=0, max_size=8), min_size=1, max_size=25)
_fragments = st.lists(st.text(_ALPHABET + " ", min_size=2, max_size=4), min_size=1, max_size=6)


@pytest.mark.parametrize("route", ["index", "newest first"])
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=_names, renames=st.lists(st.text(_ALPHABET, max_size=6), max_size=5), fragments=_fragments
)
def test_search_is_exactly_substring_in_name(any_db, monkeypatch, route, names, renames, fragments):
    # "newest first" whenever there is a hit, or the index whatever the counts.
    monkeypatch.setattr(search, "PAGE", 1)
    monkeypatch.setattr(search, "FIRST_COUNT", 1)  # PostgreSQL forces three characters too
    ratio = 1e9 if route == "newest first" else 0.0
    monkeypatch.setattr(search, "INDEX_VS_NEWEST_FIRST", {"sqlite": ratio, "postgresql": ratio})
    with any_db.transaction() as session:
        session.execute(delete(Applicant))
        ids = [
            session.execute(insert(Applicant).values(kind="person", name=n)).inserted_primary_key[0]
            for n in names
        ]
        for new, id_ in zip(renames, ids, strict=False):
            session.execute(update(Applicant).where(Applicant.id == id_).values(name=new))
    with any_db.reading() as session:
        stored = session.scalars(select(Applicant.name)).all()
    for fragment in fragments:
        wanted = _fold(search.normalise(fragment))
        if len(wanted) < search.MIN_FRAGMENT:
            with pytest.raises(search.FragmentTooShort if wanted else ValueError):
                _find(any_db, fragment)
            continue
        assert _find(any_db, fragment) == sorted(n for n in stored if wanted in _fold(n)), fragment
