"""The signed-in commands through the resident helper (issue 22), timed beside the same
commands in-process: `cli_figures.cli_figures` adds `<key>_resident_s` (and `_resident_cpu_s`) for each
signed-in command, each run in the same rotation as its in-process twin.

The resident is started as an administrator would (`window-app resident start`) with its
socket in a private temporary runtime directory, so no other resident of this user is used or
disturbed, and stopped afterwards; `cli_resident_served` is the number of commands it reports
having run (every timed resident run, and the warm-up, must have gone through it). A run
starts at the launcher's `exec` and stops at its exit, as the in-process figures do; the
resident's own start is not in them (it is paid once, like a daemon's). The in-process figures
run with WINDOW_APP_RESIDENT=off, so a resident left running elsewhere cannot enter them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

SIGNED_IN = ("cli_signed_in_s", "cli_report_s", "cli_write_s")


@contextlib.contextmanager
def resident(
    python: str, env: dict, cwd: Path
) -> Iterator[tuple[dict, list[int], Callable[[], float]]]:
    """An environment whose commands go to a fresh resident; the list receives its count of
    commands run when it stops; the function reads the CPU seconds its finished children used
    (`cutime + cstime` of /proc/PID/stat: the resident reaps each command's handler as it
    ends, and the handler its command), to add to the launcher's own."""
    runtime = Path(tempfile.mkdtemp(prefix="wa-bench-rt-"))
    runtime.chmod(0o700)
    env = {k: v for k, v in env.items() if k != "WINDOW_APP_RESIDENT"}
    env["XDG_RUNTIME_DIR"] = str(runtime)
    launcher = [python, "-m", "window_app"]
    started = subprocess.run([*launcher, "resident", "start"], env=env, cwd=cwd,
                             capture_output=True, text=True, check=False)  # fmt: skip
    if started.returncode:
        raise RuntimeError(f"resident start: {started.stderr}")
    served: list[int] = []
    pid = _status(python, env, cwd)["pid"]
    try:
        yield env, served, lambda: children_cpu(pid)
    finally:
        served.append((_status(python, env, cwd) or {"served": -1})["served"])
        subprocess.run([*launcher, "resident", "stop"], env=env, cwd=cwd, capture_output=True,
                       check=False)  # fmt: skip
        shutil.rmtree(runtime, ignore_errors=True)


def children_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def _status(python: str, env: dict, cwd: Path) -> dict | None:
    probe = (
        "import json; from window_app.cli.resident_cmd import ask; print(json.dumps(ask('status')))"
    )
    out = subprocess.run([python, "-c", probe], env=env, cwd=cwd, capture_output=True,
                         text=True, check=False).stdout  # fmt: skip
    return json.loads(out or "null")


def resident_key(key: str) -> str:
    return key.removesuffix("_s") + "_resident_s"
