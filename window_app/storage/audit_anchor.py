"""The audit chain's head anchor, kept outside the database beside the key.

A keyed chain cannot show that its newest rows were cut off: what is left is still a valid
chain. So each window keeps, beside the key and outside the database, the newest (id, hash)
it committed or verified; `verify` reports a database whose chain ends before that anchor.
One anchor per database (keyed by its identifier, migration 0018): a demo or training
database checked with the hall's key is not compared with the hall's head.
"""

from __future__ import annotations

import os
from pathlib import Path

from .audit_chain import key_path

__all__ = ["anchor_path", "read_anchor", "write_anchor"]


def anchor_path(database: str | None = None) -> Path:
    suffix = f".head.{database}" if database else ".head"
    return key_path().with_name(key_path().name + suffix)


def read_anchor(database: str | None = None) -> tuple[int, str] | None:
    try:
        ident, digest = anchor_path(database).read_text().split()
        return int(ident), digest
    except (OSError, ValueError):
        return None


def write_anchor(ident: int, digest: str, database: str | None = None) -> None:
    """Keep the newest head only (another window may have written a later one)."""
    current = read_anchor(database)
    if current is not None and current[0] >= ident:
        return
    path = anchor_path(database)
    tmp = path.with_name(path.name + f".{os.getpid()}")
    try:
        tmp.write_text(f"{ident} {digest}\n")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # the anchor is a safeguard; never fail a clerk's action on it
