"""容缺受理: materials accepted missing against the applicant's commitment

Revision ID: 0025
Revises: 0022

Issue 19. `material_gaps`: a 可容缺 material (catalogue flag `gap_tolerable`, kept in the
matter version's frozen definition, so no catalogue DDL) the window accepted without, the date
the applicant promised to bring it, and how it closed (supplied, or waived by a supervisor with
a reason). New table only, no data step; the same DDL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "material_gaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("material_key", sa.String(length=64), nullable=False),
        sa.Column("material_name", sa.Text(), nullable=False),
        sa.Column("promised_by", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_by", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("waiver_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_material_gaps_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["accepted_by"], ["users.id"], name=op.f("fk_material_gaps_accepted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_material_gaps_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_gaps")),
        sa.UniqueConstraint(
            "application_id",
            "material_key",
            name=op.f("uq_material_gaps_application_id_material_key"),
        ),
    )
    op.create_index(
        op.f("ix_material_gaps_application_id"), "material_gaps", ["application_id"], unique=False
    )
    op.create_index(
        op.f("ix_material_gaps_promised_by"), "material_gaps", ["promised_by"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_material_gaps_promised_by"), table_name="material_gaps")
    op.drop_index(op.f("ix_material_gaps_application_id"), table_name="material_gaps")
    op.drop_table("material_gaps")
