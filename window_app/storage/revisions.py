"""The migrations' head revision, read from the version files without importing alembic or
SQLAlchemy (the start-up check and the fast commands use it)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r'^(down_)?revision\s*=\s*["\']?([\w]+|None)["\']?', re.M)


def _revisions() -> tuple[set[str], set[str]]:
    """(every revision, every revision some other one follows) of this program's version files."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    return revisions, parents


def known_revisions() -> frozenset[str]:
    """Every revision this program can migrate from: a database at any other one was migrated by
    a newer program (a hall whose other windows were upgraded first)."""
    return frozenset(_revisions()[0])


def head_revision() -> str:
    """The newest revision, read from the version files without importing alembic."""
    revisions, parents = _revisions()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()
