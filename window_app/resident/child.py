"""The command's child, forked from the resident's handler: it becomes the caller's process
in everything a command can see (standard streams wrapped as the caller's interpreter wrapped
them, arguments, working directory, environment with its time zone and character type, umask,
the default signal handlers) and runs the launcher's own path, `cli.run`, then ends as the
launcher ends. It never returns to the resident's code."""

from __future__ import annotations

import contextlib
import gc
import io
import locale
import os
import signal
import sys
import time
import traceback


def run_command(fds: list[int], request: dict) -> None:
    code = 1
    try:
        _become_caller(fds, request)
        code = _run(request["argv"])
    except BaseException:  # noqa: BLE001  (whatever happens, this process must not go back)
        with contextlib.suppress(BaseException):
            traceback.print_exc()
    finally:
        _flush()
        os._exit(code)


def _become_caller(fds: list[int], request: dict) -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(sig, signal.SIG_DFL)
    for target, fd in enumerate(fds):
        if fd != target:
            os.dup2(fd, target)
            os.close(fd)
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_CTYPE, "")  # as the interpreter does at its start
    os.chdir(request["cwd"])
    os.umask(request["umask"])
    sys.argv = [request["argv0"], *request["argv"]]
    streams = [
        _wrap(fd, mode, s) for fd, mode, s in zip((0, 1, 2), "rww", request["streams"], strict=True)
    ]
    sys.stdin, sys.stdout, sys.stderr = streams
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams


def _wrap(fd: int, mode: str, described: dict) -> io.TextIOWrapper:
    return io.TextIOWrapper(
        io.open(fd, mode + "b", closefd=False),  # noqa: UP020  (a descriptor, not a path)
        encoding=described["encoding"],
        errors=described["errors"],
        line_buffering=described["line_buffering"],
        write_through=described["write_through"],
    )


def _run(argv: list[str]) -> int:
    """What `cli.main` does with the command, and what the interpreter does with what escapes
    it (SystemExit's code, a traceback and 1, a KeyboardInterrupt's SIGINT)."""
    from .. import cli

    cli._OWN_PROCESS[0] = True  # noqa: SLF001
    gc.disable()
    try:
        code = cli.run(argv)
    except SystemExit as exc:
        code = _exit_code(exc.code)
    except KeyboardInterrupt:
        traceback.print_exc()
        _flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
        code = 130
    except Exception:  # noqa: BLE001  (the interpreter's own report of an uncaught exception)
        traceback.print_exc()
        code = 1
    finally:
        gc.enable()
    cli._end_command_process(code)  # noqa: SLF001  (os._exit when nothing else runs)
    import threading

    threading._shutdown()  # noqa: SLF001  (a thread the command left: wait, as an exit does)
    return code


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
