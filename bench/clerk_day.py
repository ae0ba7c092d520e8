"""A clerk's working day, accelerated, through the real GUI (the child of bench/endurance.py).

Signs in a supervisor at window A01 (one person who may both take applications and open the
board) on a fresh SQLite hall, then repeats what a counter does, by keyboard as a clerk would:
intake (Ctrl+N, matter by pinyin, name through the input method, ID, phone, Ctrl+Enter), the
checklist, accept with the receipt previewed (F6) or a one-time notice (F7, every fourth
applicant), a name search, a board refresh, closing the tabs, and every 25 applicants an idle
period long enough for the idle lock to lock the screen, then the password to unlock it.

A 5 ms heartbeat on the UI thread records the longest stall; resident memory is read after the
warm-up (the first 25 applicants) and at the end. One JSON line on stdout; progress on stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections import Counter, deque
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import window_app
from window_app.core.catalogue import default_catalogue_dir
from window_app.core.idcard import check_digit
from window_app.services import completion, processing, render_process, users
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import SYSTEM, Role
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.services.hall_settings import save_hall_settings
from window_app.storage import migrate
from window_app.storage.database import Database
from window_app.ui import dialogs, native_memory
from window_app.ui.app import GIL_SWITCH_S, start_renderer
from window_app.ui.application_view import ApplicationPage
from window_app.ui.benchmark import _StallSampler, live_counts, proc_kb
from window_app.ui.board import open_board
from window_app.ui.context import AppContext
from window_app.ui.intake import IntakePage
from window_app.ui.lookup import open_lookup
from window_app.ui.main_window import MainWindow
from window_app.ui.outcomes import call
from window_app.ui.settings import Settings

from .day_beat import HallClock, StepBeat

PASSWORD = "Counter#2026"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁"
GIVEN = "小明建国秀英志强丽华海燕国庆晓敏文静子涵雨桐浩然思远"
WARM_UP = 25
# where the bounded parts (malloc's heap, Python's arenas, SQLite's caches) have filled: the
# steady growth is read from here to the end (bench/README.md, issue 22)
STEADY_FROM = 125
RSS_EVERY = 25  # applicants between resident-memory readings
IDLE_EVERY = 25
# the constant list (issue 22's target is RSS per 1,000 operations AT A CONSTANT LIST SIZE): each
# applicant the clerk also finishes the oldest open item once BACKLOG are open, and a working day
# ends every DAY_APPLICANTS applicants, so today's work list (received today, moved today, or
# open: queries.work_list) starts every day at BACKLOG rows instead of growing all day long
BACKLOG = 25
DAY_APPLICANTS = 25
ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


class Stuck(RuntimeError):
    """The window did not reach a state in time: reported, not a crash."""


def wait_until(condition, what: str, timeout_s: float = 20.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    app = QApplication.instance()
    while not condition():
        if time.monotonic() > deadline:
            raise Stuck(what)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QTest.qWait(2)


def idle_for(ms: int) -> None:
    QTest.qWait(ms)


def type_chinese(widget, text: str) -> None:  # noqa: ANN001
    """Chinese arrives as an input method's commit string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def rss_kb(pid: int | str = "self") -> int:
    return proc_kb(pid, "status", "VmRSS") or 0  # 0: a renderer process that has ended


def renderer_rss_kb() -> int:
    """The renderer process's resident memory (0 when documents render in-process)."""
    process = render_process.current()
    return rss_kb(process.pid) if process is not None and process.pid else 0


def as_the_app() -> None:
    """What the app sets at start, before any worker thread, so the day measures the app."""
    native_memory.configure()  # ui.app.make_application
    # ui.app.run_gui: the UI thread waits at most 1 ms, not Python's default 5 ms, for the GIL
    # a worker holds (a receipt being rendered, a query read) at each of its Python calls
    sys.setswitchinterval(GIL_SWITCH_S)


def make_hall(folder: Path) -> tuple[Database, object]:
    db = Database(f"sqlite:///{folder / 'day.sqlite3'}")
    migrate.upgrade(db)
    import_catalogue(db, SYSTEM, default_catalogue_dir())
    # what every printed document names of the hall (receipts are refused without it)
    save_hall_settings(db, SYSTEM, DEMO_HALL_SETTINGS)
    users.create_window(db, SYSTEM, "A01", "综合受理一号窗口")
    users.create_user(
        db, SYSTEM, "lead1", "陈主任", Role.SUPERVISOR, PASSWORD, "A01", must_change=False
    )
    return db, users.login(db, "lead1", PASSWORD)


def steady_growth(readings: list[tuple[int, int, int]]) -> float | None:
    """RSS growth per 1,000 operations from applicant STEADY_FROM to the last reading: the
    least-squares slope over the readings, so one reading's timing (a page image alive just
    then) does not decide it; None with fewer than three readings there."""
    steady = [(ops, kb) for applicants, ops, kb in readings if applicants >= STEADY_FROM]
    if len(steady) < 3:
        return None
    mean_ops = sum(ops for ops, _kb in steady) / len(steady)
    mean_kb = sum(kb for _ops, kb in steady) / len(steady)
    spread = sum((ops - mean_ops) ** 2 for ops, _kb in steady)
    slope = sum((ops - mean_ops) * (kb - mean_kb) for ops, kb in steady) / spread
    return round(slope * 1000 / 1024, 2)


class Day:
    def __init__(
        self,
        window: MainWindow,
        rng: random.Random,
        *,
        constant_list: bool = True,
        backlog: int = BACKLOG,
        day_applicants: int = DAY_APPLICANTS,
    ):
        self.window, self.rng = window, rng
        self.backlog, self.day_applicants = backlog, day_applicants
        self.morning_rows: list[int] = []  # the work list's rows as each new day starts
        self.ops: Counter[str] = Counter()
        self.serial = 0
        self.constant_list = constant_list
        self.clock = HallClock() if constant_list else None
        self.open: deque[tuple[str, bool]] = deque()  # (number, a one-time notice) oldest first
        self.working_days = 1
        self.beat: StepBeat | None = None

    def current(self):  # noqa: ANN201
        return self.window.ui.tabs.currentWidget()

    def idle(self) -> bool:
        return not self.window.ctx.runner.busy

    def applicant(self) -> tuple[str, str]:
        self.serial += 1
        born = f"199{self.serial % 10}{1 + self.serial % 12:02d}{1 + self.serial % 28:02d}"
        body = f"440802{born}{self.serial % 1000:03d}"
        name = self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
        return name, body + check_digit(body)

    def intake(self) -> ApplicationPage:
        window = self.window
        QTest.keyClick(window, Qt.Key.Key_N, CTRL)
        wait_until(lambda: isinstance(self.current(), IntakePage), "Ctrl+N opened the intake")
        page = self.current()
        QTest.keyClicks(page.ui.matterSearch, "spjy")
        QTest.keyClick(page.ui.matterSearch, ENTER)
        wait_until(lambda: page.matter is not None, "the matter chosen")
        name, id_number = self.applicant()
        type_chinese(page.ui.personName, name)
        QTest.keyClick(page.ui.personName, ENTER)
        QTest.keyClicks(page.ui.idNumber, id_number)
        QTest.keyClick(page.ui.idNumber, ENTER)
        QTest.keyClicks(page.ui.phone, "13800138000")
        QTest.keyClick(page.ui.phone, ENTER, CTRL)
        try:
            wait_until(
                lambda: isinstance(self.current(), ApplicationPage), "the application opened"
            )
        except Stuck:
            raise Stuck(
                "the application opened: "
                + " / ".join(
                    w.text()
                    for w in (
                        page.ui.message,
                        page.ui.idNumberError,
                        page.ui.phoneError,
                        page.ui.matterError,
                    )
                    if w.text()
                )
            ) from None
        app_page = self.current()
        wait_until(lambda: app_page.detail is not None and self.idle(), "its detail loaded")
        self.ops["intake"] += 1
        return app_page

    def checklist(self, page: ApplicationPage, keys: str) -> None:
        from window_app.ui.checklist_model import STATUS

        view = page.ui.checklist
        view.setFocus()
        view.setCurrentIndex(page.model.index(0, STATUS))
        for key in keys:
            QTest.keyClicks(view, key)
        self.ops["checklist"] += 1

    def outcome(self, page: ApplicationPage, key: Qt.Key, kind: str) -> None:
        done: list[object] = []
        page.outcome_done.connect(lambda *_: done.append(1))
        QTest.keyClick(page.ui.checklist, key)
        wait_until(lambda: bool(done), f"{kind} done")
        preview = page.preview
        wait_until(lambda: preview.pdf is not None, f"{kind} previewed")
        preview.close()
        self.ops[kind] += 1

    def search(self) -> None:
        page = open_lookup(self.window)
        found: list[int] = []
        page.searched.connect(found.append)
        page.ui.query.clear()
        type_chinese(page.ui.query, self.rng.choice(SURNAMES) + self.rng.choice(GIVEN))
        QTest.keyClick(page.ui.query, ENTER)
        wait_until(lambda: bool(found) or page.ui.message.text() == page.tr("没有找到"), "search")
        page.searched.disconnect()
        self.ops["search"] += 1

    def board(self) -> None:
        loaded: list[object] = []
        board = open_board(self.window)
        board.loaded.connect(loaded.append)
        wait_until(lambda: bool(loaded), "board loaded")
        board.loaded.disconnect()
        self.ops["board refresh"] += 1

    def close_tabs(self) -> None:
        tabs = self.window.ui.tabs
        while tabs.count() > 1:
            tabs.tabCloseRequested.emit(tabs.count() - 1)
            self.ops["tab close"] += 1
        wait_until(self.idle, "tabs closed")

    def idle_lock(self) -> None:
        lock = self.window.idle_lock
        lock.set_interval_ms(150)
        idle_for(300)  # nobody touches anything: the timers run, the screen locks itself
        wait_until(lambda: lock.is_locked, "locked")
        lock.set_minutes(5)  # now, while locked: a short interval would lock again at once
        dialog = lock.dialog
        QTest.keyClicks(dialog.ui.password, PASSWORD)
        QTest.keyClick(dialog.ui.password, ENTER)
        try:
            wait_until(lambda: not lock.is_locked, "unlocked", timeout_s=60)
        except Stuck:
            raise Stuck(f"unlocked: {dialog.ui.message.text()!r}") from None
        self.ops["idle lock"] += 1

    def finish_oldest(self) -> None:
        """The clerk finishes the oldest open item as the processing panel does (in the app's
        worker): an accepted one approved and completed, one waiting for its missing material
        withdrawn and completed."""
        number, notice = self.open.popleft()
        ctx = self.window.ctx

        def finish() -> None:
            if notice:
                processing.decide(ctx.db, ctx.actor, number, "withdrawn", "申请人撤回申请")
            else:
                processing.decide(ctx.db, ctx.actor, number, "approved")
            completion.complete(ctx.db, ctx.actor, number, "准予许可" if not notice else "撤回")

        done: list[object] = []
        call(ctx.runner, self.window, finish, done.append, lambda r: done.append(r.message))
        wait_until(lambda: bool(done), f"{number} finished")
        if done[0] is not None:
            raise Stuck(f"{number} not finished: {done[0]}")
        self.ops["finish"] += 1

    def next_day(self) -> None:
        """The working day ends; the next one starts with the work list read again (F5)."""
        assert self.clock is not None
        self.clock.next_working_day()
        self.working_days += 1
        page = self.window.work_list
        page.refresh()
        wait_until(lambda: not page.loading and self.idle(), "the new day's work list")
        self.morning_rows.append(self.list_rows())

    def list_rows(self) -> int:
        return self.window.work_list.model.rowCount()

    def step(self, name: str) -> None:
        if self.beat is not None:
            self.beat.step = name

    def one_applicant(self, n: int) -> None:
        self.step("intake")
        page = self.intake()
        notice = n % 4 == 3
        if self.constant_list:
            self.open.append((page.number, notice))
        self.step("checklist")
        self.checklist(page, "1121" if notice else "1111")
        self.step("notice (F7)" if notice else "accept+receipt (F6)")
        self.outcome(
            page,
            Qt.Key.Key_F7 if notice else Qt.Key.Key_F6,
            "notice" if notice else "accept+receipt",
        )
        self.step("search")
        self.search()
        self.step("board")
        self.board()
        self.step("tab close")
        self.close_tabs()
        if self.constant_list and len(self.open) > self.backlog:
            self.step("finish")
            self.finish_oldest()
        if n % IDLE_EVERY == IDLE_EVERY - 1:
            self.step("idle lock")
            self.idle_lock()
        if self.constant_list and n % self.day_applicants == self.day_applicants - 1:
            self.step("next day")
            self.next_day()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--operations", type=int, default=5000)
    parser.add_argument(
        "--stalls-ms", type=float, default=0, help="print where the UI thread was when this late"
    )
    parser.add_argument(
        "--growing-list",
        action="store_true",
        help="one working day, nothing finished: the work list grows by a row per applicant "
        "(the day as it ran before 2026-12-07)",
    )
    parser.add_argument(
        "--in-process-render",
        action="store_true",
        help="render documents on the worker threads of the UI's process (the app before "
        "2026-12-07), not in the renderer process the app starts",
    )
    parser.add_argument("--backlog", type=int, default=BACKLOG, help="open items kept")
    parser.add_argument(
        "--day-applicants", type=int, default=DAY_APPLICANTS, help="applicants per working day"
    )
    args = parser.parse_args(argv)
    as_the_app()
    app = QApplication([])  # noqa: F841  (kept alive for the whole day)
    dialogs.set_responder(lambda kind, title, text: True)
    db, actor = make_hall(args.folder)
    settings = Settings(QSettings(str(args.folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    wait_until(lambda: window.is_ready and not window.ctx.runner.busy, "signed in")
    if not args.in_process_render:  # as ui.app.run_gui does once the features are in
        start_renderer(window.ctx.runner)
        wait_until(lambda: render_process.current() and render_process.current().pid, "renderer")
    # as the app does once every feature is in (ui.app._collect_after_start): what the start
    # leaves alive is frozen out of later full collections, which walk only the day's objects
    gc.freeze()
    day = Day(
        window,
        random.Random(20261206),
        constant_list=not args.growing_list,
        backlog=args.backlog,
        day_applicants=args.day_applicants,
    )
    beat = day.beat = StepBeat()
    stalls = None
    if args.stalls_ms:
        stalls = _StallSampler(beat, args.stalls_ms)
        stalls.start()
    started = time.perf_counter()
    warm: dict[str, int] = {}
    readings: list[tuple[int, int, int]] = []  # (applicants, operations, RSS kB)
    list_rows: list[int] = []  # the work list's rows at each reading
    n = 0
    stuck = ""
    try:
        while sum(day.ops.values()) < args.operations:
            day.one_applicant(n)
            n += 1
            if n % RSS_EVERY == 0:
                readings.append((n, sum(day.ops.values()), rss_kb()))
                list_rows.append(day.list_rows())
            if n == WARM_UP:
                warm = {"rss_kb": rss_kb(), "ops": sum(day.ops.values()), **live_counts(window)}
                warm["renderer_rss_kb"] = renderer_rss_kb()
                # the warm-up's first-use costs (imports, fonts) are not the day
                beat.restart(forget=True)
            if n % 50 == 0:
                counts = live_counts(window)
                # this reading's own full collection and object count (250 ms on the UI thread)
                # is the benchmark's, not the day's: the heartbeat starts over after it
                beat.restart()
                print(
                    f"{n} applicants, {sum(day.ops.values())} operations, "
                    f"RSS {rss_kb() // 1024} MB, {counts}",
                    file=sys.stderr,
                )
    except Stuck as exc:
        stuck = str(exc)
    except Exception:  # noqa: BLE001  (the driver's own fault: reported, the day's figures kept)
        import traceback

        stuck = traceback.format_exc(limit=6)
    if stalls is not None:
        stalls.report()
    end = {"rss_kb": rss_kb(), "ops": sum(day.ops.values()), **live_counts(window)}
    end_renderer_kb = renderer_rss_kb()
    window.ctx.watcher.stop()
    ops_after_warm = end["ops"] - warm.get("ops", 0)
    print(
        json.dumps(
            {
                "operations": dict(day.ops),
                "operations_total": end["ops"],
                "applicants": n,
                "seconds": round(time.perf_counter() - started, 1),
                "ui_thread_max_ms": round(beat.worst, 1),
                **beat.report(),
                "rss_warm_mb": round(warm.get("rss_kb", 0) / 1024, 1),
                "rss_end_mb": round(end["rss_kb"] / 1024, 1),
                # the renderer process's own (services.render_process), after the warm-up → end
                "renderer_rss_warm_mb": round(warm.get("renderer_rss_kb", 0) / 1024, 1),
                "renderer_rss_end_mb": round(end_renderer_kb / 1024, 1),
                "rss_growth_mb_per_1000_ops": round(
                    (end["rss_kb"] - warm["rss_kb"]) / 1024 / max(1, ops_after_warm) * 1000, 2
                )
                if warm
                else None,
                "rss_steady_growth_mb_per_1000_ops": steady_growth(readings),
                "rss_by_applicants": [[a, ops, round(kb / 1024, 2)] for a, ops, kb in readings],
                "constant_list": day.constant_list,
                "work_list_rows": list_rows,
                "working_days": day.working_days,
                "work_list_rows_each_morning": day.morning_rows,
                "work_list_rows_end": day.list_rows(),
                "window_app": str(Path(window_app.__file__).resolve().parent),
                "counts_warm": {
                    k: v for k, v in warm.items() if k not in ("rss_kb", "ops", "renderer_rss_kb")
                },
                "counts_end": {k: v for k, v in end.items() if k not in ("rss_kb", "ops")},
                "stuck": stuck,
            }
        ),
        flush=True,
    )
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
