"""Shared fixtures for the security, audit, fault and hostile-input tests (no tests here).

`fast_hall`: the seeded hall of conftest.seed_hall on a real SQLite file, seeded once per session
and copied per test (with its audit key), because seeding costs seconds (catalogue, argon2).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest
from conftest import seed_hall, sqlite_database

from window_app.services import audit
from window_app.storage.database import Database


@pytest.fixture(scope="session")
def hall_template(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hall-template")
    mp = pytest.MonkeyPatch()
    mp.setenv(audit.KEY_ENV, str(directory / "audit.key"))
    try:
        db = sqlite_database(directory / "hall.sqlite3")
        actors = seed_hall(db)
        db.dispose()
    finally:
        mp.undo()
    return directory, actors


@pytest.fixture
def fast_hall(hall_template, tmp_path):
    directory, actors = hall_template
    target = tmp_path / "window.sqlite3"
    with (
        closing(sqlite3.connect(directory / "hall.sqlite3")) as a,
        closing(sqlite3.connect(target)) as b,
    ):
        a.backup(b)
    shutil.copy(directory / "audit.key", audit.key_path())
    db = Database(f"sqlite:///{target}")
    yield db, dict(actors)
    db.dispose()
