"""The README's PostgreSQL set-up, run literally on the test server: the superuser's SQL, then
`db upgrade` and the first administrator as the owner. Each person then signs in to PostgreSQL
as their own login role, and `psql` with a clerk's own credentials cannot change, delete,
truncate or add audit events, drop the trigger, read password hashes or the audit trail (a
supervisor's right), or grant itself more."""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import pg_admin_url
from sqlalchemy.engine import make_url

from window_app import cli
from window_app.services import audit_verify, db_roles, users
from window_app.services.context import Actor, Role
from window_app.storage.database import Database
from window_app.storage.models import User

README = Path(__file__).resolve().parent.parent / "README.md"
pytestmark = pytest.mark.postgres
PSQL = "/usr/lib/postgresql/15/bin/psql"


def sql_block(first_line: str) -> list[str]:
    """The statements of the README's ```sql block that starts with `first_line`."""
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    [block] = [b for b in blocks if b.startswith(first_line)]
    text = "\n".join(line for line in block.splitlines() if not line.startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


def _url(admin: str, user: str | None, password: str | None) -> str:
    url = make_url(admin).set(username=user, password=password, database="window_app")
    return url.render_as_string(hide_password=False)


def _drop_roles(conn: sa.Connection) -> None:
    names = conn.scalars(sa.text(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 'window\\_app.%' "
        "OR rolname IN ('window_owner', 'window_app') OR rolname = ANY(:groups)"
    ), {"groups": [f"window_app_{r}" for r in [*Role, "screens"]]}).all()  # fmt: skip
    for name in names:
        conn.execute(sa.text(f'DROP ROLE "{name}"'))


@pytest.fixture
def fresh_server():
    admin = pg_admin_url()
    if not admin:
        pytest.skip("PostgreSQL not started (run scripts/test)")
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")

    def clean() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text("DROP DATABASE IF EXISTS window_app WITH (FORCE)"))
            _drop_roles(conn)

    clean()
    yield admin, engine
    clean()
    engine.dispose()


def _psql(admin: str, login: str, password: str, sql: str) -> subprocess.CompletedProcess:
    """`psql` with a window's credentials: the person's own login and password."""
    url = make_url(admin)
    env = dict(os.environ, PGPASSWORD=password)
    cmd = [PSQL, "-h", url.host, "-p", str(url.port), "-U", login, "-d", "window_app",
           "-v", "ON_ERROR_STOP=1", "-X", "-q", "-c", sql]  # fmt: skip
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=30)


def test_the_readme_set_up_as_written(fresh_server, capsys, monkeypatch):
    admin, engine = fresh_server
    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner_url = _url(admin, "window_owner", "owner-secret")
    assert cli.run(["--database", owner_url, "db", "upgrade"]) == 0, capsys.readouterr().err
    assert "window_app_clerk" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("Admin#2026x\n"))
    code = cli.run(["--database", owner_url, "users", "add", "admin", "--name", "管理员",
                    "--role", "administrator", "--password-stdin"])  # fmt: skip
    assert code == 0, capsys.readouterr().err

    # the administrator signs in to PostgreSQL as themselves and creates the others
    admin_db = Database(_url(admin, "window_app.admin", "Admin#2026x"))
    boss = users.login(admin_db, "admin", "Admin#2026x")
    users.create_window(admin_db, boss, "A01", "综合受理一号窗口")
    users.create_user(admin_db, boss, "clerk1", "张晓敏", Role.CLERK, "Counter#2026", "A01",
                      must_change=False)  # fmt: skip
    users.create_user(admin_db, boss, "super1", "李督查", Role.SUPERVISOR, "Watch#2026x",
                      must_change=False)  # fmt: skip
    admin_db.dispose()

    clerk_db = Database(_url(admin, "window_app.clerk1", "Counter#2026"))
    clerk = users.login(clerk_db, "clerk1", "Counter#2026")  # audited through audit_append
    assert clerk.role is Role.CLERK
    with pytest.raises(users.LoginError):  # a window signed in as clerk1 cannot sign in as admin
        users.login(clerk_db, "admin", "Admin#2026x")
    clerk_db.dispose()

    for attempt in (
        "UPDATE audit_events SET reason = 'x'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        'INSERT INTO audit_events (id, at, username, "window", action, entity, entity_id, '
        "prev_hash, hash) SELECT 999, now(), 'x', '', 'forged', '', '', '', ''",
        'SELECT audit_append(\'[{"id": 1, "prev_hash": "", "hash": ""}]\')',
        "DROP TRIGGER audit_events_no_change ON audit_events",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "SELECT action, username FROM audit_events",  # a supervisor's right, not a clerk's
        "SELECT password_hash FROM users",
        "UPDATE users SET role = 'administrator' WHERE username = 'clerk1'",
        "INSERT INTO users (username, display_name, role, password_hash) "
        "VALUES ('x', 'x', 'administrator', 'x')",
        'GRANT window_app_administrator TO "window_app.clerk1"',
        'ALTER ROLE "window_app.clerk1" CREATEROLE',
        "SELECT window_app_set_login('clerk1', 'Counter#2026', 'administrator', true)",
        "CREATE ROLE sneaky LOGIN",
        "UPDATE windows SET name = 'x'",
    ):
        done = _psql(admin, "window_app.clerk1", "Counter#2026", attempt)
        assert done.returncode != 0, attempt
        assert re.search(r"permission denied|must be owner|computed by the database|must have",
                         done.stderr), (attempt, done.stderr)  # fmt: skip
    # ... while a clerk's work goes through, and the supervisor reads the trail
    ok = _psql(admin, "window_app.clerk1", "Counter#2026", "SELECT count(*) FROM applications")
    assert ok.returncode == 0, ok.stderr
    read = _psql(admin, "window_app.super1", "Watch#2026x", "SELECT count(*) FROM audit_events")
    assert read.returncode == 0, read.stderr
    wrong = _psql(admin, "window_app.clerk1", "wrong-password", "SELECT 1")
    assert wrong.returncode != 0 and "password authentication failed" in wrong.stderr

    supervisor_db = Database(_url(admin, "window_app.super1", "Watch#2026x"))
    assert audit_verify.verify_database(supervisor_db).ok
    supervisor_db.dispose()


def test_a_disabled_account_cannot_sign_in_to_postgresql(fresh_server, capsys, monkeypatch):
    admin, engine = fresh_server
    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner = Database(_url(admin, "window_owner", "owner-secret"))
    assert cli.run(["--database", owner.url, "db", "upgrade"]) == 0, capsys.readouterr().err
    assert db_roles.group_names(owner) == [f"window_app_{r}" for r in Role]
    from window_app.services import first_run

    first_run.bootstrap_admin(owner, "admin", "管理员", "Admin#2026x")
    boss = users.login(owner, "admin", "Admin#2026x")
    users.create_user(owner, boss, "clerk2", "王芳", Role.CLERK, "Counter#2026", must_change=False)
    assert _psql(admin, "window_app.clerk2", "Counter#2026", "SELECT 1").returncode == 0
    users.set_active(owner, boss, "clerk2", False, "离职")
    assert _psql(admin, "window_app.clerk2", "Counter#2026", "SELECT 1").returncode != 0
    users.set_active(owner, boss, "clerk2", True)
    users.reset_password(owner, boss, "clerk2", "Temp#20261")
    assert _psql(admin, "window_app.clerk2", "Counter#2026", "SELECT 1").returncode != 0
    assert _psql(admin, "window_app.clerk2", "Temp#20261", "SELECT 1").returncode == 0
    # the clerk changes their own password, signed in as themselves
    own = Database(_url(admin, "window_app.clerk2", "Temp#20261"))
    me = users.login(own, "clerk2", "Temp#20261")
    users.change_password(own, me, "Temp#20261", "Mine#202612")
    own.dispose()
    assert _psql(admin, "window_app.clerk2", "Mine#202612", "SELECT 1").returncode == 0
    owner.dispose()


def test_a_window_signs_in_to_postgresql_as_the_person(fresh_server, capsys):
    """A window's URL carries no login: at sign-in its connection becomes the person's own
    login; a supervisor approving at the clerk's window is checked on a connection of theirs,
    and the window stays the clerk's."""
    admin, engine = fresh_server
    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner = Database(_url(admin, "window_owner", "owner-secret"))
    assert cli.run(["--database", owner.url, "db", "upgrade"]) == 0, capsys.readouterr().err
    from window_app.services import first_run

    first_run.bootstrap_admin(owner, "admin", "管理员", "Admin#2026x")
    boss = users.login(owner, "admin", "Admin#2026x")
    users.create_user(owner, boss, "clerk3", "赵敏", Role.CLERK, "Counter#2026", must_change=False)
    users.create_user(owner, boss, "super3", "钱督查", Role.SUPERVISOR, "Watch#2026x",
                      must_change=False)  # fmt: skip
    owner.dispose()

    server = make_url(admin)
    window = Database(f"postgresql+psycopg://{server.host}:{server.port}/window_app")
    assert window.per_person
    with pytest.raises(users.LoginError, match="用户名或密码错误"):
        users.sign_in(window, "clerk3", "wrong-password")
    clerk = users.sign_in(window, "clerk3", "Counter#2026")
    assert clerk.role is Role.CLERK and window.login == "window_app.clerk3"
    with window.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT session_user")) == "window_app.clerk3"
    approver = users.login(window, "super3", "Watch#2026x")
    assert approver.role is Role.SUPERVISOR and window.login == "window_app.clerk3"
    with pytest.raises(users.LoginError):
        users.login(window, "super3", "not-the-password")
    with pytest.raises(users.LoginError, match="用户名或密码错误"):  # no such person: the same
        users.login(window, "nobody", "Watch#2026x")
    with window.reading() as session:  # the refusal counted on the window's connection
        failed = session.scalar(sa.select(User.failed_logins).where(User.username == "super3"))
    assert failed == 1
    window.dispose()


def seeded_hall(admin: str, engine: sa.Engine, capsys) -> tuple[Database, Actor]:  # noqa: ANN001
    """The README's set-up on the fresh server, the first administrator, then (signed in to
    PostgreSQL as themselves, returned with their connection) the catalogue, the hall's
    settings, window A01 and its clerk, clerk1."""
    from conftest import TEST_PASSWORD

    from window_app.core.catalogue import default_catalogue_dir
    from window_app.services import first_run
    from window_app.services.catalogue_import import import_catalogue
    from window_app.services.demo import DEMO_HALL_SETTINGS
    from window_app.services.hall_settings import save_hall_settings

    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner = Database(_url(admin, "window_owner", "owner-secret"))
    assert cli.run(["--database", owner.url, "db", "upgrade"]) == 0, capsys.readouterr().err
    first_run.bootstrap_admin(owner, "admin", "管理员", "Admin#2026x")
    owner.dispose()
    boss_db = Database(_url(admin, "window_app.admin", "Admin#2026x"))
    boss = users.login(boss_db, "admin", "Admin#2026x")
    import_catalogue(boss_db, boss, default_catalogue_dir())
    save_hall_settings(boss_db, boss, DEMO_HALL_SETTINGS)
    users.create_window(boss_db, boss, "A01", "综合受理一号窗口")
    users.create_user(boss_db, boss, "clerk1", "张晓敏", Role.CLERK, TEST_PASSWORD, "A01",
                      must_change=False)  # fmt: skip
    return boss_db, boss


def test_the_screens_sign_in_as_their_own_login_and_read_no_personal_data(
    fresh_server, capsys, monkeypatch, tmp_path
):
    """The kiosk, hall display and evaluator of a per-person hall connect as the screens' login
    the administrator set up (README's SQL, literally, and the CLI): their work goes through,
    and `psql` with the screens' credentials reads no applicant data nor the audit trail."""
    from conftest import TEST_PASSWORD, password_file
    from test_evaluation import application

    from window_app.core.errors import DomainError
    from window_app.services import (
        evaluation,
        queue_config,
        queue_stats,
        queue_tickets,
        screens_login,
    )

    admin, engine = fresh_server
    boss_db, boss = seeded_hall(admin, engine, capsys)
    users.create_user(boss_db, boss, "super1", "陈主任", Role.SUPERVISOR, TEST_PASSWORD,
                      must_change=False)  # fmt: skip
    queue_config.configure_line(boss_db, boss, "综合受理", "A", ["A01"])
    boss_db.dispose()
    clerk_db = Database(_url(admin, "window_app.clerk1", TEST_PASSWORD))
    clerk = users.login(clerk_db, "clerk1", TEST_PASSWORD)
    number = application(clerk_db, clerk)
    rid = evaluation.request_evaluation(clerk_db, clerk, application=number, encounter="completion")

    server = make_url(admin)
    window_url = f"postgresql+psycopg://{server.host}:{server.port}/window_app"
    secret = tmp_path / "screens.password"
    monkeypatch.setenv(screens_login.PASSWORD_ENV, str(secret))
    screens = Database(window_url)
    with pytest.raises(DomainError, match="屏幕无法登录数据库.*没有可读的密码文件"):
        screens_login.connect(screens)
    secret.write_text("screens-secret-2026\n")
    secret.chmod(0o600)
    with pytest.raises(DomainError, match="密码不对或登录尚未启用"):  # not set up yet
        screens_login.connect(Database(window_url))
    # the administrator sets it up: the README's SQL as written, then the same through the CLI
    for statement in sql_block("-- the screens' login, as the hall's administrator"):
        done = _psql(admin, "window_app.admin", "Admin#2026x", statement)
        assert done.returncode == 0, done.stderr
    refused = _psql(admin, "window_app.clerk1", TEST_PASSWORD,
                    "SELECT window_app_set_screens_login('clerk-chose-this')")  # fmt: skip
    assert refused.returncode != 0 and "permission denied" in refused.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO("screens-secret-2026\n"))
    code = cli.run(["--database", window_url, "--user", "admin", "--password-file",
                    str(password_file("Admin#2026x")), "screens-login", "--password-stdin"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "window_app_screens" in capsys.readouterr().out

    screens_login.connect(screens)
    assert screens.login == "window_app_screens"
    ticket = queue_tickets.take_ticket(screens, queue_tickets.KIOSK, "综合受理")  # the kiosk
    assert ticket.number.startswith("A")
    queue_tickets.call_next(clerk_db, clerk)
    state = queue_stats.display_state(screens)  # the hall display
    assert ticket.number in str(state)
    assert queue_stats.calls_after(screens, 0, 10)
    shown = evaluation.pending_request(screens, "A01")  # the evaluator
    assert shown is not None and shown.case_number == number
    rated = evaluation.submit_rating(screens, rid, 1, ["115"], "等太久")
    assert rated.case_id is not None  # a rectification case opened by the screen's rating
    later = evaluation.request_evaluation(
        clerk_db, clerk, application=number, encounter="completion"
    )
    evaluation.expire_request(screens, later)
    with screens.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT session_user")) == "window_app_screens"
    screens.dispose()
    supervisor_db = Database(_url(admin, "window_app.super1", TEST_PASSWORD))
    assert audit_verify.verify_database(supervisor_db).ok
    supervisor_db.dispose()
    clerk_db.dispose()

    for attempt in (
        "SELECT name FROM applicants",
        "SELECT id_number_hash FROM applicants",
        "SELECT number FROM applications",
        "SELECT action, username FROM audit_events",
        "SELECT before, after FROM audit_events",
        "SELECT password_hash FROM users",
        "SELECT username FROM users",
        "SELECT name, phone FROM queue_appointments",
        "SELECT legal_rep_name FROM enterprises",
        "SELECT complainant_name FROM complaints",
        "DELETE FROM queue_tickets",
        "UPDATE evaluations SET level = 5",
        "DELETE FROM evaluations",
        "UPDATE audit_events SET reason = 'x'",
        'INSERT INTO audit_events (id, at, username, "window", action, entity, entity_id, '
        "prev_hash, hash) SELECT 999, now(), 'x', '', 'forged', '', '', '', ''",
        "SELECT window_app_set_screens_login('screens-chose-this')",
        "SELECT window_app_set_login('x1', 'Counter#2026', 'administrator', true)",
        "UPDATE windows SET name = 'x'",
    ):
        done = _psql(admin, "window_app_screens", "screens-secret-2026", attempt)
        assert done.returncode != 0, attempt
        assert "permission denied" in done.stderr, (attempt, done.stderr)
    ok = _psql(
        admin, "window_app_screens", "screens-secret-2026", "SELECT count(*) FROM queue_tickets"
    )
    assert ok.returncode == 0, ok.stderr
