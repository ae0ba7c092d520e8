"""The audit link computed by the database; personal numbers out of old audit events

Revision ID: 0028
Revises: 0027

Issue 15. A new form of the chain's message (storage.audit_chain): the stored columns as
`<length>:<text>` fields, which SQLite's SQL, PL/pgSQL and Python build alike.
- PostgreSQL: `audit_chain_key` (the key's HMAC pads, written here from the hall's audit key
  file; only the schema owner reads it) and `audit_append(json)` replaced by a function that
  computes the link itself and takes the actor and time from the session (session_user -> the
  app user); a caller sending id, prev_hash or hash is refused.
- Both engines: the trail is re-sealed (storage.audit_reseal): the old chain verified, personal
  numbers in old payloads encrypted with the hall's data key, every event re-linked in the new
  form and `audit.resealed` appended (old head -> new head).
The downgrade restores 0019's function; the re-sealed events stay in the new form (a chain can
be re-sealed forward only).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from window_app.storage import audit_chain, audit_reseal

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(text(audit_chain.KEY_TABLE))
        conn.execute(text("REVOKE ALL ON audit_chain_key FROM PUBLIC"))
        conn.execute(text(audit_chain.AUDIT_FIELD))
        conn.execute(text("DROP FUNCTION IF EXISTS audit_append(json)"))
        conn.execute(text(audit_chain.AUDIT_APPEND))
        conn.execute(text("REVOKE ALL ON FUNCTION audit_append(json) FROM PUBLIC"))
        empty = conn.scalar(text("SELECT count(*) FROM audit_events")) == 0
        audit_chain.install_key(conn, audit_chain.load_key(create=empty))
    audit_reseal.reseal(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        from importlib import import_module

        old = import_module("window_app.storage.migrations.versions.0019_security_pii_roles")
        conn.execute(text("DROP FUNCTION IF EXISTS audit_append(json)"))
        conn.execute(text(old.AUDIT_APPEND))
        conn.execute(text("REVOKE ALL ON FUNCTION audit_append(json) FROM PUBLIC"))
        conn.execute(text("DROP TABLE IF EXISTS audit_chain_key"))
