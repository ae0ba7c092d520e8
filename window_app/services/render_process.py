"""Documents rendered in a process of their own while the GUI runs (issue 22).

reportlab is pure Python: a receipt rendered on a worker thread holds the interpreter's lock
for most of its 50-100 ms, and the UI thread, which needs the same lock for every event it
handles, stalled behind it (the day's longest gaps fell in F6 and F7, the UI thread asleep
waiting for the lock). The GUI therefore starts one renderer process (`use_process`, then
`start` on a worker thread); `render` hands it the stored payload (plain data) over a pipe and
the worker thread that asked waits for the PDF with the lock released.

The renderer is `python -m window_app.services.render_worker`, not a multiprocessing child: it
never re-runs the caller's main script and needs no fork server. The command line and the tests
render in-process, as before; so does the GUI whenever the renderer cannot be used (it failed to
start, or died: a new one starts for the next document).
"""

from __future__ import annotations

import atexit
import logging
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

import printing

from .document_kinds import render_payload

log = logging.getLogger(__name__)

_LENGTH = struct.Struct("!I")


class RendererGone(Exception):
    """The renderer process ended or answered nothing readable."""


def send(stream, message: object) -> None:  # noqa: ANN001
    """One length-prefixed pickle on `stream` (the renderer's pipe protocol, both ways)."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def receive(stream) -> object:  # noqa: ANN001
    """The next message on `stream`; RendererGone at its end."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise RendererGone
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise RendererGone
    return pickle.loads(data)  # noqa: S301  (our own child's answer, over our own pipe)


class RendererProcess:
    """One renderer process, started on demand and again after it died; one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: subprocess.Popen | None = None
        self.served: dict[str, int] = {}  # requests answered, by kind (tests and the bench)
        self.pid: int | None = None

    def start(self) -> int:
        """Start the renderer and load reportlab and the fonts in it (call it from a worker
        thread: about half a second of the renderer's own CPU); its process id."""
        with self._lock:
            self._ask(("warm",))
            return self.pid

    def render(self, kind: str, payload: dict, reprint: int, mark: str) -> bytes:
        return self.call(render_payload, "render", kind, payload, reprint, mark)

    def call(self, here: Callable[..., Any], name: str, *args: Any) -> Any:
        """The renderer's answer to request `name`, or `here(*args)` in this process when the
        renderer is gone (a new one starts at the next request)."""
        with self._lock:
            try:
                value = self._ask((name, *args))
            except (RendererGone, OSError):
                log.warning("the renderer process is gone; %s runs in-process", name)
                self._drop()
            else:
                return value
        return here(*args)

    def _ask(self, request: tuple) -> object:
        if self._child is None or self._child.poll() is not None:
            self._child = subprocess.Popen(
                [sys.executable, "-m", "window_app.services.render_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            self.pid = self._child.pid
        try:
            send(self._child.stdin, request)
            ok, value = receive(self._child.stdout)
        except (RendererGone, OSError, pickle.UnpicklingError, ValueError):
            self._drop()
            raise RendererGone from None
        if not ok:
            raise value  # the renderer's own refusal (printing.UnprintableText) or fault
        self.served[request[0]] = self.served.get(request[0], 0) + 1
        return value

    @property
    def rendered(self) -> int:
        """Documents the renderer process rendered."""
        return self.served.get("render", 0)

    def _drop(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            child.wait()

    def stop(self) -> None:
        with self._lock:
            child, self._child = self._child, None
        if child is not None:
            child.stdin.close()  # the renderer ends at the end of its input
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


_process: RendererProcess | None = None


def use_process() -> RendererProcess:
    """Render every later document in the renderer process (the GUI); returns it."""
    global _process
    if _process is None:
        _process = RendererProcess()
        atexit.register(stop)
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


def register_font() -> str:
    """The documents' CJK font registered where documents render: in the renderer when the GUI
    started one (so the window's process never loads it), else here. Raises
    printing.FontNotFound."""
    process = _process
    if process is None:
        return printing.register_cjk_font()
    # a lambda: naming printing.register_cjk_font here would import printing.fonts (reportlab's
    # font machinery) into the window's process even while the renderer answers
    return process.call(lambda: printing.register_cjk_font(), "font")


def missing_glyphs(text: str) -> str:
    """`printing.missing_glyphs`, asked of the fonts where documents render (as
    `register_font`): the characters of `text` no document font can draw."""
    process = _process
    if process is None:
        return printing.missing_glyphs(text)
    return process.call(lambda t: printing.missing_glyphs(t), "missing", text)  # (as above)
