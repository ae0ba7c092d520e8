"""A city on one server: many windows' clerks against one PostgreSQL database (issue 22).

.venv/bin/python -m bench.city_load --url postgresql+psycopg://…/city [--levels 1,10,50,100,300]
    [--seconds 8] [--think 3] [--processes 4] [--pgdata DIR] [--record]

Each simulated window is a thread with a connection of its own, signed in as its own clerk at
its own window (created on first use: W001…, clerks cw001…, the demo's password). The threads
are spread over `--processes` worker processes (the client's GIL would otherwise be the
bottleneck), and every window runs, for `--seconds` per level:

- a clerk's round, then `--think` seconds (± 50%) of rest: intake (`intake.start_application`,
  a person with a fresh ID number, the food licence with its checklist marked), accept with the
  receipt (`accept.accept`, which builds and stores the receipt's data; the PDF is drawn on the
  window's own PC and touches no database, so it is not drawn here: `--render` draws it), a
  lookup by application number, one by name fragment, and the work-list refresh
  (`queries.work_list`);
- the live refresh as the GUI does it (`ui.context.ChangeWatcher`): the window's own change
  counter (`services.changes`; `--counter hall`: the hall's, as before issue 22) read
  every 500 ms (the default refresh setting of 1 s, polled twice per period), and the work list
  read again whenever the counter moved. Polls fall due between actions (the GUI has a thread
  for them; here a poll waits for the round in progress).

Per level it prints actions per second, p50/p99 per action, polls and refreshes per window and
second, and the server's CPU: the user+system ticks of every process of the PostgreSQL cluster
(`/proc/<pid>/stat` of the postmaster's children, from `--pgdata`'s postmaster.pid) over the
level's wall time, as a share of one core and per action; the client's CPU (the workers'
getrusage) and the machine's load beside it. A real clerk's round takes minutes, not
`--think` seconds: the offered load of N simulated windows is that of N × (round minutes ×
60 / think) real ones for the rounds, while the polls run at the real rate.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import threading
import time
from datetime import date
from pathlib import Path

from bench import hall_generator
from bench.bench import FOOD, FOOD_KEYS  # sets the bench's data dir and audit key first
from window_app.core import idcard
from window_app.core.checklist import Mark
from window_app.services import accept, changes, demo, documents, intake, lookup, queries
from window_app.services.context import SYSTEM, Role
from window_app.services.users import create_user, create_window, login
from window_app.storage import migrate
from window_app.storage.database import Database, make_engine
from window_app.storage.models import User, Window

LEVELS = (1, 10, 50, 100, 300)
POLL_S = 0.5  # ui.context: max(250 ms, refresh setting 1 s × 1000 // 2)
ACTIONS = ("intake", "accept", "lookup_number", "lookup_name", "work_list", "poll", "refresh")
FRAGMENTS = ("李伟", "有限公司", "张敏", "黄丽", "城测", "王芳")  # two characters at least


def window_number(i: int) -> str:
    return f"W{i:03d}"


def prepare(url: str, windows: int, applications: int) -> None:
    """A migrated demo hall at `url` with `windows` windows and one clerk at each."""
    db = Database(url)
    try:
        migrate.upgrade(db, backup=False)
        with db.reading() as s:
            have_windows = {w.number for w in s.query(Window)}
            have_users = {u.username for u in s.query(User)}
        if "clerk1" not in have_users:
            hall_generator.generate(db, applications, days=3650)
        for i in range(1, windows + 1):
            if window_number(i) not in have_windows:
                create_window(db, SYSTEM, window_number(i), f"城市窗口{i}")
            if f"cw{i:03d}" not in have_users:
                create_user(db, SYSTEM, f"cw{i:03d}", f"窗口员{i}", Role.CLERK,
                            demo.DEMO_PASSWORD, window_number(i), must_change=False)  # fmt: skip
    finally:
        db.dispose()


class Window_:
    """One simulated window: a signed-in clerk, its rounds and its change-counter polls."""

    def __init__(self, db: Database, index: int, think: float, render: bool, seed: int,
                 counter: str = "window"):  # fmt: skip
        self.db, self.think, self.render = db, think, render
        self.rng = random.Random(seed)
        self.clerk = login(db, f"cw{index:03d}", demo.DEMO_PASSWORD)
        # what the GUI's work list watches: its window's counter (or, `--counter hall`, the
        # hall's, which every audited write bumps: the watcher before per-window counters)
        self.counters = (
            (changes.window_counter(self.clerk.window_id),) if counter == "window" else (changes.HALL,)
        )  # fmt: skip
        self.times: dict[str, list[float]] = {a: [] for a in ACTIONS}
        self.errors: list[str] = []
        self.numbers: list[str] = []
        self.last_seen: int | None = None
        self.stop_at = float("inf")

    def timed(self, action: str, fn):  # noqa: ANN001, ANN201
        t = time.perf_counter()
        out = fn()
        if time.time() <= self.stop_at:  # what ends after the level is not its throughput
            self.times[action].append((time.perf_counter() - t) * 1000)
        return out

    def round(self) -> None:
        first = f"440802{1960 + self.rng.randrange(45)}0{self.rng.randrange(1, 10)}1{self.rng.randrange(10)}"
        first += f"{self.rng.randrange(1000):03d}"
        who = intake.ApplicantInput(
            "person",
            self.rng.choice("王李张刘陈杨黄赵") + "城测",
            id_number=first + idcard.check_digit(first),
        )
        marks = [Mark(k, "received") for k in FOOD_KEYS]
        started = self.timed(
            "intake",
            lambda: intake.start_application(
                self.db, self.clerk, matter_code=FOOD, applicant=who, marks=marks
            ),
        )
        outcome = self.timed("accept", lambda: accept.accept(self.db, self.clerk, started.number))
        if self.render:
            documents.render(outcome.document)
        self.numbers.append(started.number)
        number = self.rng.choice(self.numbers)
        self.timed(
            "lookup_number", lambda: lookup.find_applications(self.db, number, kind="number")
        )
        fragment = self.rng.choice(FRAGMENTS)
        self.timed("lookup_name", lambda: lookup.find_applications(self.db, fragment, kind="name"))
        self.timed("work_list", lambda: queries.work_list(self.db, self.clerk))

    def poll(self) -> None:
        value = self.timed("poll", lambda: changes.read(self.db, self.counters))
        if value != self.last_seen:  # the GUI's ChangeWatcher: a moved counter refreshes the list
            self.timed("refresh", lambda: queries.work_list(self.db, self.clerk))
        self.last_seen = value

    def run(self, start_at: float, stop_at: float) -> None:
        self.stop_at = stop_at
        next_round = start_at + self.rng.uniform(0, self.think)  # not all at once
        next_poll = start_at + self.rng.uniform(0, POLL_S)
        while True:
            now = time.time()
            if now >= stop_at:
                return
            try:
                if now >= next_poll:
                    self.poll()
                    next_poll += POLL_S
                    if next_poll < time.time():  # fell behind: no burst of polls to catch up
                        next_poll = time.time() + POLL_S
                elif now >= next_round:
                    self.round()
                    next_round = time.time() + self.think * self.rng.uniform(0.5, 1.5)
                else:
                    time.sleep(max(0.0, min(next_poll, next_round, stop_at) - now))
            except Exception as e:  # noqa: BLE001 - counted and reported, the window goes on
                self.errors.append(f"{type(e).__name__}: {e}"[:200])
                time.sleep(0.1)


def worker(url: str, indices: list[int], think: float, render: bool, ready, go, out,  # noqa: ANN001
           counter: str = "window") -> None:  # fmt: skip
    """A process holding some of the windows: sign in, warm up, wait for `go`, run, report."""
    db = Database(url, engine=make_engine(url, pool_size=len(indices) + 1, max_overflow=0))
    windows = [Window_(db, i, think, render, seed=i, counter=counter) for i in indices]
    # warm (timed, then cleared): the process's imports and caches (catalogue, calendar, fonts)
    windows[0].round()
    for w in windows:  # and one connection per window in the pool
        w.poll()
    for w in windows:
        w.times = {a: [] for a in ACTIONS}
    ready.put(os.getpid())
    start_at, stop_at = go.get()
    before = resource.getrusage(resource.RUSAGE_SELF)
    threads = [threading.Thread(target=w.run, args=(start_at, stop_at)) for w in windows]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu *= (stop_at - start_at) / max(stop_at - start_at, time.time() - start_at)  # to stop_at
    times = {a: [x for w in windows for x in w.times[a]] for a in ACTIONS}
    errors = [e for w in windows for e in w.errors]
    out.put({"times": times, "errors": errors, "client_cpu_s": cpu})
    db.dispose()


def cluster_ticks(pgdata: Path | None) -> int | None:
    """User+system clock ticks of the cluster (None without --pgdata): the postmaster's own and
    its reaped children's, and its live children's, so a backend that exits is still counted."""
    if pgdata is None:
        return None
    postmaster = int((pgdata / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        if pid == postmaster:  # with its reaped children's (cutime, cstime): never falls
            total += sum(int(f) for f in fields[11:15])
        elif ppid == postmaster:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 2)


def level(url: str, windows: int, seconds: float, think: float, processes: int,
          render: bool, pgdata: Path | None, counter: str = "window") -> dict:  # fmt: skip
    n = min(processes, windows)
    groups = [list(range(1 + p, windows + 1, n)) for p in range(n)]
    ctx = mp.get_context("spawn")
    ready, out = ctx.Queue(), ctx.Queue()
    gos = [ctx.Queue() for _ in groups]
    procs = [
        ctx.Process(target=worker, args=(url, g, think, render, ready, go, out, counter))
        for g, go in zip(groups, gos, strict=True)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=600)
    start_at = time.time() + 0.5
    stop_at = start_at + seconds
    for go in gos:
        go.put((start_at, stop_at))
    time.sleep(max(0.0, start_at - time.time()))
    ticks0, busy0, wall0 = cluster_ticks(pgdata), machine_busy(), time.perf_counter()
    time.sleep(max(0.0, stop_at - time.time()))
    ticks1, busy1, wall1 = cluster_ticks(pgdata), machine_busy(), time.perf_counter()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    wall = wall1 - wall0
    times = {a: [x for r in results for x in r["times"][a]] for a in ACTIONS}
    rounds = len(times["work_list"])
    actions = sum(len(times[a]) for a in ACTIONS if a not in ("poll", "refresh"))
    r: dict = {
        "windows": windows,
        "processes": n,
        "seconds": round(wall, 2),
        "rounds_per_s": round(rounds / wall, 2),
        "actions_per_s": round(actions / wall, 1),
        "polls_per_window_s": round(len(times["poll"]) / wall / windows, 2),
        "refreshes_per_window_s": round(len(times["refresh"]) / wall / windows, 2),
        "errors": len([e for r in results for e in r["errors"]]),
        "error_kinds": sorted({e.split(":")[0] for r in results for e in r["errors"]}),
        "client_cpu_share": round(sum(r["client_cpu_s"] for r in results) / wall, 2),
        "machine_busy_share": round(
            (busy1[0] - busy0[0]) / max(1, busy1[1] - busy0[1]) * os.cpu_count(), 2
        ),
        "load_1min": os.getloadavg()[0],
    }
    for a in ACTIONS:
        r[f"{a}_n"] = len(times[a])
        r[f"{a}_p50_ms"] = percentile(times[a], 0.5)
        r[f"{a}_p99_ms"] = percentile(times[a], 0.99)
    if ticks0 is not None:
        server_s = (ticks1 - ticks0) / os.sysconf("SC_CLK_TCK")
        r["server_cpu_share"] = round(server_s / wall, 3)  # of one core
        r["server_cpu_ms_per_round"] = round(server_s * 1000 / max(1, rounds), 2)
    return r


def poll_cost(url: str, pgdata: Path | None, polls: int = 2000) -> dict:
    """The change-counter poll alone on one connection: client ms and server CPU µs per poll."""
    db = Database(url)
    try:
        changes.current(db)
        ticks0, t = cluster_ticks(pgdata), time.perf_counter()
        for _ in range(polls):
            changes.current(db)
        wall = time.perf_counter() - t
        ticks1 = cluster_ticks(pgdata)
    finally:
        db.dispose()
    out = {"poll_alone_ms": round(wall * 1000 / polls, 3)}
    if ticks0 is not None:
        out["poll_server_cpu_us"] = round(
            (ticks1 - ticks0) / os.sysconf("SC_CLK_TCK") * 1e6 / polls, 1
        )
    return out


def record(path: Path, command: str, figures: dict) -> None:
    lines = [
        f"\n## A city on one server (issue 22), {date.today().isoformat()} {time.strftime('%H:%M')}\n",
        f"`{command}`; load average before: {figures['load_before']}, after: {figures['load_after']}"
        f" ({os.cpu_count()} cores shared with other work). Poll alone: {figures['poll']}.\n",
        "| windows | rounds/s | actions/s | intake p50/p99 | accept p50/p99 | lookup no. p50/p99"
        " | lookup name p50/p99 | work list p50/p99 | poll p50/p99 | polls/window/s"
        " | refreshes/window/s | server CPU (cores) | server ms/round | client CPU (cores)"
        " | machine busy (cores) | errors |",
        "|" + "---|" * 16,
    ]
    for r in figures["levels"]:

        def pp(a: str, r: dict = r) -> str:
            return f"{r[f'{a}_p50_ms']} / {r[f'{a}_p99_ms']}"

        lines.append(
            f"| {r['windows']} | {r['rounds_per_s']} | {r['actions_per_s']} | {pp('intake')}"
            f" | {pp('accept')} | {pp('lookup_number')} | {pp('lookup_name')} | {pp('work_list')}"
            f" | {pp('poll')} | {r['polls_per_window_s']} | {r['refreshes_per_window_s']}"
            f" | {r.get('server_cpu_share')} | {r.get('server_cpu_ms_per_round')}"
            f" | {r['client_cpu_share']} | {r['machine_busy_share']} | {r['errors']} |"
        )
    with path.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.city_load", description=__doc__.split("\n")[0])
    p.add_argument("--url", required=True, help="a PostgreSQL URL (a demo hall; filled when empty)")
    p.add_argument("--levels", default=",".join(map(str, LEVELS)))
    p.add_argument("--seconds", type=float, default=8.0, help="per level (default 8)")
    p.add_argument("--think", type=float, default=3.0, help="seconds between a window's rounds")
    p.add_argument("--processes", type=int, default=4, help="worker processes holding the windows")
    p.add_argument("--applications", type=int, default=20000, help="demo size when empty")
    p.add_argument("--pgdata", type=Path, help="the server's data directory (for its CPU)")
    p.add_argument("--render", action="store_true", help="also draw each receipt's PDF")
    p.add_argument("--record", action="store_true", help="append the run to bench/RESULTS.md")
    p.add_argument("--counter", choices=("window", "hall"), default="window",
                   help="the counter a window's work list polls (hall: as before issue 22)")  # fmt: skip
    args = p.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",")]
    prepare(args.url, max(levels), args.applications)
    figures: dict = {
        "load_before": [round(x, 1) for x in os.getloadavg()],
        "poll": poll_cost(args.url, args.pgdata),
    }
    figures["levels"] = []
    for windows in levels:
        r = level(args.url, windows, args.seconds, args.think, args.processes, args.render,
                  args.pgdata, args.counter)  # fmt: skip
        r["counter"] = args.counter
        print(json.dumps(r, ensure_ascii=False), file=sys.stderr, flush=True)
        figures["levels"].append(r)
    figures["load_after"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if args.record:
        record(Path(__file__).with_name("RESULTS.md"), " ".join(["bench.city_load", *sys.argv[1:]]),
               figures)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
