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

# Roles not named here (one added to `Role` later) get a clerk's grants until given their own.
POLICY = {
    Role.SUPERVISOR: pg_roles.Grants(read_audit=True),
    Role.ADMINISTRATOR: pg_roles.Grants(manage=True, read_audit=True),
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
            pg_roles.ensure(conn, policy(), ADMIN_TABLES)
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
