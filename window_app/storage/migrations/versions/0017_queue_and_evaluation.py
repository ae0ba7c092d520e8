"""The hall's queue (排队叫号) and evaluation (好差评): ten new tables

Revision ID: 0017
Revises: 0011

Queue: lines of business (`queue_lines`) and the windows serving them (`queue_line_windows`), the matters belonging to each line (`queue_line_matters`),
the appointment list (`queue_appointments`), the day's tickets (`queue_tickets`, unique per day
and number) and every call (`queue_calls`, read by the hall display and the voice).
Evaluation: the rating requests sent to a counter's evaluator screen (`evaluation_requests`),
the ratings with the GB/T 39046-2020 table 9 items (`evaluations`), the rectification case of
each real-name 差评 (`rectification_cases`), and the hall's configurable numbers
(`hall_settings`). New tables only, no data step; the same DDL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("prefix", sa.String(length=2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_lines")),
        sa.UniqueConstraint("name", name=op.f("uq_queue_lines_name")),
        sa.UniqueConstraint("prefix", name=op.f("uq_queue_lines_prefix")),
    )
    op.create_table(
        "queue_line_matters",
        sa.Column("matter_code", sa.String(length=64), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["queue_lines.id"], name=op.f("fk_queue_line_matters_line_id_queue_lines")
        ),
        sa.PrimaryKeyConstraint("matter_code", name=op.f("pk_queue_line_matters")),
    )
    with op.batch_alter_table("queue_line_matters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_queue_line_matters_line_id"), ["line_id"], unique=False
        )
    op.create_table(
        "queue_appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["queue_lines.id"], name=op.f("fk_queue_appointments_line_id_queue_lines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_appointments")),
        sa.UniqueConstraint("reference", name=op.f("uq_queue_appointments_reference")),
    )
    with op.batch_alter_table("queue_appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queue_appointments_day"), ["day"], unique=False)

    op.create_table(
        "queue_line_windows",
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["queue_lines.id"], name=op.f("fk_queue_line_windows_line_id_queue_lines")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_queue_line_windows_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("line_id", "window_id", name=op.f("pk_queue_line_windows")),
    )
    op.create_table(
        "queue_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.String(length=8), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=True),
        sa.Column("priority_class", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("rank_at", sa.DateTime(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("target_window_id", sa.Integer(), nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("first_called_at", sa.DateTime(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("transfers", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_queue_tickets_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["queue_appointments.id"],
            name=op.f("fk_queue_tickets_appointment_id_queue_appointments"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["users.id"], name=op.f("fk_queue_tickets_clerk_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["queue_lines.id"], name=op.f("fk_queue_tickets_line_id_queue_lines")
        ),
        sa.ForeignKeyConstraint(
            ["target_window_id"],
            ["windows.id"],
            name=op.f("fk_queue_tickets_target_window_id_windows"),
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_queue_tickets_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_tickets")),
        sa.UniqueConstraint("appointment_id", name=op.f("uq_queue_tickets_appointment_id")),
        sa.UniqueConstraint("day", "number", name=op.f("uq_queue_tickets_day_number")),
    )
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_queue_tickets_day_state", ["day", "state"], unique=False)

    op.create_table(
        "evaluation_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("case_number", sa.String(length=32), nullable=False),
        sa.Column("matter", sa.String(length=200), nullable=False),
        sa.Column("encounter", sa.String(length=16), nullable=False),
        sa.Column("evaluator_name", sa.String(length=50), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_evaluation_requests_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["users.id"], name=op.f("fk_evaluation_requests_clerk_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["queue_tickets.id"],
            name=op.f("fk_evaluation_requests_ticket_id_queue_tickets"),
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_evaluation_requests_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_requests")),
    )
    with op.batch_alter_table("evaluation_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_evaluation_requests_window_state", ["window_id", "state"], unique=False
        )

    op.create_table(
        "queue_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recall", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["queue_tickets.id"], name=op.f("fk_queue_calls_ticket_id_queue_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_queue_calls_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_calls")),
    )
    with op.batch_alter_table("queue_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queue_calls_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_queue_calls_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=50), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.Column("evaluator", sa.String(length=30), nullable=False),
        sa.Column("evaluated_at", sa.DateTime(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("encounter", sa.String(length=16), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("tag_table_version", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_evaluations_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["users.id"], name=op.f("fk_evaluations_clerk_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["evaluation_requests.id"],
            name=op.f("fk_evaluations_request_id_evaluation_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["queue_tickets.id"], name=op.f("fk_evaluations_ticket_id_queue_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_evaluations_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluations_case_number"), ["case_number"], unique=False
        )
        batch_op.create_index("ix_evaluations_evaluated_on", ["evaluated_on"], unique=False)

    op.create_table(
        "rectification_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("followup_due", sa.Date(), nullable=False),
        sa.Column("rectify_due", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("followed_up_at", sa.DateTime(), nullable=True),
        sa.Column("followup_note", sa.Text(), nullable=True),
        sa.Column("finding", sa.String(length=16), nullable=True),
        sa.Column("finding_note", sa.Text(), nullable=True),
        sa.Column("ledger_due", sa.Date(), nullable=True),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("appeal_reason", sa.Text(), nullable=True),
        sa.Column("appeal_from", sa.String(length=16), nullable=True),
        sa.Column("appeal_decision", sa.String(length=16), nullable=True),
        sa.Column("appeal_note", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_rectification_cases_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_rectification_cases_evaluation_id_evaluations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectification_cases")),
        sa.UniqueConstraint("evaluation_id", name=op.f("uq_rectification_cases_evaluation_id")),
    )
    with op.batch_alter_table("rectification_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rectification_cases_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rectification_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rectification_cases_state"))

    op.drop_table("rectification_cases")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluations_evaluated_on")
        batch_op.drop_index(batch_op.f("ix_evaluations_case_number"))

    op.drop_table("evaluations")
    with op.batch_alter_table("queue_calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_calls_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_queue_calls_at"))

    op.drop_table("queue_calls")
    with op.batch_alter_table("evaluation_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluation_requests_window_state")

    op.drop_table("evaluation_requests")
    with op.batch_alter_table("queue_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_tickets_day_state")

    op.drop_table("queue_tickets")
    op.drop_table("queue_line_windows")
    with op.batch_alter_table("queue_appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_appointments_day"))

    op.drop_table("queue_appointments")
    with op.batch_alter_table("queue_line_matters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_line_matters_line_id"))
    op.drop_table("queue_line_matters")
    op.drop_table("queue_lines")
