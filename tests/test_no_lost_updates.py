"""Issue 15 part 2: no lost updates. Eight processes change the same enterprise at once, on a
real SQLite file and on the real PostgreSQL server; afterwards the register is consistent
(the investors add up to the capital) and every change record's "before" is the previous
record's "after" (nothing was written from a stale read)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_change_registration import company, person_id

from window_app.services import code_segments, registration
from window_app.services.change_registration import (
    ChangedMeanwhile,
    EnterpriseChanges,
    change_registration,
    registered_items,
)
from window_app.services.registration import Investor
from window_app.storage.errors import Conflict
from window_app.storage.models import Enterprise, EnterpriseChange

PROCESSES, ROUNDS = 8, 10

WORKER = r"""
import random, sys
from decimal import Decimal
from window_app.core.errors import DomainError
from window_app.services.change_registration import EnterpriseChanges, change_registration
from window_app.services.registration import Investor
from window_app.services.users import login
from window_app.storage.database import Database

url, code, seed, ids = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
db = Database(url)
actor = login(db, "clerk1", "Counter#2026")
rng = random.Random(seed)
done = refused = 0
for _ in range(int(sys.argv[5])):
    capital = Decimal(rng.choice([10, 20, 30, 40, 60]))
    if rng.random() < 0.5:   # a new capital with investors adding up to it
        half = capital / 2
        changes = EnterpriseChanges(registered_capital=capital, investors=(
            Investor("甲", ids[0], half), Investor("乙", ids[1], half)))
    else:                    # new investors for the capital this window believes is registered
        changes = EnterpriseChanges(investors=(Investor("丙", ids[2], capital),))
    try:
        change_registration(db, actor, code, changes)
        done += 1
    except DomainError:
        refused += 1
db.dispose()
print(done, refused)
"""


@pytest.fixture
def enterprise(hall):
    db, actors = hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    result = registration.register_enterprise(
        db, actors["clerk"], company("湛江市竞速餐饮有限公司"), on=date(2026, 11, 25)
    )
    return db, actors, result.uscc


def _race(db, code: str) -> tuple[int, int]:
    ids = ",".join(person_id(n) for n in (201, 202, 203))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db.url, code, str(seed), ids, str(ROUNDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )  # fmt: skip
        for seed in range(PROCESSES)
    ]
    done = refused = 0
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        d, r = map(int, out.split())
        done, refused = done + d, refused + r
    return done, refused


def inconsistencies(db, code: str) -> list[str]:
    """What a lost update leaves behind, one line each."""
    problems = []
    with db.reading() as s:
        ent = s.scalars(select(Enterprise).where(Enterprise.uscc == code)).one()
        total = sum(Decimal(str(i["subscribed"])) for i in ent.investors or [])
        if ent.investors and total != ent.registered_capital:
            problems.append(f"capital {ent.registered_capital} but investors sum to {total}")
        rows = s.scalars(
            select(EnterpriseChange)
            .where(EnterpriseChange.enterprise_id == ent.id)
            .order_by(EnterpriseChange.id)
        ).all()
    last: dict[str, str] = defaultdict(lambda: None)
    for r in rows:
        if last[r.item] is not None and r.before != last[r.item]:
            problems.append(f"change {r.id} of {r.item}: stale before {r.before!r}")
        last[r.item] = r.after
    return problems


def test_eight_processes_change_one_enterprise(enterprise):
    db, _, code = enterprise
    done, refused = _race(db, code)
    assert done + refused == PROCESSES * ROUNDS
    assert done > 0
    assert inconsistencies(db, code) == []


def test_a_form_filled_before_another_windows_change_is_refused_with_the_new_values(enterprise):
    db, actors, code = enterprise
    seen = registered_items(db, code)  # what the clerk's form was filled from
    change_registration(db, actors["clerk2"], code, EnterpriseChanges(domicile="湛江市霞山区一号"))
    with pytest.raises(ChangedMeanwhile) as caught:
        change_registration(db, actors["clerk"], code, EnterpriseChanges(domicile="湛江市坡头区"),
                            expected_version=seen.version)  # fmt: skip
    assert "另一窗口已变更此企业" in caught.value.message
    assert "湛江市霞山区一号" in caught.value.message  # the new values are shown
    now = registered_items(db, code)
    assert now.values["domicile"] == "湛江市霞山区一号" and now.version == seen.version + 1
    change_registration(db, actors["clerk"], code, EnterpriseChanges(domicile="湛江市坡头区"),
                        expected_version=now.version)  # fmt: skip
    assert registered_items(db, code).values["domicile"] == "湛江市坡头区"


def test_a_stale_orm_write_is_a_conflict_not_a_lost_update(enterprise):
    """The version column catches what no lock guarded: a write from a stale read fails."""
    db, _, code = enterprise
    if db.is_sqlite:
        pytest.skip("SQLite's write transaction holds the whole file: no second writer exists")
    with pytest.raises(Conflict, match="另一窗口已修改了此记录"), db.transaction() as first:
        stale = first.scalars(select(Enterprise).where(Enterprise.uscc == code)).one()
        with db.transaction() as second:
            second.execute(
                Enterprise.__table__.update()
                .where(Enterprise.uscc == code)
                .values(version=Enterprise.version + 1, domicile="别处")
            )
        stale.domicile = "此处"
    assert registered_items(db, code).values["domicile"] == "别处"


def test_investors_only_change_is_checked_against_the_capital_registered_now(enterprise):
    db, actors, code = enterprise
    a, b = person_id(201), person_id(202)
    change_registration(db, actors["clerk"], code, EnterpriseChanges(
        registered_capital=Decimal(20), investors=(Investor("甲", a, 10), Investor("乙", b, 10))))  # fmt: skip
    with pytest.raises(Exception, match="之和应等于注册资本"):
        change_registration(db, actors["clerk2"], code,
                            EnterpriseChanges(investors=(Investor("丙", a, Decimal(50)),)))  # fmt: skip
    assert inconsistencies(db, code) == []
