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
from window_app.storage.migrations.batches import decrypted as _decrypt
from window_app.storage.migrations.batches import each_batch as _each_batch
from window_app.storage.migrations.batches import encrypted as _encrypt
from window_app.storage.migrations.batches import sealed as _sealed
from window_app.storage.migrations.batches import texts as _texts

revision = "0027"
down_revision = "0025"
branch_labels = None
depends_on = None

KEYS = frozenset({"identifier", "id_number"})  # what 0027 seals (0029 adds a filing's contact)


def _seal(value: object) -> object:
    return pii.seal(value, KEYS)


def _unseal(value: object) -> object:
    return pii.unseal(value, KEYS)


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
    _each_batch("enterprises", {"investors": sa.JSON()}, _sealed("investors", _seal))
    _each_batch("registration_filings", {"request": sa.JSON()}, _sealed("request", _seal))
    texts = {"before": sa.Text(), "after": sa.Text()}
    _each_batch("enterprise_changes", texts, _texts(("before", "after"), _encrypt))


def downgrade() -> None:
    texts = {"before": sa.Text(), "after": sa.Text()}
    _each_batch("enterprise_changes", texts, _texts(("before", "after"), _decrypt))
    _each_batch("registration_filings", {"request": sa.JSON()}, _sealed("request", _unseal))
    _each_batch("enterprises", {"investors": sa.JSON()}, _sealed("investors", _unseal))
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
