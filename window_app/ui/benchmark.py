"""The benchmark hook (bench/README.md): only active when WINDOW_APP_BENCHMARK is set.

- `WINDOW_APP_BENCHMARK=start`: quit as soon as the main window is shown (the same measure as
  the bare window's: `show()`, then a zero timer in the event loop).
- `WINDOW_APP_BENCHMARK=board`: from the moment the window is shown (before the database is
  opened and the user signed in), a 5 ms QTimer heartbeat on the UI thread records the longest
  gap between its ticks; once signed in and the features are installed, load the work list and
  open the board (both in the background, as the clerk would); print one JSON line and quit.
- `WINDOW_APP_BENCHMARK=usable`: as the clerk starts the day: signed in (the login below), the
  work list filled and painted with the keyboard focus in it; prints one JSON line at that
  moment (`usable_s` is timed by the parent from `exec`); then waits, the heartbeat still
  running, until the other features are installed and the day's backup (if due) is done
  (`settled_ui_thread_max_ms`: the worst gap from the shown window to then), renders the
  newest receipt as the counter would for its first one and prints a second line with the
  peak memory after it.
- `WINDOW_APP_BENCHMARK_LOGIN=username:password`: sign in with these credentials instead of the
  login dialog. This is a real login (`users.login`: password checked, lockout counted), not a
  bypass; it exists so a benchmark can start the app unattended.
- `WINDOW_APP_BENCHMARK_STALLS=MS`: a sampling thread prints to stderr where the UI thread was
  whenever the heartbeat is more than MS late (to find what blocks it).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
import traceback
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ..services.context import Actor
    from ..storage.database import Database

MODE_ENV = "WINDOW_APP_BENCHMARK"
LOGIN_ENV = "WINDOW_APP_BENCHMARK_LOGIN"
HEARTBEAT_MS = 5
TIMEOUT_MS = 120_000


def mode() -> str | None:
    return os.environ.get(MODE_ENV) or None


def sign_in(db: Database) -> Actor | None:
    """The unattended login of a benchmark run (see the module docstring)."""
    from ..services import users

    username, _, password = os.environ.get(LOGIN_ENV, "").partition(":")
    if not username:
        return None
    return users.login(db, username, password)


class _Heartbeat:
    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000 - HEARTBEAT_MS)
        self._last = now


# x86-64 system call numbers a waiting UI thread is seen in (/proc/PID/task/TID/syscall)
SYSCALLS = {"0": "read", "7": "poll", "202": "futex", "232": "epoll_wait", "271": "ppoll",
            "230": "clock_nanosleep", "35": "nanosleep"}  # fmt: skip


class _StallSampler(threading.Thread):
    """Samples the UI thread's stack while the heartbeat is late; prints the commonest at exit."""

    def __init__(self, beat: _Heartbeat, late_ms: float):
        super().__init__(daemon=True)
        self.beat, self.late = beat, late_ms / 1000
        self.ui_thread = threading.main_thread().ident
        self.ui_native_id = threading.main_thread().native_id
        self.samples: Counter[str] = Counter()
        # while late, the UI thread's time: on a core, waiting in the run queue for one, and
        # the wall time observed (the rest of it asleep: a lock, or the event loop's poll)
        self.late_ns = {"on a core": 0, "waiting for a core": 0, "observed": 0}
        self.running = True

    def run(self) -> None:
        last: tuple[int, int, int] | None = None
        while self.running:
            time.sleep(0.002)
            if time.perf_counter() - self.beat._last <= self.late:
                last = None
                continue
            now = self._schedstat()
            if last is not None and now is not None:
                for key, before, after in zip(self.late_ns, last, now, strict=True):
                    self.late_ns[key] += after - before
            last = now
            frames = sys._current_frames()
            frame = frames.pop(self.ui_thread, None)
            if frame is not None:
                stack = self._kernel_state() + "".join(traceback.format_stack(frame, limit=8))
                # the other threads, innermost frames: who holds the GIL meanwhile
                others = [
                    "".join(traceback.format_stack(f, limit=3))
                    for t, f in frames.items()
                    if t != threading.get_ident()
                ]
                del frame, frames  # never keep the UI thread's locals (painters!) alive
                self.samples[stack + "  [other threads]\n" + "\n".join(others)] += 1

    def _schedstat(self) -> tuple[int, int, int] | None:
        """The UI thread's nanoseconds on a core and waiting for one (the kernel's schedstat),
        with the wall clock's."""
        try:
            with open(f"/proc/self/task/{self.ui_native_id}/schedstat") as stat:
                on_cpu, waiting = (int(v) for v in stat.read().split()[:2])
        except (OSError, ValueError):
            return None
        return on_cpu, waiting, time.perf_counter_ns()

    def _kernel_state(self) -> str:
        """What the UI thread does in the kernel: running (R: on a core, or waiting for one) or
        sleeping (S) in which system call: futex is a lock (the GIL, or a library's mutex),
        poll the event loop itself. Names what a Python stack cannot: C++ work or a wait."""
        task = f"/proc/self/task/{self.ui_native_id}"
        try:
            with open(f"{task}/stat") as stat:
                state = stat.read().rpartition(")")[2].split()[0]
            with open(f"{task}/syscall") as syscall:
                call = syscall.read().split()[0]
        except (OSError, IndexError):
            return ""
        name = SYSCALLS.get(call, call) if call != "running" else "none"
        return f"  [UI thread: state {state}, system call {name}]\n"

    def report(self) -> None:
        self.running = False
        self.join()
        ms = {key: round(ns / 1e6) for key, ns in self.late_ns.items()}
        asleep = ms["observed"] - ms["on a core"] - ms["waiting for a core"]
        print(
            f"UI thread while the heartbeat was late: {ms['observed']} ms observed, "
            f"{ms['on a core']} ms on a core, {ms['waiting for a core']} ms waiting for a core, "
            f"{asleep} ms asleep",
            file=sys.stderr,
        )
        for stack, n in self.samples.most_common(12):
            print(f"--- {n} samples ({n * 2} ms)\n{stack}", file=sys.stderr)


def proc_kb(pid: int | str, file: str, name: str) -> int | None:
    """A figure in kB from /proc/<pid>/<file> (`status`: VmRSS, VmHWM; `smaps_rollup`: Pss);
    None when the process is gone or the system has no such file."""
    try:
        with open(f"/proc/{pid}/{file}") as lines:
            for line in lines:
                if line.startswith(f"{name}:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def peak_rss_kb(pid: int | str = "self") -> int:
    """A process's peak resident memory since it started its program (VmHWM; 0 when it is
    gone). Not `ru_maxrss`: that counts the parent's memory at fork, so a benchmark that starts
    the app from a large process would read its own size."""
    peak = proc_kb(pid, "status", "VmHWM")
    if peak is None and pid == "self":  # not Linux: the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak or 0


def pss_kb(pid: int | str = "self") -> int:
    """A process's proportional set size now (its private pages, and its share of the pages it
    shares with other processes): two processes' PSS add up to what both take together."""
    return proc_kb(pid, "smaps_rollup", "Pss") or 0


def _renderer_pid() -> int | None:
    from ..services import render_process

    process = render_process.current()
    return None if process is None else process.pid


def _renderer_peak_rss_kb() -> int:
    """The renderer process's peak resident memory (services.render_process; 0 without one):
    the app's memory is this process's and the renderer's."""
    pid = _renderer_pid()
    return 0 if pid is None else peak_rss_kb(pid)


def _renderer_pss_kb() -> int:
    pid = _renderer_pid()
    return 0 if pid is None else pss_kb(pid)


def _report(**values: object) -> None:
    values["peak_rss_kb"] = peak_rss_kb()
    # the process's CPU time since exec, every thread: what a busy machine's load moves least
    values["cpu_s"] = round(sum(os.times()[:2]), 3)
    print(json.dumps(values), flush=True)


def _quit(code: int = 0) -> None:
    """Let background jobs finish first: their signals must not outlive their receivers."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.instance().exit(code)


def report_shown(app: QApplication) -> int:
    """`start`: the window is shown; report from the event loop's first turn, then stop."""
    started = time.perf_counter()
    QTimer.singleShot(
        0, lambda: (_report(shown_ms=(time.perf_counter() - started) * 1000), app.quit())
    )
    return app.exec()


def attach(window) -> None:  # noqa: ANN001  (the shown MainWindow, not yet signed in)
    """`board`: called right after `window.show()`; finishes the run by quitting the application."""
    beat = _Heartbeat()
    stalls = None
    if os.environ.get("WINDOW_APP_BENCHMARK_STALLS"):
        stalls = _StallSampler(beat, float(os.environ["WINDOW_APP_BENCHMARK_STALLS"]))
        stalls.start()
    pending = {"work_list", "board"}
    started = time.perf_counter()

    def done(part: str) -> None:
        pending.discard(part)
        if not pending:
            beat.timer.stop()
            if stalls is not None:
                stalls.report()
            _report(
                ui_thread_max_ms=round(beat.worst, 1),
                loaded_s=round(time.perf_counter() - started, 3),
                **values,
            )
            _quit()

    def start() -> None:
        from .board import open_board

        values["ready_s"] = round(time.perf_counter() - started, 3)
        page = getattr(window, "work_list", None)
        if page is None:
            done("work_list")
        else:
            window.ctx.runner.idle.connect(lambda: not page.loading and done("work_list"))
            page.refresh()
        board = open_board(window)
        board.loaded.connect(lambda _result: done("board"))

    values: dict[str, float] = {}
    # as a clerk would: the board is opened by a click after the window is ready, not inside
    # the event-loop turn that finished installing the features
    window.ready.connect(lambda: QTimer.singleShot(0, start))

    def give_up() -> None:
        print(json.dumps({"error": f"timed out waiting for {sorted(pending)}"}), file=sys.stderr)
        _quit(1)

    QTimer.singleShot(TIMEOUT_MS, give_up)


def attach_usable(window) -> None:  # noqa: ANN001  (the shown MainWindow, not yet signed in)
    """`usable`: the first paint of the filled work list, then the first receipt's memory."""
    beat = _Heartbeat()
    seen = {"loading": False}

    def poll() -> None:
        page = getattr(window, "work_list", None)
        if page is None:
            return
        seen["loading"] |= page.loading
        if page.loading or not (seen["loading"] or page.model.rowCount()):
            return
        poller.stop()
        page.ui.table.viewport().repaint()  # the filled list painted, synchronously
        focus = QApplication.focusWidget()
        _report(
            ui_thread_max_ms=round(beat.worst, 1),
            rows=page.model.rowCount(),
            focus=focus.objectName() if focus is not None else None,
        )
        usable_at.append(time.perf_counter())
        settler.start()

    def settle() -> None:
        """After the list: the other features load and install, the day's backup runs."""
        from . import startup_checks

        backups = startup_checks._backup_runner
        if not window.is_ready or backups is None or backups.busy:
            return
        settler.stop()
        settled.update(
            settled_ui_thread_max_ms=round(beat.worst, 1),
            settled_after_usable_s=round(time.perf_counter() - usable_at[0], 3),
        )
        QTimer.singleShot(0, first_receipt)

    def first_receipt() -> None:
        beat.timer.stop()
        size = _newest_receipt(window.ctx.db)
        _report(
            receipt_bytes=size,
            renderer_peak_rss_kb=_renderer_peak_rss_kb(),
            pss_kb=pss_kb(),
            renderer_pss_kb=_renderer_pss_kb(),
            **settled,
        )
        _quit()

    usable_at: list[float] = []
    settled: dict[str, float] = {}
    poller = QTimer()
    poller.setInterval(2)
    poller.timeout.connect(poll)
    poller.start()
    settler = QTimer()
    settler.setInterval(10)
    settler.timeout.connect(settle)
    window._benchmark_settler = settler
    window._benchmark_poller = poller  # kept alive with the window
    QTimer.singleShot(TIMEOUT_MS, lambda: _quit(1))


def _newest_receipt(db) -> int:  # noqa: ANN001
    """The newest issued receipt of the database, rendered: its PDF's size."""
    from sqlalchemy import select

    from ..services import documents
    from ..storage.models import IssuedDocument

    with db.reading() as s:
        doc_id = s.scalar(
            select(IssuedDocument.id)
            .where(IssuedDocument.kind == "receipt")
            .order_by(IssuedDocument.id.desc())
            .limit(1)
        )
    return 0 if doc_id is None else len(documents.render(documents.get_document(db, doc_id)))


def live_counts(window) -> dict[str, int]:  # noqa: ANN001  (a MainWindow)
    """What a long session must not accumulate (issue 20): the reference counts of the
    singletons (a PySide6 fault drained them until the process aborted), the Python objects the
    collector tracks, and the Qt objects alive under the window and at the top level."""
    import gc

    from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QObject

    app = QApplication.instance()
    # closed tabs and dialogs go with deleteLater: deleted at the event loop's next turn, which
    # has not come yet when the reading follows the closing at once
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Qt first: listing the objects creates their Python wrappers, which must not be counted as
    # growth between the first reading and the next
    qt = {
        "qt_objects": len(window.findChildren(QObject)) + len(app.topLevelWidgets()),
        "widgets": len(app.allWidgets()),
    }
    # slots connected to the app-wide signals every screen listens to: a closed page's that
    # stayed connected would show here (issue 22)
    ctx = getattr(window, "ctx", None)
    if ctx is not None:
        qt["connections"] = sum(
            source.receivers(SIGNAL(signal))
            for source, signal in (
                (ctx.watcher, "changed()"),
                (ctx.watcher, "window_changed()"),
                (ctx.runner, "idle()"),
            )
        )
    gc.collect()
    return {
        "refs_none": sys.getrefcount(None),
        "refs_true": sys.getrefcount(True),
        "refs_false": sys.getrefcount(False),
        "python_objects": len(gc.get_objects()),
        **qt,
    }
