"""The README's PostgreSQL SQL, run literally on the test server: the roles and the database
it names exist afterwards, `db upgrade` works as the owner, the windows' login works and cannot
change, delete or truncate the audit trail or drop its trigger."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import pg_admin_url
from sqlalchemy.engine import make_url

from window_app import cli
from window_app.services import audit, users
from window_app.services.context import SYSTEM, Role
from window_app.storage.database import Database

README = Path(__file__).resolve().parent.parent / "README.md"
pytestmark = pytest.mark.postgres


def sql_block(first_line: str) -> list[str]:
    """The statements of the README's ```sql block that starts with `first_line`."""
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    [block] = [b for b in blocks if b.startswith(first_line)]
    text = "\n".join(line for line in block.splitlines() if not line.startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


def _url(admin: str, user: str, password: str) -> str:
    return make_url(admin).set(username=user, password=password, database="window_app").render_as_string(hide_password=False)  # fmt: skip


@pytest.fixture
def fresh_server():
    admin = pg_admin_url()
    if not admin:
        pytest.skip("PostgreSQL not started (run scripts/test)")
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")

    def clean() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text("DROP DATABASE IF EXISTS window_app WITH (FORCE)"))
            conn.execute(sa.text("DROP ROLE IF EXISTS window_app"))
            conn.execute(sa.text("DROP ROLE IF EXISTS window_owner"))

    clean()
    yield admin, engine
    clean()
    engine.dispose()


def test_the_readme_sql_as_written(fresh_server, capsys):
    admin, engine = fresh_server
    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner_url = _url(admin, "window_owner", "owner-secret")
    assert cli.run(["--database", owner_url, "db", "upgrade"]) == 0, capsys.readouterr().err
    owner = sa.create_engine(owner_url)
    with owner.begin() as conn:
        for statement in sql_block("-- in the window_app database, as window_owner"):
            conn.execute(sa.text(statement))
    owner.dispose()

    window = Database(_url(admin, "window_app", "window-secret"))
    users.create_window(window, SYSTEM, "A01", "综合受理一号窗口")
    users.create_user(window, SYSTEM, "clerk1", "张晓敏", Role.CLERK, "Counter#2026", "A01",
                      must_change=False)  # fmt: skip
    assert users.login(window, "clerk1", "Counter#2026").username == "clerk1"
    for attempt in (
        "UPDATE audit_events SET reason = 'x'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "DROP TRIGGER audit_events_no_change ON audit_events",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
    ):
        denied = pytest.raises(sa.exc.ProgrammingError, match="permission denied|must be owner")
        with denied, window.engine.begin() as conn:
            conn.execute(sa.text(attempt))
    assert audit.verify_database(window).ok
    window.dispose()
