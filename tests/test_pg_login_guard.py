"""Password guessing through `psql` is delayed and counted at the PostgreSQL server (issue 15).

The test server runs the README's server settings (scripts/pg-test-server): `auth_delay`
answers each refused password after 0.5 s, passwords are SCRAM verifiers. Five wrong
passwords for a window's login through `psql` are counted from the server's log by
`window-app db login-guard` (as the schema owner), which locks the person as the app's own
sign-in does: `users list` shows the lock, and the server refuses even the right password with
the wrong one's answer, at `psql` and at a window's sign-in, until the lock ends."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import TEST_PASSWORD, password_file
from sqlalchemy.engine import make_url
from test_readme_postgres import _psql, _url, fresh_server, seeded_hall  # noqa: F401  (a fixture)

from window_app import cli
from window_app.services import login_guard, users
from window_app.storage.database import Database

pytestmark = pytest.mark.postgres
LOGIN = "window_app.clerk1"


def _server_log(engine: sa.Engine) -> Path:
    """scripts/pg-test-server logs (pg_ctl -l) to DIR/log beside DIR/data."""
    with engine.connect() as conn:
        return Path(conn.scalar(sa.text("SHOW data_directory"))).parent / "log"


def test_guessing_a_window_login_through_psql_is_delayed_then_locked(request, capsys, tmp_path):
    admin, engine = request.getfixturevalue("fresh_server")
    boss_db, _boss = seeded_hall(admin, engine, capsys)  # the README's set-up; clerk1 at A01
    boss_db.dispose()
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SHOW auth_delay.milliseconds")) == "500ms"
        assert conn.scalar(sa.text("SHOW password_encryption")) == "scram-sha-256"
        verifier = conn.scalar(sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                               {"n": LOGIN})  # fmt: skip
    assert verifier.startswith("SCRAM-SHA-256$")
    log, state = _server_log(engine), tmp_path / "guard.json"
    owner = _url(admin, "window_owner", "owner-secret")
    guard = ["--database", owner, "db", "login-guard", "--log", str(log), "--state", str(state)]
    assert cli.run(guard) == 0, capsys.readouterr().err  # the first pass takes the position
    for bad, said in ((["--log", str(tmp_path / "no.log")], "无法读取数据库服务器日志"),
                      (["--state", str(tmp_path)], "位置文件无法读取或已损坏")):  # fmt: skip
        assert cli.run([*guard, *bad]) == 1
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err, err
    assert json.loads(state.read_text())["offset"] == log.stat().st_size

    for attempt in range(4):  # four guesses: delayed, counted, not yet locked
        started = time.monotonic()
        wrong = _psql(admin, LOGIN, f"guess-{attempt}", "SELECT 1")
        assert wrong.returncode != 0 and "password authentication failed" in wrong.stderr
        assert time.monotonic() - started >= 0.5  # auth_delay
    capsys.readouterr()
    assert cli.run(guard) == 0
    assert capsys.readouterr().out.splitlines() == ["refused database logins counted: 4"]
    assert _psql(admin, LOGIN, TEST_PASSWORD, "SELECT 1").returncode == 0  # four: still in

    fifth = _psql(admin, LOGIN, "guess-4", "SELECT 1")
    assert fifth.returncode != 0
    assert cli.run(guard) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("locked\tclerk1\tuntil ") and out[-1].endswith(": 1"), out

    # the app's `users list` shows the lock
    server = make_url(admin)
    window_url = f"postgresql+psycopg://{server.host}:{server.port}/window_app"
    listed = ["--database", window_url, "--user", "admin", "--password-file",
              str(password_file("Admin#2026x")), "users", "list"]  # fmt: skip
    assert cli.run(listed) == 0, capsys.readouterr().err
    (row,) = [r for r in capsys.readouterr().out.splitlines() if r.startswith("clerk1")]
    assert "locked-until=" in row
    # the right password is refused with the wrong one's answer, at psql and at a window
    right = _psql(admin, LOGIN, TEST_PASSWORD, "SELECT 1")
    assert right.returncode != 0 and "password authentication failed" in right.stderr
    window = Database(window_url)
    with pytest.raises(users.LoginError, match="用户名或密码错误"):
        users.sign_in(window, "clerk1", TEST_PASSWORD)
    window.dispose()
    # further guesses while locked are not counted again
    _psql(admin, LOGIN, "guess-5", "SELECT 1")
    owner_db = Database(owner)
    assert login_guard.guard(owner_db, log, state).locked == ()

    # a pass after the lock has ended lets the login in again
    later = datetime.now() + users.LOCKOUT + timedelta(minutes=1)
    assert login_guard.guard(owner_db, log, state, now=later).unlocked == ("clerk1",)
    owner_db.dispose()
    assert _psql(admin, LOGIN, TEST_PASSWORD, "SELECT 1").returncode == 0
