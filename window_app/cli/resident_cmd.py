"""`window-app resident start [--idle-minutes N] | stop | status`: the resident helper
(`window_app.resident`), started on purpose by whoever scripts many commands; it keeps the
database layer imported and forks one child per command, and ends by itself after N quiet
minutes (default 15).

    start   starts it (or finds it running); prints its line; exit 0, 1 when it cannot start
    stop    ends it; exit 0 (also when none was running)
    status  prints its line; exit 0 when running, 1 when not
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import datetime

from ..resident import protocol
from .common import public

EXIT_OK, EXIT_FAIL = 0, 1
NOT_RUNNING = "常驻进程未运行"


def register(sub, common) -> None:  # noqa: ANN001
    resident = sub.add_parser(
        "resident", parents=[common], help="the resident helper that makes commands start fast"
    )
    ops = resident.add_subparsers(dest="op", required=True, metavar="OP")
    start = ops.add_parser("start", parents=[common], help="start it (idempotent)")
    start.add_argument(
        "--idle-minutes", type=_minutes, default=protocol.IDLE_MINUTES, metavar="N",
        help=f"end after N minutes without a command (default {protocol.IDLE_MINUTES})",
    )  # fmt: skip
    start.set_defaults(handler=public(_start))
    ops.add_parser("stop", parents=[common], help="end it").set_defaults(handler=public(_stop))
    ops.add_parser("status", parents=[common], help="is it running?").set_defaults(
        handler=public(_status)
    )


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 7 * 24 * 60:
        raise argparse.ArgumentTypeError("须为 0 到 10080 之间的分钟数")
    return value


def ask(op: str) -> dict | None:
    """The resident's answer to `op` ("status" or "stop"); None when none of this user and
    this installation is up, or it ran other code (it has ended itself then)."""
    sock = protocol.connect(protocol.socket_path(), timeout=5.0)
    if sock is None:
        return None
    with sock:
        try:
            protocol.send(sock, {"version": protocol.VERSION, "key": protocol.code_key(), "op": op})
            answer = protocol.receive(sock)
        except (OSError, ConnectionError):
            return None
    return answer if "pid" in answer else None


def describe(answer: dict) -> str:
    started = datetime.fromtimestamp(answer["started"]).strftime("%Y-%m-%d %H:%M:%S")
    return (
        f"常驻进程运行中：pid {answer['pid']}，启动于 {started}，已执行 {answer['served']} 条命令，"
        f"空闲 {answer['idle_minutes']:g} 分钟后自动退出（{protocol.socket_path()}）"
    )


def _status(args) -> int:  # noqa: ANN001, ARG001
    answer = ask("status")
    print(describe(answer) if answer else NOT_RUNNING)
    return EXIT_OK if answer else EXIT_FAIL


def _stop(args) -> int:  # noqa: ANN001, ARG001
    answer = ask("stop")
    print(f"常驻进程已停止（pid {answer['pid']}）" if answer else NOT_RUNNING)
    return EXIT_OK


def _start(args) -> int:  # noqa: ANN001
    answer = ask("status")
    if answer:
        print(describe(answer))
        return EXIT_OK
    server = protocol.spawn(args.idle_minutes, subprocess.PIPE)
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline:
        answer = ask("status")
        if answer:
            server.stderr.close()
            print(describe(answer))
            return EXIT_OK
        if server.poll() is not None:
            message = server.stderr.read().decode(errors="replace").strip()
            print(message or "window-app: 常驻进程未能启动", file=sys.stderr)
            return EXIT_FAIL
        time.sleep(0.05)
    print("window-app: 常驻进程 60 秒内未就绪", file=sys.stderr)
    return EXIT_FAIL
