"""The endurance day (bench/clerk_day.py) runs with the settings the app starts with (issue 22):
its UI-thread stalls and memory are the app's, not a bare interpreter's."""

from __future__ import annotations

import platform
import sys

import pytest


def test_the_day_starts_with_the_apps_gil_switch_interval_and_malloc_settings(monkeypatch):
    from bench import clerk_day
    from window_app.ui.app import GIL_SWITCH_S

    configured: list[bool] = []
    # glibc's settings are process-wide: recorded here, not applied to the test process
    monkeypatch.setattr(clerk_day.native_memory, "configure", lambda: configured.append(True))
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default, which the day ran with before
        clerk_day.as_the_app()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_S)
        assert configured == [True]
    finally:
        sys.setswitchinterval(before)


@pytest.mark.skipif(
    sys.platform != "linux" or platform.machine() != "x86_64", reason="x86-64 system calls"
)
def test_the_stall_sampler_says_what_the_ui_thread_waits_for_in_the_kernel():
    """A stall with no Python frame of its own (C++ work, a lock) is named by the thread's
    state and system call: here the UI thread waits for a lock another thread holds."""
    import threading
    import time
    from types import SimpleNamespace

    from window_app.ui.benchmark import _StallSampler

    beat = SimpleNamespace(_last=time.perf_counter())
    sampler = _StallSampler(beat, late_ms=20)
    held = threading.Lock()
    held.acquire()
    releaser = threading.Timer(0.15, held.release)
    sampler.start()
    releaser.start()
    held.acquire()  # blocks in futex until the timer releases it
    sampler.running = False
    sampler.join()
    releaser.join()
    assert any("[UI thread: state S, system call futex]" in stack for stack in sampler.samples)
    # and the kernel's own accounting: the late time was spent asleep, not on a core
    late = sampler.late_ns
    assert late["observed"] > 50e6
    assert late["on a core"] + late["waiting for a core"] < late["observed"] / 2


def test_the_steady_growth_is_the_slope_from_applicant_125_on():
    from bench.clerk_day import STEADY_FROM, steady_growth

    # the first applicants grow fast (bounded parts filling), then 8 kB per applicant, that is
    # 8 operations: 1 kB per operation, 1,000 kB per 1,000 operations
    early = [(n, 8 * n, 300_000 + 40 * n) for n in range(25, STEADY_FROM, 25)]
    base = early[-1][2]
    steady = [(n, 8 * n, base + 8 * (n - 100)) for n in (125, 150, 175, 200, 225)]
    assert steady_growth(early + steady) == pytest.approx(1000 / 1024, abs=0.01)
    assert steady_growth(early + steady[:2]) is None  # too short a steady part to say


def _day(tmp_path, *args: str) -> dict:
    import json
    import os
    import subprocess
    from pathlib import Path

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        WINDOW_APP_DATA_DIR=str(tmp_path),
        WINDOW_APP_AUDIT_KEY_FILE=str(tmp_path / "audit.key"),
    )
    env.pop("WINDOW_APP_DATABASE", None)
    child = subprocess.run(
        [sys.executable, "-m", "bench.clerk_day", str(tmp_path), *args],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1],
        timeout=300,
    )  # fmt: skip
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    assert lines, child.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report["stuck"] == "", report["stuck"]
    return report


def test_the_days_work_list_stays_at_its_backlog_every_morning(tmp_path):
    """Issue 22's memory target is per 1,000 operations at a constant list size: the clerk
    finishes the oldest open item once the backlog is full and a new working day starts every
    few applicants, so the list starts every day at the backlog's rows; without that (the day
    as it was) it holds every applicant of the day."""
    (tmp_path / "constant").mkdir()
    constant = _day(
        tmp_path / "constant", "--operations", "90", "--backlog", "2", "--day-applicants", "3"
    )
    assert constant["applicants"] >= 9
    assert constant["operations"]["finish"] == constant["applicants"] - 2
    assert constant["working_days"] >= 3
    assert constant["work_list_rows_each_morning"] == [2] * (constant["working_days"] - 1)
    (tmp_path / "growing").mkdir()
    growing = _day(tmp_path / "growing", "--operations", "45", "--growing-list")
    assert "finish" not in growing["operations"]
    assert growing["work_list_rows_end"] == growing["applicants"] >= 5


@pytest.mark.skipif(sys.platform != "linux", reason="the kernel's schedstat")
def test_a_heartbeat_gap_is_listed_with_its_step_and_the_ui_threads_own_time(qtbot):
    """A stall is named by the day's step it fell in and split into the UI thread's time on a
    core and waiting for one: asleep (a lock, a sleep) is neither, running is one or the other."""
    import time

    from bench.day_beat import StepBeat

    beat = StepBeat()
    qtbot.wait(30)
    beat.step = "board"
    time.sleep(0.15)  # asleep: the UI thread neither runs nor waits for a core
    qtbot.wait(30)
    beat.step = "intake"
    spin = time.perf_counter()
    while time.perf_counter() - spin < 0.15:  # running
        pass
    qtbot.wait(30)
    beat.timer.stop()
    report = beat.report()
    assert report["ui_gaps_over_100ms_count"] == 2
    by_step = {step: (gap, on_core, waiting) for gap, step, on_core, waiting in beat.gaps}
    gap, on_core, waiting = by_step["board"]
    assert gap > 140 and on_core + waiting < 50
    gap, on_core, waiting = by_step["intake"]
    assert gap > 140 and on_core + waiting > 130
    assert report["ui_gap_on_core_max_ms"] == max(by_step["intake"][1], by_step["board"][1])
    assert list(report["ui_worst_by_step_ms"]) in (["board", "intake"], ["intake", "board"])
