"""Child of tests/test_cups_printing.py: print documents to CUPS queues through the app's print path.

Runs in its own process because libcups reads CUPS_SERVER (the test's private cupsd) once per
process. Reads a JSON list of jobs from argv[1]; prints one JSON list of results on stdout.
A document job goes the way the print dialogs send it (`printing_qt`: the printer checked, the
pages rasterised at the printer's resolution and painted on paper of their own size and
orientation); a ticket job the way the kiosk prints (`kiosk.roll_printer`, `paint_ticket`).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from window_app.ui import printing_qt
from window_app.ui.kiosk import roll_printer
from window_app.ui.ticket_print import paint_ticket


def run(job: dict) -> dict:
    try:
        if job.get("ticket"):
            printer = roll_printer(job["paper"], job["printer"])()
            printer.setDocName(job["title"])
            paint_ticket(printer, job["number"], "综合受理", 3, datetime(2026, 11, 25, 9, 30))
        else:
            printer = printing_qt.named_printer(job["printer"])
            printer.setDocName(job["title"])
            pdf = Path(job["pdf"]).read_bytes()
            printing_qt.paint(printer, printing_qt.rasterise(pdf, printer.resolution()))
    except printing_qt.PrintFailed as error:
        return {"title": job["title"], "ok": False, "message": printing_qt.failure_message(error)}
    return {"title": job["title"], "ok": True, "message": ""}


def main() -> None:
    app = QApplication.instance() or QApplication([])
    jobs = json.loads(Path(sys.argv[1]).read_text())
    results = [run(job) for job in jobs]
    del app
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
