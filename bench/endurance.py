"""The endurance run (issue 20): a clerk's working day, accelerated, through the real GUI.

    .venv/bin/python -m bench.endurance [--operations 5000] [--record]

Runs bench/clerk_day.py in a process of its own (offscreen Qt, a fresh SQLite hall) and reports
as JSON: crashes (the day's process ending any other way than a clean exit: the PySide6 fault of
issue 20 ended it with SIGABRT, exit 134), operations by kind, the longest UI-thread stall after
the warm-up, resident memory after the warm-up and at the end, and the live counts of
window_app.ui.benchmark.live_counts at both points. `--record` adds the run to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import PySide6

RESULTS = Path(__file__).with_name("RESULTS.md")


def run_day(operations: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="window-app-day-") as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            WINDOW_APP_DATA_DIR=folder,
            WINDOW_APP_AUDIT_KEY_FILE=str(Path(folder) / "audit.key"),
        )
        env.pop("WINDOW_APP_DATABASE", None)
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-m", "bench.clerk_day", folder, "--operations", str(operations)],
            capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1],
        )  # fmt: skip
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {}
    # a crash is the process killed by a signal (the fault of issue 20: SIGABRT, 134 from a
    # shell) or ending without its report; the driver's own failures are reported as "stuck"
    crashed = child.returncode < 0 or child.returncode >= 128 or not lines
    report["crashes"] = 1 if crashed else 0
    report["exit_code"] = child.returncode
    report["wall_s"] = round(time.perf_counter() - started, 1)
    if report["crashes"]:
        report["stderr_tail"] = child.stderr[-3000:]
    return report


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.cpu_count()} cores, load {load:.1f} at the end"
    )


def record(report: dict, operations: int) -> None:
    ops = ", ".join(f"{k} {v}" for k, v in report.get("operations", {}).items())
    text = f"""
## Endurance run (issue 20), {datetime.now():%Y-%m-%d %H:%M}

`.venv/bin/python -m bench.endurance --operations {operations} --record` ({machine()}).
A fresh SQLite hall; one supervisor at window A01 works by keyboard through the real main window
(offscreen Qt): intake, checklist, accept with the receipt previewed or a one-time notice, a name
search, a board refresh, closing the tabs, and an idle lock every 25 applicants. The figures after
the warm-up start after the first 25 applicants.

| figure | value |
|---|---|
| crashes | **{report["crashes"]}** (exit code {report["exit_code"]}) |
| operations | {report.get("operations_total", 0)} ({ops}) |
| applicants | {report.get("applicants", 0)} in {report.get("seconds", 0)} s |
| longest UI-thread stall after the warm-up | {report.get("ui_thread_max_ms", "—")} ms |
| RSS after the warm-up → at the end | {report.get("rss_warm_mb", "—")} MB → {report.get("rss_end_mb", "—")} MB |
| RSS growth per 1,000 operations | {report.get("rss_growth_mb_per_1000_ops", "—")} MB |
| the same from applicant 125 on (slope of the readings) | {report.get("rss_steady_growth_mb_per_1000_ops") or "—"} MB |
| live counts after the warm-up | `{json.dumps(report.get("counts_warm", {}))}` |
| live counts at the end | `{json.dumps(report.get("counts_end", {}))}` |
| stuck | {report.get("stuck") or "never"} |
"""
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=5000)
    parser.add_argument("--record", action="store_true", help="add the run to bench/RESULTS.md")
    args = parser.parse_args(argv)
    report = run_day(args.operations)
    print(json.dumps(report, ensure_ascii=False))
    if args.record:
        record(report, args.operations)
    return 0 if report["crashes"] == 0 and not report.get("stuck") else 1


if __name__ == "__main__":
    sys.exit(main())
