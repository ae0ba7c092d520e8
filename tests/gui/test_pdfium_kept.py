"""pdfium is set up once per process, not once per preview (issue 22: a day without growth).

QtPdf sets pdfium up when the first QPdfDocument is made and tears it down when the last one is
deleted; every cycle left two of pdfium's 2 MiB PartitionAlloc super pages mapped for good. A
clerk opens and closes a preview per applicant with no other document alive, so the day grew
by two super pages (about 24 kB resident) per applicant (bench/RESULTS.md).
"""

from __future__ import annotations

import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt

from window_app.ui import printing_qt
from window_app.ui.print_preview import show_preview

from test_intake_gui import clerk, mark_rows, new_application, outcome  # isort: skip  # noqa: F401

SUPER_PAGE = 2 << 20


def pdfium_super_pages() -> int:
    """PartitionAlloc's super pages mapped in this process: each is 2 MiB aligned and starts with
    a guard page, then its one page of metadata, read-write and anonymous."""
    count = 0
    with open("/proc/self/maps") as maps:
        for line in maps:
            span, perms, _offset, _device, inode, *path = line.split()
            start, end = (int(address, 16) for address in span.split("-"))
            if (start % SUPER_PAGE, end - start, perms[:2], inode, path) == (
                0x1000, 0x1000, "rw", "0", []
            ):  # fmt: skip
                count += 1
    return count


def close_and_wait(qtbot, dialog) -> None:  # noqa: ANN001
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # WA_DeleteOnClose


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_previews_opened_and_closed_one_by_one_map_no_new_pdfium_memory(qtbot, clerk):  # noqa: F811
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1111")
    first = outcome(qtbot, page, Qt.Key.Key_F6)
    info = first.info
    close_and_wait(qtbot, first)
    before = pdfium_super_pages()
    for _ in range(10):  # the day: one receipt previewed and closed per applicant
        dialog = show_preview(clerk.ctx, info, clerk)
        qtbot.waitUntil(lambda d=dialog: d.pdf is not None, timeout=10_000)
        assert dialog.document.pageCount() >= 1
        close_and_wait(qtbot, dialog)
    # before the fix: 20 more (two per preview), never given back
    assert pdfium_super_pages() - before <= 1


def test_the_kept_document_is_made_on_the_ui_thread_and_outlives_the_previews(qapp):
    made: list[object] = []
    worker = threading.Thread(
        target=lambda: (printing_qt.keep_pdfium_loaded(), made.append(printing_qt._pdfium))
    )
    saved, printing_qt._pdfium = printing_qt._pdfium, None
    try:
        worker.start()
        worker.join()
        assert made == [None]  # a worker thread makes no QObject it could not own
        printing_qt.keep_pdfium_loaded()
        kept = printing_qt._pdfium
        assert kept is not None and kept.parent() is qapp
        printing_qt.keep_pdfium_loaded()
        assert printing_qt._pdfium is kept  # one for the process
    finally:
        if saved is not None and shiboken6.isValid(saved) and printing_qt._pdfium is not saved:
            shiboken6.delete(printing_qt._pdfium)  # the one this test made
            printing_qt._pdfium = saved
