"""Version columns against lost updates; the database's own identifier

Revision ID: 0018
Revises: 0017

Issue 15. `version` on enterprises and users (as applications and complaints have): SQLAlchemy's
`version_id_col` checks it at every update and bumps it, so two windows changing the same record
on PostgreSQL can no longer both win (the second is refused and re-reads). Existing rows start
at 1 (server default), no data step.

`database_identity`: one row with a random identifier made here. The audit anchor and the
ledger of issued serials kept beside the audit key are keyed by it (a second database checked
with the same key is no longer a false alarm), and a restore refuses a backup from another hall.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

VERSIONED = ("enterprises", "users")  # applications and complaints have had one since 0001 and 0007


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    identity = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identifier", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
        sa.UniqueConstraint("identifier", name=op.f("uq_database_identity_identifier")),
    )
    op.bulk_insert(
        identity, [{"id": 1, "identifier": str(uuid.uuid4()), "created_at": datetime.now()}]
    )


def downgrade() -> None:
    op.drop_table("database_identity")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
