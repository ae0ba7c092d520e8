"""Where a signed-in CLI command's time goes, phase by phase, from `exec` to the process's exit.

    python -m bench.cli_timeline --runs 5 [--python OTHER/.venv/bin/python] -- \\
        --user super --password-file F list applications --date 2026-12-01

Each run is a child process of the given interpreter(s), taken in turn (this checkout's first,
then each `--python`, e.g. another checkout's venv, so both are measured in the same minutes).
The child imports the modules a signed-in `list applications` loads in the order it loads them,
marking wall (`time.monotonic`, from the parent's spawn instant) and CPU (`process_time`) after
each; it then wraps the command's phases (argument parsing, the file's check, the engine, the
migration head, the sign-in and its argon2 verify, the must-change check, the query, the
output) and runs the launcher (`cli.main`) as `window-app` does, with garbage collection off
while it imports when the launcher does so. The last phase, the process's end, is measured by the
parent (`os.wait4`: its exit and the child's total CPU). Medians of each phase's increment are
printed per interpreter (bench/RESULTS.md, "signed-in CLI commands, the process's end").
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
T0 = float(os.environ["TIMELINE_T0"])
marks = []
def mark(name):
    marks.append((name, time.monotonic() - T0, time.process_time()))
mark("interpreter + site")
import gc, importlib
import window_app.cli as cli
if hasattr(cli, "_OWN_PROCESS"):  # the launcher switches collection off from its start
    gc.disable()
mark("window_app.cli (argparse, logging, config)")
import sqlalchemy
mark("import sqlalchemy")
import sqlalchemy.orm
mark("import sqlalchemy.orm")
import window_app.storage.health, window_app.storage.migrate
mark("storage (database, health, migrate)")
import window_app.services.users
mark("services.users (argon2, audit, security models)")
import window_app.services.queries
mark("services.queries (application models, deadlines)")

def wrap(module, attr, label):
    m = importlib.import_module(module)
    f = getattr(m, attr)
    def w(*a, **k):
        mark(label + " >")
        try:
            return f(*a, **k)
        finally:
            mark(label + " <")
    setattr(m, attr, w)

wrap("window_app.cli", "_parser_for", "parse arguments")
wrap("window_app.storage.health", "check_database", "check of the file")
wrap("window_app.storage.database", "make_engine", "engine created")
wrap("window_app.storage.migrate", "upgrade", "migration head")
wrap("window_app.services.users", "login", "sign-in")
wrap("window_app.services.users", "_password_matches", "argon2 verify")
wrap("window_app.services.users", "must_change_password", "must-change check")
wrap("window_app.services.queries", "list_applications", "query")
wrap("window_app.cli.list_cmd", "print_rows", "output")

import atexit
def written():
    mark("atexit")
    with open(os.environ["TIMELINE_OUT"], "w", encoding="utf-8") as fh:
        for name, wall, cpu in marks:
            fh.write(f"{wall:.5f}\t{cpu:.5f}\t{name}\n")
atexit.register(written)
sys.argv[0] = "window-app"
cli.main()
"""


def _run(python: str, argv: list[str], out: Path) -> list[tuple[str, float, float]]:
    env = dict(os.environ, TIMELINE_OUT=str(out))
    t0 = time.monotonic()
    env["TIMELINE_T0"] = repr(t0)
    # -P: not the working directory first on the path (this checkout's package would shadow the
    # other interpreter's)
    child = subprocess.Popen([python, "-P", "-c", CHILD, *argv], env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    end = time.monotonic() - t0
    if status != 0:
        raise SystemExit(f"{python}: the command exited with status {status}")
    rows = [line.rstrip("\n").split("\t") for line in out.read_text("utf-8").splitlines()]
    marks = [(name, float(wall), float(cpu)) for wall, cpu, name in rows]
    return [*marks, ("process's end (teardown)", end, usage.ru_utime + usage.ru_stime)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", action="append", default=[], help="another interpreter")
    parser.add_argument("argv", nargs=argparse.REMAINDER, help="-- the command's arguments")
    args = parser.parse_args()
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    pythons = [sys.executable, *args.python]
    runs: dict[str, list] = {p: [] for p in pythons}
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "marks"
        for round_ in range(args.runs + 1):  # the first round warms the caches
            for python in pythons:
                marks = _run(python, argv, out)
                if round_:
                    runs[python].append(marks)
    print(f"load {load[0]:.2f} -> {os.getloadavg()[0]:.2f}; {args.runs} runs each, in turn")
    for python, taken in runs.items():
        print(f"== {python}")
        names = [m[0] for m in taken[0]]
        for k, name in enumerate(names):
            wall = statistics.median(r[k][1] - (r[k - 1][1] if k else 0) for r in taken)
            cpu = statistics.median(r[k][2] - (r[k - 1][2] if k else 0) for r in taken)
            at = statistics.median(r[k][1] for r in taken)
            print(f"{at * 1000:7.0f} ms  +{wall * 1000:6.1f} wall  +{cpu * 1000:6.1f} CPU  {name}")


if __name__ == "__main__":
    main()
