"""The launcher's first step: hand the command to a resident that is up, current and this
user's; else answer None and the launcher runs the command in-process, as it always has.

Before the resident says it runs the command, every failure (no socket, another user's
socket, an old resident, a broken message) is a quiet fallback: nothing has run yet. After it,
the command is running there: Ctrl-C, SIGTERM and SIGHUP are forwarded to it, and its exit
code (or the signal that ended it) becomes this process's. A resident that vanishes mid-command
gives exit 1 and a sentence, never a second run of a command that may have written.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

from ..command_line import command_word
from . import protocol

EXIT_LOST = 1
#: a resident that does not answer within this (stopped, stuck) is passed over
HANDSHAKE_SECONDS = 10.0
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
#: always in this process: the resident's own commands, and the hall's screens (Qt windows that
#: run all day and belong to the desktop session, not to a forked helper)
IN_PROCESS = frozenset({"resident", "kiosk", "hall-display", "evaluator"})
LOST = "window-app: 常驻进程在命令执行中意外结束，命令是否完成未知（请查询后再决定是否重做）"


def forward(argv: list[str]) -> int | None:
    """The command's exit code when a resident ran it; None when it is for this process."""
    if os.environ.get(protocol.RESIDENT_ENV) == "off":
        return None
    word = command_word(argv)
    if word is None or word in IN_PROCESS:  # None: the GUI, or help
        return None
    sock = protocol.connect(protocol.socket_path(), timeout=HANDSHAKE_SECONDS)
    if sock is None:
        if os.environ.get(protocol.RESIDENT_ENV) == "auto":
            protocol.spawn(protocol.IDLE_MINUTES)  # for the next command; a second one exits
        return None
    with sock, _Relay(sock) as relay:
        try:
            streams = _streams()
            if streams is None:
                return None
            protocol.send(sock, _request(argv, streams))
            if protocol.receive(sock).get("run") is not True:
                return None
            protocol.send_streams(sock)
            protocol.send(sock, {"go": True})  # from here the command is the resident's
        except (OSError, ConnectionError):  # a timeout too: without "go" nothing runs there
            return None
        sock.settimeout(None)
        relay.running()
        return _await(sock)


class _Relay:
    """From the connection on, SIGINT, SIGTERM and SIGHUP are held; once the command runs they
    go to it; when it does not (the command runs here), they are delivered here again."""

    def __init__(self, sock) -> None:  # noqa: ANN001
        self.sock, self.held, self.sent = sock, [], False

    def __enter__(self) -> _Relay:
        self.previous = {sig: signal.signal(sig, self._signal) for sig in FORWARDED}
        return self

    def _signal(self, signum: int, _frame) -> None:  # noqa: ANN001
        if not self.sent:
            self.held.append(signum)
            return
        with contextlib.suppress(OSError):
            protocol.send(self.sock, {"signal": signum})

    def running(self) -> None:
        self.sent = True
        for signum in self.held:
            self._signal(signum, None)

    def __exit__(self, *_exc) -> None:  # noqa: ANN002
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        if not self.sent:
            for signum in self.held:
                signal.raise_signal(signum)


def _streams() -> list[dict] | None:
    """How this interpreter wrapped descriptors 0–2, for the child to wrap them the same way;
    None when one is closed or replaced (the command runs here)."""
    described = []
    for fd, stream in enumerate((sys.stdin, sys.stdout, sys.stderr)):
        if stream is None or getattr(stream, "fileno", lambda: -1)() != fd:
            return None
        try:
            os.fstat(fd)
        except OSError:
            return None
        described.append(
            {
                "encoding": stream.encoding,
                "errors": stream.errors,
                "line_buffering": stream.line_buffering,
                "write_through": getattr(stream, "write_through", False),
            }
        )
    return described


def _request(argv: list[str], streams: list[dict]) -> dict:
    umask = os.umask(0o077)
    os.umask(umask)
    return {
        "version": protocol.VERSION,
        "key": protocol.code_key(),
        "compatibility": protocol.compatibility(),
        "argv0": sys.argv[0],
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": umask,
        "streams": streams,
    }


def _await(sock) -> int:  # noqa: ANN001
    """The command's exit code, once the resident reports how it ended."""
    try:
        result = protocol.receive(sock)
    except (OSError, ConnectionError):
        result = {}
    if isinstance(result.get("signal"), int):  # end as the command's process ended
        _die_of(result["signal"])
    if isinstance(result.get("exit"), int):
        return result["exit"]
    print(LOST, file=sys.stderr)
    return EXIT_LOST


def _die_of(signum: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # a signal that does not end a process by default
