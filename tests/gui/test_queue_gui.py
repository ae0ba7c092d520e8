"""The queue and 好差评 on screen (pytest-qt, offscreen, a real SQLite hall):

ticket → F2 at the window (the call opens intake) → intake by keyboard (the application is linked
to the ticket, one visit) → completion → 请申请人评价 → the evaluator window (levels, the level's
eight national tags, the clerk's screen showing only "pending") → a 差评 → the rectification page
(follow-up, answer). The hall display shows a call within 2 s, ticket numbers only, and the
voice says calls one after another. Screenshots in Chinese and English go to
WINDOW_APP_SCREENSHOTS when set."""

from __future__ import annotations

import os
import re
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.gui.test_intake_gui import ENTER, current, mark_rows, outcome
from tests.gui.test_processing_gui import ok, opened, press, settle
from tests.gui.test_registration_gui import _window, close, idle, type_text
from window_app.core import idcard
from window_app.core.states import State
from window_app.services import (
    evaluation,
    evaluation_cases,
    queries,
    queue_config,
    queue_tickets,
)
from window_app.services.queue_tickets import KIOSK
from window_app.storage.models import Application, QueueTicket
from window_app.ui import i18n
from window_app.ui.application_view import ApplicationPage
from window_app.ui.evaluator import IDLE, RATING, THANKS, EvaluatorWindow
from window_app.ui.hall_display import Announcer, HallDisplay
from window_app.ui.intake import IntakePage
from window_app.ui.kiosk import TICKET, KioskWindow
from window_app.ui.queue_panel import QueuePanel
from window_app.ui.rectification import RectificationPage
from window_app.ui.ticket_print import ticket_printer

SCREENSHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")
FIRST17 = "44080219850101123"
ID = FIRST17 + idcard.check_digit(FIRST17)


def shot(widget, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}-{i18n.current()}.png"))


@pytest.fixture
def lines(gui_hall):
    db, actors = gui_hall
    queue_config.configure_line(db, actors["admin"], "综合受理", "A", ["A01", "A02"])
    queue_config.configure_line(db, actors["admin"], "商事登记", "B", ["A02"], sort=1)
    return gui_hall


def kiosk_ticket(qtbot, kiosk, line: str) -> str:
    """Touch a line's button; the ticket number the kiosk shows."""
    qtbot.waitUntil(lambda: line in kiosk.buttons, timeout=5000)
    qtbot.mouseClick(kiosk.buttons[line], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ui.pages.currentIndex() == TICKET, timeout=5000)
    number = kiosk.ui.ticketNumber.text()
    qtbot.mouseClick(kiosk.ui.backButton, Qt.MouseButton.LeftButton)
    return number


def test_kiosk_call_intake_completion_rating_and_rectification(qtbot, lines, tmp_path):
    db, actors = lines
    kiosk = KioskWindow(db, None)
    qtbot.addWidget(kiosk)
    kiosk.show()
    ticket = kiosk_ticket(qtbot, kiosk, "综合受理")
    assert (ticket, kiosk_ticket(qtbot, kiosk, "综合受理")) == ("A001", "A002")
    kiosk.close()
    evaluator = EvaluatorWindow(db, "A01")  # the second screen at the counter
    qtbot.addWidget(evaluator)
    evaluator.resize(1280, 800)
    evaluator.show()
    window = _window(qtbot, db, actors["clerk"], tmp_path)  # the clerk's, active
    try:
        # F2 anywhere calls the next ticket and opens intake
        qtbot.keyClick(window, Qt.Key.Key_F2)
        panel = next(w for w in window.findChildren(QueuePanel))
        qtbot.waitUntil(lambda: isinstance(current(window), IntakePage), timeout=10_000)
        # the call's answer reaches the panel from the worker; under load after the page opens
        qtbot.waitUntil(lambda: panel.ticket is not None, timeout=10_000)
        assert panel.ticket == ticket
        page = current(window)
        qtbot.keyClicks(page.ui.matterSearch, "spjy")
        qtbot.keyClick(page.ui.matterSearch, ENTER)
        qtbot.waitUntil(lambda: page.matter is not None, timeout=5000)
        type_text(qtbot, page.ui.personName, "周建华")
        qtbot.keyClick(page.ui.personName, ENTER)
        qtbot.keyClicks(page.ui.idNumber, ID)
        qtbot.keyClick(page.ui.idNumber, ENTER)
        qtbot.keyClicks(page.ui.phone, "13800138000")
        qtbot.keyClick(page.ui.phone, ENTER, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(current(window), ApplicationPage), timeout=10_000)
        number = current(window).number
        qtbot.waitUntil(lambda: panel.application == number and not panel.busy, timeout=10_000)
        with db.reading() as session:
            t = session.scalar(select(QueueTicket).where(QueueTicket.number == ticket))
            app = session.scalar(select(Application).where(Application.number == number))
            assert t.application_id == app.id and app.visits == 1  # the visit counted once
        # the application runs to completion by keys: every material received, F6 accepts
        # (the receipt's preview), 作出决定 → 准予许可, 办结 with its result (the pickup slip)
        app_page = current(window)
        qtbot.waitUntil(lambda: app_page.detail is not None, timeout=10_000)
        mark_rows(qtbot, app_page, "1" * app_page.model.rowCount())
        outcome(qtbot, app_page, Qt.Key.Key_F6).close()
        panel_p = app_page.processing
        qtbot.waitUntil(lambda: panel_p.clock is not None
                        and panel_p.clock.state == State.ACCEPTED, timeout=10_000)  # fmt: skip
        press(qtbot, panel_p.ui.decideButton)
        decision = opened(qtbot, panel_p, "outcome")
        qtbot.keyClick(decision.ui.outcome, Qt.Key.Key_Home)  # 准予许可
        assert decision.ui.outcome.currentData() == "approved"
        ok(qtbot, decision)
        settle(qtbot, panel_p, State.APPROVED)
        press(qtbot, panel_p.ui.completeButton)
        done = opened(qtbot, panel_p, "result")
        type_text(qtbot, done.ui.result, "食品经营许可证")
        qtbot.keyClick(done.ui.result, ENTER)
        settle(qtbot, panel_p, State.COMPLETED)
        qtbot.waitUntil(lambda: panel_p.preview is not None, timeout=10_000)
        panel_p.preview.close()
        assert queries.application_detail(db, number).state == State.COMPLETED

        # back at the panel: ask for a rating
        window.ui.actionQueue.trigger()
        assert current(window) is panel
        idle(qtbot, window)
        qtbot.waitUntil(lambda: panel.ui.evaluateButton.isEnabled(), timeout=10_000)
        shot(window, "queue-panel")
        qtbot.mouseClick(panel.ui.evaluateButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: evaluator.ui.pages.currentIndex() == RATING, timeout=10_000)
        assert panel.ui.evaluationState.text() == panel.tr("等待申请人评价…")
        assert "张晓敏" in evaluator.ui.clerk.text() and number in evaluator.ui.caseNumber.text()
        assert evaluator.ui.tagBox.isHidden()
        qtbot.mouseClick(evaluator.ui.level5, Qt.MouseButton.LeftButton)
        assert [b.text() for b in evaluator.tags][0] == "一窗受理一次办结"
        qtbot.mouseClick(evaluator.ui.level2, Qt.MouseButton.LeftButton)  # changes their mind
        assert [b.property("code") for b in evaluator.tags] == [str(c) for c in range(207, 215)]
        assert evaluator.tags[5].text() == "在线预约办理后到实体大厅重复取号排队"
        shot(evaluator, "evaluator")
        # the clerk's screen still says only that a rating is pending
        assert panel.ui.evaluationState.text() == panel.tr("等待申请人评价…")
        evaluator.tags[6].setChecked(True)
        qtbot.keyClicks(evaluator.ui.text, "wait too long")
        qtbot.mouseClick(evaluator.ui.submitButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: evaluator.ui.pages.currentIndex() == THANKS, timeout=10_000)
        qtbot.waitUntil(lambda: panel.ui.evaluationState.text() == panel.tr("申请人已评价"),
                        timeout=10_000)  # fmt: skip
        assert "不满意" not in panel.ui.evaluationState.text()

        # the 差评 opened a case: the clerk sees it; the supervisor follows it up and answers
        (case,) = evaluation_cases.list_cases(db, actors["supervisor"])
        assert (case.level, case.tags, case.case_number) == (2, ("213",), number)
    finally:
        evaluator.close()
        close(qtbot, window)
    boss = _window(qtbot, db, actors["supervisor"], tmp_path / "boss")
    try:
        boss.ui.actionRectification.trigger()
        page = current(boss)
        assert isinstance(page, RectificationPage)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=10_000)
        assert "0/1" in page.ui.figures.text()
        assert "时限：回访1个工作日，整改15个工作日" in page.ui.figures.text()
        page.ui.table.selectRow(0)
        shot(boss, "rectification")
        type_text(qtbot, page.ui.note, "已电话回访，申请人反映窗口人员对业务不熟")
        qtbot.mouseClick(page.ui.followUpButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.ui.answerButton.isEnabled(), timeout=10_000)
        assert "1/1" in page.ui.figures.text()
        type_text(qtbot, page.ui.note, "已对窗口人员开展业务培训")
        type_text(qtbot, page.ui.reply, "已安排业务培训，感谢监督")
        page.ui.finding.setCurrentIndex(page.ui.finding.findData("immediate"))
        qtbot.mouseClick(page.ui.answerButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.loading, timeout=10_000)
        (done,) = evaluation_cases.list_cases(db, actors["supervisor"], which="all")
        assert (done.state, done.finding, done.reply) == (
            "answered",
            "immediate",
            "已安排业务培训，感谢监督",
        )
    finally:
        close(qtbot, boss)


def test_evaluator_timeout_records_nothing(qtbot, lines):
    db, actors = lines
    number = queue_tickets.take_ticket(db, KIOSK, "综合受理").number
    queue_tickets.call_next(db, actors["clerk"])
    screen = EvaluatorWindow(db, "A01")
    qtbot.addWidget(screen)
    rid = evaluation.request_evaluation(db, actors["clerk"], ticket=number, timeout=4)
    qtbot.waitUntil(lambda: screen.ui.pages.currentIndex() == RATING, timeout=4000)
    qtbot.mouseClick(screen.ui.level4, Qt.MouseButton.LeftButton)  # chosen, never submitted
    qtbot.waitUntil(lambda: screen.ui.pages.currentIndex() == IDLE, timeout=8000)
    qtbot.waitUntil(lambda: evaluation.request_state(db, rid) == "expired", timeout=5000)
    report = evaluation_cases.evaluation_report(
        db, actors["supervisor"], date.today(), date.today()
    )
    assert report["records"] == []
    screen.close()


def test_hall_display_shows_a_call_within_two_seconds_and_speaks_in_order(qtbot, lines):
    db, actors = lines
    for _ in range(3):
        queue_tickets.take_ticket(db, KIOSK, "综合受理")
    queue_tickets.take_ticket(db, KIOSK, "商事登记")
    spoken, overlap, lock = [], [], threading.Lock()
    busy = threading.Event()

    def speak(ticket: str, window: str) -> None:
        if busy.is_set():
            overlap.append(ticket)
        busy.set()
        time.sleep(0.3)  # a call takes time to say
        with lock:
            spoken.append((ticket, window))
        busy.clear()

    announcer = Announcer(speak)
    display = HallDisplay(db, announcer)
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    qtbot.waitUntil(lambda: display.last_call_id is not None, timeout=5000)
    queue_tickets.call_next(db, actors["clerk"])
    queue_tickets.call_next(db, actors["clerk2"])
    called = time.monotonic()
    qtbot.waitUntil(lambda: display.ui.calls.rowCount() == 2, timeout=2000)
    assert time.monotonic() - called < 2.0
    shown = {display.ui.calls.item(r, 0).text() for r in range(2)}
    assert shown == {"A001", "A002"}
    assert "A002" in display.ui.latest.text()
    waiting = {display.ui.waiting.item(r, 0).text(): display.ui.waiting.item(r, 1).text()
               for r in range(display.ui.waiting.rowCount())}  # fmt: skip
    assert waiting == {"综合受理": "1", "商事登记": "1"}
    queue_tickets.recall(db, actors["clerk"], "A001")
    qtbot.waitUntil(lambda: len(spoken) == 3, timeout=10_000)
    assert spoken == [("A001", "A01"), ("A002", "A02"), ("A001", "A01")] and overlap == []
    assert display.ui.calls.font().pixelSize() >= 1080 // 12  # about 9 cm on a 55-inch TV
    shot(display, "hall-display")
    display.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screens_in_both_languages(qtbot, lines, language, tmp_path):
    """The evaluator, the display and the panel render in either language (screenshots)."""
    db, actors = lines
    i18n.install(language)
    try:
        number = queue_tickets.take_ticket(db, KIOSK, "综合受理").number
        queue_tickets.call_next(db, actors["clerk"])
        evaluation.request_evaluation(db, actors["clerk"], ticket=number)
        screen = EvaluatorWindow(db, "A01")
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitUntil(lambda: screen.ui.pages.currentIndex() == RATING, timeout=5000)
        qtbot.mouseClick(screen.ui.level1, Qt.MouseButton.LeftButton)
        expected = "Submit" if language == "en" else "提交评价"
        assert expected in screen.ui.submitButton.text()
        shot(screen, "evaluator-level1")
        display = HallDisplay(db, None)
        qtbot.addWidget(display)
        display.resize(1920, 1080)
        display.show()
        qtbot.waitUntil(lambda: display.ui.calls.rowCount() == 1, timeout=5000)
        shot(display, "hall-display")
        kiosk = KioskWindow(db, None)
        qtbot.addWidget(kiosk)
        kiosk.resize(1080, 1600)
        kiosk.show()
        qtbot.waitUntil(lambda: "商事登记" in kiosk.buttons, timeout=5000)
        assert kiosk.ui.checkInButton.text() == ("Check In" if language == "en" else "预约签到")
        shot(kiosk, "kiosk")
        for widget in (screen, display, kiosk):
            widget.close()
    finally:
        i18n.install("zh_CN")


@pytest.mark.parametrize("paper", [58, 80])
def test_kiosk_priority_appointment_and_the_printed_roll(qtbot, lines, tmp_path, paper):
    from datetime import datetime, timedelta

    from PySide6.QtPrintSupport import QPrinter

    db, actors = lines
    # half an hour ago, but today even in the night's first half hour (else: not today's)
    now = datetime.now().replace(second=0, microsecond=0)
    slot = max(now - timedelta(minutes=30), now.replace(hour=0, minute=0))
    queue_config.add_appointment(db, actors["clerk"], "YY-9", "综合受理", slot, "周敏")
    queue_tickets.take_ticket(db, KIOSK, "综合受理")  # A001, after the slot
    pdfs: list[Path] = []

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        pdfs.append(tmp_path / f"ticket-{len(pdfs) + 1}.pdf")
        p.setOutputFileName(str(pdfs[-1]))
        return ticket_printer(paper, p)

    kiosk = KioskWindow(db, printer)
    qtbot.addWidget(kiosk)
    kiosk.resize(1080, 1600)
    kiosk.show()
    qtbot.waitUntil(lambda: "商事登记" in kiosk.buttons, timeout=5000)
    shot(kiosk, f"kiosk-{paper}")
    qtbot.mouseClick(kiosk.ui.elderlyButton, Qt.MouseButton.LeftButton)
    number = kiosk_ticket(qtbot, kiosk, "商事登记")
    assert number == "B001"
    with db.reading() as session:
        assert (
            session.scalar(select(QueueTicket.priority).where(QueueTicket.number == "B001"))
            == "elderly"
        )
    qtbot.keyClicks(kiosk.ui.appointment, "YY-9")
    qtbot.keyClick(kiosk.ui.appointment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.ui.pages.currentIndex() == TICKET, timeout=5000)
    assert kiosk.ui.ticketNumber.text() == "A002"
    assert kiosk.ui.ticketWaiting.text() == kiosk.tr("您前面还有%1人等候").replace("%1", "0")
    shot(kiosk, f"kiosk-ticket-{paper}")
    kiosk.close()
    # the roll: one page of the roll's width, the ticket and line as text, the font embedded
    import subprocess

    assert len(pdfs) == 2
    info = subprocess.run(["pdfinfo", str(pdfs[1])], capture_output=True, text=True).stdout
    width_pt = float(info.split("Page size:")[1].split("x")[0])
    assert abs(width_pt - paper / 25.4 * 72) < 1.5
    assert re.search(r"^Pages:\s+1$", info, re.M)
    text = subprocess.run(["pdftotext", str(pdfs[1]), "-"], capture_output=True, text=True).stdout
    assert "A002" in text and "综合受理" in text and "周敏" not in text
    assert "0" in text.split("A002")[1]
    fonts = subprocess.run(["pdffonts", str(pdfs[1])], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded
    if SCREENSHOTS:
        subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdfs[1]),
                        str(Path(SCREENSHOTS) / f"roll-{paper}")], check=True)  # fmt: skip


def test_f12_asks_a_rating_of_the_open_application_without_a_ticket(qtbot, lines, tmp_path):
    from tests.test_processing import received
    from window_app.services import notice

    db, actors = lines
    number = received(db, actors["clerk"], date.today())
    notice.issue_notice(db, actors["clerk"], number)  # a one-time notice: an encounter to rate
    screen = EvaluatorWindow(db, "A01")
    qtbot.addWidget(screen)
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    try:
        window.open_application(number)
        qtbot.waitUntil(lambda: getattr(current(window), "number", None) == number, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: screen.ui.pages.currentIndex() == RATING, timeout=10_000)
        assert number in screen.ui.caseNumber.text()
        assert screen.request.encounter == "notice"
        panel = current(window)
        assert isinstance(panel, QueuePanel)
        assert panel.ui.evaluationState.text() == panel.tr("等待申请人评价…")
        qtbot.mouseClick(screen.ui.level3, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.ui.submitButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.ui.evaluationState.text() == panel.tr("申请人已评价"),
                        timeout=10_000)  # fmt: skip
        (record,) = evaluation_cases.evaluation_report(
            db, actors["supervisor"], date.today(), date.today())["records"]  # fmt: skip
        assert (record["办件编号"], record["满意度代码"], record["服务环节"]) == (
            number,
            3,
            "一次性告知",
        )
    finally:
        screen.close()
        close(qtbot, window)


def test_setup_page_lines_for_the_administrator_and_appointments(qtbot, gui_hall, tmp_path):
    from window_app.ui import dialogs
    from window_app.ui.queue_setup import QueueSetupPage

    db, actors = gui_hall
    admin = _window(qtbot, db, actors["admin"], tmp_path / "admin")
    try:
        admin.ui.actionQueueSetup.trigger()
        page = current(admin)
        assert isinstance(page, QueueSetupPage)
        type_text(qtbot, page.ui.lineName, "商事登记")
        qtbot.keyClicks(page.ui.prefix, "B")
        qtbot.keyClicks(page.ui.windows, "A01,A02")
        qtbot.keyClicks(page.ui.matters, "SC-0001,XX-1")
        qtbot.mouseClick(page.ui.saveLineButton, Qt.MouseButton.LeftButton)
        beside = page.findChild(QLabel, "mattersError")  # the refusal beside its field
        qtbot.waitUntil(lambda: "XX-1" in beside.text() and beside.isVisible(), timeout=10_000)
        assert page.ui.matters.hasFocus() and page.ui.lineName.text() == "商事登记"
        page.ui.matters.clear()
        qtbot.keyClicks(page.ui.matters, "SC-0001")
        qtbot.mouseClick(page.ui.saveLineButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.ui.lines.rowCount() == 1, timeout=10_000)
        assert [(x.name, x.prefix, x.windows, x.matters) for x in queue_config.list_lines(db)] == [
            ("商事登记", "B", ("A01", "A02"), ("SC-0001",))
        ]
    finally:
        close(qtbot, admin)
    clerk = _window(qtbot, db, actors["clerk"], tmp_path / "clerk")
    try:
        clerk.ui.actionQueueSetup.trigger()
        page = current(clerk)
        qtbot.waitUntil(lambda: page.ui.line.count() == 1, timeout=10_000)
        assert not page.ui.saveLineButton.isEnabled()  # lines are the administrator's
        qtbot.keyClicks(page.ui.reference, "YY-21")
        type_text(qtbot, page.ui.person, "周敏")
        qtbot.keyClicks(page.ui.phone, "13800001111")
        qtbot.mouseClick(page.ui.addAppointmentButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.ui.appointments.rowCount() == 1, timeout=10_000)
        csv = tmp_path / "yy.csv"
        csv.write_text(f"预约号,事项编码,预约时间,姓名\nYY-22,SC-0001,{date.today()} 16:00,李四\n",
                       encoding="utf-8")  # fmt: skip
        dialogs.set_responder(lambda kind, title, text: str(csv) if kind == "open_file" else True)
        qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.ui.appointments.rowCount() == 2, timeout=10_000)
        assert page.ui.appointments.item(1, 1).text() == "商事登记"
        shot(clerk, "queue-setup")
    finally:
        close(qtbot, clerk)
