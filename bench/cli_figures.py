"""The command line's figures (issue 22): each command kind timed as a process from `exec` to
exit, beside `python -c pass`, in turn with the others, and the signed-in ones also through a
resident helper (`bench.cli_resident`). `bench.bench` reports them in its section `cli`."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from window_app.core.uscc import UsccParts

from . import cli_resident

ROOT = Path(__file__).resolve().parent.parent


def _valid_uscc() -> str:
    return UsccParts("9", "1", "440802", "MA4B0001").compose()


def cli_commands(
    db_path: Path, sign_in: list[str] | None = None, admin_sign_in: list[str] | None = None
) -> dict[str, list[str]]:
    """One command of each kind: codes, calendar, catalogue (no database), a database command;
    with `sign_in` (`--user NAME --password-file FILE`, a supervisor), the signed-in reads
    (`cli_signed_in_s`: `list applications` of a day; `cli_report_s`: `report daily`); with
    `admin_sign_in`, a signed-in write (`cli_write_s`: `badcredit import` of a one-entry file,
    the same entry each time: added once, then updated, each import audited)."""
    database = ["--database", f"sqlite:///{db_path}"]
    commands = {
        "cli_start_s": ["check", "uscc", _valid_uscc()],
        "cli_workdays_s": ["workdays", "add", "2026-12-01", "10"],
        "cli_catalog_s": ["catalog", "validate"],
        "cli_database_s": [*database, "catalog", "list"],
    }
    if sign_in:
        commands["cli_signed_in_s"] = [*database, *sign_in, "list", "applications",
                                       "--date", "2026-12-01"]  # fmt: skip
        commands["cli_report_s"] = [*database, *sign_in, "report", "daily", "--date",
                                    "2026-12-01"]  # fmt: skip
    if admin_sign_in:
        entry = db_path.with_name("cli-credit-entry.csv")
        code = UsccParts("9", "1", "440802", "MA4B0B01").compose()  # no applicant of the bench's
        entry.write_text(f"code,name,reason\n{code},基准测试企业,未按规定公示年度报告\n",
                         encoding="utf-8")  # fmt: skip
        commands["cli_write_s"] = [*database, *admin_sign_in, "badcredit", "import", str(entry)]
    return commands


def _timed(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the child, exit code)."""
    before = os.times()
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, cwd=ROOT, check=False, env=env)
    wall = time.perf_counter() - t
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, done.returncode


def cli_figures(
    db_path: Path,
    runs: int,
    sign_in: list[str] | None = None,
    admin_sign_in: list[str] | None = None,
    resident: bool = True,
) -> dict:
    """Median seconds of each command kind, as a process; `python -c pass` as the floor
    (`cli_floor_s`, timed in turn with the others in the same run). Also each one's median CPU
    seconds (`*_cpu_s`), which the machine's load does not stretch.

    The children may write their bytecode (an installed app has it: pip compiles it), even when
    this process runs with PYTHONDONTWRITEBYTECODE: otherwise every run would compile the
    app's own modules again and time the compiler. With `resident` (and a sign-in), each
    signed-in command is also timed through a resident helper (`bench.cli_resident`)."""
    py = sys.executable
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["WINDOW_APP_RESIDENT"] = "off"  # in-process: no resident of this user enters these
    commands = {
        k: ([py, "-m", "window_app", *v], env, None)
        for k, v in cli_commands(db_path, sign_in, admin_sign_in).items()
    }
    commands["cli_floor_s"] = ([py, "-c", "pass"], env, None)
    with contextlib.ExitStack() as stack:
        if resident and sign_in:
            there, served, used = stack.enter_context(cli_resident.resident(py, env, ROOT))
            for key in cli_resident.SIGNED_IN:
                if key in commands:
                    commands[cli_resident.resident_key(key)] = (commands[key][0], there, used)
        r = _rotation(commands, runs)
    if resident and sign_in:
        r["cli_resident_served"] = served[0]
    return r


def _rotation(commands: dict[str, tuple[list[str], dict, Callable | None]], runs: int) -> dict:
    """Each command `runs` times in turn; the CPU of a child is its own, plus what `elsewhere()`
    (CPU seconds used so far by processes it asked to work, e.g. the resident's children)
    grew by during the run."""
    samples: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    codes: dict[str, int] = {}
    for cmd, env, _elsewhere in commands.values():  # warm the page cache and the bytecode
        _timed(cmd, env)
    for _ in range(runs):
        for key, (cmd, env, elsewhere) in commands.items():  # in turn: the load moves them all
            before = elsewhere() if elsewhere else 0.0
            elapsed, used, codes[key] = _timed(cmd, env)
            samples[key].append(elapsed)
            cpu[key].append(used + ((elsewhere() - before) if elsewhere else 0.0))
    r: dict = {k: statistics.median(v) for k, v in samples.items()}
    r.update({k.removesuffix("_s") + "_cpu_s": statistics.median(v) for k, v in cpu.items()})
    r["cli_exit_codes"] = {k: v for k, v in codes.items() if v}
    return r
