"""Documents rendered in a process of their own while the GUI runs (issue 22).

reportlab is pure Python: a receipt rendered on a worker thread holds the interpreter's lock
for most of its 50-100 ms, and the UI thread, which needs the same lock for every event it
handles, stalled behind it (the day's longest gaps fell in F6 and F7, the UI thread asleep
waiting for the lock). The GUI therefore starts one renderer process (`start`); `render` hands
it the stored payload (plain data) and the worker thread that asked waits for the PDF with the
lock released. The command line and the tests render in-process, as before; so does the GUI
whenever the renderer process cannot be used (it failed to start, or died: started again for
the next document).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from concurrent.futures import Future

from .document_kinds import render_payload, warm_up

log = logging.getLogger(__name__)


class RendererProcess:
    """One worker process that renders documents from their payloads, started on demand."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool = None  # concurrent.futures.ProcessPoolExecutor once started
        self.rendered = 0  # documents this process rendered (tests and the bench read it)
        self.pid: int | None = None

    def start(self) -> Future:
        """Start the process (from a worker thread: starting it takes a fork server) and load
        reportlab and the fonts in it; the future ends when it is ready."""
        with self._lock:
            if self._pool is None:
                self._pool = _new_pool()
            ready = self._pool.submit(warm_up)
        ready.add_done_callback(self._started)
        return ready

    def _started(self, ready: Future) -> None:
        if not ready.cancelled() and ready.exception() is None:
            self.pid = ready.result()

    def render(self, kind: str, payload: dict, reprint: int, mark: str) -> bytes:
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            if self._pool is None:
                self._pool = _new_pool()
            pool = self._pool
        try:
            future = pool.submit(render_payload, kind, payload, reprint, mark)
        except Exception:  # noqa: BLE001  (shut down or broken: the pool takes no more work)
            return self._here(pool, kind, payload, reprint, mark)
        try:
            pdf = future.result()
        except BrokenProcessPool:  # the process died under this document
            return self._here(pool, kind, payload, reprint, mark)
        self.rendered += 1
        return pdf

    def _here(self, pool, kind: str, payload: dict, reprint: int, mark: str) -> bytes:  # noqa: ANN001
        """Render in this process; the next document starts a new renderer process."""
        log.warning("the renderer process is gone; this document is rendered in-process")
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)
        return render_payload(kind, payload, reprint, mark)

    def stop(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _new_pool():  # noqa: ANN202
    """A one-process pool from a fork server (never a fork of this threaded process, whose
    other threads' locks would stay held in the child), spawned where there is none."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(1, mp_context=context, initializer=_behind_the_counter)


BACKGROUND_NICENESS = 5


def _behind_the_counter() -> None:
    """The renderer's start: it yields the processor to the window's own process (the clerk's
    keys and paints) whenever both want it."""
    os.nice(BACKGROUND_NICENESS)


_process: RendererProcess | None = None


def use_process() -> RendererProcess:
    """Render every later document in the renderer process (the GUI); returns it."""
    global _process
    if _process is None:
        _process = RendererProcess()
        atexit.register(stop)  # ended before the interpreter tears its modules down
    return _process


def stop() -> None:
    """Render in-process again and end the renderer process."""
    global _process
    process, _process = _process, None
    if process is not None:
        process.stop()


def current() -> RendererProcess | None:
    return _process


def render(kind: str, payload: dict, reprint: int, mark: str) -> bytes:
    """PDF bytes of a stored document, from the renderer process when the GUI started one."""
    process = _process
    if process is None:
        return render_payload(kind, payload, reprint, mark)
    return process.render(kind, payload, reprint, mark)
