"""The administrator's desk and the credit lists: users.department_code, two credit lists

Revision ID: 0016
Revises: 0011

`users.department_code` (nullable): the catalogue department a user works for, set on the
desk's users page (a complaint handler's department, the hall settings' phones).
`bad_credit_entries` now holds both lists of 信用联合惩戒: `list_kind` is `bad_credit`
(失信名单, every existing row) or `abnormal` (经营异常名录), with the listing `authority` and
the `removed_on` date (an entry removed from the list no longer warns; it is kept for the
record). The entry's code is unique per list (`ix_bad_credit_entries_kind_code`).
Existing rows get `bad_credit` and an empty authority through server defaults, so no data step.
(The hall's name, address, hours and phones live in `hall_settings`, migration 0014.)
`applications.credit_rule` (nullable): the matter's credit rule applied when the clerk went on
past a credit-list warning at intake (`extra_review`, `inform`, `refuse_commitment`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department_code", sa.String(length=32), nullable=True))
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit_rule", sa.String(length=20), nullable=True))
    with op.batch_alter_table("bad_credit_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "list_kind", sa.String(length=16), nullable=False, server_default="bad_credit"
            )
        )
        batch_op.add_column(
            sa.Column("authority", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("removed_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_bad_credit_entries_kind_code", ["list_kind", "code"])


def downgrade() -> None:
    with op.batch_alter_table("bad_credit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_bad_credit_entries_kind_code")
        batch_op.drop_column("removed_on")
        batch_op.drop_column("authority")
        batch_op.drop_column("list_kind")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("credit_rule")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("department_code")
