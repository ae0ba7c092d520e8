"""The back office: hand-over batches, their items and the custody history

Revision ID: 0022
Revises: 0018

Issue 19. `handover_batches` (移交清单: one department, one Code128 number), `handover_items`
(each application's receipt by the department, its decision with the result document's number
and its return to the window for delivery) and `custody_events` (who held the file, from
when). The reviewer role (审批人员) needs no DDL: `users.role` is a string and
`users.department_code` exists since 0016. New tables only, no data step; the same DDL on
SQLite and PostgreSQL. `referrals.acknowledged_at` / `acknowledged_by`: the department's
acknowledgement (认领) of a 先照后证 referral. The case file (电子档案): `stored_files` (each
scanned page or file once, named by its SHA-256, in the database so every window sees it) and
`material_scans` (which checklist item of which application, who attached it, when, how).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("department_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_handover_batches_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["received_by"], ["users.id"], name=op.f("fk_handover_batches_received_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_handover_batches_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_batches")),
        sa.UniqueConstraint("number", name=op.f("uq_handover_batches_number")),
    )
    op.create_index(
        op.f("ix_handover_batches_department_code"),
        "handover_batches",
        ["department_code"],
        unique=False,
    )
    op.create_table(
        "custody_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=16), nullable=False),
        sa.Column("department_code", sa.String(length=32), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_custody_events_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["handover_batches.id"],
            name=op.f("fk_custody_events_batch_id_handover_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_custody_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_events")),
    )
    op.create_index(
        op.f("ix_custody_events_application_id"), "custody_events", ["application_id"], unique=False
    )
    op.create_table(
        "handover_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("department_code", sa.String(length=32), nullable=False),
        sa.Column("handed_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("result_number", sa.String(length=48), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_handover_items_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["handover_batches.id"],
            name=op.f("fk_handover_items_batch_id_handover_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_handover_items_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["received_by"], ["users.id"], name=op.f("fk_handover_items_received_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_items")),
        sa.UniqueConstraint(
            "batch_id", "application_id", name=op.f("uq_handover_items_batch_id_application_id")
        ),
        sa.UniqueConstraint("result_number", name=op.f("uq_handover_items_result_number")),
    )
    op.create_index(
        op.f("ix_handover_items_application_id"), "handover_items", ["application_id"], unique=False
    )
    op.create_index(
        op.f("ix_handover_items_batch_id"), "handover_items", ["batch_id"], unique=False
    )
    op.create_index(
        op.f("ix_handover_items_department_code"),
        "handover_items",
        ["department_code"],
        unique=False,
    )
    op.create_table(
        "stored_files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_files")),
    )
    op.create_table(
        "material_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("material_key", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("attached_by", sa.Integer(), nullable=True),
        sa.Column("attached_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_material_scans_application_id_applications")),
        sa.ForeignKeyConstraint(["attached_by"], ["users.id"],
                                name=op.f("fk_material_scans_attached_by_users")),
        sa.ForeignKeyConstraint(["sha256"], ["stored_files.sha256"],
                                name=op.f("fk_material_scans_sha256_stored_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_scans")),
    )  # fmt: skip
    op.create_index(op.f("ix_material_scans_application_id"), "material_scans",
                    ["application_id"], unique=False)  # fmt: skip
    with op.batch_alter_table("referrals") as batch_op:
        batch_op.add_column(sa.Column("acknowledged_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("acknowledged_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_referrals_acknowledged_by_users"), "users", ["acknowledged_by"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_referrals_acknowledged_by_users"), type_="foreignkey"
        )
        batch_op.drop_column("acknowledged_by")
        batch_op.drop_column("acknowledged_at")
    op.drop_index(op.f("ix_material_scans_application_id"), table_name="material_scans")
    op.drop_table("material_scans")
    op.drop_table("stored_files")
    for index, table in (
        ("ix_handover_items_department_code", "handover_items"),
        ("ix_handover_items_batch_id", "handover_items"),
        ("ix_handover_items_application_id", "handover_items"),
    ):
        op.drop_index(op.f(index), table_name=table)
    op.drop_table("handover_items")
    op.drop_index(op.f("ix_custody_events_application_id"), table_name="custody_events")
    op.drop_table("custody_events")
    op.drop_index(op.f("ix_handover_batches_department_code"), table_name="handover_batches")
    op.drop_table("handover_batches")
