"""8 processes registering at once against one database: no duplicate, all valid, no gap."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from datetime import date
from decimal import Decimal

import pytest
from conftest import create_pg_database, seed_hall, sqlite_database
from sqlalchemy import select

from window_app.core import uscc
from window_app.core.idcard import check_digit
from window_app.services import code_segments
from window_app.services.context import Actor, Role
from window_app.storage import pii
from window_app.storage.database import Database
from window_app.storage.models import CodeAllocation, Enterprise

WORKERS = 8
PER_WORKER = 6


def _with_retry(call) -> str:  # noqa: ANN001
    """A busy database (SQLite lock held past the busy timeout) is retried, as a clerk would."""
    from window_app.storage.errors import Busy

    for _attempt in range(50):
        try:
            return call().uscc
        except Busy:
            time.sleep(0.1)
    raise AssertionError("database stayed busy")


def _worker(url: str, worker: int, key_file: str, data_dir: str, data_key: str) -> list[str]:
    os.environ["WINDOW_APP_AUDIT_KEY_FILE"] = key_file
    os.environ["WINDOW_APP_DATA_DIR"] = data_dir
    os.environ["WINDOW_APP_DATA_KEY_FILE"] = data_key  # the hall's key for ID numbers
    from window_app.services import registration
    from window_app.services.registration import Investor, Person, RegistrationRequest

    db = Database(url)
    actor = Actor(user_id=None, username=f"w{worker}", role=Role.CLERK, window_number=f"A{worker}")
    first17 = "44080219900101123"
    rep = Person("张三", first17 + check_digit(first17))
    issued = []
    try:
        for i in range(PER_WORKER):
            name = f"湛江市并发{worker}号{i}号商贸有限公司"
            request = RegistrationRequest(
                name=name, category="1", enterprise_type="有限责任公司（自然人独资）",
                domicile="湛江市赤坎区", authority_code="440800", legal_representative=rep,
                registered_capital=Decimal("10"), business_scope="日用百货销售",
                investors=(Investor(rep.name, rep.id_number, Decimal("10")),),
            )  # fmt: skip
            issued.append(
                _with_retry(lambda r=request: registration.register_enterprise(db, actor, r))
            )
        # the same name from every worker at once: exactly one may win
        shared = RegistrationRequest(
            name="湛江市同名争抢有限公司", category="1", enterprise_type="有限责任公司（自然人独资）",
            domicile="湛江市赤坎区", authority_code="440800", legal_representative=rep,
            registered_capital=Decimal("10"), business_scope="日用百货销售",
            investors=(Investor(rep.name, rep.id_number, Decimal("10")),),
        )  # fmt: skip
        with contextlib.suppress(registration.NameConflict):
            issued.append(_with_retry(lambda: registration.register_enterprise(db, actor, shared)))
    finally:
        db.dispose()
    return issued


def _run_race(db: Database, url: str) -> None:
    actors = seed_hall(db)
    code_segments.create_segment(db, actors["admin"], "race", "MA4W", 0, 9999)
    ctx = multiprocessing.get_context("spawn")
    args = [(url, w, os.environ["WINDOW_APP_AUDIT_KEY_FILE"], os.environ["WINDOW_APP_DATA_DIR"],
             str(pii.key_path())) for w in range(WORKERS)]  # fmt: skip
    start = time.perf_counter()
    with ctx.Pool(WORKERS) as pool:
        results = pool.starmap(_worker, args)
    elapsed = time.perf_counter() - start
    codes = [c for r in results for c in r]
    expected = WORKERS * PER_WORKER + 1  # one winner of the shared name
    print(f"\n{db.engine.dialect.name}: {len(codes)} registrations by {WORKERS} processes in "
          f"{elapsed:.1f}s = {len(codes) / elapsed:.1f}/s")  # fmt: skip
    assert len(codes) == expected
    assert len(set(codes)) == len(codes)
    assert all(uscc.is_valid(c) for c in codes)
    with db.reading() as s:
        allocations = s.scalars(select(CodeAllocation)).all()
        enterprises = {e.uscc: e.id for e in s.scalars(select(Enterprise))}
    assert sorted(a.serial for a in allocations) == list(range(expected))  # no gap
    assert all(a.status == "used" and enterprises[a.uscc] == a.enterprise_id for a in allocations)
    (audit,) = code_segments.audit_segments(db, actors["admin"])
    assert (audit.issued, audit.used, audit.missing) == (expected, expected, ())
    assert date.today()  # registration date defaults to today


@pytest.mark.timeout(600)
def test_parallel_registration_sqlite(tmp_path):
    path = tmp_path / "race.sqlite3"
    db = sqlite_database(path)
    try:
        _run_race(db, f"sqlite:///{path}")
    finally:
        db.dispose()


@pytest.mark.postgres
@pytest.mark.timeout(600)
def test_parallel_registration_postgresql():
    url = create_pg_database()
    db = Database(url)
    from window_app.storage import migrate

    migrate.upgrade(db)
    try:
        _run_race(db, url)
    finally:
        db.dispose()
