"""Time limits in the law's units, paused calendar days, withdrawn matters and fees

Revision ID: 0015
Revises: 0011

A limit is set in working days, calendar days or months (core.time_limits): matter versions and
applications keep the unit beside each limit (`statutory_unit`, `promised_unit`, existing rows
are working days, as they were counted). An application keeps the calendar days its clock was
paused (`suspended_calendar_days`) for limits in calendar days or months. A matter version
records the day its matter ends (`withdrawn_from`: abolished or turned into a filing), a fee the
day it is no longer charged. All new columns are nullable or have a server default, so existing
rows need no data step.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _unit(name: str) -> sa.Column:
    return sa.Column(name, sa.String(length=16), nullable=False, server_default="working_days")


def upgrade() -> None:
    with op.batch_alter_table("matter_versions", schema=None) as batch_op:
        batch_op.add_column(_unit("statutory_unit"))
        batch_op.add_column(_unit("promised_unit"))
        batch_op.add_column(sa.Column("withdrawn_from", sa.Date(), nullable=True))
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(_unit("statutory_unit"))
        batch_op.add_column(_unit("promised_unit"))
        batch_op.add_column(
            sa.Column("suspended_calendar_days", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("fees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawn_from", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fees", schema=None) as batch_op:
        batch_op.drop_column("withdrawn_from")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("suspended_calendar_days")
        batch_op.drop_column("promised_unit")
        batch_op.drop_column("statutory_unit")
    with op.batch_alter_table("matter_versions", schema=None) as batch_op:
        batch_op.drop_column("withdrawn_from")
        batch_op.drop_column("promised_unit")
        batch_op.drop_column("statutory_unit")
