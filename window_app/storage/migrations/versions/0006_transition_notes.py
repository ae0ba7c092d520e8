"""Transition notes: the code and arguments of a note the services wrote themselves

Revision ID: 0006
Revises: 0005

Two nullable columns on `transitions` (core.transition_notes): `note_code` and `note_args`
(JSON) say a system-written reason again for a screen in its own language; `reason` keeps the
Chinese text the audit trail, the command line and paper read. Rows written before have NULL in
both and are shown with their reason as stored. Batch mode, so SQLite gets the same columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note_code", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("note_args", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.drop_column("note_args")
        batch_op.drop_column("note_code")
