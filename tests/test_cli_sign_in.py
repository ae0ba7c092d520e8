"""Issue 15 part 1: every command that changes data or shows personal data has a real,
authenticated person behind it, and the audit trail records that person."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import datetime

import pytest
from conftest import TEST_PASSWORD, cli_sign_in, password_file
from sqlalchemy import func, select

from window_app import cli
from window_app.cli import common
from window_app.services import users
from window_app.services.context import SYSTEM, Role
from window_app.storage.models import AuditEvent, User

PUBLIC = {
    ("check", "uscc"), ("check", "id"), ("workdays", "add"), ("catalog", "validate"),
    ("catalog", "list"), ("catalog", "search"), ("catalog", "show"), ("catalog", "referrals"),
    # checks an exported case file's manifest against its files: reads only the folder given,
    # prints paths and problems, never the database (issue 19)
    ("archive", "verify"),
    # the resident helper: starts, ends or describes a process of the caller's own; no database
    ("resident", "start"), ("resident", "stop"), ("resident", "status"),
}  # fmt: skip
# GUI launchers, not data commands: the hall's screens run unattended without anyone signed in
# by design (issue 18). The kiosk takes tickets as services.queue_tickets.KIOSK and the rating
# screen records as services.evaluation.EVALUATOR, each showing no personal data; the hall
# display shows ticket numbers and windows only. A password prompt would stop them at boot.
GUI_LAUNCHERS = {("kiosk",), ("hall-display",), ("evaluator",)}


def _commands() -> dict[tuple[str, ...], object]:
    """Every leaf command of the parser with its handler."""
    import argparse

    found: dict[tuple[str, ...], object] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
        if not subs:
            found[path] = parser.get_default("handler")
            return
        for name, child in subs[0].choices.items():
            walk(child, (*path, name))

    walk(cli.build_parser(), ())
    return found


def test_every_command_declares_who_may_run_it():
    commands = _commands()
    assert len(commands) > 30
    undeclared = [" ".join(p) for p, h in commands.items() if not hasattr(h, "cli_access")]
    assert undeclared == []
    public = {p for p, h in commands.items() if common.access_of(h).public}
    assert public == PUBLIC | GUI_LAUNCHERS


def test_an_undeclared_command_needs_an_administrator():
    assert common.access_of(lambda args: 0).roles == (Role.ADMINISTRATOR,)


def _users(db) -> set[str]:
    with db.reading() as session:
        return set(session.scalars(select(User.username)))


def _events(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_logname_is_no_sign_in(sqlite_hall, tmp_path):
    """`LOGNAME=super window-app users add mallory --role administrator` changed nothing."""
    db, _ = sqlite_hall
    before, events = _users(db), _events(db)
    env = {**os.environ, "LOGNAME": "super", "USER": "super", "PYTHONIOENCODING": "utf-8"}
    base = [sys.executable, "-m", "window_app", "--database", db.url]
    for argv, stdin in (
        (["users", "add", "mallory", "--name", "M", "--role", "administrator", "--password-stdin"],
         "Mallory#2026\n"),
        (["users", "reset-password", "admin1", "--password-stdin"], "Mallory#2026\n"),
        (["users", "list"], ""),
    ):  # fmt: skip
        done = subprocess.run([*base, *argv], input=stdin, capture_output=True, text=True,
                              env=env, timeout=60)  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert "需要登录" in done.stderr and "Traceback" not in done.stderr
    assert _users(db) == before and _events(db) == events
    assert users.login(db, "admin1", TEST_PASSWORD).username == "admin1"


def test_the_audit_trail_records_the_signed_in_user(sqlite_hall, tmp_path, capsys):
    db, _ = sqlite_hall
    me = cli_sign_in(db, "admin1")
    notice = tmp_path / "2031.txt"
    notice.write_text("year 2031\nholiday 2031-01-01 2031-01-01 元旦\n", encoding="utf-8")
    # --user before the command, the password file after it
    argv = ["--database", db.url, me[0], me[1], "calendar", "import", str(notice), *me[2:]]
    assert cli.run(argv) == 0, capsys.readouterr().err
    with db.reading() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (last.action, last.username) == ("calendar.import", "admin1")
    assert not any(e.username.startswith("cli:") for e in _all_events(db))


def _all_events(db) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent)))


def test_the_role_the_gui_would_need(sqlite_hall, tmp_path, capsys):
    db, _ = sqlite_hall
    clerk = cli_sign_in(db, "clerk1")
    before = _users(db)
    assert cli.run(["users", "add", "eve", "--name", "E", "--role", "administrator",
                    "--database", db.url, *clerk]) == 1  # fmt: skip
    assert "无权限" in capsys.readouterr().err
    assert cli.run(["audit", "export", "--from", "2026-01-01", "--to", "2026-01-02", "--out",
                    str(tmp_path / "a.csv"), "--database", db.url, *clerk]) == 1  # fmt: skip
    assert "无权限" in capsys.readouterr().err and not (tmp_path / "a.csv").exists()
    assert cli.run(["report", "daily", "--date", "2026-01-05", "--format", "json",
                    "--database", db.url, *clerk]) == 1  # fmt: skip
    assert _users(db) == before
    # personal data needs a sign-in too
    assert cli.run(["list", "applications", "--database", db.url]) == 1
    assert "需要登录" in capsys.readouterr().err
    assert cli.run(["list", "applications", "--database", db.url, *clerk]) == 0


def test_password_file_must_be_private(sqlite_hall, capsys):
    db, _ = sqlite_hall
    me = cli_sign_in(db, "admin1")
    path = password_file()
    path.chmod(0o644)
    argv = ["users", "list", "--database", db.url, "--user", "admin1", "--password-file", str(path)]
    assert cli.run(argv) == 1
    assert "chmod 600" in capsys.readouterr().err
    path.chmod(0o600)
    assert cli.run(argv) == 0
    assert cli.run(["users", "list", "--database", db.url, me[0], me[1]]) == 1  # not a terminal
    assert "--password-file" in capsys.readouterr().err
    wrong = password_file("not-the-password")
    assert cli.run(["users", "list", "--database", db.url, "--user", "admin1",
                    "--password-file", str(wrong)]) == 1  # fmt: skip
    assert "用户名或密码错误" in capsys.readouterr().err


def test_first_administrator_without_sign_in_then_never_again(tmp_path, capsys, monkeypatch):
    import io

    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    add = ["users", "add", "boss", "--name", "局长", "--role", "administrator", "--password-stdin",
           "--database", url]  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("First#Admin1\n"))
    assert cli.run(add) == 0, capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Second#Admin1\n"))
    assert cli.run([*add[:2], "boss2", *add[3:]]) == 1
    assert "需要登录" in capsys.readouterr().err
    # the first administrator signs in for the next one
    me = ["--user", "boss", "--password-file", str(password_file("First#Admin1"))]
    monkeypatch.setattr("sys.stdin", io.StringIO("Second#Admin1\n"))
    assert cli.run([*add[:2], "boss2", *add[3:], *me]) == 0, capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Second#Admin1\n"))
    assert cli.run([*add[:2], "boss2", *add[3:], *me]) == 1
    err = capsys.readouterr().err
    assert "已存在" in err and "argon2" not in err and "Traceback" not in err


def test_open_commands_need_no_sign_in(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'open.sqlite3'}"
    assert cli.run(["db", "upgrade", "--database", url]) == 0  # the owner of the file
    assert cli.run(["check", "uscc", "91440800MA4W00001X", "--database", url]) in (0, 1)
    assert cli.run(["workdays", "add", "2026-09-30", "1", "--database", url]) == 0
    assert cli.run(["catalog", "validate"]) == 0
    assert cli.run(["demo", "--applications", "3", "--days", "30", "--database", url]) == 0
    assert cli.run(["catalog", "list", "--database", url]) == 0
    capsys.readouterr()
    # the demo made users: a second demo needs an administrator
    assert cli.run(["demo", "--applications", "3", "--database", url]) == 1
    assert "需要登录" in capsys.readouterr().err


def test_restore_and_backup_need_an_administrator(sqlite_hall, tmp_path, capsys):
    db, _ = sqlite_hall
    saved = tmp_path / "b.sqlite3"
    assert cli.run(["db", "backup", str(saved), "--database", db.url]) == 1
    assert not saved.exists()
    assert cli.run(["db", "backup", str(saved), "--database", db.url,
                    *cli_sign_in(db, "super1")]) == 1  # fmt: skip
    assert cli.run(["db", "backup", str(saved), "--database", db.url,
                    *cli_sign_in(db, "admin1")]) == 0  # fmt: skip
    assert cli.run(["db", "restore", str(saved), "--database", db.url]) == 1
    assert "需要登录" in capsys.readouterr().err


# --- sign-in answers -----------------------------------------------------------------------------


def test_unknown_user_gets_the_same_answers_as_a_wrong_password(sqlite_hall):
    db, _ = sqlite_hall
    answers = {}
    for name in ("clerk2", "nobody"):
        seen = []
        for _ in range(6):
            with pytest.raises(users.LoginError) as caught:
                users.login(db, name, "wrong-password")
            seen.append(caught.value.message)
        answers[name] = seen
    assert answers["clerk2"] == answers["nobody"]
    assert answers["nobody"][:2] == ["用户名或密码错误"] * 2
    assert answers["nobody"][2] == "用户名或密码错误，再错2次账户将被锁定"
    assert answers["nobody"][3] == "用户名或密码错误，再错1次账户将被锁定"
    assert answers["nobody"][4] == "用户名或密码错误，账户已锁定15分钟"
    assert answers["nobody"][5] == "账户已锁定，请15分钟后再试"


def test_unknown_user_takes_as_long_as_a_wrong_password(sqlite_hall):
    db, _ = sqlite_hall
    users.create_user(db, SYSTEM, "timing", "计时", Role.CLERK, TEST_PASSWORD, must_change=False)

    def median(name: str) -> float:
        times = []
        for i in range(4):
            started = time.perf_counter()
            with pytest.raises(users.LoginError):
                users.login(db, name, f"wrong-{i}", now=datetime(2026, 3, 2, 9, i))
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    known, unknown = median("timing"), median("nobody-at-all")
    assert 0.6 < unknown / known < 1.6, (known, unknown)
