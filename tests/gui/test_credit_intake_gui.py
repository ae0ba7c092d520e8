"""Credit warnings at intake (信用联合惩戒) in the GUI: the applicant on the bad-credit list, or an
enterprise whose legal representative is on the abnormal-operations list, is named at once with
reason and source, before anything is registered; the clerk's choice is audited."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.gui import test_intake_gui as base
from tests.gui.test_registration_gui import shoot
from window_app.services import bad_credit, code_segments, commitment, registration
from window_app.services.bad_credit import Entry
from window_app.storage.models import Application, AuditEvent
from window_app.ui import dialogs
from window_app.ui.application_view import ApplicationPage
from window_app.ui.intake import IntakePage

ENTER, CTRL = Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
idle, type_text, current, clerk = base.idle, base.type_text, base.current, base.clerk
LISTED = base.ID


def list_person(db, admin, kind: str, code: str = LISTED) -> None:
    bad_credit.import_entries(
        db, admin, [Entry(code, "王小明", "拒不履行生效判决", "湛江市中级人民法院", date(2026, 3, 1))],
        list_kind=kind, source="信用中国（广东）",
    )  # fmt: skip


def warnings(db) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.scalars(
            select(AuditEvent).where(AuditEvent.action == "credit.warning").order_by(AuditEvent.id)
        ))  # fmt: skip


def open_intake(qtbot, window, matter: str) -> IntakePage:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    page = current(window)
    assert isinstance(page, IntakePage)
    qtbot.keyClicks(page.ui.matterSearch, matter)
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: page.matter is not None, timeout=5000)
    return page


def test_a_listed_applicant_is_named_at_once_and_the_choice_is_audited(qtbot, clerk, gui_hall):
    db, actors = gui_hall
    list_person(db, actors["admin"], bad_credit.BAD_CREDIT)
    page = open_intake(qtbot, clerk, "spjy")  # 食品经营许可: commitment refused for the listed
    type_text(qtbot, page.ui.personName, "王小明")
    qtbot.keyClick(page.ui.personName, ENTER)
    with qtbot.waitSignal(page.credit_checked, timeout=5000) as checked:
        qtbot.keyClicks(page.ui.idNumber, LISTED)
        qtbot.keyClick(page.ui.idNumber, ENTER)
    assert [h.list_kind for h in checked.args[0]] == ["bad_credit"]
    text = page.ui.creditWarning.text()
    assert page.ui.creditWarning.isVisible()
    for shown in ("失信名单", "拒不履行生效判决", "湛江市中级人民法院", "信用中国（广东）",
                  "2026-03-01", "不适用告知承诺制"):  # fmt: skip
        assert shown in text, shown
    base_count = len(warnings(db))
    # the clerk tells the applicant, who does not go on: nothing registered, the choice audited
    dialogs.set_responder(lambda kind, title, text: kind != "question")
    with qtbot.waitSignal(page.credit_choice, timeout=5000) as choice:
        qtbot.keyClick(page.ui.phone, ENTER, CTRL)
    assert choice.args == ["stop"]
    idle(qtbot, clerk)
    assert any(k == "question" and "失信名单" in t for k, _title, t in dialogs.shown)
    with db.reading() as session:
        assert session.scalar(select(Application.id)) is None
    stop = warnings(db)[base_count:]
    assert [(e.entity, e.after["choice"]) for e in stop] == [("matter", "stop")]
    assert stop[0].after["hits"][0]["code"] != LISTED  # masked in the trail
    # going on: registered, with the warning and the choice in its trail, the rule kept
    dialogs.set_responder(lambda kind, title, text: True)
    with qtbot.waitSignal(page.credit_choice, timeout=5000) as choice:
        qtbot.keyClick(page.ui.phone, ENTER, CTRL)
    assert choice.args == ["proceed"]
    qtbot.waitUntil(lambda: isinstance(current(clerk), ApplicationPage), timeout=5000)
    number = current(clerk).number
    event = warnings(db)[-1]
    assert (event.entity_id, event.after["choice"], event.after["rule"]) == (
        number, "proceed", "refuse_commitment")  # fmt: skip
    with db.reading() as session:
        app = session.scalars(select(Application).where(Application.number == number)).one()
        assert app.credit_rule == "refuse_commitment"
    with pytest.raises(commitment.CommitmentRefused, match="失信名单"):
        commitment.approve_on_commitment(db, actors["clerk"], number, signer="王小明")


def test_an_enterprise_whose_legal_representative_is_abnormally_listed(qtbot, clerk, gui_hall):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    rep = registration.Person("李建华", LISTED)
    enterprise = registration.register_enterprise(db, actors["clerk"], registration.RegistrationRequest(
        name="湛江市明德教育咨询有限公司", category="1",
        enterprise_type="有限责任公司（自然人独资）", domicile="湛江市赤坎区人民大道中1号",
        authority_code="440800", legal_representative=rep, registered_capital=Decimal("100"),
        business_scope="教育咨询服务",
        investors=(registration.Investor(rep.name, rep.id_number, Decimal("100")),),
    ))  # fmt: skip
    list_person(db, actors["admin"], bad_credit.ABNORMAL)
    page = open_intake(qtbot, clerk, "JY-0001")  # 民办学校设立: extra review for the listed
    page.ui.kindOrganisation.setChecked(True)
    type_text(qtbot, page.ui.orgName, enterprise.name)
    qtbot.keyClick(page.ui.orgName, ENTER)
    with qtbot.waitSignal(page.credit_checked, timeout=5000) as checked:
        qtbot.keyClicks(page.ui.uscc, enterprise.uscc)
        qtbot.keyClick(page.ui.uscc, ENTER)
    hit = checked.args[0][0]
    assert (hit.list_kind, hit.party) == ("abnormal", "legal_rep")
    text = page.ui.creditWarning.text()
    assert "法定代表人" in text and "经营异常名录" in text and "加强审查" in text
    shoot(clerk, "intake-credit-warning")
    with qtbot.waitSignal(page.credit_choice, timeout=5000):
        qtbot.keyClick(page.ui.orgPhone, ENTER, CTRL)
    qtbot.waitUntil(lambda: isinstance(current(clerk), ApplicationPage), timeout=5000)
    app_page = current(clerk)
    number = app_page.number
    with db.reading() as session:
        app = session.scalars(select(Application).where(Application.number == number)).one()
        assert app.credit_rule == "extra_review"
    qtbot.waitUntil(lambda: app_page.detail is not None, timeout=5000)
    assert "须加强审查" in app_page.ui.matter.text()  # the reviewer sees it on the application
    assert warnings(db)[-1].after["hits"][0]["party"] == "legal_rep"


def test_an_applicant_on_no_list_sees_no_warning(qtbot, clerk, gui_hall):
    db, actors = gui_hall
    list_person(db, actors["admin"], bad_credit.BAD_CREDIT, code=base.ORG_ID)
    page = open_intake(qtbot, clerk, "spjy")
    type_text(qtbot, page.ui.personName, "王小明")
    qtbot.keyClick(page.ui.personName, ENTER)
    with qtbot.waitSignal(page.credit_checked, timeout=5000) as checked:
        qtbot.keyClicks(page.ui.idNumber, LISTED)
        qtbot.keyClick(page.ui.idNumber, ENTER)
    assert checked.args == [[]] and not page.ui.creditWarning.isVisible()
