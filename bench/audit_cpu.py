"""Where `audit verify`'s CPU goes on PostgreSQL: the client's and the server's (issue 22).

.venv/bin/python -m bench.audit_cpu --url postgresql+psycopg://…/h1m --pgdata DIR [--runs 3]

On a shared machine the wall rate follows the others' load; the CPU per event does not, and
says what rate two free cores would give. Per run, `audit_verify.verify_database` in a process of its
own (`user_figures.audit_figures`: events/s, the process's and the largest worker's peak MB),
and around it:
- `client_cpu_s`: that process's CPU and its workers' (RUSAGE_CHILDREN, imports included);
- `server_cpu_s`: the CPU of the server's backends that served it, read as the growth of the
  postmaster's `cutime + cstime` (/proc: a backend's CPU is added there when it exits, and the
  verify's backends exit with it). The server at `--pgdata` must be this machine's and serve
  nothing else meanwhile (a throwaway bench cluster).
`cores_free_events_per_s` = 2 / (client + server CPU per event): the rate on two idle cores,
an estimate, not a measurement. Set WINDOW_APP_DATA_DIR and WINDOW_APP_AUDIT_KEY_FILE to the
generator's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from bench.user_figures import audit_figures


def _server_cpu_s(pgdata: Path) -> float:
    pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime, cstime


def run(url: str, pgdata: Path) -> dict:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    server, load = _server_cpu_s(pgdata), os.getloadavg()[0]
    figures = audit_figures(url)
    time.sleep(0.5)  # the backends' exit reaped by the postmaster
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    client = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    server = _server_cpu_s(pgdata) - server
    events = figures["audit_verify_events"]
    return {
        **{k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()},
        "client_cpu_s": round(client, 2),
        "server_cpu_s": round(server, 2),
        "client_us_per_event": round(client / events * 1e6, 2),
        "server_us_per_event": round(server / events * 1e6, 2),
        "cores_free_events_per_s": round(2 * events / (client + server)),
        "load": [round(load, 2), round(os.getloadavg()[0], 2)],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.audit_cpu")
    p.add_argument("--url", required=True, help="a PostgreSQL hall (bench.hall_generator)")
    p.add_argument("--pgdata", required=True, type=Path, help="its server's data directory")
    p.add_argument("--runs", type=int, default=1)
    args = p.parse_args(argv)
    for _ in range(args.runs):
        print(json.dumps(run(args.url, args.pgdata)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
