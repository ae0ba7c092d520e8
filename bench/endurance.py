"""The endurance run (issue 20): a clerk's working day, accelerated, through the real GUI.

    .venv/bin/python -m bench.endurance [--operations 5000] [--growing-list] [--code DIR]
        [--in-process-render] [--record]

Runs bench/clerk_day.py in a process of its own (offscreen Qt, a fresh SQLite hall) and reports
as JSON: crashes (the day's process ending any other way than a clean exit: the PySide6 fault of
issue 20 ended it with SIGABRT, exit 134), operations by kind, the longest UI-thread stall after
the warm-up, resident memory after the warm-up and at the end, and the live counts of
window_app.ui.benchmark.live_counts at both points. `--record` adds the run to bench/RESULTS.md.
The day keeps today's work list at a constant size (bench/clerk_day.py: the oldest open item
finished each applicant, a new working day every 25 applicants); `--growing-list` runs the
single day whose list grows by a row per applicant. `--code DIR` drives another checkout's
`window_app` and `printing` (e.g. /work/main) with this checkout's driver, to compare them in
the same minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import PySide6

RESULTS = Path(__file__).with_name("RESULTS.md")


ROOT = Path(__file__).resolve().parents[1]


def _code_root(code: Path | None, folder: str) -> Path:
    """Where the child starts (its working directory comes first on its import path): this
    checkout, or a folder holding this checkout's `bench` and `code`'s `window_app`/`printing`."""
    if code is None:
        return ROOT
    root = Path(folder) / "code"
    root.mkdir()
    shutil.copytree(ROOT / "bench", root / "bench", ignore=shutil.ignore_patterns(".cache"))
    for package in ("window_app", "printing"):
        (root / package).symlink_to(code.resolve() / package)
    return root


def run_day(
    operations: int,
    *,
    growing_list: bool = False,
    code: Path | None = None,
    in_process_render: bool = False,
) -> dict:
    with tempfile.TemporaryDirectory(prefix="window-app-day-") as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            WINDOW_APP_DATA_DIR=folder,
            WINDOW_APP_AUDIT_KEY_FILE=str(Path(folder) / "audit.key"),
        )
        env.pop("WINDOW_APP_DATABASE", None)
        cwd = _code_root(code, folder)
        extra = ["--growing-list"] if growing_list else []
        extra += ["--in-process-render"] if in_process_render else []
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-m", "bench.clerk_day", folder, "--operations", str(operations),
             *extra],
            capture_output=True, text=True, env=env, cwd=cwd,
        )  # fmt: skip
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {}
    # a crash is the process killed by a signal (the fault of issue 20: SIGABRT, 134 from a
    # shell) or ending without its report; the driver's own failures are reported as "stuck"
    crashed = child.returncode < 0 or child.returncode >= 128 or not lines
    report["crashes"] = 1 if crashed else 0
    report["exit_code"] = child.returncode
    report["wall_s"] = round(time.perf_counter() - started, 1)
    report["code"] = str(code.resolve()) if code else str(ROOT)
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
| the renderer process's RSS after the warm-up → at the end | {report.get("renderer_rss_warm_mb", "—")} MB → {report.get("renderer_rss_end_mb", "—")} MB ({report.get("renderer", "")}) |
| RSS growth per 1,000 operations | {report.get("rss_growth_mb_per_1000_ops", "—")} MB |
| the same from applicant 125 on (slope of the readings) | {report.get("rss_steady_growth_mb_per_1000_ops") or "—"} MB |
| work list rows at each reading (every 25 applicants) | {report.get("work_list_rows", "—")} ({"constant list" if report.get("constant_list") else "growing list"}, {report.get("working_days", 1)} working days) |
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
    parser.add_argument(
        "--growing-list", action="store_true", help="one day, nothing finished: the list grows"
    )
    parser.add_argument(
        "--in-process-render",
        action="store_true",
        help="documents rendered in the UI's process (the app before 2026-12-07)",
    )
    parser.add_argument(
        "--code", type=Path, help="another checkout whose window_app this driver runs"
    )
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    report = run_day(
        args.operations,
        growing_list=args.growing_list,
        code=args.code,
        in_process_render=args.in_process_render,
    )
    report["renderer"] = "in-process" if args.in_process_render else "renderer process"
    report["load_before"] = [round(x, 2) for x in load_before]
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, ensure_ascii=False))
    if args.record:
        record(report, args.operations)
    return 0 if report["crashes"] == 0 and not report.get("stuck") else 1


if __name__ == "__main__":
    sys.exit(main())
