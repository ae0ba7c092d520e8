"""Change registration (变更登记): the history of an enterprise's changed items

Revision ID: 0005
Revises: 0004

One row per changed item (name, domicile, legal representative, capital, scope, investors) with
its value before and after as text, the day, the clerk and optionally the application. The USCC
is never changed (一照一码): `enterprises` keeps the current values. Plain DDL through Alembic's
operations, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enterprise_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_enterprise_changes_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["users.id"], name=op.f("fk_enterprise_changes_clerk_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprises.id"],
            name=op.f("fk_enterprise_changes_enterprise_id_enterprises"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise_changes")),
    )
    with op.batch_alter_table("enterprise_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enterprise_changes_enterprise_id"), ["enterprise_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("enterprise_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprise_changes_enterprise_id"))
    op.drop_table("enterprise_changes")
