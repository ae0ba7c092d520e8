"""Free text holding personal data encrypted at rest: delivery addresses, contact phones, scans

Revision ID: 0029
Revises: 0027

Issue 15, after 0019 and 0027 (same hall data key, same AES-GCM, storage.pii):
- `applications.delivery_detail` (JSON text: a post address or an e-mail/online account, the
  tracking number, who collected the result) is encrypted whole (pii.EncryptedText).
- `issued_documents.payload`: every `address` value (the delivery address the pickup slip prints
  in full) becomes ciphertext (pii.SealedJSON with DOCUMENT_KEYS); the rest stays readable.
  Only pickup slips carry an address, so only they are read.
- `enterprises.contact` (the contact phone as typed) is encrypted whole; on PostgreSQL the
  column becomes TEXT (a 100-character value does not fit 120 characters once encrypted).
- `registration_filings.request`: its `contact` value is sealed like the ID numbers (0027).
- `stored_files.content`: the case file's scans (an ID card's picture among them) become
  AES-GCM ciphertext (pii.EncryptedBytes), read a few files at a time (up to 30 MB each); the
  SHA-256 naming each file stays that of the file as scanned.

An enterprise's domicile stays readable: it is public registration data, printed on the
licence and published by law. Existing rows are rewritten in place, batch by batch; values
already encrypted are left as they are, so an interrupted upgrade can be run again. The
downgrade decrypts (it needs the key).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from window_app.storage import pii
from window_app.storage.migrations.batches import decrypted, each_batch, encrypted, sealed, texts

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

CONTACT = frozenset({"contact"})


def _contact_type(type_: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("enterprises", "contact", type_=type_, existing_type=sa.String())


def _blob(forward: bool):  # noqa: ANN202
    def convert(row) -> dict | None:  # noqa: ANN001
        content = bytes(row["content"])
        sealed_already = content.startswith(pii.BLOB_PREFIX)
        if forward:
            return None if sealed_already else {"content": pii.encrypt_bytes(content)}
        return {"content": pii.decrypt_bytes(content)} if sealed_already else None

    return convert


def _run(forward: bool) -> None:
    text, seal = (encrypted, pii.seal) if forward else (decrypted, pii.unseal)
    each_batch("stored_files", {"content": sa.LargeBinary()}, _blob(forward),
               key=("sha256", sa.String()), batch=4)  # fmt: skip
    each_batch("applications", {"delivery_detail": sa.Text()}, texts(("delivery_detail",), text))
    each_batch("enterprises", {"contact": sa.Text()}, texts(("contact",), text))
    each_batch("registration_filings", {"request": sa.JSON()},
               sealed("request", lambda v: seal(v, CONTACT)))  # fmt: skip
    each_batch("issued_documents", {"payload": sa.JSON()},
               sealed("payload", lambda v: seal(v, pii.DOCUMENT_KEYS)), where={"kind": "pickup"})  # fmt: skip


def upgrade() -> None:
    pii.load_key(create=True)  # created by 0019 already; a hall upgraded from scratch has it
    _contact_type(sa.Text())
    _run(True)


def downgrade() -> None:
    _run(False)
    _contact_type(sa.String(100))
