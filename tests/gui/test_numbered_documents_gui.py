"""Issuing a numbered legal document (F7 one-time notice, F8 refusal) shows the exact PDF first
(a draft rendered off the UI thread, with page navigation): 取消 issues nothing, 打印 issues
that document and prints it. Scripted halls answer through the dialogs' responder (the first two
tests). Issue 14, part 6. WINDOW_APP_SCREENSHOTS=dir saves the preview."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from window_app.core.states import State
from window_app.ui import dialogs
from window_app.ui.outcomes import RefusalDialog

from test_intake_gui import clerk  # isort: skip  # noqa: F401 (the fixture)
from test_intake_gui import (  # isort: skip
    ENTER,
    detail,
    idle,
    mark_rows,
    new_application,
    print_to_pdf,
    type_text,  # noqa: F401
)


def test_notice_asks_first_with_the_items_and_declining_issues_nothing(qtbot, clerk):  # noqa: F811
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1121")
    asked = []
    dialogs.set_responder(lambda kind, title, text: asked.append((title, text)) or False)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    QTest.qWait(300)
    idle(qtbot, clerk)
    ((title, text),) = asked
    assert title == "出具一次性告知书" and "不能撤回" in text
    missing = page.model.to_tell()[0][0]
    assert missing in text
    assert detail(clerk, page.number).state == State.RECEIVED  # nothing issued
    assert not page.busy and page.preview is None
    # confirmed: issued
    dialogs.set_responder(lambda kind, title, text: True)
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    page.preview.close()
    assert detail(clerk, page.number).state == State.CORRECTION


def test_refusal_asks_first_and_keeps_the_dialog_when_declined(qtbot, clerk):  # noqa: F811
    page = new_application(qtbot, clerk)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F8)
    dialog = page.dialog
    assert isinstance(dialog, RefusalDialog)
    type_text(qtbot, dialog.ui.reason, "申请事项不属于本机关职权范围")
    type_text(qtbot, dialog.ui.legalBasis, "《中华人民共和国行政许可法》第三十二条")
    asked = []
    dialogs.set_responder(lambda kind, title, text: asked.append((title, text)) or False)
    qtbot.keyClick(dialog.ui.legalBasis, ENTER)
    QTest.qWait(300)
    ((title, text),) = asked
    assert title == "出具不予受理通知书"
    assert "申请事项不属于本机关职权范围" in text and "第三十二条" in text
    assert page.dialog is dialog and dialog.isVisible()
    assert dialog.ui.reason.toPlainText() == "申请事项不属于本机关职权范围"
    assert detail(clerk, page.number).state == State.RECEIVED
    dialogs.set_responder(lambda kind, title, text: True)
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(dialog.ui.legalBasis, ENTER)
    page.preview.close()
    assert detail(clerk, page.number).state == State.REFUSED


def _rendered_off_the_ui_thread(monkeypatch) -> list[bool]:
    """Where each draft was rendered: True on the UI thread (it must never be)."""
    import threading

    from window_app.services import drafts

    on_ui: list[bool] = []
    real = drafts.documents.render

    def render(info, **kw):
        on_ui.append(threading.current_thread() is threading.main_thread())
        return real(info, **kw)

    monkeypatch.setattr(drafts.documents, "render", render)
    return on_ui


def _time_on_the_ui_thread(monkeypatch) -> list[float]:
    """Milliseconds the UI thread spends taking the rendered draft into the view."""
    import time

    from window_app.ui.print_preview import DraftPreviewDialog

    spent: list[float] = []
    real = DraftPreviewDialog._show

    def timed(self, result):
        started = time.perf_counter()
        real(self, result)
        spent.append((time.perf_counter() - started) * 1000)

    monkeypatch.setattr(DraftPreviewDialog, "_show", timed)
    return spent


def test_f7_shows_the_exact_pdf_first_cancel_issues_nothing_print_issues_and_prints(
    qtbot, clerk, monkeypatch, tmp_path  # noqa: F811
):  # fmt: skip
    import subprocess

    from window_app.services import documents
    from window_app.ui.print_preview import DraftPreviewDialog

    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1121")
    dialogs.set_responder(None)  # a person looks at the preview
    on_ui = _rendered_off_the_ui_thread(monkeypatch)
    on_ui_ms = _time_on_the_ui_thread(monkeypatch)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    draft = page.draft
    assert isinstance(draft, DraftPreviewDialog)
    qtbot.waitUntil(lambda: draft.info is not None, timeout=10_000)
    assert on_ui == [False]
    assert max(on_ui_ms) < 100, on_ui_ms  # loading the rendered PDF into the view (~5 ms)
    assert draft.document.pageCount() >= 1 and draft.info.kind == "notice"
    assert draft.info.doc_number.startswith("湛政服补〔") and draft.info.doc_number in (
        draft.ui.title.text())  # fmt: skip
    assert draft.ui.pages.text() == f"第1页 共{draft.document.pageCount()}页"
    if os.environ.get("WINDOW_APP_SCREENSHOTS"):
        qtbot.wait(500)  # QPdfView draws its page in the background
        draft.grab().save(os.path.join(os.environ["WINDOW_APP_SCREENSHOTS"], "draft-f7.png"))
    assert draft.ui.printButton.hasFocus() and draft.ui.printButton.text() == "打印(&P)"
    missing = page.model.to_tell()[0][0]
    assert detail(clerk, page.number).state == State.RECEIVED  # nothing issued yet
    with pytest.raises(documents.DocumentNotFound):
        documents.latest_document(clerk.ctx.db, page.number, "notice")
    qtbot.keyClick(draft, Qt.Key.Key_Escape)  # 取消
    qtbot.waitUntil(lambda: page.draft is None, timeout=5000)
    assert detail(clerk, page.number).state == State.RECEIVED
    with pytest.raises(documents.DocumentNotFound):
        documents.latest_document(clerk.ctx.db, page.number, "notice")

    out = tmp_path / "printed.pdf"
    print_to_pdf(monkeypatch, out)
    clerk.activateWindow()  # offscreen has no window manager to give it back
    qtbot.waitUntil(clerk.isActiveWindow, timeout=5000)
    assert page.ui.checklist.hasFocus()
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    draft = page.draft
    qtbot.waitUntil(lambda: draft.info is not None, timeout=10_000)
    shown, draft_pdf = draft.info.doc_number, draft.pdf
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(draft.ui.printButton, Qt.Key.Key_Return)  # 打印
    qtbot.waitUntil(lambda: page.preview is not None and out.exists()
                    and out.stat().st_size > 10_000, timeout=10_000)  # fmt: skip
    issued = documents.latest_document(clerk.ctx.db, page.number, "notice")
    assert issued.doc_number == shown and issued.print_count == 1
    assert detail(clerk, page.number).state == State.CORRECTION

    # the preview was the document issued: the same text, page for page
    def text(pdf: bytes) -> str:
        path = tmp_path / "t.pdf"
        path.write_bytes(pdf)
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip

    assert missing[:4] in text(draft_pdf).replace("\n", "")
    assert text(draft_pdf) == text(documents.render(issued))
    page.preview.close()


def test_f8_preview_pages_forward_and_back_and_cancel_keeps_the_refusal_dialog(
    qtbot, clerk, monkeypatch  # noqa: F811
):  # fmt: skip
    from window_app.ui.print_preview import DraftPreviewDialog

    page = new_application(qtbot, clerk)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F8)
    dialog = page.dialog
    assert isinstance(dialog, RefusalDialog)
    long_reason = "申请事项不属于本机关职权范围，" + "依照有关规定应当向有关行政机关申请。" * 60
    type_text(qtbot, dialog.ui.reason, long_reason)
    type_text(qtbot, dialog.ui.legalBasis, "《中华人民共和国行政许可法》第三十二条")
    dialogs.set_responder(None)
    qtbot.keyClick(dialog.ui.legalBasis, ENTER)
    draft = page.draft
    assert isinstance(draft, DraftPreviewDialog) and draft.parent() is dialog
    qtbot.waitUntil(lambda: draft.info is not None, timeout=10_000)
    pages = draft.document.pageCount()
    assert pages >= 2, pages
    assert not draft.previousButton.isEnabled() and draft.nextButton.isEnabled()
    qtbot.keyClick(draft, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: draft.page() == 1, timeout=5000)
    assert draft.ui.pages.text() == f"第2页 共{pages}页" and draft.previousButton.isEnabled()
    qtbot.mouseClick(draft.previousButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft.page() == 0, timeout=5000)
    qtbot.mouseClick(draft.ui.closeButton, Qt.MouseButton.LeftButton)  # 取消
    qtbot.waitUntil(lambda: page.draft is None, timeout=5000)
    assert page.dialog is dialog and dialog.isVisible()
    assert dialog.ui.reason.toPlainText() == long_reason  # what was typed is kept
    assert detail(clerk, page.number).state == State.RECEIVED


def test_with_the_renderer_process_the_draft_is_rendered_there(qtbot, clerk):  # noqa: F811
    """The app renders in a process of its own (ui.app starts it): the F7 draft comes from that
    process, so no reportlab work shares the UI thread's interpreter (issue 22)."""
    import os

    from window_app.services import render_process

    process = render_process.use_process()
    try:
        assert process.start() != os.getpid()
        page = new_application(qtbot, clerk)
        mark_rows(qtbot, page, "1121")
        dialogs.set_responder(None)
        qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
        draft = page.draft
        qtbot.waitUntil(lambda: draft.info is not None, timeout=10_000)
        assert process.rendered == 1
        assert draft.document.pageCount() >= 1 and draft.info.kind == "notice"
        qtbot.keyClick(draft, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.draft is None, timeout=5000)
    finally:
        render_process.stop()
