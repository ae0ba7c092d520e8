"""The renderer process (`python -m window_app.services.render_worker`, started by
`render_process`): length-prefixed pickled requests on standard input, one answer each on
standard output, until its input ends: documents rendered, and the questions about the documents'
fonts (is one installed, which characters it cannot draw), so that the window's process never
loads reportlab's fonts. It imports printing and the payload decoder only."""

from __future__ import annotations

import os
import pickle
import sys

import printing

from .document_kinds import render_payload, warm_up
from .render_process import RendererGone, receive, send

BACKGROUND_NICENESS = 5  # the window's own process gets a core first when both want one

HANDLERS = {
    "warm": warm_up,
    "render": render_payload,
    "font": printing.register_cjk_font,
    "missing": printing.missing_glyphs,
}


def answer(request: tuple) -> tuple[bool, object]:
    try:
        return True, HANDLERS[request[0]](*request[1:])
    except Exception as exc:  # noqa: BLE001  (every failure goes back to the caller)
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return False, exc


def main() -> int:
    os.nice(BACKGROUND_NICENESS)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never enter the protocol
    while True:
        try:
            request = receive(requests)
        except RendererGone:
            return 0
        send(answers, answer(request))


if __name__ == "__main__":
    sys.exit(main())
