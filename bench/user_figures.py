"""The figures users feel (issue 22), each beside its floor measured in the same run.

`bench.bench` calls `figures(...)` for its sections `usable`, `cli`, `audit`, `worklist`,
`phone`, `day` (bench/README.md says what each starts and stops on). Every measure here runs
the real app: a child process for what a process start or a process's memory is about, the
services in process for queries.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .cli_figures import cli_figures

ROOT = Path(__file__).resolve().parent.parent

# The card's own stack (issue 22): PySide6 QtWidgets, the SQLAlchemy ORM and reportlab imported,
# the CJK font registered, a QMainWindow shown. The first line is printed from the event loop's
# first turn (the start floor); then a one-page CJK PDF is rendered and the second line carries
# the peak memory after it (the full floor that RSS after the first receipt is compared with).
STACK_FLOOR = """
import io, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from printing.fonts import candidate_paths
path = next(p for p in candidate_paths() if __import__("os").path.isfile(p))
pdfmetrics.registerFont(TTFont("Floor", path, subfontIndex=0))
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
def hwm():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(status["VmHWM"].split()[0])
def shown():
    print(json.dumps({"peak_rss_kb": hwm(), "cpu_s": sum(__import__("os").times()[:2])}),
          flush=True)
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont("Floor", 12)
    c.drawString(72, 720, "受理通知书 湛江市政务服务中心 申请人 材料清单")
    c.showPage()
    c.save()
    pss = next(int(l.split()[1]) for l in open("/proc/self/smaps_rollup") if l.startswith("Pss:"))
    print(json.dumps({"peak_rss_kb": hwm(), "pss_kb": pss, "pdf_bytes": len(out.getvalue())}),
          flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def compile_bytecode() -> None:
    """The app's own modules compiled to bytecode (`__pycache__`), as installing the app does
    (pip compiles a wheel's modules; the libraries in the venv are). Where the environment sets
    PYTHONDONTWRITEBYTECODE (this machine's does) a source checkout otherwise recompiles every
    module at every start (bench/RESULTS.md, issue 22), a cost no installed app pays and the
    card-stack floor, all libraries, never does."""
    import compileall

    for package in ("window_app", "printing"):
        compileall.compile_dir(ROOT / package, quiet=1)


def _child_lines(cmd: list[str], env: dict, lines: int) -> tuple[float, list[dict]]:
    """(seconds from exec to the first JSON line, the first `lines` JSON lines)."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    first = proc.stdout.readline()
    elapsed = time.perf_counter() - t
    got = [first, *(proc.stdout.readline() for _ in range(lines - 1))]
    proc.stdout.read()
    proc.wait()
    values = [json.loads(line) for line in got if line.strip().startswith("{")]
    if len(values) < lines:
        raise RuntimeError(f"{cmd[:3]} printed {len(values)} of {lines} lines ({proc.returncode})")
    return elapsed, values


def stack_floor() -> tuple[float, int, float, int]:
    """(start s, peak kB after a CJK PDF, CPU s to the start, PSS kB after the PDF) of the
    card-stack floor."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    elapsed, (shown, after) = _child_lines([sys.executable, "-c", STACK_FLOOR], env, 2)
    return elapsed, after["peak_rss_kb"], shown["cpu_s"], after["pss_kb"]


def usable_start(db_path: Path, login: str) -> tuple[float, dict, dict]:
    """(s from exec to the filled work list painted, that line, the line after the receipt)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        WINDOW_APP_BENCHMARK="usable",
        WINDOW_APP_BENCHMARK_LOGIN=login,
    )
    cmd = [sys.executable, "-m", "window_app", "--database", f"sqlite:///{db_path}"]
    elapsed, (usable, receipt) = _child_lines(cmd, env, 2)
    return elapsed, usable, receipt


def usable_figures(db_path: Path, login: str, runs: int) -> dict:
    """Usable start and memory against the card-stack floor, samples taken in turn; first the
    day's first start (today's daily backups removed, so it backs the file up meanwhile)."""
    from datetime import date

    for daily in (db_path.parent / "backups").glob(f"daily-{date.today():%Y%m%d}-*.sqlite3"):
        daily.unlink()
    first_t, first, first_settled = usable_start(db_path, login)
    ours, floors = [], []
    for _ in range(runs):
        ours.append(usable_start(db_path, login))
        floors.append(stack_floor())
    r: dict = {
        "usable_first_start_s": first_t,
        "usable_first_start_ui_thread_max_ms": first["ui_thread_max_ms"],
        # from the shown window until the features are in and the day's backup is done
        "usable_first_start_settled_ui_thread_max_ms": first_settled["settled_ui_thread_max_ms"],
        "usable_first_start_settled_s": first_t + first_settled["settled_after_usable_s"],
        "usable_start_s": statistics.median(t for t, _u, _r in ours),
        "stack_floor_start_s": statistics.median(f[0] for f in floors),
        "stack_floor_memory_kb": statistics.median(f[1] for f in floors),
        "stack_floor_pss_kb": statistics.median(f[3] for f in floors),
        # CPU time (every thread) from exec to the same moments: on a machine loaded by others
        # the wall times above wait for the CPU; these move less
        "usable_cpu_s": statistics.median(u["cpu_s"] for _t, u, _r in ours),
        "stack_floor_cpu_s": statistics.median(f[2] for f in floors),
        "usable_rows": ours[0][1]["rows"],
        "usable_focus": ours[0][1]["focus"],
        "usable_ui_thread_max_ms": max(u["ui_thread_max_ms"] for _t, u, _r in ours),
        "usable_settled_ui_thread_max_ms": max(
            rc["settled_ui_thread_max_ms"] for _t, _u, rc in ours
        ),
        "first_receipt_memory_kb": statistics.median(rc["peak_rss_kb"] for _t, _u, rc in ours),
        # the renderer process the app starts (services.render_process): documents' memory
        "renderer_memory_kb": statistics.median(
            rc.get("renderer_peak_rss_kb", 0) for _t, _u, rc in ours
        ),
        # what both processes take together (proportional set sizes: shared pages once)
        "first_receipt_pss_kb": statistics.median(rc.get("pss_kb", 0) for _t, _u, rc in ours),
        "renderer_pss_kb": statistics.median(rc.get("renderer_pss_kb", 0) for _t, _u, rc in ours),
    }
    r["usable_start_ratio"] = r["usable_start_s"] / r["stack_floor_start_s"]
    r["usable_cpu_ratio"] = r["usable_cpu_s"] / r["stack_floor_cpu_s"]
    r["memory_stack_ratio"] = r["first_receipt_memory_kb"] / r["stack_floor_memory_kb"]
    # both processes' peaks added (their shared pages counted twice: an upper bound)
    r["memory_with_renderer_ratio"] = (r["first_receipt_memory_kb"] + r["renderer_memory_kb"]) / r[
        "stack_floor_memory_kb"
    ]
    r["memory_pss_with_renderer_ratio"] = (r["first_receipt_pss_kb"] + r["renderer_pss_kb"]) / r[
        "stack_floor_memory_kb"
    ]
    return r


# --- audit verification ------------------------------------------------------------------------

VERIFY = """
import json, resource, sys, time
from window_app.services import audit, audit_verify
from window_app.storage.database import Database
db = Database(sys.argv[1])
t = time.perf_counter()
result = audit_verify.verify_database(db)
elapsed = time.perf_counter() - t
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({"events": result.events, "breaks": len(result.breaks), "seconds": elapsed,
                  "peak_rss_kb": int(status["VmHWM"].split()[0]),
                  "workers_peak_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


# The floor: every row read raw (sqlite3, no SQLAlchemy) and one HMAC-SHA256 over its columns'
# text: what any verification of the chain must do at least.
VERIFY_FLOOR = """
import hashlib, hmac, json, sqlite3, sys, time
key = b"k" * 32
conn = sqlite3.connect(sys.argv[1])
t = time.perf_counter()
n = 0
for row in conn.execute("SELECT * FROM audit_events ORDER BY id"):
    hmac.digest(key, "|".join(map(str, row)).encode(), "sha256").hex()
    n += 1
print(json.dumps({"events": n, "seconds": time.perf_counter() - t}))
"""


def audit_floor(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", VERIFY_FLOOR, str(path)],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    v = json.loads(done.stdout.strip().splitlines()[-1])
    return {"audit_verify_floor_events_per_s": v["events"] / v["seconds"]}


def audit_figures(url: str) -> dict:
    """`audit_verify.verify_database` in a process of its own: events per second of the walk (from
    the call to its result; imports excluded) and the process's peak memory (VmHWM)."""
    done = subprocess.run(
        [sys.executable, "-c", VERIFY, url], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode:
        raise RuntimeError(f"audit verify failed: {done.stderr[-2000:]}")
    v = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "audit_verify_events": v["events"],
        "audit_verify_breaks": v["breaks"],
        "audit_verify_s": v["seconds"],
        "audit_verify_events_per_s": v["events"] / v["seconds"],
        "audit_verify_peak_mb": v["peak_rss_kb"] / 1024,
        # the largest worker process's own peak (forked: shared pages counted in both)
        "audit_verify_worker_peak_mb": v["workers_peak_rss_kb"] / 1024,
    }


# --- backup ------------------------------------------------------------------------------------


def backup_figures(db_path: Path, runs: int) -> dict:
    """`storage.backup.backup_to` as `db backup` and an administrator's backup run it (the
    online copy in steps, then the copy proven whole and sound: its page count and
    `PRAGMA quick_check`), and as the day's first backup runs it (`full_check`: `PRAGMA
    integrity_check` as well, in the background), against the sqlite3 shell's `.backup` of
    the same file, taken in turn; the copy alone is reported too."""
    import shutil
    import tempfile

    from window_app.storage import backup
    from window_app.storage.database import Database

    shell = shutil.which("sqlite3")
    db = Database(f"sqlite:///{db_path}")
    ours, daily, copies, floors = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as folder:
        out = Path(folder)
        for i in range(runs):
            t = time.perf_counter()
            backup.backup_to(db, out / f"ours-{i}.sqlite3")
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            backup.backup_to(db, out / f"daily-{i}.sqlite3", full_check=True)
            daily.append(time.perf_counter() - t)
            t = time.perf_counter()
            backup._copy(db_path, out / f"copy-{i}.sqlite3")
            copies.append(time.perf_counter() - t)
            if shell:
                t = time.perf_counter()
                subprocess.run([shell, str(db_path), f".backup {out / f'shell-{i}.sqlite3'}"],
                               check=True)  # fmt: skip
                floors.append(time.perf_counter() - t)
            for f in out.iterdir():
                f.unlink()
    db.dispose()
    r: dict = {
        "backup_s": statistics.median(ours),
        "backup_daily_s": statistics.median(daily),
        "backup_copy_s": statistics.median(copies),
        "backup_file_mb": db_path.stat().st_size / 2**20,
    }
    if floors:
        r["backup_shell_s"] = statistics.median(floors)
        r["backup_ratio"] = r["backup_s"] / r["backup_shell_s"]
        r["backup_daily_ratio"] = r["backup_daily_s"] / r["backup_shell_s"]
        r["backup_copy_ratio"] = r["backup_copy_s"] / r["backup_shell_s"]
    return r


# --- queries -----------------------------------------------------------------------------------


def work_list_figures(db, clerk, median_ms: Callable, n: int) -> dict:  # noqa: ANN001
    """The clerk's work list (`queries.work_list`, the GUI's call), today and on a busy day."""
    from window_app.services import queries

    return {
        "work_list_ms": median_ms(lambda: queries.work_list(db, clerk), n),
        "work_list_rows": len(queries.work_list(db, clerk)),
    }


def fragment_worst(db, median_ms: Callable, n: int) -> dict:  # noqa: ANN001
    """Name search on a common, a rare and an old-only fragment; the worst is reported."""
    from sqlalchemy import func, select

    from window_app.services import lookup
    from window_app.storage.models import Applicant

    with db.reading() as s:
        top = s.scalar(select(func.max(Applicant.id))) or 1
        oldest = s.scalars(
            select(Applicant.name).where(Applicant.id <= max(2, top // 100)).limit(500)
        ).all()
        newest = s.scalars(
            select(Applicant.name).where(Applicant.id > top - top // 3).limit(5000)
        ).all()
        rare = s.scalar(
            select(Applicant.name).where(Applicant.id >= top // 2, Applicant.kind == "person")
        )
    recent = "".join(newest)
    old_only = next(
        (name[i : i + 2] for name in oldest for i in range(len(name) - 1)
         if name[i : i + 2] not in recent),
        oldest[0][:2] if oldest else "张",
    )  # fmt: skip
    fragments = {"common": "有限", "rare": (rare or "张伟")[-2:], "old_only": old_only}
    r: dict = {}
    for kind, text in fragments.items():
        r[f"fragment_{kind}"] = text
        r[f"fragment_{kind}_ms"] = median_ms(
            lambda t=text: lookup.find_applications(db, t, kind="name"), n
        )
    worst = max(fragments, key=lambda k: r[f"fragment_{k}_ms"])
    r["fragment_worst_ms"] = r[f"fragment_{worst}_ms"]
    r["fragment_worst"] = fragments[worst]
    return r


def phone_figures(db, median_ms: Callable, n: int) -> dict:  # noqa: ANN001
    """The lookup service's phone lookup (`find_applications(kind="phone")`) of a stored
    phone number typed with dashes, as a clerk reads it off a form."""
    from sqlalchemy import select

    from window_app.services import lookup
    from window_app.storage.models import Applicant

    rng = random.Random(5)
    with db.reading() as s:
        top = s.scalar(select(Applicant.id).order_by(Applicant.id.desc()).limit(1)) or 1
        phone = s.scalar(
            select(Applicant.phone)
            .where(Applicant.id >= rng.randrange(1, top), Applicant.phone.is_not(None))
            .limit(1)
        )
    if not phone:
        return {"phone_lookup_ms": None}
    digits = "".join(ch for ch in phone if ch.isdigit())
    typed = f"{digits[:3]}-{digits[3:7]}-{digits[7:]}" if len(digits) == 11 else digits
    return {
        "phone_lookup_ms": median_ms(lambda: lookup.find_applications(db, typed, kind="phone"), n),
        "phone_lookup_hits": len(lookup.find_applications(db, typed, kind="phone")),
    }


# --- a day at the counter ----------------------------------------------------------------------


def day_figures(operations: int) -> dict:
    """The endurance run's day (bench/endurance.py): RSS growth per 1,000 operations after the
    warm-up and the UI thread's longest stall."""
    from bench import endurance

    report = endurance.run_day(operations)
    return {
        "day_operations": operations,
        "day_memory_growth_mb": report.get("rss_growth_mb_per_1000_ops"),
        # from applicant 125 on (None in a day shorter than 200 applicants: not --quick)
        "day_steady_memory_growth_mb": report.get("rss_steady_growth_mb_per_1000_ops"),
        "day_ui_thread_max_ms": report.get("ui_thread_max_ms"),
        # the most the UI thread itself ran within one gap (the rest of a gap is the load's)
        "day_ui_gap_on_core_max_ms": report.get("ui_gap_on_core_max_ms"),
        "day_ui_worst_by_step_ms": report.get("ui_worst_by_step_ms"),
        # the work list's rows at each RSS reading: constant (25) since 2026-12-07
        "day_work_list_rows": report.get("work_list_rows"),
        "day_crashes": report.get("crashes"),
        "day_applicants": report.get("applicants"),
        "day_stuck": (report.get("stuck") or "")[-300:] or None,
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.user_figures cli|backup --database FILE [--runs N] [--user NAME
    --password-file FILE]`: one section's figures as JSON, with the load average before and
    after (issue 22: each command kind against `python -c pass` in the same run)."""
    import argparse

    parser = argparse.ArgumentParser(prog="bench.user_figures")
    parser.add_argument("section", choices=("cli", "backup"))
    parser.add_argument("--database", type=Path, required=True, help="a SQLite file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--user", help="sign in as NAME for the signed-in database commands")
    parser.add_argument("--admin", help="sign in as NAME (an administrator) for the write")
    parser.add_argument("--password-file", type=Path)
    args = parser.parse_args(argv)
    sign_in = admin_sign_in = None
    if args.user and args.password_file:
        sign_in = ["--user", args.user, "--password-file", str(args.password_file)]
    if args.admin and args.password_file:
        admin_sign_in = ["--user", args.admin, "--password-file", str(args.password_file)]
    load_before = os.getloadavg()
    if args.section == "cli":
        r = cli_figures(args.database, args.runs, sign_in, admin_sign_in)
    else:
        r = backup_figures(args.database, args.runs)
    r["load_average"] = {"before": load_before, "after": os.getloadavg()}
    r["runs"] = args.runs
    print(json.dumps(r, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
