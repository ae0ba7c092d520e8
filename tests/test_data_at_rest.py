"""Issue 15 part 5: data at rest. Database, backups, anchor, key and logs are private to their
owner (0600 files, 0700 directories) even under a permissive umask; the log is written, holds
no personal data, and an unexpected error's traceback goes there while the person reads a
sentence."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from conftest import cli_sign_in

from window_app import cli
from window_app.cli import common


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _window_app(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "WINDOW_APP_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    env.pop("WINDOW_APP_AUDIT_KEY_FILE", None)
    return subprocess.run(
        [sys.executable, "-c", "import os, sys; os.umask(0o022); from window_app.cli import main;"
         " sys.argv[0] = 'window-app'; main()", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_everything_the_app_creates_is_private(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("WINDOW_APP_DATA_DIR", str(data))
    monkeypatch.delenv("WINDOW_APP_AUDIT_KEY_FILE")
    url = f"sqlite:///{data / 'window.sqlite3'}"
    done = _window_app(data, "demo", "--applications", "20", "--days", "30", "--database", url)
    assert done.returncode == 0, done.stderr
    backup = data / "copies" / "b.sqlite3"
    me = cli_sign_in(url, "admin1")
    done = _window_app(data, "db", "backup", str(backup), "--database", url, *me)
    assert done.returncode == 0, done.stderr
    files = [p for p in data.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"window.sqlite3", "audit.key", "b.sqlite3", "window-app.log"} <= names
    assert any(n.startswith("audit.key.head") for n in names)
    loose = {str(p.relative_to(data)): oct(_mode(p)) for p in files if _mode(p) & 0o077}
    loose |= {str(p.relative_to(data)): oct(_mode(p)) for p in [data, *data.rglob("*")]
              if p.is_dir() and _mode(p) & 0o077}  # fmt: skip
    assert loose == {}


def test_an_old_world_readable_database_is_made_private(sqlite_hall):
    db, _ = sqlite_hall
    db.sqlite_path.chmod(0o644)
    assert cli.run(["workdays", "add", "2026-09-30", "1", "--database", db.url]) == 0
    assert _mode(db.sqlite_path) == 0o600


def test_the_log_is_written_without_personal_data(sqlite_hall, capsys, monkeypatch):
    db, _ = sqlite_hall
    me = cli_sign_in(db, "clerk1")
    # a refused input: logged, with the ID number masked
    assert cli.run(["list", "applications", "--database", db.url, *me]) == 0
    assert cli.run(["print", "receipt", "440802199001011234", "--out", "/dev/null",
                    "--database", db.url, *me]) == 1  # fmt: skip

    # an unexpected error: a sentence for the person, the traceback in the log
    def broken(args):  # noqa: ANN001
        raise RuntimeError("boom 440802199001011234 13812345678")

    broken.cli_access = common.Access(public=True)
    monkeypatch.setattr("window_app.cli.workdays._add", broken)
    import window_app.cli.workdays as workdays

    real_register = workdays.register

    def register(sub, common_parser):  # noqa: ANN001
        real_register(sub, common_parser)
        sub.choices["workdays"]._subparsers._group_actions[0].choices["add"].set_defaults(
            handler=broken
        )

    monkeypatch.setattr(workdays, "register", register)
    capsys.readouterr()
    assert cli.run(["workdays", "add", "2026-09-30", "1", "--database", db.url]) == 1
    err = capsys.readouterr().err
    assert "内部错误" in err and "Traceback" not in err and "boom" not in err
    log = (Path(os.environ["WINDOW_APP_DATA_DIR"]) / "logs" / "window-app.log").read_text("utf-8")
    assert "print receipt refused" in log
    assert "Traceback" in log and "RuntimeError" in log
    assert "440802199001011234" not in log and "13812345678" not in log
