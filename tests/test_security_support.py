"""Shared fixtures for the security, audit, fault and hostile-input tests (no tests here).

`fast_hall`: the seeded hall of conftest.seed_hall on a real SQLite file, seeded once per session
and copied per test (with its audit key), because seeding costs seconds (catalogue, argon2).
`cheap_hashes`: argon2id with minimal cost, for tests that create many users but test no hashing.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import cli_sign_in, seed_hall, sqlite_database

from window_app.services import audit, users
from window_app.services.context import Actor
from window_app.storage.database import Database

__all__ = ["cli_sign_in"]

_TEMPLATE: dict[str, tuple[Path, dict[str, Actor]]] = {}


@pytest.fixture(scope="session")
def hall_template(tmp_path_factory) -> tuple[Path, dict[str, Actor]]:
    """Seeded once per session: every module re-exports this fixture, and pytest would otherwise
    run a session fixture once per module that defines it."""
    if "hall" not in _TEMPLATE:
        directory = tmp_path_factory.mktemp("hall-template")
        mp = pytest.MonkeyPatch()
        mp.setenv(audit.KEY_ENV, str(directory / "audit.key"))
        try:
            db = sqlite_database(directory / "hall.sqlite3")
            actors = seed_hall(db)
            db.dispose()
        finally:
            mp.undo()
        _TEMPLATE["hall"] = (directory, actors)
    return _TEMPLATE["hall"]


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


@pytest.fixture
def cheap_hashes(monkeypatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
