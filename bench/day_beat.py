"""The endurance day's instruments (bench/clerk_day.py): the heartbeat that names the step each
UI-thread gap fell in and how the UI thread spent it, and the clock that moves the hall's working
day on (issue 22)."""

from __future__ import annotations

import threading
import time
from datetime import date

from window_app.ui.benchmark import HEARTBEAT_MS, _Heartbeat

GAP_MS = 50  # heartbeat gaps listed with their step and the UI thread's time in them


def _schedstat() -> tuple[int, int]:
    """The UI thread's time on a core and waiting in the run queue for one, ns (the kernel's)."""
    try:
        with open(f"/proc/self/task/{threading.main_thread().native_id}/schedstat") as stat:
            on_core, waiting, _slices = stat.read().split()
        return int(on_core), int(waiting)
    except OSError:  # not Linux
        return 0, 0


class StepBeat(_Heartbeat):
    """The 5 ms heartbeat, and for each gap over GAP_MS: the day's step it fell in and how the
    UI thread spent it (on a core, waiting for one: the machine's load; the rest asleep)."""

    def __init__(self) -> None:
        self.step = "start"
        self.gaps: list[tuple[float, str, float, float]] = []
        self._sched = _schedstat()
        super().__init__()

    def _tick(self) -> None:
        now, sched = time.perf_counter(), _schedstat()
        gap = (now - self._last) * 1000 - HEARTBEAT_MS
        if gap > GAP_MS:
            on_core, waiting = (sched[0] - self._sched[0]) / 1e6, (sched[1] - self._sched[1]) / 1e6
            self.gaps.append((round(gap, 1), self.step, round(on_core, 1), round(waiting, 1)))
        self.worst = max(self.worst, gap)
        self._last, self._sched = now, sched

    def restart(self, *, forget: bool = False) -> None:
        """The heartbeat starts over (after the benchmark's own work); `forget`: the worst and
        the gaps so far too (the warm-up's)."""
        self._last, self._sched = time.perf_counter(), _schedstat()
        if forget:
            self.worst, self.gaps = 0.0, []

    def report(self) -> dict:
        worst: dict[str, float] = {}
        on_core: dict[str, float] = {}
        for gap, step, ran, _waiting in self.gaps:
            worst[step] = max(worst.get(step, 0.0), gap)
            on_core[step] = max(on_core.get(step, 0.0), ran)
        over = [g for g in self.gaps if g[0] > 100]
        return {
            "ui_worst_by_step_ms": dict(sorted(worst.items(), key=lambda kv: -kv[1])),
            # [gap ms, step, the UI thread on a core ms, waiting for a core ms]
            "ui_gaps_over_100ms": sorted(over, reverse=True)[:30],
            # per step, the most the UI thread itself ran within one of its gaps
            "ui_on_core_max_by_step_ms": dict(sorted(on_core.items(), key=lambda kv: -kv[1])),
            "ui_gaps_over_100ms_count": len(over),
            # the gaps in which the UI thread itself ran longest, whatever their length
            "ui_gaps_most_on_core": sorted(self.gaps, key=lambda g: -g[2])[:10],
            # the longest time the UI thread itself was on a core within one gap: the part of a
            # stall that the machine's load does not make
            "ui_gap_on_core_max_ms": max((g[2] for g in self.gaps), default=0.0),
        }


class HallClock:
    """The day's calendar: CPython's `date.today()` reads `time.time()`, so the working day
    moves on by whole days added to it (the services and the work list take `date.today()`);
    `datetime.now()`, the monotonic clocks and Qt's timers are left as they are."""

    def __init__(self) -> None:
        self.days = 0
        self._real = time.time
        time.time = self._now

    def _now(self) -> float:
        return self._real() + self.days * 86400

    def next_working_day(self) -> date:
        self.days += 1
        while date.today().weekday() >= 5:  # the hall is closed on Saturdays and Sundays
            self.days += 1
        return date.today()
