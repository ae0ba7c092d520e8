"""Spot-check plans keep the population they were drawn from

Revision ID: 0010
Revises: 0009

`spot_check_plans.frozen_population` (JSON, nullable): the population as the draw saw it, each
object's key with the usernames of those who handled it (left out as its inspectors), sorted by
key. A verification redraws from it instead of selecting the population again from the register,
so a plan with an open date range stays verifiable after later registrations or approvals.
Plans drawn before this migration keep NULL and are verified as before (population selected
again). A nullable column of its own: added and dropped in place (SQLite's ALTER TABLE ADD/DROP
COLUMN, no copy-and-move: the table is the parent of `spot_check_picks`), the same on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("spot_check_plans", sa.Column("frozen_population", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("spot_check_plans", "frozen_population")
