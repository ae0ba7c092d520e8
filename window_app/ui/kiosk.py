"""The self-service ticket kiosk (`window-app kiosk`): large touch buttons, one per line of
business, 老年人优先 / 残疾人优先 toggles, and check-in of an online appointment by its reference
(typed or scanned), which keeps the appointment's place in the queue. The ticket is shown large
and printed on the thermal roll (`ui/ticket_print.py`); no name is asked or printed. The page
goes back to the choice after `BACK_MS`. Every rule is `services.queue_tickets`'.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from ..core.queue import Priority
from ..services import queue_config, queue_tickets
from ..services.queue_tickets import KIOSK, TicketInfo
from ..storage.database import Database
from .generated.ui_kiosk import Ui_KioskWindow
from .outcomes import Refused, call
from .printing_qt import PrintFailed, named_printer
from .tasks import TaskRunner
from .ticket_print import paint_ticket, ticket_printer

BACK_MS = 10_000
CHOOSE, TICKET = 0, 1


class KioskWindow(QWidget):
    def __init__(self, db: Database, printer: Callable[[], QPrinter] | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.db, self.printer = db, printer
        self.ui = Ui_KioskWindow()
        self.ui.setupUi(self)
        self.runner = TaskRunner(threads=1)
        self.buttons: dict[str, QPushButton] = {}
        self.busy = False
        ui = self.ui
        ui.elderlyButton.toggled.connect(lambda on: on and ui.disabledButton.setChecked(False))
        ui.disabledButton.toggled.connect(lambda on: on and ui.elderlyButton.setChecked(False))
        ui.checkInButton.clicked.connect(self.check_in)
        ui.appointment.returnPressed.connect(self.check_in)
        ui.backButton.clicked.connect(self.choose)
        self.back = QTimer(self)
        self.back.setSingleShot(True)
        self.back.setInterval(BACK_MS)
        self.back.timeout.connect(self.choose)
        self.choose()
        db_ = db
        call(self.runner, self, lambda: queue_config.list_lines(db_), self._lines, self._refused)

    def _lines(self, lines: list[queue_config.LineInfo]) -> None:
        for line in lines:
            button = QPushButton(line.name, self)
            button.setObjectName(f"line_{line.prefix}")
            button.clicked.connect(lambda _c=False, name=line.name: self.take(name))
            self.ui.lineButtons.addWidget(button)
            button.show()
            self.buttons[line.name] = button
        if not lines:
            self.ui.message.setText(self.tr("尚未设置业务队列，请联系工作人员"))

    def choose(self) -> None:
        self.back.stop()
        ui = self.ui
        ui.elderlyButton.setChecked(False)
        ui.disabledButton.setChecked(False)
        ui.appointment.clear()
        ui.message.clear()
        ui.pages.setCurrentIndex(CHOOSE)

    def priority(self) -> str | None:
        if self.ui.elderlyButton.isChecked():
            return Priority.ELDERLY
        if self.ui.disabledButton.isChecked():
            return Priority.DISABLED
        return None

    def take(self, line: str) -> None:
        if self.busy:
            return
        self.busy = True
        db, priority = self.db, self.priority()
        call(self.runner, self, lambda: queue_tickets.take_ticket(db, KIOSK, line, priority=priority),
             self._issued, self._refused)  # fmt: skip

    def check_in(self) -> None:
        reference = self.ui.appointment.text().strip()
        if self.busy or not reference:
            return
        self.busy = True
        db = self.db
        call(self.runner, self, lambda: queue_tickets.check_in(db, KIOSK, reference),
             self._issued, self._refused)  # fmt: skip

    def _refused(self, refused: Refused) -> None:
        self.busy = False
        self.ui.message.setText(refused.message)

    def _issued(self, ticket: TicketInfo) -> None:
        self.busy = False
        ui = self.ui
        ui.ticketLine.setText(ticket.line)
        ui.ticketNumber.setText(ticket.number)
        ui.ticketWaiting.setText(self.tr("您前面还有%1人等候").replace("%1", str(ticket.waiting)))
        ui.printed.setText(self.print_ticket(ticket))
        ui.pages.setCurrentIndex(TICKET)
        self.back.start()

    def print_ticket(self, ticket: TicketInfo) -> str:
        if self.printer is None:
            return self.tr("请记住您的号码")
        try:
            paint_ticket(self.printer(), ticket.number, ticket.line, ticket.waiting,
                         ticket.issued_at, ticket.priority)  # fmt: skip
        except PrintFailed:
            return self.tr("取号凭条打印失败，请记住您的号码或联系工作人员")
        return self.tr("请取走取号凭条")

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        self.runner.wait_done(2000)
        super().closeEvent(event)


def roll_printer(paper: int, name: str = "") -> Callable[[], QPrinter]:
    """The kiosk's thermal printer (the system's default unless named), one ticket a page;
    PrintFailed (the ticket stays on screen) when that printer is missing or offline."""

    def make() -> QPrinter:
        return ticket_printer(paper, named_printer(name))

    return make
