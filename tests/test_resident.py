"""The resident helper (issue 22): `window-app resident start|stop|status`, and a command run
through it is indistinguishable from the same command in-process: output, error output, exit
code, audit trail. Real processes throughout: the launcher as `python -m window_app`, the
resident as `resident start` makes it, its socket in a private directory of the test's own."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import cli_sign_in

from window_app.cli import resident_cmd
from window_app.resident import client, protocol, server

LAUNCHER = [sys.executable, "-m", "window_app"]


@pytest.fixture
def runtime_dir(monkeypatch):
    """A private XDG_RUNTIME_DIR (short: a Unix socket's path has at most 107 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="wa-rt-"))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv(protocol.RESIDENT_ENV, raising=False)
    yield folder
    answer = resident_cmd.ask("stop")
    if answer:
        _gone(answer["pid"])
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def resident(runtime_dir):
    done = launch(["resident", "start"], resident=False)
    assert done.returncode == 0, done.stderr
    assert "常驻进程运行中：pid" in done.stdout.decode()
    return resident_cmd.ask("status")["pid"]


def launch(argv, *, resident=True, stdin=b"", **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if not resident:
        env[protocol.RESIDENT_ENV] = "off"
    return subprocess.run([*LAUNCHER, *argv], input=stdin, capture_output=True, env=env,
                          timeout=120, check=False, **kw)  # fmt: skip


def served() -> int:
    return resident_cmd.ask("status")["served"]


def both(argv, stdin=b"") -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """The command in-process, then through the resident (which must have run it)."""
    before = served()
    here = launch(argv, resident=False, stdin=stdin)
    there = launch(argv, stdin=stdin)
    assert served() == before + 1
    return here, there


def same(here, there) -> None:
    assert (there.returncode, there.stdout, there.stderr) == (
        here.returncode, here.stdout, here.stderr,
    )  # fmt: skip
    assert b"Traceback" not in there.stderr


def test_a_read_command_is_the_same_through_the_resident(hall, resident):
    from test_processing import received

    db, actors = hall
    for seq in (1, 2):
        received(db, actors["clerk"], date(2026, 12, 1), seq=seq)
    argv = ["--database", db.url, *cli_sign_in(db, "super1"), "list", "applications",
            "--date", "2026-12-01"]  # fmt: skip
    here, there = both(argv)
    same(here, there)
    assert here.returncode == 0 and here.stdout.count(b"\n") >= 2


def test_a_write_reading_standard_input_is_audited_as_in_process(hall, resident):
    """`users add … --password-stdin`: the password comes from the caller's standard input; the
    account, its audit event and the verified chain are as in-process."""
    db, _ = hall
    admin = ["--database", db.url, *cli_sign_in(db, "admin1")]
    created = []
    for name, use in (("clerk-here", False), ("clerk-there", True)):
        before = served()
        done = launch([*admin, "users", "add", name, "--name", "窗口", "--role", "clerk",
                       "--password-stdin"], resident=use, stdin=b"Window#2026-pass\n")  # fmt: skip
        assert served() == before + use
        created.append((done.returncode, done.stdout.replace(name.encode(), b"NAME"), done.stderr))
    assert created[0] == created[1] == (0, b"created NAME\n", b"")
    listed = launch([*admin, "users", "list"]).stdout.decode()
    assert "clerk-here" in listed and "clerk-there" in listed
    from window_app.services import audit_verify

    assert audit_verify.verify_database(db).breaks == []
    here, there = both([*admin, "audit", "verify"])
    assert (here.returncode, there.returncode) == (0, 0)
    assert here.stdout.startswith(b"ok ") and there.stdout.startswith(b"ok ")


def test_a_refused_sign_in_and_a_bad_argument_are_the_same(hall, resident, tmp_path):
    db, _ = hall
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-password\n")
    wrong.chmod(0o600)
    refused = ["--database", db.url, "--user", "admin1", "--password-file", str(wrong)]
    here, there = both([*refused, "users", "list"])
    same(here, there)
    assert here.returncode == 1 and "用户名或密码" in here.stderr.decode()
    here, there = both(["--database", db.url, "list", "nothing-of-that-name"])
    same(here, there)
    assert here.returncode == 2


def test_standard_input_and_exit_codes_of_a_public_command(resident):
    codes = b"91440802MA4B0001XX\n"
    here, there = both(["check", "uscc", "-"], stdin=codes)
    same(here, there)
    assert here.returncode == 1 and b"invalid" in here.stdout


def test_a_terminal_sees_the_same_encoding_and_buffering(resident, tmp_path):
    """The child wraps the caller's descriptors as the caller's interpreter did (here: ASCII
    with backslash escapes, which the child's own default would not choose)."""
    env = dict(os.environ, PYTHONIOENCODING="ascii:backslashreplace")
    out = []
    for use in (False, True):
        if not use:
            env[protocol.RESIDENT_ENV] = "off"
        else:
            env.pop(protocol.RESIDENT_ENV)
        out.append(subprocess.run([*LAUNCHER, "check", "uscc", "-"], input=b"X1\n", env=env,
                                  capture_output=True, timeout=120, check=False).stdout)  # fmt: skip
    assert out[0] == out[1] and b"\\u" in out[0]


def test_another_users_connection_gets_nothing():
    """SO_PEERCRED: a caller whose uid is not the resident's is closed without an answer."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:
        assert protocol.peer_uid(ours) == os.geteuid()
        protocol.send(theirs, {"version": protocol.VERSION, "key": "k", "op": "stop"})
        assert server.admit(ours, "k", uid=os.geteuid() + 1) is None
        ours.close()
        with contextlib.suppress(ConnectionResetError):  # closed with the request unread
            assert theirs.recv(1) == b""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:  # the same request from our own uid is answered
        protocol.send(theirs, {"version": protocol.VERSION, "key": "k", "op": "stop"})
        assert server.admit(ours, "k") == "end"
        assert protocol.receive(theirs)["pid"] == os.getpid()


@pytest.mark.parametrize("unsafe", ["mode", "owner"])
def test_a_directory_others_can_enter_or_own_is_refused(runtime_dir, unsafe):
    run = protocol.socket_path().parent
    run.mkdir(mode=0o700)
    if unsafe == "mode":
        run.chmod(0o755)
    elif os.geteuid() == 0:
        os.chown(run, 65534, 65534)
    else:
        pytest.skip("only root can give a directory to another user")
    done = launch(["resident", "start"], resident=False)
    assert done.returncode == 1
    assert ("权限过宽" if unsafe == "mode" else "属于其他用户") in done.stderr.decode()
    assert protocol.connect(protocol.socket_path()) is None
    assert launch(["check", "uscc", "-"], stdin=b"X1\n").returncode == 1  # in-process


def test_changed_code_ends_the_resident_and_the_command_runs_in_process(resident):
    """A module file newer than the resident's start: it ends itself, the caller runs the
    command itself with the same result, and no resident is left."""
    module = Path(protocol.__file__).with_name("__init__.py")
    was = module.stat()
    try:
        os.utime(module, ns=(was.st_atime_ns, was.st_mtime_ns + 1_000_000_000))
        before = launch(["check", "uscc", "-"], stdin=b"X1\n", resident=False)
        after = launch(["check", "uscc", "-"], stdin=b"X1\n")
        same(before, after)
        _gone(resident)
    finally:
        os.utime(module, ns=(was.st_atime_ns, was.st_mtime_ns))
    assert resident_cmd.ask("status") is None
    assert not protocol.socket_path().exists()


def _wait(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError("timed out")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == pid and state != "Z":
                found.append(int(entry.name))
    return found


def _reading_stdin(pid: int) -> bool:
    try:  # blocked in read(0, …): syscall 0 on x86-64, 63 on arm64
        number, fd = (Path(f"/proc/{pid}/syscall").read_text().split() + ["", ""])[:2]
    except OSError:
        return False
    return number in ("0", "63") and fd == "0x0"


def _gone(pid: int) -> None:
    _wait(lambda: not Path(f"/proc/{pid}").exists() or "Z" in _state(pid), timeout=30)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _blocked_command(use: bool, resident: int | None):
    env = dict(os.environ)
    if not use:
        env[protocol.RESIDENT_ENV] = "off"
    proc = subprocess.Popen([*LAUNCHER, "check", "uscc", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)  # fmt: skip
    if use:
        handler = _wait(lambda: _children(resident))[0]
        command = _wait(lambda: _children(handler))[0]
    else:
        command = proc.pid
    _wait(lambda: _reading_stdin(command))
    return proc, command


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_at_the_caller_reaches_the_command(resident, sig):
    """Ctrl-C: the command is interrupted and says so, exit 130; SIGTERM: the caller ends of
    it, as an in-process command does."""
    ended = []
    for use in (False, True):
        proc, _command = _blocked_command(use, resident)
        proc.send_signal(sig)
        proc.wait(timeout=60)  # standard input still open: the signal alone ends it
        out, err = proc.communicate(timeout=60)
        ended.append((proc.returncode, out, err))
    assert ended[0] == ended[1]
    assert ended[0][0] == (130 if sig == signal.SIGINT else -sig)


def test_a_resident_killed_mid_command_gives_an_error_exit_not_a_hang(resident):
    proc, _command = _blocked_command(True, resident)
    handler = _children(resident)[0]
    os.kill(handler, signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert client.LOST in err.decode()


def test_the_resident_ends_after_its_idle_time(runtime_dir):
    done = launch(["resident", "start", "--idle-minutes", "0.02"], resident=False)
    assert done.returncode == 0, done.stderr
    assert "空闲 0.02 分钟后自动退出" in done.stdout.decode()
    pid = resident_cmd.ask("status")["pid"]
    _gone(pid)
    assert not protocol.socket_path().exists()
    status = launch(["resident", "status"])
    assert (status.returncode, status.stdout.decode()) == (1, "常驻进程未运行\n")


def test_start_is_idempotent_and_stop_ends_it(resident):
    again = launch(["resident", "start"])
    assert again.returncode == 0 and f"pid {resident}" in again.stdout.decode()
    stopped = launch(["resident", "stop"])
    assert (stopped.returncode, stopped.stdout.decode()) == (
        0,
        f"常驻进程已停止（pid {resident}）\n",
    )
    _gone(resident)
    assert launch(["resident", "stop"]).stdout.decode() == "常驻进程未运行\n"


def test_the_gui_the_screens_and_the_residents_own_commands_stay_in_process(resident):
    for argv in ([], ["--lang", "en"], ["kiosk", "--no-print"], ["hall-display"],
                 ["evaluator", "--window", "A01"], ["resident", "status"], ["--help"]):  # fmt: skip
        assert client.forward(argv) is None
    assert served() == 0


def test_auto_lets_the_first_command_start_one_for_the_next(runtime_dir, monkeypatch):
    """WINDOW_APP_RESIDENT=auto: the first command runs in-process and leaves a resident
    starting in the background; a burst of first commands leaves one resident."""
    monkeypatch.setenv(protocol.RESIDENT_ENV, "auto")
    first = [launch(["check", "uscc", "-"], stdin=b"X1\n") for _ in range(3)]
    answer = _wait(lambda: resident_cmd.ask("status"))
    assert answer["served"] == 0
    again = launch(["check", "uscc", "-"], stdin=b"X1\n")
    assert resident_cmd.ask("status")["served"] == 1
    for done in first:
        same(done, again)
    time.sleep(1.0)  # the other two started later, found the lock and ended
    servers = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _is_resident(p)]
    assert len(servers) == 1


def _is_resident(proc: Path) -> bool:
    try:
        cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        environ = (proc / "environ").read_bytes()
    except OSError:
        return False
    runtime = os.environ["XDG_RUNTIME_DIR"].encode()
    return b"window_app.resident.server" in cmdline and b"XDG_RUNTIME_DIR=" + runtime in environ


def test_a_stopped_resident_is_passed_over_and_the_command_runs_once_here(resident, tmp_path):
    """A resident that does not answer (here: stopped) is given `HANDSHAKE_SECONDS`; then the
    command runs in-process. When the resident wakes, the caller is gone without its "go":
    the command does not run a second time there."""
    marker = tmp_path / "ran"
    argv = ["calendar", "import", str(marker)]  # an unreadable file: refused, exit 1, no write
    here = launch(argv, resident=False)
    os.kill(resident, signal.SIGSTOP)
    try:
        started = time.monotonic()
        there = launch(argv)
        waited = time.monotonic() - started
    finally:
        os.kill(resident, signal.SIGCONT)
    same(here, there)
    assert client.HANDSHAKE_SECONDS <= waited < client.HANDSHAKE_SECONDS + 60
    _wait(lambda: served() == 1)
    _wait(lambda: not _children(resident))  # its handler found no "go" and ended
    log = Path(os.environ["WINDOW_APP_DATA_DIR"], "logs", "window-app.log").read_text()
    assert log.count("calendar import refused") == 2  # here, and the fallback: not a third


def test_another_interpreter_does_not_use_this_ones_resident(resident, tmp_path):
    """The same virtual environment reached through another path (a second installation's
    interpreter) has its own socket, and its own code key: it runs the command in-process."""
    venv = Path(sys.prefix)
    other = tmp_path / "venv"
    (other / "bin").mkdir(parents=True)
    shutil.copy(venv / "pyvenv.cfg", other / "pyvenv.cfg")
    (other / "bin" / "python").symlink_to(Path(sys.executable).resolve())
    (other / "lib").symlink_to(venv / "lib")  # the same packages
    probe = "import sys, window_app; print(sys.executable, window_app.__file__)"
    env = dict(os.environ)
    seen = subprocess.run([other / "bin" / "python", "-c", probe], env=env, capture_output=True,
                          text=True, check=True).stdout.split()  # fmt: skip
    assert seen[0] == str(other / "bin" / "python")
    done = subprocess.run([other / "bin" / "python", "-m", "window_app", "check", "uscc", "-"],
                          input=b"X1\n", env=env, capture_output=True, check=False)  # fmt: skip
    same(launch(["check", "uscc", "-"], stdin=b"X1\n", resident=False), done)
    assert served() == 0


def test_a_resident_ended_by_sigterm_removes_its_socket(resident):
    os.kill(resident, signal.SIGTERM)
    _gone(resident)
    assert not protocol.socket_path().exists()
    assert launch(["resident", "status"]).returncode == 1
