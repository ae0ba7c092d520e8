"""The audit message's field function, inlined by PostgreSQL

Revision ID: 0034
Revises: 0030

Issue 22. `audit_field` (0028) wrote each field of the chain's message as
`CASE WHEN value IS NULL THEN '-' ELSE length(value) || ':' || value END`. Its `integer ||
text` is a STABLE operator inside an IMMUTABLE function, so PostgreSQL never inlined it: the
verification's SELECT called it as a function eleven times a row, ≈ 26 µs of the server's CPU
per event, the bound of `audit verify` on PostgreSQL (8.6-10.8k events/s). The new body
(storage.audit_chain.AUDIT_FIELD) writes the same text for every value with immutable
operators only, and is inlined. No stored row changes. SQLite has no such function.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from window_app.storage import audit_chain

revision = "0034"
down_revision = "0030"
branch_labels = None
depends_on = None

AUDIT_FIELD_0028 = """
CREATE OR REPLACE FUNCTION audit_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE length(value) || ':' || value END
$fn$
"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(text(audit_chain.AUDIT_FIELD))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(text(AUDIT_FIELD_0028))
