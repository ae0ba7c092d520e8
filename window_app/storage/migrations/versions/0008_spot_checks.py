"""Random spot checks (双随机抽查): plans and their picks

Revision ID: 0008
Revises: 0007

Two tables of their own: `spot_check_plans` (criteria, seed, algorithm, inspector pool,
population size and digest: what a verification needs to recompute the draw) and
`spot_check_picks` (each drawn object in draw order, its two inspectors, its result later).
Plain DDL through Alembic's operations, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spot_check_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("population", sa.String(length=16), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("seed", sa.String(length=200), nullable=False),
        sa.Column("algorithm", sa.String(length=32), nullable=False),
        sa.Column("inspector_roles", sa.JSON(), nullable=False),
        sa.Column("inspector_pool", sa.JSON(), nullable=False),
        sa.Column("population_size", sa.Integer(), nullable=False),
        sa.Column("population_digest", sa.String(length=64), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("drawn_by", sa.Integer(), nullable=True),
        sa.Column("drawn_by_name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["drawn_by"], ["users.id"], name=op.f("fk_spot_check_plans_drawn_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spot_check_plans")),
        sa.UniqueConstraint("number", name=op.f("uq_spot_check_plans_number")),
    )
    with op.batch_alter_table("spot_check_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_spot_check_plans_drawn_on"), ["drawn_on"], unique=False
        )
    op.create_table(
        "spot_check_picks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("object_key", sa.String(length=32), nullable=False),
        sa.Column("object_name", sa.String(length=200), nullable=False),
        sa.Column("inspectors", sa.JSON(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("result_on", sa.Date(), nullable=True),
        sa.Column("result_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["spot_check_plans.id"],
            name=op.f("fk_spot_check_picks_plan_id_spot_check_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["result_by"], ["users.id"], name=op.f("fk_spot_check_picks_result_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spot_check_picks")),
        sa.UniqueConstraint(
            "plan_id", "object_key", name=op.f("uq_spot_check_picks_plan_id_object_key")
        ),
    )
    with op.batch_alter_table("spot_check_picks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spot_check_picks_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("spot_check_picks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spot_check_picks_plan_id"))
    op.drop_table("spot_check_picks")
    with op.batch_alter_table("spot_check_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spot_check_plans_drawn_on"))
    op.drop_table("spot_check_plans")
