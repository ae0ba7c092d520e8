"""The endurance day (bench/clerk_day.py) runs with the settings the app starts with (issue 22):
its UI-thread stalls and memory are the app's, not a bare interpreter's."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6")


def test_the_day_waits_for_the_gil_as_briefly_as_the_app():
    from bench import clerk_day
    from window_app.ui.app import GIL_SWITCH_S

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default, which the day ran with before
        clerk_day.as_the_app()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_S)
    finally:
        sys.setswitchinterval(before)
