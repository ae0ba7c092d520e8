"""Read-only SELECTs on a SQLite file with the standard library only (issue 22).

For commands that must answer in a fraction of a second (`workdays add` ≤ 0.3 s), where
importing SQLAlchemy alone takes longer. Only the plain case is served: a `sqlite:///FILE` URL
naming an existing file whose schema is at the current head revision. Anything else (another
database, a missing or damaged file, a schema to migrate, any SQLite error) answers None, and
the caller takes the ordinary path, which opens, checks and migrates the database and explains
what is wrong in the user's language.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import unquote

from ..config import private
from .revisions import head_revision

_URL = re.compile(r"^sqlite(?:\+pysqlite)?:///(?P<path>[^?]+)$")


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///FILE` URL (no query string), else None."""
    found = _URL.match(url)
    if found is None or found["path"] == ":memory:":
        return None
    return Path(unquote(found["path"]))


def rows(url: str, sql: str, parameters: tuple = ()) -> list[tuple] | None:
    """The rows of one read-only statement (`?` placeholders bound to `parameters`), or None
    when the plain case does not hold."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    for held in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private(held)  # as the ordinary path does: an old world-readable file is made private
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != head_revision():
                return None
            return conn.execute(sql, parameters).fetchall()
    except (sqlite3.Error, OSError, RuntimeError):
        return None
