"""The benchmark run: every figure beside its floor, measured in the same run (bench/README.md).

bench/run --quick            # 20,000 applications (cached), JSON on stdout, ≈ 4 min (the day: 2)
bench/run                    # 1,000,000 applications over 3650 days, JSON + bench/RESULTS.md
bench/run --database FILE    # an existing demo database (e.g. from `window-app demo`)
bench/run --database FILE --only search,lookup   # some sections (see SECTIONS), JSON only
bench/run --postgres URL     # also the hall's PostgreSQL database (bench/postgres.py)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
DATA = CACHE / "data"  # audit key and backups of the benchmark databases
os.environ.setdefault("WINDOW_APP_DATA_DIR", str(DATA))
os.environ.setdefault("WINDOW_APP_AUDIT_KEY_FILE", str(DATA / "audit.key"))

from sqlalchemy import select  # noqa: E402

from bench import audit_trail, cli_figures, user_figures  # noqa: E402
from window_app.core import idcard  # noqa: E402
from window_app.core.checklist import Mark  # noqa: E402
from window_app.core.uscc import UsccParts  # noqa: E402
from window_app.services import accept, demo, documents, guides, intake, lookup, metrics  # noqa: E402
from window_app.services.users import login  # noqa: E402
from window_app.storage import migrate  # noqa: E402
from window_app.storage.database import Database  # noqa: E402
from window_app.storage.models import Applicant, Application  # noqa: E402

from . import hall_generator  # noqa: E402
from .timing import median_ms, versus_raw  # noqa: E402

TARGETS = {
    "start_ratio": ("≤ 3× bare QMainWindow", lambda v: v <= 3),
    "board_ratio": ("≤ 2× raw sqlite3", lambda v: v <= 2),
    "board_ms": ("< 10 ms", lambda v: v < 10),
    "overdue_ratio": ("≤ 2× raw sqlite3", lambda v: v <= 2),
    "overdue_ms": ("< 10 ms", lambda v: v < 10),
    "lookup_ratio": ("≤ 2× raw sqlite3 (worst of number/ID/USCC)", lambda v: v <= 2),
    "lookup_ms": ("< 10 ms (worst of number/ID/USCC)", lambda v: v < 10),
    "fragment_search_ms": ("< 100 ms (3-character fragment, trigram index)", lambda v: v < 100),
    "fragment_search_short_ms": ("< 100 ms (2-character fragment, bigrams)", lambda v: v < 100),
    "accept_receipt_ms": ("< 60 ms", lambda v: v < 60),
    "memory_ratio": ("≤ 2× bare QMainWindow", lambda v: v <= 2),
    "ui_thread_max_ms": ("< 100 ms", lambda v: v < 100),
    "usable_start_ratio": ("≤ 1.5× the card-stack floor", lambda v: v <= 1.5),
    "memory_stack_ratio": ("≤ 1.5× the full card-stack floor", lambda v: v <= 1.5),
    "day_memory_growth_mb": ("≤ 1 MB per 1,000 operations", lambda v: v <= 1),
    "day_ui_thread_max_ms": ("≤ 100 ms", lambda v: v <= 100),
    "work_list_ms": ("< 10 ms", lambda v: v < 10),
    "fragment_worst_ms": ("< 100 ms (common, rare, old-only)", lambda v: v < 100),
    "audit_verify_events_per_s": ("≥ 200,000 events/s", lambda v: v >= 200_000),
    "audit_verify_peak_mb": ("≤ 150 MB", lambda v: v <= 150),
    "cli_start_s": ("≤ 0.3 s (check uscc)", lambda v: v <= 0.3),
    "cli_workdays_s": ("≤ 0.3 s", lambda v: v <= 0.3),
    "cli_catalog_s": ("≤ 0.3 s", lambda v: v <= 0.3),
    "cli_database_s": ("≤ 0.6 s", lambda v: v <= 0.6),
    "cli_signed_in_s": ("≤ 0.6 s (list applications, signed in)", lambda v: v <= 0.6),
    "cli_report_s": ("≤ 0.6 s (report daily, signed in)", lambda v: v <= 0.6),
    "cli_write_s": ("≤ 0.6 s (badcredit import, signed in)", lambda v: v <= 0.6),
    "cli_signed_in_resident_s": (
        "≤ 0.6 s (list applications, resident helper)",
        lambda v: v <= 0.6,
    ),
    "cli_report_resident_s": ("≤ 0.6 s (report daily, resident helper)", lambda v: v <= 0.6),
    "cli_write_resident_s": ("≤ 0.6 s (badcredit import, resident helper)", lambda v: v <= 0.6),
    "phone_lookup_ms": ("< 10 ms", lambda v: v < 10),
    "backup_ratio": ("≤ 2× the sqlite3 shell's .backup", lambda v: v <= 2),
    "pg_board_ms": ("< 10 ms (PostgreSQL)", lambda v: v < 10),
    "pg_overdue_ms": ("< 10 ms (PostgreSQL)", lambda v: v < 10),
    "pg_lookup_ms": ("< 10 ms (PostgreSQL, worst of number/ID/USCC)", lambda v: v < 10),
    "pg_fragment_search_ms": ("< 100 ms (PostgreSQL, pg_trgm)", lambda v: v < 100),
    "pg_fragment_search_short_ms": ("< 100 ms (PostgreSQL, bigrams)", lambda v: v < 100),
}
DAY_OPERATIONS = {True: 600, False: 5000}  # the endurance day: --quick, full
FOOD = "SC-0006"
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")
BARE = """
import json, resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
def done():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    print(json.dumps({"peak_rss_kb": int(status["VmHWM"].split()[0])}), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


# --- the database ------------------------------------------------------------------------------


def prepare(path: Path, applications: int, days: int) -> None:
    if path.exists():
        return
    tmp = path.with_suffix(".partial")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    db = Database(f"sqlite:///{tmp}")
    migrate.upgrade(db)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\rgenerating {done}/{total}", end="", file=sys.stderr, flush=True)

    hall_generator.generate(db, applications, days=days, progress=progress)
    print(f"\ngenerated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db.dispose()
    raw = sqlite3.connect(tmp)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    tmp.rename(path)


# --- the measures ------------------------------------------------------------------------------


def accept_receipts(db: Database, clerk, n: int) -> float:  # noqa: ANN001
    """Median ms of accept + receipt PDF, for people and organisations in turn."""
    rng = random.Random(7)
    times = []
    marks = [Mark(k, "received") for k in FOOD_KEYS]
    for i in range(n + 1):
        if i % 2:
            body = f"MA4B{rng.randrange(10**4):04d}"
            code = UsccParts("9", "1", "440802", body).compose()
            who = intake.ApplicantInput("organisation", f"湛江市基准测试{i}号有限公司", uscc=code)
        else:
            first = f"440802{1985 + i % 20}0101{rng.randrange(1000):03d}"
            who = intake.ApplicantInput(
                "person", "基准测试人", id_number=first + idcard.check_digit(first)
            )
        started = intake.start_application(db, clerk, matter_code=FOOD, applicant=who, marks=marks)
        t = time.perf_counter()
        outcome = accept.accept(db, clerk, started.number)
        pdf = documents.render(outcome.document)
        elapsed = (time.perf_counter() - t) * 1000
        assert pdf.startswith(b"%PDF")
        if i:  # the first one pays for font registration
            times.append(elapsed)
    return statistics.median(times)


def app_process(db_path: Path, mode: str | None) -> tuple[float, dict]:
    """(seconds to the first JSON line, that JSON) for the app (mode) or the bare window (None)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if mode is None:
        cmd = [sys.executable, "-c", BARE]
    else:
        env.update(
            WINDOW_APP_BENCHMARK=mode, WINDOW_APP_BENCHMARK_LOGIN=f"super:{demo.DEMO_PASSWORD}"
        )
        cmd = [sys.executable, "-m", "window_app", "--database", f"sqlite:///{db_path}"]
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    line = proc.stdout.readline()
    shown = time.perf_counter() - t
    proc.stdout.read()
    _pid, status = os.waitpid(proc.pid, 0)
    if not line.strip():
        raise RuntimeError(f"{cmd[:3]} printed nothing (status {status})")
    values = json.loads(line)
    return shown, values


def fragment_figures(db: Database, three: str, n: int) -> dict:
    """Name search with a 3-character name and with its last two characters (a given name)."""
    r: dict = {"fragment": three, "fragment_short": three[1:]}
    r["fragment_search_ms"] = median_ms(lambda: lookup.find_applications(db, three, kind="name"), n)
    r["fragment_hits"] = len(lookup.find_applications(db, three, kind="name"))
    r["fragment_search_short_ms"] = median_ms(
        lambda: lookup.find_applications(db, three[1:], kind="name"), n
    )
    r["fragment_short_hits"] = len(lookup.find_applications(db, three[1:], kind="name"))
    return r


def overdue_lists(db: Database, today: date) -> list:
    """The board's overdue and nearly-due lists, as the board reads them (one snapshot)."""
    with db.read_snapshot() as read:
        late, soon = metrics.alerts(read, metrics.load_calendar(read), today)
        return [*late, *soon]


def sample_values(db: Database, top: int) -> tuple[str, str, str, str]:
    """(application number, citizen ID, a 3-character name, a USCC) drawn from the database
    (the same seed, so the same rows of the same demo)."""
    rng = random.Random(3)
    ids = [rng.randrange(1, top) for _ in range(4)]
    with db.reading() as s:
        number = s.scalar(select(Application.number).where(Application.id >= ids[0]).limit(1))
        id_number = s.scalar(
            select(Applicant.id_number)
            .where(Applicant.id >= ids[1], Applicant.kind == "person")
            .limit(1)
        )
        three = s.scalar(
            select(Applicant.name)
            .where(Applicant.id >= ids[2], Applicant.name.like("___"))
            .limit(1)
        )
        uscc_code = s.scalar(
            select(Applicant.uscc)
            .where(Applicant.id >= ids[3], Applicant.uscc.is_not(None))
            .limit(1)
        )
    if None in (number, id_number, three, uscc_code):
        raise RuntimeError("the benchmark database lacks a person, an organisation or a name")
    return number, id_number, three, uscc_code


SECTIONS = (
    "accept", "board", "overdue", "lookup", "search", "guides", "app",
    "worklist", "phone", "audit", "cli", "usable", "day", "backup",
)  # fmt: skip


def run(
    db_path: Path, quick: bool, only: frozenset[str] = frozenset(SECTIONS), audit_events: int = 0
) -> dict:
    """Every figure (or those of the `only` sections, to iterate on one part of the app)."""
    n = 9 if quick else 21
    user_figures.compile_bytecode()  # the processes below start as an installed app does
    db = Database(f"sqlite:///{db_path}")
    migrate.upgrade(db)
    supervisor = login(db, "super", demo.DEMO_PASSWORD)
    clerk = login(db, "clerk1", demo.DEMO_PASSWORD)
    today = date.today()
    r: dict = {}
    with db.reading() as s:
        r["applications"] = s.scalar(
            select(Application.id).order_by(Application.id.desc()).limit(1)
        )

    if "accept" in only:
        r["accept_receipt_ms"] = accept_receipts(db, clerk, 6 if quick else 20)

    if "board" in only:
        ours, floor = versus_raw(
            db, db_path, lambda: metrics.board(db, supervisor, today, on=today), n
        )
        r.update(board_ms=ours, board_raw_ms=floor, board_ratio=ours / floor)

    def overdue() -> list:
        return overdue_lists(db, today)

    if "overdue" in only:
        ours, floor = versus_raw(db, db_path, overdue, n)
        r.update(
            overdue_ms=ours,
            overdue_raw_ms=floor,
            overdue_ratio=ours / floor,
            overdue_rows=len(overdue()),  # overdue and nearly due: the board's two lists
        )

    number, id_number, three, uscc_code = sample_values(db, r["applications"])
    if "lookup" in only:
        lookups = {"number": number, "id_number": id_number, "uscc": uscc_code}
        for kind, value in lookups.items():
            ours, floor = versus_raw(
                db, db_path, lambda k=kind, v=value: lookup.find_applications(db, v, kind=k), n
            )
            r[f"lookup_{kind}_ms"], r[f"lookup_{kind}_raw_ms"] = ours, floor
            r[f"lookup_{kind}_ratio"] = ours / floor
        r["lookup_ratio"] = max(r[f"lookup_{k}_ratio"] for k in lookups)
        r["lookup_ms"] = max(r[f"lookup_{k}_ms"] for k in lookups)

    if "search" in only:
        r.update(fragment_figures(db, three, n))

    if "worklist" in only:
        r.update(user_figures.work_list_figures(db, clerk, median_ms, n))
    if "search" in only:
        r.update(user_figures.fragment_worst(db, median_ms, n))
    if "phone" in only:
        r.update(user_figures.phone_figures(db, median_ms, n))

    if "guides" in only:
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            batch = guides.render_all_guides(db, out, actor=clerk)
            r["guides_batch_s"], r["guides_count"] = time.perf_counter() - t, len(batch.files)
    db.dispose()
    if "audit" in only:
        trail = db_path
        if audit_events:  # a synthetic trail of that many events instead of the demo's
            trail = audit_trail.build(CACHE / f"audit-v2-{audit_events}.sqlite3", audit_events)
        r.update(user_figures.audit_figures(f"sqlite:///{trail}"))
        r.update(user_figures.audit_floor(trail))
        r["audit_verify_ratio"] = (
            r["audit_verify_floor_events_per_s"] / r["audit_verify_events_per_s"]
        )
    if "backup" in only:
        r.update(user_figures.backup_figures(db_path, 3 if quick else 3))
    if "cli" in only:  # the signed-in commands as the demo's supervisor (a private file)
        password = CACHE / "cli-password"
        password.write_text(demo.DEMO_PASSWORD + "\n", encoding="utf-8")
        password.chmod(0o600)
        sign_in = ["--user", "super", "--password-file", str(password)]
        admin = ["--user", "admin", "--password-file", str(password)]
        r.update(cli_figures.cli_figures(db_path, 3 if quick else 7, sign_in, admin))
    if "usable" in only:
        credentials = f"super:{demo.DEMO_PASSWORD}"
        r.update(user_figures.usable_figures(db_path, credentials, 3 if quick else 5))
    if "day" in only:
        r.update(user_figures.day_figures(DAY_OPERATIONS[quick]))
    if "app" not in only:
        return rounded(r)

    app_process(db_path, "start")  # warm: page cache, the day's first-start backup
    starts = [app_process(db_path, "start")[0] for _ in range(3 if quick else 5)]
    bares = [app_process(db_path, None) for _ in range(3 if quick else 5)]
    r["start_s"] = statistics.median(starts)
    r["bare_start_s"] = statistics.median(t for t, _ in bares)
    r["start_ratio"] = r["start_s"] / r["bare_start_s"]
    _t, board = app_process(db_path, "board")
    r["ui_thread_max_ms"] = board["ui_thread_max_ms"]
    r["ready_s"] = board["ready_s"]  # shown → signed in, every feature installed
    r["board_loaded_s"] = board["loaded_s"]  # shown → work list and board filled
    # The peak each process reports of itself (VmHWM): a child's ru_maxrss (os.wait4, or
    # getrusage inside it) starts from the RSS of the process that forked it, this benchmark's
    # own hundred-odd MB, which hid the bare window's real 47 MB until 2026-12-02.
    r["memory_kb"] = board["peak_rss_kb"]
    r["bare_memory_kb"] = statistics.median(v["peak_rss_kb"] for _t, v in bares)
    r["memory_ratio"] = r["memory_kb"] / r["bare_memory_kb"]
    return rounded(r)


def rounded(figures: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}


def machine() -> dict:
    from PySide6 import __version__ as pyside

    return {
        "uname": " ".join(platform.uname()),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
    }


def write_results(command: str, figures: dict, info: dict, path: Path) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}` ({date.today().isoformat()}). Ratios are ours ÷ floor, both measured",
        "in the same run; in-process figures are medians. See bench/README.md for what each measures.",
        "",
        "## Machine",
        "",
        *(f"- {k}: {v}" for k, v in info.items()),
        "",
        "## Figures",
        "",
        "| figure | value | target | holds |",
        "|---|---|---|---|",
    ]
    for key, value in figures.items():
        target, check = TARGETS.get(key, ("", None))
        holds = (
            ""
            if check is None or not isinstance(value, int | float)
            else ("yes" if check(value) else "**no**")
        )
        lines.append(f"| {key} | {value} | {target} | {holds} |")
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/run")
    p.add_argument("--quick", action="store_true", help="20,000 applications, JSON only")
    p.add_argument("--applications", type=int)
    p.add_argument("--days", type=int, default=3650)
    p.add_argument("--database", type=Path, help="an existing demo SQLite file")
    p.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md")
    p.add_argument(
        "--postgres",
        metavar="URL",
        help="also time the board, lookups and name search on this PostgreSQL demo database "
        "(filled with a demo of the same size when empty; see bench/postgres.py)",
    )
    p.add_argument(
        "--only",
        type=lambda v: frozenset(v.split(",")),
        default=frozenset(SECTIONS),
        help=f"comma-separated sections to run ({','.join(SECTIONS)}; default all); "
        "a partial run prints JSON and writes no RESULTS.md",
    )
    p.add_argument(
        "--audit-events",
        type=int,
        default=0,
        metavar="N",
        help="time audit verify on a synthetic trail of N events (bench/audit_trail.py) "
        "instead of the demo database's",
    )
    args = p.parse_args(argv)
    if not args.only <= set(SECTIONS):
        p.error(f"--only takes {','.join(SECTIONS)}")
    applications = args.applications or (20_000 if args.quick else 1_000_000)
    CACHE.mkdir(parents=True, exist_ok=True)
    path = args.database or CACHE / f"demo-{applications}-{args.days}-{date.today():%Y%m%d}.sqlite3"
    started = time.perf_counter()
    prepare(path, applications, args.days)
    figures = run(path, args.quick, args.only, args.audit_events)
    if args.postgres:
        from bench import postgres

        figures.update(
            rounded(postgres.figures(args.postgres, applications, args.days, args.quick))
        )
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    info = machine()
    print(json.dumps({**figures, "machine": info}, ensure_ascii=False, indent=1))
    if not args.quick and args.only == set(SECTIONS):
        write_results(
            "bench/run " + " ".join(argv if argv is not None else sys.argv[1:]),
            figures,
            info,
            args.results,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
