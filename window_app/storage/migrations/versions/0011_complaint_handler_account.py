"""Complaint handler as a user account: complaints.handler_id and complaints.handler_department

Revision ID: 0011
Revises: 0010

A supervisor now assigns a complaint to an active account (a clerk or a supervisor), stored
as `handler_id` (a foreign key to users), with the department it acts for as optional text
(`handler_department`). The free-text `handler` column stays for the rows assigned before this
migration and is no longer written. Both new columns are nullable, so existing rows need no
data step. SQLite adds the foreign key through a batch (table copy); PostgreSQL alters in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handler_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("handler_department", sa.String(length=50), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_handler_id_users"), "users", ["handler_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_complaints_handler_id_users"), type_="foreignkey")
        batch_op.drop_column("handler_department")
        batch_op.drop_column("handler_id")
