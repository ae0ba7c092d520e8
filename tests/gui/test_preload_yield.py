"""The feature-loading worker gives way to the UI thread (issue 22): before each module it
imports, while the UI thread's pulse is stale, it sleeps until the pulse moves, once per pulse."""

from __future__ import annotations

import threading
import time

from window_app.ui import preload


def test_the_worker_waits_for_a_stale_pulse_and_goes_on_when_it_moves(monkeypatch):
    monkeypatch.setattr(preload, "YIELD_AT_MOST_S", 2.0)  # so going on at the pulse shows
    hook = preload._YieldToUi()
    hook.worker = threading.get_ident()
    hook.beat = time.monotonic() - 1  # the UI thread has not answered for a second
    threading.Timer(0.02, hook.pulse).start()
    started = time.monotonic()
    assert hook.find_spec("some.module") is None  # it never finds: the next finder imports
    waited = time.monotonic() - started
    assert 0.015 <= waited < 1.0
    # a fresh pulse: no wait
    started = time.monotonic()
    hook.find_spec("another.module")
    assert time.monotonic() - started < 0.03


def test_it_waits_once_per_pulse_and_at_most_its_bound():
    hook = preload._YieldToUi()
    hook.worker = threading.get_ident()
    hook.beat = time.monotonic() - 1  # stale, and no pulse comes (the UI waits for an import)
    started = time.monotonic()
    hook.find_spec("a")
    assert preload.YIELD_AT_MOST_S <= time.monotonic() - started < preload.YIELD_AT_MOST_S + 0.5
    started = time.monotonic()
    hook.find_spec("b")  # the same stale pulse: it has waited for it already
    assert time.monotonic() - started < 0.03


def test_other_threads_and_an_idle_hook_never_wait():
    hook = preload._YieldToUi()
    hook.beat = time.monotonic() - 1
    started = time.monotonic()
    hook.find_spec("a")  # no worker set
    hook.worker = threading.get_ident() + 1  # another thread is the worker
    hook.find_spec("b")
    assert time.monotonic() - started < 0.03
