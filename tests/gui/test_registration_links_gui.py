"""From an accepted application to its registration in the GUI (pytest-qt, offscreen, a real
SQLite hall): the application view opens the registration (or change) page bound to it, the
clerk registers there, and the application view shows what was registered for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.gui import test_registration_gui as base
from tests.gui.test_registration_gui import CTRL, ENTER, REP_ID, fill, idle, register, shoot
from window_app.services import registration
from window_app.storage.models import Application, Enterprise, EnterpriseChange
from window_app.ui.application_view import ApplicationPage
from window_app.ui.change_registration import ChangeRegistrationPage
from window_app.ui.licence_print import LicencePrintDialog
from window_app.ui.registration import RegistrationPage

from test_change_registration import company  # isort: skip
from test_registration_links import application, founder, organisation  # isort: skip

NAME = "湛江市美味餐饮有限公司"
NEW_DOMICILE = "湛江市霞山区海滨大道2号"


segment, window = base.segment, base.clerk  # the fixtures: a hall with a code segment, its clerk


def open_view(qtbot, win, number: str) -> ApplicationPage:
    win.open_application(number)
    page = win.ui.tabs.currentWidget()
    assert isinstance(page, ApplicationPage) and page.number == number
    idle(qtbot, win)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    return page


def app_id(db, number: str) -> int:
    with db.reading() as s:
        return s.scalars(select(Application.id).where(Application.number == number)).one()


def test_establishment_from_the_application_view(qtbot, window):
    db, clerk = window.ctx.db, window.ctx.actor
    number = application(db, clerk, "SC-0001", founder())
    view = open_view(qtbot, window, number)
    ui = view.ui
    assert ui.registrationBox.isVisible()
    assert ui.registerButton.isEnabled() and ui.registerButton.text() == "办理设立登记 (F10)…"
    assert "尚未登记" in ui.registrationText.text() and not ui.licenceButton.isVisible()
    shoot(window, "application-registration-action")

    qtbot.keyClick(ui.checklist, Qt.Key.Key_F10)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationPage) and page.objectName() == f"registration-{number}"
    assert page.application_number == number
    assert page.ui.applicationBadge.isVisible() and number in page.ui.applicationBadge.text()
    assert page.category() == "1" and not page.ui.category.isEnabled()  # the matter's category
    assert page.ui.repName.text() == "张三"  # the applicant; the ID number is read from the card
    assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == f"设立登记 {number}"
    page.ui.repName.clear()
    fill(qtbot, page, name=NAME, domicile="湛江市赤坎区人民大道中1号", capital="50", rep="张三",
         rep_id=REP_ID, scope="日用百货销售", investors=[("张三", REP_ID, "50")])  # fmt: skip
    shoot(window, "registration-for-application")
    result = register(qtbot, page)
    with db.reading() as s:
        ent = s.scalars(select(Enterprise)).one()
        assert (ent.uscc, ent.application_id) == (result.uscc, app_id(db, number))
    for dialog in window.findChildren(LicencePrintDialog):
        dialog.close()

    # back on the application: what was registered for it, and no second registration
    window.ui.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: result.uscc in ui.registrationText.text(), timeout=10_000)
    text = ui.registrationText.text()
    assert NAME in text and result.licence_document in text and "尚未登记" not in text
    assert not ui.registerButton.isEnabled()
    assert ui.licenceButton.isVisible()
    shoot(window, "application-registered")
    qtbot.keyClick(ui.licenceButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.findChildren(LicencePrintDialog)), timeout=10_000)
    licence = window.findChildren(LicencePrintDialog)[0]
    assert licence.ui.uscc.text() == result.uscc
    licence.close()
    # the walk-in registration page is another tab, bound to nothing
    window.ui.actionRegisterEnterprise.trigger()
    walk_in = window.ui.tabs.currentWidget()
    assert walk_in.objectName() == "registration" and walk_in.application_number is None
    assert walk_in.ui.category.isEnabled() and not walk_in.ui.applicationBadge.isVisible()


def test_filing_from_the_application_view_shows_as_pending(qtbot, window):
    db, clerk = window.ctx.db, window.ctx.actor
    number = application(db, clerk, "SC-0001", founder())
    view = open_view(qtbot, window, number)
    qtbot.waitUntil(view.ui.registerButton.isEnabled, timeout=10_000)
    qtbot.keyClick(view.ui.registerButton, Qt.Key.Key_Space)
    page = window.ui.tabs.currentWidget()
    fill(qtbot, page, name=NAME, domicile="湛江市赤坎区人民大道中1号", capital="50", rep="",
         rep_id=REP_ID, scope="日用百货销售", investors=[("张三", REP_ID, "50")])  # fmt: skip
    with qtbot.waitSignal(page.filing.filed, timeout=10_000) as filed:
        qtbot.keyClick(page.ui.fileButton, Qt.Key.Key_Space)
    filing = filed.args[0]
    window.ui.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "待办登记" in view.ui.registrationText.text(), timeout=10_000)
    assert str(filing.id) in view.ui.registrationText.text()
    assert not view.ui.registerButton.isEnabled()


def test_change_from_the_application_view(qtbot, window):
    db, clerk = window.ctx.db, window.ctx.actor
    code = registration.register_enterprise(db, clerk, company(NAME), on=date(2026, 11, 25)).uscc
    number = application(db, clerk, "SC-0004", organisation(NAME, code))
    view = open_view(qtbot, window, number)
    qtbot.waitUntil(view.ui.registerButton.isEnabled, timeout=10_000)
    assert view.ui.registerButton.text() == "办理变更登记 (F10)…"

    qtbot.keyClick(view.ui.checklist, Qt.Key.Key_F10)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ChangeRegistrationPage)
    assert page.objectName() == f"change_registration-{number}"
    qtbot.waitUntil(lambda: page.current is not None, timeout=10_000)  # looked up at once
    assert page.ui.uscc.text() == code and page.ui.currentName.text() == NAME
    assert number in page.ui.applicationBadge.text()
    page.ui.newDomicile.selectAll()
    page.ui.newDomicile.insert(NEW_DOMICILE)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        qtbot.keyClick(page.ui.newDomicile, ENTER, CTRL)
    idle(qtbot, window)
    with db.reading() as s:
        change = s.scalars(select(EnterpriseChange)).one()
        assert (change.item, change.application_id) == ("domicile", app_id(db, number))
    for dialog in window.findChildren(LicencePrintDialog):
        dialog.close()

    window.ui.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "已变更登记" in view.ui.registrationText.text(), timeout=10_000)
    text = view.ui.registrationText.text()
    assert code in text and "变更事项：住所" in text
    assert not view.ui.registerButton.isEnabled()


def test_what_cannot_be_registered_says_why(qtbot, window):
    db, clerk = window.ctx.db, window.ctx.actor
    waiting = application(db, clerk, "SC-0001", founder(), accepted=False)
    view = open_view(qtbot, window, waiting)
    qtbot.waitUntil(lambda: bool(view.ui.registrationText.text()), timeout=10_000)
    assert not view.ui.registerButton.isEnabled()
    assert "“已接收”" in view.ui.registrationText.text()
    qtbot.keyClick(view.ui.checklist, Qt.Key.Key_F10)
    assert window.ui.tabs.currentWidget() is view  # nothing opened

    food = application(db, clerk, "SC-0006", founder(201))
    other = open_view(qtbot, window, food)
    idle(qtbot, window)
    assert not other.ui.registrationBox.isVisible()  # not a registration matter
