"""PostgreSQL name search from migration 0030's gram pages (issue 22): the same page as the
planner's path and as the names themselves say, for common, rare, old-only and absent fragments.

A generated hall (bench.hall_generator) on the real PostgreSQL server, with bench.search_costs'
fragments planted by ordinary UPDATEs of the applicants' names (the rename trigger rewrites
their pages). Each fragment's page is computed three ways: the lookup as the app runs it (the
gram pages), `storage.search`'s conditions (the planner's path, as before 0030), and Python over
every name; all three must give the same 100 newest numbers in the same order.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from bench import hall_generator
from bench.search_costs import FRAGMENTS, plant
from window_app.services import lookup
from window_app.storage import name_pages
from window_app.storage.models import Applicant, Application

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 27)
PAGE = 100


@pytest.fixture(scope="module")
def planted_hall(tmp_path_factory):
    """One generated and planted hall for the module (generating takes tens of seconds)."""
    from tests.conftest import create_pg_database
    from window_app.storage import migrate
    from window_app.storage.database import Database

    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("pages-data")
        mp.setenv("WINDOW_APP_DATA_DIR", str(folder))
        mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
        db = Database(create_pg_database())
        migrate.upgrade(db)
        hall_generator.generate(db, 3000, days=1500, today=TODAY)
        plant(db)
        yield db
        db.dispose()


def _truth(db, fragment: str, limit: int = PAGE) -> list[str]:
    """Every application whose applicant's name holds `fragment` (either case), newest first."""
    with db.reading() as session:
        rows = session.execute(
            select(Application.number, Application.received_on, Applicant.name).join(
                Applicant, Applicant.id == Application.applicant_id
            )
        ).all()
    hits = [r for r in rows if fragment.lower() in r.name.lower()]
    hits.sort(key=lambda r: (r.received_on, r.number), reverse=True)
    return [r.number for r in hits[:limit]]


def _page(db, fragment: str, *, pages: bool, limit: int = PAGE) -> list[str]:
    with db.reading_rows() as conn:
        return [r[0] for r in lookup.name_rows(conn, fragment, limit, pages=pages)]


@pytest.mark.parametrize("fragment", [*FRAGMENTS, "有限老", "王小"])
def test_the_gram_pages_give_the_same_page(planted_hall, fragment):
    db = planted_hall
    with db.reading_rows() as conn:
        answered = name_pages.newest_numbers(conn, fragment, PAGE)
    assert answered is not None  # the gram pages answered, not the planner's path
    truth = _truth(db, fragment)
    assert answered == truth
    assert _page(db, fragment, pages=True) == truth
    assert _page(db, fragment, pages=False) == truth


def test_the_kinds_of_fragment_are_all_there(planted_hall):
    """The fixture holds what the issue names: a common fragment (a full page), a rare one and
    one held only by the oldest names (none among the newest 500 applications)."""
    db = planted_hall
    assert len(_truth(db, "有限", 10_000)) > 500
    assert 0 < len(_truth(db, "万福", 10_000)) < 20
    with db.reading() as session:
        newest = set(
            session.scalars(
                select(Application.number)
                .order_by(Application.received_on.desc(), Application.number.desc())
                .limit(500)
            )
        )
    old = _truth(db, "老字号", 10_000)
    assert len(old) > PAGE and not newest & set(old)
    assert _truth(db, "有限老") == []


def test_chunks_past_names_without_the_fragment(planted_hall, monkeypatch):
    """Small chunks make a longer fragment read several, dropping its bigram's other names."""
    db = planted_hall
    monkeypatch.setattr(name_pages, "FIRST_CHUNK", 1)
    for fragment in ("有限公", "老字号", "旧号店"):
        assert _page(db, fragment, pages=True, limit=7) == _truth(db, fragment, 7)


def test_over_the_budget_the_planner_answers(planted_hall, monkeypatch):
    db = planted_hall
    monkeypatch.setattr(name_pages, "BUDGET", 0)  # no row may be read: the planner answers
    with db.reading_rows() as conn:
        assert name_pages.newest_numbers(conn, "有限公", 7) is None
    assert _page(db, "有限公", pages=True, limit=7) == _truth(db, "有限公", 7)


def test_the_triggers_keep_the_pages(planted_hall):
    """After the generator's bulk inserts and the planted renames, the table holds exactly one
    row per (distinct bigram of the applicant's name, application); a rename is seen at once."""
    db = planted_hall
    expected = """SELECT count(*) FROM applications a,
        LATERAL (SELECT DISTINCT lower(substr(ap.name, n, 2)) FROM applicants ap,
                 generate_series(1, length(ap.name) - 1) n WHERE ap.id = a.applicant_id) g"""
    with db.reading_rows() as conn:
        held = conn.scalar(text("SELECT count(*) FROM application_name_grams"))
        assert held == conn.scalar(text(expected)) > 0
    with db.transaction() as session:
        someone = session.scalar(select(func.min(Applicant.id)))
        session.get(Applicant, someone).name = "改名测试人"
    assert len(_truth(db, "改名测")) >= 1
    assert _page(db, "改名测", pages=True) == _truth(db, "改名测")
