"""Name-fragment search (storage.search, migration 0003) on both back ends."""

from __future__ import annotations

from sqlalchemy import select, text, update

from window_app.storage import search
from window_app.storage.models import Applicant

NAMES = ["王小明", "李建国", "欧阳建国华", "湛江市霞山区好味道餐饮有限公司", "张三"]


def _find(db, fragment: str) -> list[str]:
    with db.reading() as session:
        cond = search.applicant_name_matches(session, fragment)
        return sorted(session.scalars(select(Applicant.name).where(cond)))


def test_fragments_match_anywhere_and_follow_updates(any_db):
    with any_db.transaction() as session:
        session.add_all(Applicant(kind="person", name=n) for n in NAMES)
    assert _find(any_db, "建国") == ["李建国", "欧阳建国华"]  # short: LIKE
    assert _find(any_db, "阳建国") == ["欧阳建国华"]  # trigram index
    assert _find(any_db, "好味道餐饮") == ["湛江市霞山区好味道餐饮有限公司"]
    assert _find(any_db, '"%_') == []  # no query syntax, no wildcards
    with any_db.transaction() as session:
        session.execute(update(Applicant).where(Applicant.name == "李建国").values(name="李振华"))
        session.execute(Applicant.__table__.delete().where(Applicant.name == "王小明"))
    assert _find(any_db, "李建国") == []
    assert _find(any_db, "李振华") == ["李振华"]
    assert _find(any_db, "王小明") == []


def test_three_character_fragments_use_the_index(any_db):
    with any_db.reading() as session:
        cond = search.applicant_name_matches(session, "阳建国")
        stmt = select(Applicant.id).where(cond)
        sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        if any_db.is_sqlite:
            plan = " ".join(str(r) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "applicant_names_fts VIRTUAL TABLE INDEX" in plan
        else:
            session.execute(text("SET LOCAL enable_seqscan = off"))
            plan = " ".join(r[0] for r in session.execute(text("EXPLAIN " + sql)))
            assert "ix_applicants_name_trgm" in plan
