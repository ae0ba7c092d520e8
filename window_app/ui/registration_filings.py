"""Registrations filed to be decided within 3 working days (待办登记).

When the materials need checking, the registration page files the request instead of
registering it on the spot (`FilingSubmission`: the same form and validation, the
"受理（3个工作日内办结）" button); the name stays reserved meanwhile. The pending page lists the
filings, earliest deadline first with the warning light in words and colour, and acts on the
selected one: 登记 (issues the USCC, then the licence preview like the on-the-spot
registration), 延长期限 (supervisor, once) and 撤回 (reason required). Every rule is the
services' (`services.registration`); every call runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.enterprise_names import authority_name
from ..services import registration
from ..services import registration_filings as filings
from . import columns, dialogs, lights
from .action_list import ActionListPage, open_page
from .context import AppContext
from .generated.ui_registration_filings import Ui_RegistrationFilingsPage
from .processing_dialogs import ReasonDialog
from .record_model import BACKGROUND, FOREGROUND, TOOLTIP, RecordTableModel

if TYPE_CHECKING:
    from .licence_print import IssuedPapers
    from .registration import RegistrationPage

PAGE_NAME = "registration-filings"
LIGHT_COLUMN, EXTENSION_COLUMN = 5, 6


def _day(value: date) -> str:
    return value.isoformat()


# --- filing from the registration page ------------------------------------------------------


class FilingSubmission(QObject):
    """The registration page's second way to submit: file the request (3 working days)."""

    filed = Signal(object)  # filings.FilingInfo

    def __init__(self, page: RegistrationPage):
        super().__init__(page)
        self.page = page
        self.last: filings.FilingInfo | None = None
        page.ui.fileButton.clicked.connect(self.file)

    def file(self) -> None:
        if self.page.busy:
            return
        ctx, number = self.page.ctx, self.page.application_number
        self.page.submit(
            lambda request: (
                lambda: filings.file_registration(
                    ctx.db, ctx.actor, request, application_number=number
                )
            ),
            self._filed,
            busy_text=self.tr("正在受理…"),
        )

    def _filed(self, filing: filings.FilingInfo) -> None:
        page = self.page
        self.last = filing
        page.ctx.watcher.local_change()
        deadline = _day(filing.deadline)
        if filing.deadline_provisional:
            deadline += self.tr("（暂定，节假日安排未公布）")
        page.ui.result.setText(
            self.tr("已受理：%1（编号%2）　办结期限 %3　名称已保留，请在“待办登记”中办结")
            .replace("%1", filing.name)
            .replace("%2", str(filing.id))
            .replace("%3", deadline)
        )
        page.window.show_status(self.tr("已受理，办结期限 %1").replace("%1", deadline))
        page.clear(keep_result=True)
        self.filed.emit(filing)


# --- the pending page -----------------------------------------------------------------------


class FilingsModel(RecordTableModel):
    """Rows are `services.filings.FilingInfo`s in the services' order (deadline first)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("编号"), self.tr("名称"), self.tr("登记机关"), self.tr("受理日期"),
                self.tr("办结期限"), self.tr("时限"), self.tr("延长"),
            ],
            parent,
        )  # fmt: skip
        self._lights = lights.brushes()
        self._provisional = self.tr("（暂定）")
        self._none = self.tr("—")

    def cells(self, filing: filings.FilingInfo) -> list[str]:
        light = self._lights.get(filing.light)
        extension = (
            self.tr("已延长%1个工作日").replace("%1", str(filing.extension_days))
            if filing.extension_days
            else self._none
        )
        return [
            str(filing.id),
            filing.name,
            authority_name(filing.authority_code),
            _day(filing.received_on),
            _day(filing.deadline) + (self._provisional if filing.deadline_provisional else ""),
            light[0] if light else self._none,
            extension,
        ]

    def number(self, filing: filings.FilingInfo) -> str:
        return str(filing.id)

    def style(self, filing: filings.FilingInfo, column: int, role: int) -> object:
        if column == LIGHT_COLUMN and (light := self._lights.get(filing.light)):
            return {BACKGROUND: light[1], FOREGROUND: light[2]}.get(role)
        if column == EXTENSION_COLUMN and role == TOOLTIP:
            return filing.extension_reason
        return None


class RegistrationFilingsPage(ActionListPage):
    """待办登记: the filed registrations and what may be done with the selected one."""

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_RegistrationFilingsPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.model = FilingsModel(self)
        self.start(ctx, window)
        columns.fit_once(self.ui.table, 1)
        self.papers: IssuedPapers | None = None  # the licence and referral of the last registration
        role = ctx.actor.role
        self.can_register = role in registration.REGISTER_ROLES
        self.can_extend = role in filings.EXTEND_ROLES
        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.completeButton.clicked.connect(self.complete)
        ui.extendButton.clicked.connect(self.extend)
        ui.withdrawButton.clicked.connect(self.withdraw)
        if not self.can_extend:
            ui.extendButton.setToolTip(self.tr("延长期限须由科室负责人（督查角色）批准"))
        self.set_buttons()

    # --- the list ----------------------------------------------------------------------------
    def fetch(self) -> Callable[[], list[filings.FilingInfo]]:
        db = self.ctx.db
        return lambda: filings.pending_registrations(db)

    def show_records(self, filings: list[filings.FilingInfo]) -> None:
        self.model.set_records(filings)
        lights = [f.light for f in filings]
        self.ui.summary.setText(
            self.tr("共%1件　临近期限%2件　超期%3件")
            .replace("%1", str(len(filings)))
            .replace("%2", str(lights.count("yellow")))
            .replace("%3", str(lights.count("red")))
        )

    def set_buttons(self) -> None:
        chosen = self.current() is not None and not self.busy
        self.ui.completeButton.setEnabled(chosen and self.can_register)
        self.ui.withdrawButton.setEnabled(chosen and self.can_register)
        self.ui.extendButton.setEnabled(
            chosen and self.can_extend and not self.current().extension_days  # type: ignore[union-attr]
        )

    # --- the actions -------------------------------------------------------------------------
    def complete(self) -> None:
        filing = self.current()
        if filing is None or self.busy:
            return
        if not dialogs.question(
            self, self.tr("登记"),
            self.tr("准予登记“%1”并发放统一社会信用代码？").replace("%1", filing.name),
        ):  # fmt: skip
            return
        ctx, filing_id = self.ctx, filing.id
        self._run(
            self.tr("正在登记…"),
            lambda: filings.complete_registration(ctx.db, ctx.actor, filing_id),
            self._registered,
        )

    def _registered(self, result: registration.RegistrationResult) -> None:
        self.ui.result.setText(
            self.tr("已登记：%1　统一社会信用代码 %2　执照编号 %3")
            .replace("%1", result.name).replace("%2", result.uscc)
            .replace("%3", result.licence_document)
        )  # fmt: skip
        self.window.show_status(self.tr("已发放统一社会信用代码 %1").replace("%1", result.uscc))
        from .licence_print import IssuedPapers  # noqa: PLC0415 (printing: loaded when used)

        self.papers = self.papers or IssuedPapers(self.ctx, self)
        self.papers.show(result.uscc, referral=bool(result.referral_document))

    def extend(self) -> ReasonDialog | None:
        filing = self.current()
        if filing is None or self.busy or not self.can_extend:
            return None
        ctx, filing_id = self.ctx, filing.id
        dialog = ReasonDialog(
            self.tr("延长办结期限"),
            self.tr("“%1”的办结期限 %2 延长3个工作日（只能延长一次）。")
            .replace("%1", filing.name).replace("%2", _day(filing.deadline)),
            self.tr("延期理由(&R)"),
            self,
        )  # fmt: skip

        def submit(values: dict) -> None:
            reason = values["reason"]
            self._run(
                self.tr("正在延长期限…"),
                lambda: filings.extend_registration_deadline(ctx.db, ctx.actor, filing_id, reason),
                self._extended,
            )

        return self._open_dialog(dialog, submit)

    def _extended(self, filing: filings.FilingInfo) -> None:
        self.ui.result.setText(
            self.tr("“%1”的办结期限已延长至 %2")
            .replace("%1", filing.name).replace("%2", _day(filing.deadline))
        )  # fmt: skip
        self.refresh()

    def withdraw(self) -> ReasonDialog | None:
        filing = self.current()
        if filing is None or self.busy or not self.can_register:
            return None
        ctx, filing_id = self.ctx, filing.id
        dialog = ReasonDialog(
            self.tr("撤回登记申请"),
            self.tr("撤回“%1”的登记申请，保留的名称随即释放。").replace("%1", filing.name),
            self.tr("撤回原因(&R)"),
            self,
        )

        def submit(values: dict) -> None:
            reason = values["reason"]
            self._run(
                self.tr("正在撤回…"),
                lambda: filings.withdraw_registration(ctx.db, ctx.actor, filing_id, reason),
                self._withdrawn,
            )

        return self._open_dialog(dialog, submit)

    def _withdrawn(self, filing: filings.FilingInfo) -> None:
        self.ui.result.setText(self.tr("已撤回：%1").replace("%1", filing.name))
        self.refresh()


def open_filings(window) -> RegistrationFilingsPage:  # noqa: ANN001
    """Show the pending page (one per window), refreshed."""
    return open_page(
        window, PAGE_NAME, lambda: RegistrationFilingsPage(window.ctx, window),
        QCoreApplication.translate("RegistrationFilingsPage", "待办登记"),
    )  # fmt: skip


def install(window) -> None:  # noqa: ANN001
    window.ui.actionPendingRegistrations.triggered.connect(lambda: open_filings(window))
