"""Filed registrations in the GUI (pytest-qt, offscreen, a real SQLite hall): filing from the
registration form, the 待办登记 page, completing (USCC issued), extending (supervisor only) and
withdrawing (reason required). Every expectation is read back from the database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.test_registration_gui import (
    OWNER_ID,
    REP_ID,
    _window,
    close,
    fill,
    idle,
    open_registration,
    type_text,
)
from window_app.core import uscc
from window_app.services import code_segments, registration
from window_app.services import registration_filings as filings
from window_app.services.registration import Person, RegistrationRequest
from window_app.ui.licence_print import LicencePrintDialog
from window_app.ui.registration_filings import LIGHT_COLUMN, RegistrationFilingsPage

NAME = "湛江市赤坎区好味道小吃店"
SPACE = Qt.Key.Key_Space


@pytest.fixture
def hall(gui_hall):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    return db, actors


@pytest.fixture
def clerk(qtbot, hall, tmp_path):
    window = _window(qtbot, hall[0], hall[1]["clerk"], tmp_path)
    yield window
    close(qtbot, window)


@pytest.fixture
def supervisor(qtbot, hall, tmp_path):
    window = _window(qtbot, hall[0], hall[1]["supervisor"], tmp_path)
    yield window
    close(qtbot, window)


def request(name: str = NAME, rep_id: str = OWNER_ID) -> RegistrationRequest:
    return RegistrationRequest(
        name=name, category="2", enterprise_type="个体工商户", domicile="湛江市赤坎区中山一路2号",
        authority_code="440802", legal_representative=Person("李四", rep_id),
        registered_capital=Decimal("3"), business_scope="小吃服务",
    )  # fmt: skip


def filed(hall, name: str = NAME) -> filings.FilingInfo:
    """A filing made at another window (through the service, as the arrangement)."""
    db, actors = hall
    return filings.file_registration(db, actors["clerk2"], request(name))


def pending(window) -> list[filings.FilingInfo]:
    return filings.pending_registrations(window.ctx.db)


def open_pending(qtbot, window) -> RegistrationFilingsPage:
    action = window.ui.actionPendingRegistrations  # 业务 menu: clerks and supervisors alike
    assert action.isVisible() and action.isEnabled()
    assert action in window.ui.menuBusiness.actions()
    action.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationFilingsPage)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    idle(qtbot, window)
    return page


def cell(page: RegistrationFilingsPage, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def ok_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


# --- filing from the form, completing from the pending page ---------------------------------


def test_file_from_the_form_then_register_from_the_pending_page(qtbot, clerk):
    db = clerk.ctx.db
    form = open_registration(qtbot, clerk)
    assert form.ui.fileButton.isVisible() and form.ui.fileButton.text() == "受理（3个工作日内办结）"
    fill(qtbot, form, category="2", authority="440802", name=NAME,
         domicile="湛江市赤坎区中山一路2号", capital="3", rep="李四", rep_id=OWNER_ID,
         scope="小吃服务")  # fmt: skip
    with qtbot.waitSignal(form.filing.filed, timeout=10_000):
        qtbot.keyClick(form.ui.fileButton, SPACE)
    [filing] = pending(clerk)
    assert filing.name == NAME and filing.status == "pending" and filing.extension_days == 0
    assert filing.deadline.isoformat() in form.ui.result.text()  # the deadline is shown
    assert registration.list_enterprises(db, query="好味道") == []  # filed, not registered
    assert form.ui.name.text() == "" and not form.has_unsaved_input()
    assert form.ui.fileButton.isEnabled() and form.ui.registerButton.isEnabled()

    page = open_pending(qtbot, clerk)
    assert page.model.rowCount() == 1
    assert cell(page, 0, 0) == str(filing.id) and cell(page, 0, 1) == NAME
    assert cell(page, 0, 2) == "湛江市赤坎区市场监督管理局"
    assert cell(page, 0, 3) == filing.received_on.isoformat()
    assert cell(page, 0, 4).startswith(filing.deadline.isoformat())
    words = {"green": "● 正常", "yellow": "● 临近期限", "red": "● 已超期"}[filing.light]
    light = page.model.index(0, LIGHT_COLUMN)
    assert light.data() == words and light.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.current_id() == filing.id
    assert page.ui.completeButton.isEnabled() and page.ui.withdrawButton.isEnabled()

    with qtbot.waitSignal(page.acted, timeout=10_000) as done:
        qtbot.keyClick(page.ui.completeButton, SPACE)
    result = done.args[0]
    assert uscc.is_valid(result.uscc) and result.uscc.startswith("92440802")
    enterprise = registration.get_enterprise(db, result.uscc)  # issued to the filed request
    assert enterprise.name == NAME and enterprise.legal_representative == "李四"
    assert pending(clerk) == []  # the filing has left the list ...
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)  # ... and the table
    assert result.uscc in page.ui.result.text() and page.ui.message.text() == ""
    dialog = (
        page.papers.licence_dialog
    )  # the licence print offered as after on-the-spot registration
    assert isinstance(dialog, LicencePrintDialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert dialog.ui.enterprise.text() == NAME
    dialog.close()
    assert not page.ui.completeButton.isEnabled()  # nothing selected any more


def test_filing_a_reserved_name_is_refused_beside_the_name(qtbot, clerk, hall):
    first = filed(hall)
    form = open_registration(qtbot, clerk)
    fill(qtbot, form, category="2", authority="440802", name=NAME,
         domicile="湛江市赤坎区中山一路2号", capital="3", rep="张三", rep_id=REP_ID,
         scope="小吃服务")  # fmt: skip
    form.ui.fileButton.click()
    idle(qtbot, clerk)
    qtbot.waitUntil(lambda: form.ui.nameError.isVisible(), timeout=5000)
    assert f"编号{first.id}" in form.ui.nameError.text()  # names the filing holding the name
    assert [f.id for f in pending(clerk)] == [first.id]  # nothing new filed
    assert form.ui.repId.text() == REP_ID  # nothing typed lost


# --- refreshing --------------------------------------------------------------------------


def test_f5_and_other_windows_changes_refresh_keeping_the_selection(qtbot, clerk, hall):
    first = filed(hall)
    page = open_pending(qtbot, clerk)
    clerk.ctx.watcher.stop()  # only the refreshes this test triggers
    assert page.model.rowCount() == 1 and page.current_id() == first.id
    second = filed(hall, "湛江市赤坎区老街坊小吃店")
    page.ui.table.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.ui.table, Qt.Key.Key_F5)
    assert clerk.ui.tabs.currentWidget() is page  # F5 refreshed this page, not the work list
    assert {page.model.record(r).id for r in range(page.model.rowCount())} == {first.id, second.id}
    assert page.current_id() == first.id
    page.select(second.id)
    third = filed(hall, "湛江市赤坎区新口味小吃店")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        clerk.ctx.watcher.changed.emit()  # what the watcher does when another window writes
    assert page.model.rowCount() == 3 and page.current_id() == second.id
    assert [page.model.record(r).id for r in range(3)] == [f.id for f in pending(clerk)]
    assert third.id in [page.model.record(r).id for r in range(3)]


# --- extending -------------------------------------------------------------------------


def test_clerk_cannot_extend(qtbot, clerk, hall):
    filed(hall)
    page = open_pending(qtbot, clerk)
    assert page.current() is not None
    assert not page.ui.extendButton.isEnabled()
    assert page.ui.completeButton.isEnabled() and page.ui.withdrawButton.isEnabled()
    assert page.extend() is None


def test_supervisor_extends_once_and_the_new_deadline_is_shown(qtbot, supervisor, hall):
    before = filed(hall)
    page = open_pending(qtbot, supervisor)
    assert page.ui.extendButton.isEnabled()
    # a supervisor approves extensions; registering and withdrawing are the clerks'
    assert not page.ui.completeButton.isEnabled() and not page.ui.withdrawButton.isEnabled()
    qtbot.keyClick(page.ui.extendButton, SPACE)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.assertNotEmitted(dialog.submitted):  # no reason: named beside it, dialog kept
        ok_button(dialog).click()
    assert dialog.ui.reasonError.text() == "请填写延期理由" and dialog.isVisible()
    assert pending(supervisor)[0].deadline == before.deadline
    type_text(qtbot, dialog.ui.reason, "需实地核查住所")
    with qtbot.waitSignal(page.acted, timeout=5000):
        ok_button(dialog).click()
    [after] = pending(supervisor)
    assert after.extension_days == 3 and after.extension_reason == "需实地核查住所"
    assert after.deadline > before.deadline
    assert not dialog.isVisible()
    assert after.deadline.isoformat() in page.ui.result.text()
    qtbot.waitUntil(lambda: cell(page, 0, 4).startswith(after.deadline.isoformat()), timeout=5000)
    assert cell(page, 0, 6) == "已延长3个工作日"
    assert page.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "需实地核查住所"
    assert page.current_id() == before.id
    assert not page.ui.extendButton.isEnabled()  # once only


# --- withdrawing --------------------------------------------------------------------------


def test_withdraw_needs_a_reason_then_releases_the_name(qtbot, clerk, hall):
    first = filed(hall)
    second = filed(hall, "湛江市赤坎区老街坊小吃店")
    page = open_pending(qtbot, clerk)
    page.select(second.id)
    qtbot.keyClick(page.ui.withdrawButton, SPACE)
    dialog = page.dialog
    assert dialog is not None
    with qtbot.assertNotEmitted(dialog.submitted):  # named beside the field, nothing sent
        ok_button(dialog).click()
    assert dialog.ui.reasonError.text() == "请填写撤回原因" and dialog.isVisible()
    assert [f.id for f in pending(clerk)] == [first.id, second.id]  # nothing changed
    assert page.model.rowCount() == 2 and page.current_id() == second.id  # selection kept
    type_text(qtbot, dialog.ui.reason, "申请人撤回")
    with qtbot.waitSignal(page.acted, timeout=5000):
        ok_button(dialog).click()
    assert [f.id for f in pending(clerk)] == [first.id]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "湛江市赤坎区老街坊小吃店" in page.ui.result.text()
    # the name is free again
    assert registration.check_name(clerk.ctx.db, "湛江市赤坎区老街坊小吃店", "440802")


def test_a_filing_decided_elsewhere_is_refused_with_a_message(qtbot, clerk, hall):
    first = filed(hall)
    page = open_pending(qtbot, clerk)
    clerk.ctx.watcher.stop()  # the page has not heard of the other window's withdrawal yet
    db, actors = hall
    filings.withdraw_registration(db, actors["clerk2"], first.id, "申请人撤回")
    with qtbot.waitSignal(page.refused, timeout=5000):
        qtbot.keyClick(page.ui.completeButton, SPACE)
    assert page.ui.message.text() == f"登记申请{first.id}已撤回"
    assert registration.list_enterprises(db, query="好味道") == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)  # the list catches up
    assert page.ui.message.text() == f"登记申请{first.id}已撤回"  # and the message stays


def test_the_licence_exchange_offers_no_filing(qtbot, clerk):
    from window_app.ui.licence_exchange import open_exchange

    page = open_exchange(clerk)
    idle(qtbot, clerk)
    assert page.filing is None and not page.ui.fileButton.isVisible()
    assert page.ui.registerButton.isVisible()
