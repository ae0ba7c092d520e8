"""Rewrite columns of every row of a table in batches, for the migrations that convert existing
rows in place (0027, 0029: values encrypted at rest)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import sqlalchemy as sa
from alembic import op

from window_app.storage import pii

BATCH = 2_000


def each_batch(
    table: str,
    columns: Mapping[str, sa.types.TypeEngine],
    convert: Callable[[Mapping], dict | None],
    where: Mapping[str, object] | None = None,
    *,
    key: tuple[str, sa.types.TypeEngine] = ("id", sa.Integer()),
    batch: int = BATCH,
) -> None:
    """Rewrite `columns` of every row of `table` (those whose columns equal `where`'s values):
    `convert(row mapping)` gives the new values of all `columns`, or None to leave the row.
    Rows are read `batch` at a time in the order of their `key` (name, type) column."""
    bind = op.get_bind()
    t = sa.table(table, sa.column(key[0], key[1]), *(sa.column(c, k) for c, k in columns.items()))
    pk = t.c[key[0]]
    filters = [sa.column(c) == v for c, v in (where or {}).items()]
    update = (
        t.update()
        .where(pk == sa.bindparam("b_id"))
        .values({c: sa.bindparam(f"v_{c}", type_=k) for c, k in columns.items()})
    )
    last = None
    while True:
        after = [] if last is None else [pk > last]
        query = sa.select(t).where(*after, *filters).order_by(pk).limit(batch)
        rows = bind.execute(query).all()
        if not rows:
            return
        last = rows[-1]._mapping[key[0]]
        changes = []
        for row in rows:
            new = convert(row._mapping)
            if new is not None:
                changes.append(
                    {"b_id": row._mapping[key[0]], **{f"v_{c}": new[c] for c in columns}}
                )
        if changes:
            bind.execute(update, changes)


def sealed(column: str, fn: Callable[[object], object]) -> Callable[[Mapping], dict | None]:
    """A `convert` applying `fn` to one (JSON) column's value."""

    def convert(row: Mapping) -> dict | None:
        value = row[column]
        new = fn(value) if value is not None else None
        return None if new == value else {column: new}

    return convert


def texts(columns: tuple[str, ...], fn: Callable[[str], str]) -> Callable[[Mapping], dict | None]:
    """A `convert` applying `fn` to each non-null value of `columns`."""

    def convert(row: Mapping) -> dict | None:
        new = {c: (fn(row[c]) if row[c] is not None else None) for c in columns}
        return None if all(new[c] == row[c] for c in new) else new

    return convert


def encrypted(value: str) -> str:
    """`value` encrypted, unless an earlier (interrupted) run already did."""
    return value if value.startswith(pii.PREFIX) else pii.encrypt(value)


def decrypted(value: str) -> str:
    return pii.decrypt(value) if value.startswith(pii.PREFIX) else value
