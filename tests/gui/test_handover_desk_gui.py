"""移交与出件 on screen (issue 19; pytest-qt, offscreen, a real SQLite hall): the window picks a
department, sees what the next list holds, creates the hand-over list and gets its printed list
(both barcodes decoded from the PDF); the files the department decided come back in the lower
list, and opening one shows its page for completion and delivery."""

from __future__ import annotations

from datetime import date

from tests.conftest import TEST_PASSWORD
from tests.pdf_checks import decoded_codes
from window_app.services import department_decisions, handover, users
from window_app.services.context import SYSTEM, Role
from window_app.ui.application_view import ApplicationPage
from window_app.ui.handover_desk import HandoverDeskPage

from test_material_gaps_gui import _window  # isort: skip
from test_processing import accepted  # isort: skip


def test_create_a_handover_list_and_deliver_what_comes_back(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    clerk = actors["clerk"]
    today = date.today()
    first = accepted(db, clerk, today, seq=1)  # CG-0001: 城管局 CGJ
    second = accepted(db, clerk, today, seq=2)
    window = _window(qtbot, db, clerk, tmp_path, "clerk")
    assert window.ui.actionHandover.isVisible()
    window.ui.actionHandover.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, HandoverDeskPage)
    qtbot.waitUntil(lambda: page.ui.pending.rowCount() == 2, timeout=10_000)
    assert page.ui.department.currentData() == "CGJ"
    assert "待移交2件" in page.ui.department.currentText()
    assert {page.ui.pending.item(r, 0).text() for r in range(2)} == {first, second}
    assert page.ui.returned.rowCount() == 0 and not page.ui.openButton.isEnabled()

    with qtbot.waitSignal(page.created, timeout=10_000) as created:
        page.ui.createButton.click()
    batch = created.args[0]
    assert batch.department_code == "CGJ" and len(batch.items) == 2
    preview = page.preview
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=20_000)
    assert preview.document.pageCount() >= 1
    assert sorted(decoded_codes(preview.pdf, tmp_path)) == sorted([batch.number, first, second])
    qtbot.wait(500)  # QPdfView paints its pages asynchronously
    preview.grab().save(str(tmp_path / "handover_list_preview.png"))
    preview.close()
    qtbot.waitUntil(lambda: page.ui.department.count() == 0, timeout=10_000)
    assert page.ui.pending.rowCount() == 0 and not page.ui.createButton.isEnabled()
    assert batch.number in page.ui.batchInfo.text()
    assert handover.pending(db, clerk, "CGJ") == []

    # the department signs for it and decides one; it comes back to the window
    users.create_user(db, SYSTEM, "rev-cgj", "城管审批员", Role.REVIEWER, TEST_PASSWORD,
                      must_change=False, department_code="CGJ")  # fmt: skip
    rev = users.login(db, "rev-cgj", TEST_PASSWORD)
    handover.receive(db, rev, batch.number)
    decided = department_decisions.decide(db, rev, first, "approve")
    page.refresh()
    qtbot.waitUntil(lambda: page.ui.returned.rowCount() == 1, timeout=10_000)
    cells = [page.ui.returned.item(0, c).text() for c in range(7)]
    assert cells[0] == first and cells[3] == "CGJ" and cells[4] == "准予许可"
    assert cells[5] == decided.result_number and cells[2] == "林小红"
    assert "待出件1件" in page.ui.returnedCount.text()
    window.grab().save(str(tmp_path / "handover_desk.png"))

    page.ui.openButton.click()
    opened = window.ui.tabs.currentWidget()
    assert isinstance(opened, ApplicationPage) and opened.number == first
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
    window.ctx.watcher.stop()


def test_a_reviewer_has_no_handover_desk(qtbot, gui_hall, tmp_path):
    db, _actors = gui_hall
    users.create_user(db, SYSTEM, "rev-cgj", "城管审批员", Role.REVIEWER, TEST_PASSWORD,
                      must_change=False, department_code="CGJ")  # fmt: skip
    window = _window(qtbot, db, users.login(db, "rev-cgj", TEST_PASSWORD), tmp_path, "rev")
    assert not window.ui.actionHandover.isVisible()
    window.ctx.watcher.stop()
