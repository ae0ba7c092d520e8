"""The database's share of role enforcement on PostgreSQL (storage.pg_roles): a group role per
application role (every member of `Role`, so a role added later gets its group at the next
`db upgrade`), with grants matching what the role may do in the services."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..core.errors import DomainError
from ..storage import audit_chain, pg_roles
from ..storage.database import Database
from .context import Role

# Written only by administrators (accounts, windows, the catalogue, the hall's settings).
ADMIN_TABLES = frozenset({
    "users", "windows", "departments", "hall_settings", "matters", "matter_versions",
    "material_requirements", "fees", "calendar_days", "calendar_years", "code_segments",
    "queue_lines", "queue_line_matters", "queue_line_windows", "printer_offsets",
})  # fmt: skip

# What the other groups may still write of an administrator's table: a registration draws
# the next serial of a code segment (services.code_segments.allocate_uscc).
ADMIN_TABLE_SHARES = {"code_segments": "UPDATE (next_serial)"}

_READ = "SELECT"
_WRITE = "SELECT, INSERT, UPDATE"

# A department's reviewer (issue 19): signs for hand-over batches, decides (approve, refuse,
# suspend for a declared step and resume, issuing the decision's notices), verifies
# commitments (a failure revokes, issues the 撤销决定书 and lists the applicant as
# untrustworthy), acknowledges referrals, reads the case file and prints. No intake (no
# applicants, no new applications, materials, notices or visits), no hand-over batches of
# its own, no registration, complaints, queue, evaluations, spot checks, user or catalogue
# administration; nothing deleted. Department isolation within these tables is the services'.
REVIEWER_TABLES = {
    # the hall as every signed-in role reads it
    "alembic_version": _READ, "database_identity": _READ, "hall_settings": _READ,
    "calendar_years": _READ, "calendar_days": _READ, "windows": _READ, "departments": _READ,
    "matters": _READ, "matter_versions": _READ, "material_requirements": _READ, "fees": _READ,
    "change_counter": _WRITE, "counters": _WRITE,  # the change watch; document numbers
    # the files their decisions need, read
    "applicants": _READ, "application_materials": _READ, "notices": _READ, "visits": _READ,
    "stored_files": _READ, "material_scans": _READ, "material_gaps": _READ,
    "enterprises": _READ, "handover_batches": "SELECT, UPDATE (received_at, received_by)",
    # the decision and what it writes
    "applications": "SELECT, UPDATE", "handover_items": "SELECT, UPDATE",
    "custody_events": _WRITE, "transitions": _WRITE, "suspensions": _WRITE,
    "issued_documents": _WRITE, "print_events": _WRITE,
    "verification_tasks": "SELECT, UPDATE", "bad_credit_entries": _WRITE,
    "referrals": "SELECT, UPDATE",
}  # fmt: skip

# Roles not named here (one added to `Role` later) get a clerk's grants until given their own.
POLICY = {
    Role.SUPERVISOR: pg_roles.Grants(read_audit=True),
    Role.ADMINISTRATOR: pg_roles.Grants(manage=True, read_audit=True),
    Role.REVIEWER: pg_roles.Grants(tables=REVIEWER_TABLES),
}


def policy() -> dict[str, pg_roles.Grants]:
    return {str(role): POLICY.get(role, pg_roles.Grants()) for role in Role}


def ensure(db: Database) -> bool:
    """Create or refresh the group roles and grants (PostgreSQL; as the schema owner). False on
    SQLite, where the file's owner is the only database user."""
    if db.is_sqlite:
        return False
    try:
        with db.engine.begin() as conn:
            pg_roles.ensure(conn, policy(), ADMIN_TABLES, ADMIN_TABLE_SHARES)
            # the chain key audit_append links with is this hall's key file (migration 0028
            # installed it); another file is refused here, before any window extends the chain
            if conn.scalar(text("SELECT to_regclass('audit_chain_key') IS NOT NULL")):
                audit_chain.install_key(conn, audit_chain.load_key(create=False))
    except DBAPIError as exc:
        raise DomainError(
            "无法创建或授权数据库角色：db upgrade 须由数据库属主（具有 CREATEROLE 权限）执行"
            f"（{exc.orig}）",
            english="Cannot create or grant the database roles: db upgrade must be run by the "
            f"schema owner, who needs CREATEROLE ({exc.orig}).",
        ) from None
    return True


def group_names(db: Database) -> list[str]:
    database = make_url(db.url).database or ""
    return [pg_roles.group_name(database, role) for role in policy()]
