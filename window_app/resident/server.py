"""The resident: `python -m window_app.resident.server [--idle-minutes N]`, started by
`window-app resident start`.

It computes its code key first, then imports what commands need (SQLAlchemy, the ORM models
configured, the services and the command modules; not Qt, not reportlab), opening no database,
starting no thread and reading no setting a request could change. It then waits on a Unix
socket in a private directory, with one lock file held for its life (a second resident of the
same installation refuses to start). For each caller of the same uid (SO_PEERCRED) it forks a
handler that forks the command's child; the child takes the caller's standard streams,
arguments, working directory, environment and umask and runs `cli.run` as the launcher does
(sign-in, roles, audit unchanged). The handler relays the caller's signals to the child and
reports its exit code or the signal that ended it. A caller with another code key makes the
resident end (the caller runs the command itself); so does a quiet time of `--idle-minutes`.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import importlib
import os
import select
import signal
import socket
import sys
import time

from . import protocol

#: signals a caller may forward to its command
RELAYED = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
#: imported once here, before any request (what the signed-in commands need)
WARM = (
    "sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.sqlite", "argon2", "logging.handlers",
    "window_app.logging_setup", "window_app.storage.database", "window_app.storage.health",
    "window_app.storage.migrate", "window_app.storage.models", "window_app.services.users",
    "window_app.services.audit", "window_app.services.queries", "window_app.services.exports",
    "window_app.services.bad_credit", "window_app.cli", "window_app.cli.common",
)  # fmt: skip

_state = {"served": 0, "started": time.time(), "idle": 15 * 60.0, "lock": None}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    idle = protocol.IDLE_MINUTES
    if len(args) == 2 and args[0] == "--idle-minutes":
        idle = float(args[1])
    key = protocol.code_key()  # before the imports: what is imported is at least this new
    path = protocol.socket_path()
    try:
        protocol.make_private(path.parent)
    except (OSError, protocol.UnsafeDirectory) as exc:
        print(f"window-app: 常驻进程无法使用目录：{exc}", file=sys.stderr)
        return 1
    lock = open(path.with_suffix(".lock"), "a")  # noqa: SIM115  (held for the process's life)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print("window-app: 常驻进程已在运行", file=sys.stderr)
        return 3
    _state.update(lock=lock, idle=idle * 60.0)
    os.umask(0o077)
    os.chdir("/")
    warm()
    listener = _listen(path)
    _quiet_streams()
    signal.signal(signal.SIGCHLD, lambda _signum, _frame: _reap())  # handlers reaped at once
    for sig in (signal.SIGTERM, signal.SIGHUP):  # `kill PID`: end tidily, the socket removed
        signal.signal(sig, lambda _signum, _frame: sys.exit(0))
    try:
        serve(listener, key)
    finally:
        _remove(path, listener)
    return 0


def warm() -> None:
    """Import (and configure the ORM's mappers) once; then freeze what is alive out of the
    collector, so children neither walk nor copy it."""
    for name in WARM:
        importlib.import_module(name)
    importlib.import_module("sqlalchemy.orm").configure_mappers()
    gc.collect()
    gc.freeze()


def _listen(path) -> socket.socket:  # noqa: ANN001
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a socket left by a resident that was killed (the lock is ours now)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    os.chmod(path, 0o600)
    listener.listen(64)
    return listener


def _quiet_streams() -> None:
    """Standard streams to /dev/null once started: the starter has stopped listening."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _remove(path, listener: socket.socket) -> None:  # noqa: ANN001
    with contextlib.suppress(OSError):  # ours: none other can bind it while we hold the lock
        path.unlink()
    listener.close()


def serve(listener: socket.socket, key: str) -> None:
    """Accept callers until one asks to stop, one has other code, or the idle time passes."""
    deadline = time.monotonic() + _state["idle"]
    while True:
        _reap()
        left = deadline - time.monotonic()
        if left <= 0:
            return
        if not select.select([listener], [], [], min(left, 60.0))[0]:
            continue
        try:
            conn, _address = listener.accept()
        except OSError:
            continue
        deadline = time.monotonic() + _state["idle"]
        with conn:
            if admit(conn, key, listener) == "end":
                return


def _reap() -> None:
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def admit(conn: socket.socket, key: str, listener: socket.socket | None = None,
          uid: int | None = None) -> str | None:  # fmt: skip
    """One caller: "end" when the resident must end; None otherwise. A caller of another
    uid than `uid` (default: ours) is closed without a word."""
    conn.settimeout(5.0)
    if not protocol.same_user(conn, uid):
        return None
    try:
        request = protocol.receive(conn)
        if request.get("version") != protocol.VERSION or request.get("key") != key:
            protocol.send(conn, {"stale": True})
            return "end"
        op = request.get("op")
        if op in ("status", "stop"):
            protocol.send(conn, _status())
            return "end" if op == "stop" else None
        if request.get("compatibility") != protocol.compatibility():
            protocol.send(conn, {"run": False})
            return None
        _state["served"] += 1
        _fork_handler(conn, request, listener)
        return None
    except (OSError, ConnectionError):
        return None


def _status() -> dict:
    return {
        "pid": os.getpid(),
        "started": _state["started"],
        "served": _state["served"],
        "idle_minutes": _state["idle"] / 60.0,
    }


def _fork_handler(conn: socket.socket, request: dict, listener) -> None:  # noqa: ANN001
    if os.fork():
        return
    code = 1
    try:
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):  # the defaults again
            signal.signal(sig, signal.SIG_DFL)
        if listener is not None:
            listener.close()
        if _state["lock"] is not None:
            _state["lock"].close()  # a running command does not keep a new resident out
        conn.settimeout(None)
        code = _handle(conn, request)
    finally:
        os._exit(code)


def _handle(conn: socket.socket, request: dict) -> int:
    """The handler: starts the command's child, relays signals, reports how it ended."""
    from .child import run_command

    protocol.send(conn, {"run": True})
    conn.settimeout(10.0)
    fds = protocol.receive_streams(conn)  # a caller that gave up sends neither (it runs it)
    if protocol.receive(conn).get("go") is not True:
        return 1
    conn.settimeout(None)
    child = os.fork()
    if child == 0:
        conn.close()
        run_command(fds, request)  # never returns
    for fd in fds:
        os.close(fd)
    fds.clear()
    ended = os.pidfd_open(child)
    watched = [conn, ended]
    while True:
        ready = select.select(watched, [], [])[0]
        if ended in ready:
            break
        try:
            sig = protocol.receive(conn).get("signal")
            if sig in RELAYED:
                os.kill(child, sig)
        except (OSError, ConnectionError):  # the caller is gone: as if its terminal closed
            os.kill(child, signal.SIGHUP)
            watched = [ended]
    status = os.waitpid(child, 0)[1]
    if os.WIFSIGNALED(status):
        report = {"signal": os.WTERMSIG(status)}
    else:
        report = {"exit": os.waitstatus_to_exitcode(status)}
    try:
        protocol.send(conn, report)
    except OSError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
