"""Change registration in the GUI (pytest-qt, offscreen, a real SQLite hall): the clerk scans the
USCC, changes the domicile, submits with Ctrl+Enter and gets the licence with the same code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from tests.gui.test_registration_gui import _window, close, idle
from window_app.core.idcard import check_digit
from window_app.services import code_segments, registration
from window_app.services.registration import Investor, Person, RegistrationRequest
from window_app.storage.models import Enterprise, EnterpriseChange
from window_app.ui.change_registration import ChangeRegistrationPage
from window_app.ui.licence_print import LicencePrintDialog

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
REP_ID = "44080219900101123" + check_digit("44080219900101123")
OLD_DOMICILE = "湛江市赤坎区人民大道中1号"
NEW_DOMICILE = "湛江市霞山区海滨大道2号"


@pytest.fixture
def enterprise(gui_hall):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    request = RegistrationRequest(
        name="湛江市美味餐饮有限公司", category="1",
        enterprise_type="有限责任公司（自然人投资或控股）", domicile=OLD_DOMICILE,
        authority_code="440800", legal_representative=Person("张三", REP_ID),
        registered_capital=Decimal("50"), business_scope="餐饮服务",
        investors=(Investor("张三", REP_ID, Decimal("50")),),
    )  # fmt: skip
    result = registration.register_enterprise(db, actors["clerk"], request, on=date(2026, 11, 25))
    return db, actors, result.uscc


@pytest.fixture
def window(qtbot, enterprise, tmp_path):
    db, actors, _code = enterprise
    win = _window(qtbot, db, actors["clerk"], tmp_path)
    yield win
    close(qtbot, win)


def open_page(qtbot, win) -> ChangeRegistrationPage:
    win.ui.actionChangeRegistration.trigger()
    page = win.ui.tabs.currentWidget()
    assert isinstance(page, ChangeRegistrationPage)
    assert page.ui.uscc.hasFocus()
    return page


def scan(qtbot, page, win, code: str) -> None:
    """The scanner types the code and presses Enter."""
    qtbot.keyClicks(page.ui.uscc, code)
    qtbot.keyClick(page.ui.uscc, ENTER)
    idle(qtbot, win)


def test_change_domicile_through_the_page(qtbot, window, enterprise):
    db, _actors, code = enterprise
    page = open_page(qtbot, window)
    scan(qtbot, page, window, code.lower())
    assert page.ui.currentDomicile.text() == OLD_DOMICILE
    assert page.ui.currentRepId.text() == "440802********" + REP_ID[-4:]
    assert page.ui.newDomicile.text() == OLD_DOMICILE
    assert page.ui.newName.hasFocus()

    # nothing changed yet: refused, the form stays
    qtbot.keyClick(page.ui.newName, ENTER, CTRL)
    idle(qtbot, window)
    assert page.ui.message.text() == "没有变更事项：新填写的内容与登记的内容相同"

    qtbot.keyClick(page.ui.newName, ENTER)
    assert page.ui.newDomicile.hasFocus()
    page.ui.newDomicile.selectAll()
    qtbot.keyClick(page.ui.newDomicile, Qt.Key.Key_Delete)
    page.ui.newDomicile.insert(NEW_DOMICILE)  # Chinese arrives through the input method
    with qtbot.waitSignal(page.changed, timeout=10_000):
        qtbot.keyClick(page.ui.newDomicile, ENTER, CTRL)
    idle(qtbot, window)

    with db.reading() as s:
        ent = s.scalars(select(Enterprise).where(Enterprise.uscc == code)).one()
        assert (ent.uscc, ent.domicile) == (code, NEW_DOMICILE)
        history = s.scalars(select(EnterpriseChange)).all()
        assert [(h.item, h.before, h.after) for h in history] == [
            ("domicile", OLD_DOMICILE, NEW_DOMICILE)
        ]
    result = page.ui.result.text()
    assert code in result and f"住所：{OLD_DOMICILE} → {NEW_DOMICILE}" in result
    assert "名称：" not in result
    assert page.ui.currentDomicile.text() == NEW_DOMICILE
    qtbot.waitUntil(lambda: bool(window.findChildren(LicencePrintDialog)), timeout=10_000)
    dialog = window.findChildren(LicencePrintDialog)[0]
    assert dialog.ui.uscc.text() == code


def test_bad_id_and_unknown_code_show_beside_the_field(qtbot, window, enterprise):
    _db, _actors, code = enterprise
    page = open_page(qtbot, window)
    scan(qtbot, page, window, "91350100M000100Y43")
    assert page.ui.usccError.isVisible()
    assert "91350100M000100Y43" in page.ui.usccError.text()
    assert not page.ui.changeButton.isEnabled()

    page.ui.uscc.clear()
    scan(qtbot, page, window, code)
    page.ui.newRepName.setText("李四")
    page.ui.newRepId.clear()
    qtbot.keyClicks(page.ui.newRepId, REP_ID[:-1] + ("1" if REP_ID[-1] != "1" else "2"))
    qtbot.keyClick(page.ui.newRepId, ENTER, CTRL)
    idle(qtbot, window)
    assert page.ui.repIdError.isVisible() and "身份证" in page.ui.repIdError.text()
    assert QApplication.focusWidget() is page.ui.newRepId


def test_a_company_changes_its_capital_with_its_shareholders(qtbot, enterprise, tmp_path):
    """A company's contributions must add up to its capital: the page edits both together."""

    db, actors, _code = enterprise
    partner = "44080219850505123" + check_digit("44080219850505123")
    request = RegistrationRequest(
        name="湛江市合力贸易有限公司", category="1",
        enterprise_type="有限责任公司（自然人投资或控股）", domicile=OLD_DOMICILE,
        authority_code="440800", legal_representative=Person("张三", REP_ID),
        registered_capital=Decimal("50"), business_scope="日用品销售",
        investors=(Investor("张三", REP_ID, Decimal("30")), Investor("李四", partner, Decimal("20"))),
    )  # fmt: skip
    code = registration.register_enterprise(db, actors["clerk"], request).uscc
    win = _window(qtbot, db, actors["clerk"], tmp_path)
    try:
        page = open_page(qtbot, win)
        scan(qtbot, page, win, code)
        model = page.investors
        assert model.rows() == [("张三", REP_ID, "30"), ("李四", partner, "20")]
        assert page.ui.investors.isVisible()
        assert "李四　440802********" + partner[-4:] + "　20万元" in page.ui.currentInvestors.text()

        page.ui.newCapital.setText("80")  # the shareholders not yet changed: refused beside them
        qtbot.keyClick(page.ui.newCapital, ENTER, CTRL)
        idle(qtbot, win)
        assert page.ui.investorsError.text() == "各投资人认缴出资额之和应等于注册资本"

        model.setData(model.index(1, 2), "50")
        with qtbot.waitSignal(page.changed, timeout=10_000):
            qtbot.keyClick(page.ui.newCapital, ENTER, CTRL)
        idle(qtbot, win)
        with db.reading() as s:
            ent = s.scalars(select(Enterprise).where(Enterprise.uscc == code)).one()
            assert ent.registered_capital == Decimal("80")
            assert [(i["name"], Decimal(str(i["subscribed"]))) for i in ent.investors] == [
                ("张三", Decimal("30")), ("李四", Decimal("50")),
            ]  # fmt: skip
            items = s.scalars(
                select(EnterpriseChange.item).where(EnterpriseChange.enterprise_id == ent.id)
            ).all()
        assert sorted(items) == ["investors", "registered_capital"]
    finally:
        close(qtbot, win)


def test_a_company_without_shareholders_shows_an_empty_table(qtbot, window, enterprise):
    """A company registered before shareholders were required (issue 14) has none on record:
    the table is there to add them."""
    db, _actors, code = enterprise
    with db.transaction() as session:
        session.execute(update(Enterprise).where(Enterprise.uscc == code).values(investors=[]))
    page = open_page(qtbot, window)
    scan(qtbot, page, window, code)
    assert page.ui.investors.isVisible() and page.investors.rowCount() == 0
