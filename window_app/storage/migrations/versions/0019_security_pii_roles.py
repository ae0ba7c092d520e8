"""ID and phone numbers encrypted at rest, with keyed hashes for lookup; audit_append

Revision ID: 0019
Revises: 0018

Issue 15. The ID-card and phone numbers (applicants, agents, complainants, appointments, legal
representatives) become AES-GCM ciphertext under the hall's data key (storage.pii; `data.key`
beside the database or WINDOW_APP_DATA_KEY_FILE, created here if the hall has none yet).
Applicants get `id_number_hash` and `phone_hash`, the HMAC-SHA256 of the normalised value, each
indexed: an exact lookup is an index probe. Phones of applicants are stored as digits. The old
plaintext indexes go. Existing rows are encrypted in place, in batches (a live hall upgrades with
`db upgrade` like any migration; a backup is taken first). Rows already encrypted are left as
they are, so an interrupted upgrade can be run again.

PostgreSQL: `audit_append(json)`, a SECURITY DEFINER function owned by the schema owner, is the
only way a window's login writes the audit trail: it takes the chain lock and appends events that
continue the chain (id = head + 1, prev_hash = head hash), nothing else. Window logins get no
INSERT, UPDATE, DELETE or TRUNCATE on audit_events (services.db_roles, at `db upgrade`).

The columns keep their SQLite declarations (SQLite does not enforce a VARCHAR length; recreating
applicants and enterprises would drop their name-search triggers); PostgreSQL widens them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from window_app.storage import pii

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# (table, column, old length, normalise to digits, hash column)
COLUMNS = (
    ("applicants", "id_number", 18, False, "id_number_hash"),
    ("applicants", "phone", 32, True, "phone_hash"),
    ("applications", "agent_id_number", 18, False, None),
    ("queue_appointments", "phone", 20, False, None),
    ("complaints", "complainant_phone", 20, False, None),
    ("enterprises", "legal_rep_id", 18, False, None),
)
BATCH = 5_000


def _widen(table: str, column: str, length: int) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(table, column, type_=sa.String(length), existing_type=sa.String())


def _rewrite(table: str, column: str, convert, hash_column: str | None, hasher=None) -> None:  # noqa: ANN001
    """Apply `convert` (None: leave the row) to every non-null value, batch by batch."""
    bind = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.String))
    if hash_column:
        t.append_column(sa.column(hash_column, sa.String))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(t.c.id, t.c[column]).where(t.c.id > last, t.c[column].is_not(None))
            .order_by(t.c.id).limit(BATCH)
        ).all()  # fmt: skip
        if not rows:
            return
        last = rows[-1].id
        changes = []
        for row in rows:
            new = convert(row[1])
            if new is not None:
                change = {"b_id": row.id, "value": new[0]}
                if hash_column:
                    change["hash"] = new[1]
                changes.append(change)
        if changes:
            values = {column: sa.bindparam("value")}
            if hash_column:
                values[hash_column] = sa.bindparam("hash")
            bind.execute(t.update().where(t.c.id == sa.bindparam("b_id")).values(values), changes)


def _encrypter(digits: bool, hasher):  # noqa: ANN001, ANN202
    def convert(value: str) -> tuple[str | None, str | None] | None:
        if value.startswith(pii.PREFIX):
            return None  # encrypted by an earlier, interrupted run
        plain = pii.normalise_phone(value) if digits else value
        if plain is None:  # a phone of no digits at all: nothing to keep
            return (None, None)
        return pii.encrypt(plain), (hasher(plain) if hasher else None)

    return convert


def _decrypt(value: str) -> tuple[str, None] | None:
    return (pii.decrypt(value), None) if value.startswith(pii.PREFIX) else None


AUDIT_APPEND = """
CREATE OR REPLACE FUNCTION audit_append(events json) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    r audit_events;
    head_id bigint;
    head_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock(7446100001);  -- services.audit._PG_CHAIN_LOCK
    SELECT id, hash INTO head_id, head_hash FROM audit_events ORDER BY id DESC LIMIT 1;
    head_id := coalesce(head_id, 0);
    head_hash := coalesce(head_hash, repeat('0', 64));
    FOR r IN SELECT * FROM json_populate_recordset(NULL::audit_events, events) LOOP
        IF r.id IS DISTINCT FROM head_id + 1 OR r.prev_hash IS DISTINCT FROM head_hash
           OR r.hash IS NULL OR length(r.hash) <> 64 THEN
            RAISE EXCEPTION 'audit_append: event % does not continue the chain at %', r.id, head_id
                USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO audit_events SELECT r.*;
        head_id := r.id;
        head_hash := r.hash;
    END LOOP;
    RETURN head_id;
END
$fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(AUDIT_APPEND)
        op.execute("REVOKE ALL ON FUNCTION audit_append(json) FROM PUBLIC")
    pii.load_key(create=True)  # the hall key: created now if this hall has none yet
    with op.batch_alter_table("applicants", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("id_number_hash", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("phone_hash", sa.String(64), nullable=True))
        batch_op.drop_index("ix_applicants_id_number")
        batch_op.drop_index("ix_applicants_phone")
    for table, column, _length, digits, hash_column in COLUMNS:
        _widen(table, column, pii.CIPHER_LENGTH)
        hasher = {"id_number_hash": pii.id_hash, "phone_hash": pii.phone_hash}.get(hash_column)
        _rewrite(table, column, _encrypter(digits, hasher), hash_column)
    with op.batch_alter_table("applicants", recreate="never") as batch_op:
        batch_op.create_index("ix_applicants_id_number_hash", ["id_number_hash"])
        batch_op.create_index("ix_applicants_phone_hash", ["phone_hash"])


def downgrade() -> None:
    """Back to plaintext (needs the key); the hashes and their indexes go."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_append(json)")
    for table, column, length, _digits, _hash in COLUMNS:
        _rewrite(table, column, _decrypt, None)
        _widen(table, column, length)
    with op.batch_alter_table("applicants", recreate="never") as batch_op:
        batch_op.drop_index("ix_applicants_id_number_hash")
        batch_op.drop_index("ix_applicants_phone_hash")
        batch_op.drop_column("id_number_hash")
        batch_op.drop_column("phone_hash")
        batch_op.create_index("ix_applicants_id_number", ["id_number"])
        batch_op.create_index("ix_applicants_phone", ["phone"])
