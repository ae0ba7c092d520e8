"""The remaining ID numbers encrypted at rest: investors, register changes, filings, credit lists

Revision ID: 0027
Revises: 0019

Issue 15, after 0019 (same hall data key, same AES-GCM, storage.pii):
- `enterprises.investors` and `registration_filings.request` (JSON): every `identifier` and
  `id_number` value becomes ciphertext (pii.SealedJSON); the rest of the JSON stays readable.
- `enterprise_changes.before/after`: the whole value is encrypted (pii.EncryptedText), since a
  legal representative's ID number and investors' identifiers change there.
- `bad_credit_entries.code` (a person's ID number or a USCC) is encrypted, normalised as an ID
  number, and gets `code_hash` (HMAC-SHA256, indexed) for the credit check at intake; the old
  plaintext indexes go.

Existing rows are rewritten in place, batch by batch; values already encrypted are left as they
are, so an interrupted upgrade can be run again. The downgrade decrypts (it needs the key).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from window_app.storage import pii

revision = "0027"
down_revision = "0025"
branch_labels = None
depends_on = None

BATCH = 2_000


def _each_batch(table: str, columns: dict, convert) -> None:  # noqa: ANN001
    """Rewrite `columns` of every row of `table`: `convert(row mapping)` gives the new values of
    all `columns`, or None to leave the row as it is."""
    bind = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), *(sa.column(c, k) for c, k in columns.items()))
    update = (
        t.update()
        .where(t.c.id == sa.bindparam("b_id"))
        .values({c: sa.bindparam(f"v_{c}", type_=k) for c, k in columns.items()})
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(t).where(t.c.id > last).order_by(t.c.id).limit(BATCH)
        ).all()  # fmt: skip
        if not rows:
            return
        last = rows[-1].id
        changes = []
        for row in rows:
            new = convert(row._mapping)
            if new is not None:
                changes.append({"b_id": row.id, **{f"v_{c}": new[c] for c in columns}})
        if changes:
            bind.execute(update, changes)


def _sealed(column: str, fn):  # noqa: ANN001, ANN202
    def convert(row) -> dict | None:  # noqa: ANN001
        value = row[column]
        new = fn(value) if value is not None else None
        return None if new == value else {column: new}

    return convert


def _texts(fn):  # noqa: ANN001, ANN202
    def convert(row) -> dict | None:  # noqa: ANN001
        new = {c: (fn(row[c]) if row[c] is not None else None) for c in ("before", "after")}
        return None if all(new[c] == row[c] for c in new) else new

    return convert


def _encrypt(value: str) -> str:
    return value if value.startswith(pii.PREFIX) else pii.encrypt(value)


def _decrypt(value: str) -> str:
    return pii.decrypt(value) if value.startswith(pii.PREFIX) else value


def _credit_codes(forward: bool):  # noqa: ANN202
    def convert(row) -> dict | None:  # noqa: ANN001
        code = row["code"]
        if forward:
            if code.startswith(pii.PREFIX):
                return None
            plain = pii.normalise_id(code) or ""
            return {"code": pii.encrypt(plain), "code_hash": pii.id_hash(plain)}
        return None if not code.startswith(pii.PREFIX) else {
            "code": pii.decrypt(code), "code_hash": None,
        }  # fmt: skip

    return convert


def _code_length(length: int) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("bad_credit_entries", "code", type_=sa.String(length),
                        existing_type=sa.String())  # fmt: skip


def upgrade() -> None:
    pii.load_key(create=True)  # created by 0019 already; a hall upgraded from scratch has it
    with op.batch_alter_table("bad_credit_entries", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("code_hash", sa.String(64), nullable=True))
        batch_op.drop_index("ix_bad_credit_entries_kind_code")
        batch_op.drop_index("ix_bad_credit_entries_code")
    _code_length(pii.CIPHER_LENGTH)
    codes = {"code": sa.String(), "code_hash": sa.String()}
    _each_batch("bad_credit_entries", codes, _credit_codes(True))
    with op.batch_alter_table("bad_credit_entries", recreate="never") as batch_op:
        batch_op.create_index("ix_bad_credit_entries_code_hash", ["code_hash"])
        batch_op.create_index("ix_bad_credit_entries_kind_code_hash", ["list_kind", "code_hash"])
    _each_batch("enterprises", {"investors": sa.JSON()}, _sealed("investors", pii.seal))
    _each_batch("registration_filings", {"request": sa.JSON()}, _sealed("request", pii.seal))
    texts = {"before": sa.Text(), "after": sa.Text()}
    _each_batch("enterprise_changes", texts, _texts(_encrypt))


def downgrade() -> None:
    texts = {"before": sa.Text(), "after": sa.Text()}
    _each_batch("enterprise_changes", texts, _texts(_decrypt))
    _each_batch("registration_filings", {"request": sa.JSON()}, _sealed("request", pii.unseal))
    _each_batch("enterprises", {"investors": sa.JSON()}, _sealed("investors", pii.unseal))
    with op.batch_alter_table("bad_credit_entries", recreate="never") as batch_op:
        batch_op.drop_index("ix_bad_credit_entries_kind_code_hash")
        batch_op.drop_index("ix_bad_credit_entries_code_hash")
    codes = {"code": sa.String(), "code_hash": sa.String()}
    _each_batch("bad_credit_entries", codes, _credit_codes(False))
    _code_length(18)
    with op.batch_alter_table("bad_credit_entries", recreate="never") as batch_op:
        batch_op.drop_column("code_hash")
        batch_op.create_index("ix_bad_credit_entries_code", ["code"])
        batch_op.create_index("ix_bad_credit_entries_kind_code", ["list_kind", "code"])
