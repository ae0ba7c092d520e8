"""Shared plumbing for commands: the database, the acting administrator, reading inputs."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterable

from ..config import database_url
from ..core.errors import DomainError
from ..services.context import Actor, Role
from ..services.users import actor_named
from ..storage import health, migrate
from ..storage.database import Database


def open_database(args, *, upgrade: bool = True) -> Database:  # noqa: ANN001
    url = database_url(getattr(args, "database", None))
    report = health.check_database(url)
    if not report.ok and upgrade:
        hint = report.restore_hint(url)
        raise DomainError(report.message + (f"\n恢复命令：{hint}" if hint else ""),
                          english=report.detail)  # fmt: skip
    db = Database(url)
    if upgrade:
        migrate.upgrade(db)
    return db


def cli_actor(db: Database | None = None) -> Actor:
    """Commands act as an administrator named after the operating-system account, or, given the
    database and WINDOW_APP_USER, as that account (whose name and window documents print)."""
    username = os.environ.get("WINDOW_APP_USER", "").strip()
    if db is not None and username:
        return actor_named(db, username)
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001  (no passwd entry in some containers)
        name = "unknown"
    return Actor(user_id=None, username=f"cli:{name}", role=Role.ADMINISTRATOR, display_name=name)


def inputs(values: list[str]) -> Iterable[str]:
    """Arguments, where `-` reads one value per line from standard input."""
    for value in values:
        if value == "-":
            for line in sys.stdin:
                line = line.strip()
                if line:
                    yield line
        else:
            yield value
