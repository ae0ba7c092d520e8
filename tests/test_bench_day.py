"""The endurance day (bench/clerk_day.py) runs with the settings the app starts with (issue 22):
its UI-thread stalls and memory are the app's, not a bare interpreter's."""

from __future__ import annotations

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
