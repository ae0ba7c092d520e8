"""Hall settings: hall_settings (key, JSON value)

Revision ID: 0014
Revises: 0011

The hall's name, address, opening hours, pickup place and phones (per department, "" the
hall-wide default) were placeholders in the catalogue (`0759-3xxxxxx`); the administrator now
enters them once for the hall and every document prints them. The table also marks a demo
database (key `demo`), whose documents carry the 演示样本 watermark. A new table: no data step.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hall_settings",
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_hall_settings")),
    )


def downgrade() -> None:
    op.drop_table("hall_settings")
