"""PostgreSQL: the database enforces the application roles (issue 15).

- One group role per application role, `<database>_<role>` (e.g. `window_app_clerk`), created by
  `ensure` for every role the caller names (services.db_roles passes the Role enum), with the
  grants of a `Grants` policy; `ensure` runs at every `db upgrade`, so a role added to the enum
  later, and the tables a later migration adds, are covered without SQL by hand.
- One login role per person, `<database>.<username>` (SCRAM, the person's own sign-in password),
  member of the group of their role. Created and changed only through `window_app_set_login`, a
  SECURITY DEFINER function of the schema owner (who has CREATEROLE) that only administrators may
  execute; no window login has CREATEROLE, so none can grant itself more.
- One login for the hall's screens (kiosk, hall display, evaluators), `<database>_screens`:
  created NOLOGIN by `ensure` with only what those screens do (SCREENS: take and read queue
  tickets, read the display's calls, record evaluations, extend the audit chain through
  `audit_append`); an administrator gives it a password (and LOGIN) through
  `window_app_set_screens_login`. It reads no applicant, application or the audit trail.
- The audit trail is written only through `audit_append` (migration 0019); no group has INSERT,
  UPDATE, DELETE or TRUNCATE on audit_events. Password hashes are readable by no group: a person
  reads their own through `window_app_own_password_hash()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, text

# Tables nobody writes through a grant; read as the policy says.
APPEND_ONLY = "audit_events"
READ_ONLY = frozenset({"alembic_version", "database_identity"})
# Tables no group reads or writes: the audit chain's key (its HMAC pads, migration 0028), read
# only by `audit_append` as the schema owner
PRIVATE = frozenset({"audit_chain_key"})
# users: columns every group may read, and those the sign-in bookkeeping updates
USER_COLUMNS = (
    "id", "username", "display_name", "role", "must_change_password", "failed_logins",
    "locked_until", "window_id", "active", "created_at", "department_code", "version",
)  # fmt: skip
# audit_events: what a group without the right to read the trail still reads: the chain's head
# (to extend it) and the sign-in's own failure records (an unknown name's lockout) - not who did
# what, nor any before/after values
AUDIT_HEAD = ("id", "hash", "at", "action", "entity", "entity_id", "reason")
USER_SELF_UPDATE = ("failed_logins", "locked_until", "must_change_password", "password_hash", "version")  # fmt: skip


@dataclass(frozen=True)
class Grants:
    """What one application role's group may do. `admin_tables` are written only by a group
    with `manage=True`; every group reads everything but password hashes."""

    manage: bool = False  # users, windows and the other admin_tables; creates login roles
    read_audit: bool = False  # the whole audit trail (else only AUDIT_HEAD's columns)
    # when set, exactly these privileges (table -> "SELECT, UPDATE", a column list in
    # parentheses restricts one) and none on any other table but `users` (its readable columns
    # and the sign-in bookkeeping) and `audit_events` (as `read_audit` says): a role that may
    # do only part of the hall's work (the reviewer). None: read every table, write all but
    # the admin tables.
    tables: Mapping[str, str] | None = None


# The screens' login: table -> privilege (a column list in parentheses restricts it); nothing
# else. What `services.queue_tickets` (kiosk), `services.queue_stats` (display) and
# `services.evaluation.pending_request/submit_rating/expire_request` (evaluator) touch.
SCREENS = {
    "alembic_version": "SELECT", "database_identity": "SELECT", "counters": "SELECT, INSERT, UPDATE",
    "change_counter": "SELECT, INSERT, UPDATE",
    "hall_settings": "SELECT", "calendar_days": "SELECT", "calendar_years": "SELECT",
    "windows": "SELECT", "users": "SELECT (id, display_name)",
    "queue_lines": "SELECT", "queue_line_matters": "SELECT", "queue_line_windows": "SELECT",
    "queue_tickets": "SELECT, INSERT, UPDATE", "queue_calls": "SELECT",
    "queue_appointments": "SELECT (id, reference, line_id, day, slot_at)",
    "evaluation_requests": "SELECT, UPDATE (state)", "evaluations": "SELECT, INSERT",
    "rectification_cases": "SELECT, INSERT", "audit_events": "SELECT (id, hash)",
}  # fmt: skip


def screens_name(database: str) -> str:
    return f"{database}_screens"


SET_SCREENS_LOGIN = """
CREATE OR REPLACE FUNCTION window_app_set_screens_login(password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    IF password IS NULL OR length(password) < 12 THEN
        RAISE EXCEPTION 'window_app_set_screens_login: the password needs at least 12 characters'
            USING ERRCODE = 'check_violation';
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', current_database() || '_screens', password);
END
$fn$
"""


def _grant_table(conn: Connection, role: str, table: str, privileges: str) -> None:
    """GRANT `privileges` on `table` to `role` (quoted), with the use of its id sequence when
    they include INSERT."""
    conn.execute(text(f"GRANT {privileges} ON {_q(conn, table)} TO {role}"))
    if "INSERT" in privileges:
        seq = conn.scalar(text(
            "SELECT pg_get_serial_sequence(table_name, column_name) FROM "
            "information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = :t AND column_name = 'id'"), {"t": table})  # fmt: skip
        if seq:
            conn.execute(text(f"GRANT USAGE ON SEQUENCE {seq} TO {role}"))


def _ensure_screens(conn: Connection, database: str, tables: list[str]) -> None:
    name = screens_name(database)
    login = _q(conn, name)
    if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
        conn.execute(text(f"CREATE ROLE {login} NOLOGIN NOINHERIT"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(conn, database)} TO {login}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {login}"))
    for table in tables:
        conn.execute(text(f"REVOKE ALL ON {_q(conn, table)} FROM {login}"))
        if table in SCREENS:
            _grant_table(conn, login, table, SCREENS[table])
    for fn in FUNCTIONS:
        conn.execute(text(f"REVOKE ALL ON FUNCTION {fn} FROM {login}"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION audit_append(json) TO {login}"))


def set_screens_login(conn: Connection, password: str) -> None:
    conn.execute(text("SELECT window_app_set_screens_login(:p)"), {"p": password})


def group_name(database: str, role: str) -> str:
    return f"{database}_{role}"


def login_name(database: str, username: str) -> str:
    return f"{database}.{username}"


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


SET_LOGIN = """
CREATE OR REPLACE FUNCTION window_app_set_login(username text, password text, app_role text,
                                                active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    login text := current_database() || '.' || username;
    grp text := current_database() || '_' || app_role;
    other text;
BEGIN
    IF username !~ '^[A-Za-z0-9_.-]{2,64}$' OR length(login) > 63 THEN
        RAISE EXCEPTION 'window_app_set_login: unusable user name %', username;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp AND NOT rolcanlogin) THEN
        RAISE EXCEPTION 'window_app_set_login: no group role %', grp;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOCREATEDB NOCREATEROLE', login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF password IS NOT NULL THEN  -- a new password also ends a login-guard lock
        EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', login, password, 'infinity');
    END IF;
    FOR other IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = login LOOP
        EXECUTE format('REVOKE %I FROM %I', other, login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, login);
END
$fn$
"""

OWN_HASH = """
CREATE OR REPLACE FUNCTION window_app_own_password_hash() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT password_hash FROM users WHERE current_database() || '.' || username = session_user
$fn$
"""


OWN_PASSWORD = """
CREATE OR REPLACE FUNCTION window_app_set_own_password(password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    IF NOT starts_with(session_user, current_database() || '.') THEN
        RAISE EXCEPTION 'window_app_set_own_password: % is not a person of this hall', session_user;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, password);
END
$fn$
"""

FUNCTIONS = (
    "window_app_set_login(text, text, text, boolean)", "window_app_own_password_hash()",
    "window_app_set_own_password(text)", "audit_append(json)",
    "window_app_set_screens_login(text)",
)  # fmt: skip


def ensure(
    conn: Connection,
    policy: Mapping[str, Grants],
    admin_tables: frozenset[str],
    shares: Mapping[str, str] | None = None,
) -> None:
    """Create the group roles of `policy` and (re)grant them on every table; run as the schema
    owner (with CREATEROLE) at `db upgrade`. `shares`: what a group without `manage` may still
    write of an admin table (a column list in parentheses)."""
    database = conn.scalar(text("SELECT current_database()"))
    tables = conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).all()
    sequences = conn.scalars(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
    ).all()
    for sql in (SET_LOGIN, OWN_HASH, OWN_PASSWORD, SET_SCREENS_LOGIN):
        conn.execute(text(sql))
    for fn in FUNCTIONS:
        conn.execute(text(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC"))
    conn.execute(text(f"REVOKE ALL ON DATABASE {_q(conn, database)} FROM PUBLIC"))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    for role, grants in policy.items():
        group = _q(conn, group_name(database, role))
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                             {"n": group_name(database, role)})  # fmt: skip
        if not exists:
            conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(conn, database)} TO {group}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {group}"))
        for seq in sequences:
            conn.execute(text(f"REVOKE ALL ON SEQUENCE {_q(conn, seq)} FROM {group}"))
        for table in tables:
            t = _q(conn, table)
            conn.execute(text(f"REVOKE ALL ON {t} FROM {group}"))
            if table in PRIVATE:
                continue
            if table == "users":
                cols = ", ".join(USER_COLUMNS)
                conn.execute(text(f"GRANT SELECT ({cols}) ON users TO {group}"))
                writable = USER_COLUMNS[1:] + ("password_hash",) if grants.manage else USER_SELF_UPDATE  # fmt: skip
                conn.execute(text(f"GRANT UPDATE ({', '.join(writable)}) ON users TO {group}"))
                if grants.manage:
                    conn.execute(text(f"GRANT INSERT ON users TO {group}"))
            elif table == APPEND_ONLY:
                what = "SELECT" if grants.read_audit else f"SELECT ({', '.join(AUDIT_HEAD)})"
                conn.execute(text(f"GRANT {what} ON {t} TO {group}"))
            elif grants.tables is not None:
                if table in grants.tables:
                    _grant_table(conn, group, table, grants.tables[table])
            elif table in READ_ONLY or (table in admin_tables and not grants.manage):
                conn.execute(text(f"GRANT SELECT ON {t} TO {group}"))
                if table in (shares or {}):
                    conn.execute(text(f"GRANT {shares[table]} ON {t} TO {group}"))
            else:
                conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {group}"))
        for seq in sequences if grants.tables is None else ():  # else: those it inserts with
            conn.execute(text(f"GRANT USAGE, SELECT ON SEQUENCE {_q(conn, seq)} TO {group}"))
        for fn in FUNCTIONS[1:4]:  # every group: its own hash and password, the audit append
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {fn} TO {group}"))
        manage, to = ("GRANT", "TO") if grants.manage else ("REVOKE", "FROM")
        for fn in (FUNCTIONS[0], FUNCTIONS[4]):  # logins: administrators only
            conn.execute(text(f"{manage} EXECUTE ON FUNCTION {fn} {to} {group}"))
    _ensure_screens(conn, database, list(tables))


def has_logins(conn: Connection) -> bool:
    """Whether this hall has per-person logins set up (`ensure` ran)."""
    return bool(conn.scalar(text("SELECT to_regprocedure('window_app_set_login(text, text, text, boolean)') IS NOT NULL")))  # fmt: skip


def set_login(conn: Connection, username: str, password: str | None, role: str, active: bool) -> None:  # fmt: skip
    conn.execute(
        text("SELECT window_app_set_login(:u, :p, :r, :a)"),
        {"u": username, "p": password, "r": role, "a": active},
    )


def signed_in_as_person(conn: Connection) -> bool:
    """Whether this session is a person's own login (`<database>.<username>`)."""
    return bool(conn.scalar(text("SELECT starts_with(session_user, current_database() || '.')")))


def own_password_hash(conn: Connection, username: str) -> str | None:
    """The password hash of `username` if this session is that person's own login, else None."""
    return conn.scalar(
        text("SELECT window_app_own_password_hash() "
             "WHERE session_user = current_database() || '.' || :u"),
        {"u": username},
    )  # fmt: skip


def set_own_password(conn: Connection, password: str) -> None:
    conn.execute(text("SELECT window_app_set_own_password(:p)"), {"p": password})
