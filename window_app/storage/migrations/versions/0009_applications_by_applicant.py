"""Applications by applicant with their date and number: the name lookup's top 100 from the index

Revision ID: 0009
Revises: 0008

`ix_applications_applicant_id` becomes `ix_applications_applicant_received` on (applicant_id,
received_on, number). It still serves every lookup by applicant (its first column), and the
name lookup, given the ids of the applicants whose names match (PostgreSQL's forced index route,
`storage.search`), picks the 100 newest applications' numbers from this index alone before it
reads any row (`services.lookup`). One index replaces another: an application's insert keeps
the same number of index writes. The same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ["applicant_id", "received_on", "number"]


def upgrade() -> None:
    op.create_index("ix_applications_applicant_received", "applications", COLUMNS, unique=False)
    op.drop_index("ix_applications_applicant_id", table_name="applications")


def downgrade() -> None:
    op.create_index("ix_applications_applicant_id", "applications", ["applicant_id"], unique=False)
    op.drop_index("ix_applications_applicant_received", table_name="applications")
