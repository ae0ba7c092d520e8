"""The migrations' head revision, read from the version files without importing alembic or
SQLAlchemy (the start-up check and the fast commands use it)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r'^(down_)?revision\s*=\s*["\']?([\w]+|None)["\']?', re.M)


def head_revision() -> str:
    """The newest revision, read from the version files without importing alembic."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()
