"""One application: state, deadline and its explanation, the checklist, notices, documents and
transitions, and the outcome buttons (accept, one-time notice, refuse, commitment).

Each outcome is one service call in the background; the page is busy meanwhile, keeps the
clerk's checklist edits on a refusal, and shows the issued document in the print preview.

For a registration matter (SC-0001 establishment, SC-0004 change …) the registration box shows
what was registered for the application (`services.registration_links`) and opens the
registration page bound to it (F10); the box refreshes whenever any window writes.

The page is put together from three mixins: what it shows (`application_overview`), the
outcomes (`application_outcomes`) and the registration box (`application_registration`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QVBoxLayout, QWidget

from ..core.states import State
from ..services import documents, queries
from ..services.registration_links import ApplicationRegistration
from . import dialogs, elide
from .application_outcomes import ApplicationOutcomes
from .application_overview import ApplicationOverview
from .application_registration import RegistrationBox
from .case_file_panel import CaseFilePanel
from .checklist_model import ChecklistModel
from .context import AppContext
from .generated.ui_application_view import Ui_ApplicationPage
from .material_gaps_panel import GapsPanel
from .outcomes import Refused, call
from .print_preview import show_preview
from .processing_panel import ProcessingPanel

OPEN_FOR_INTAKE = {State.RECEIVED, State.CORRECTION}


def page_name(number: str) -> str:
    return f"application-{number}"


class ApplicationPage(ApplicationOverview, ApplicationOutcomes, RegistrationBox, QWidget):
    loaded = Signal()
    outcome_done = Signal(object)  # documents.Outcome

    def __init__(self, ctx: AppContext, window, number: str, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_ApplicationPage()
        self.ui.setupUi(self)
        for label in (self.ui.matter, self.ui.applicant):  # long names elide, never widen
            elide.elide(label)
        self.setObjectName(page_name(number))
        self.ctx, self.window, self.number = ctx, window, number
        self.detail: queries.ApplicationDetail | None = None
        self.busy = False
        self._returned = False
        self.preview = None
        self.dialog = None
        self.draft = None  # the numbered document's preview before it is issued (F7, F8)
        self._print_draft: documents.DocumentInfo | None = None  # print it once issued
        self.model = ChecklistModel(self)
        self.ui.checklist.setModel(self.model)
        self.ui.checklist.setup()
        self.model.dataChanged.connect(self._summarise)
        self.model.modelReset.connect(self._summarise)
        self.ui.number.setText(number)
        self._setup_tables()
        self.registration: ApplicationRegistration | None = None
        self.processing = ProcessingPanel(ctx, number, self)  # after acceptance: review → delivery
        self.ui.layout.insertWidget(
            self.ui.layout.indexOf(self.ui.registrationBox) + 1, self.processing
        )
        self.processing.changed.connect(self.reload)
        self.case_file = CaseFilePanel(ctx, number, self)  # 电子档案 (issue 19)
        self.ui.detailTabs.addTab(self.case_file, self.tr("电子档案"))
        self.gaps = GapsPanel(ctx, number, self)  # 容缺材料 (issue 19)
        self.ui.detailTabs.addTab(self.gaps, self.tr("容缺材料"))
        self.gaps.changed.connect(self.reload)
        self._fit_to_screen()
        for button, keys, slot in (
            (self.ui.saveButton, "Ctrl+S", self.save_marks),
            (self.ui.acceptButton, "F6", self.accept_application),
            (self.ui.noticeButton, "F7", self.issue_notice),
            (self.ui.refuseButton, "F8", self.refuse),
            (self.ui.commitmentButton, "F9", self.commit),
            (self.ui.registerButton, "F10", self.open_registration),
        ):
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self.ui.documents.activated.connect(lambda _i: self.preview_selected())
        self.ui.showIdButton.clicked.connect(self.reveal_id)
        self.ui.licenceButton.clicked.connect(self.show_licence)
        self.ui.registrationBox.setVisible(False)
        self._registration_timer = QTimer(self)  # a registration made anywhere shows here
        self._registration_timer.setSingleShot(True)
        self._registration_timer.setInterval(300)
        self._registration_timer.timeout.connect(self.load_registration)
        ctx.watcher.changed.connect(self._registration_timer.start)
        self._set_buttons()

    def _setup_tables(self) -> None:
        docs = self.ui.documents
        docs.setColumnCount(4)
        docs.setHorizontalHeaderLabels(
            [self.tr("文书"), self.tr("文号"), self.tr("出具日期"), self.tr("打印次数")]
        )
        docs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history = self.ui.history
        history.setColumnCount(4)
        history.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("状态"), self.tr("经办人"), self.tr("说明")]
        )
        history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, number = self.ctx, self.number
        self.processing.reload()
        self.case_file.reload()
        self.gaps.reload()
        call(
            ctx.runner, self, lambda: queries.application_detail(ctx.db, number),
            self._show, self._load_failed,
        )  # fmt: skip
        self.load_registration()

    def _load_failed(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)

    # --- state of the buttons ---------------------------------------------------------------
    def _set_buttons(self) -> None:
        open_ = self.detail is not None and State(self.detail.state) in OPEN_FOR_INTAKE
        for button in (
            self.ui.saveButton, self.ui.acceptButton, self.ui.noticeButton, self.ui.refuseButton,
        ):  # fmt: skip
            button.setEnabled(open_ and not self.busy)
        allows = bool(self.detail and self.detail.allows_commitment)
        self.ui.commitmentButton.setVisible(allows)
        self.ui.commitmentButton.setEnabled(open_ and allows and not self.busy)
        self.ui.checklist.setEnabled(open_ and not self.busy)
        link = self.registration
        self.ui.registerButton.setEnabled(bool(link and link.can_register) and not self.busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.ui.busy.setText(text if busy else "")
        if busy:
            self.ui.message.clear()
        self._set_buttons()

    def _fit_to_screen(self) -> None:
        """At 1280×800, and with text at 150%, the checklist keeps five rows and the buttons
        stay in view: the overview, registration and processing boxes scroll when the window
        has no room for all of them (they took the checklist's rows)."""
        layout, ui = self.ui.layout, self.ui
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(scroll)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        index = layout.indexOf(ui.summaryBox)
        for box in (ui.summaryBox, ui.registrationBox, self.processing):
            layout.removeWidget(box)
            column.addWidget(box)
        column.addStretch(1)
        scroll.setWidget(holder)
        layout.insertWidget(index, scroll, 2)
        layout.setStretchFactor(ui.detailTabs, 3)
        view = ui.checklist
        rows = view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 5 * rows + 8)

    def has_unsaved_input(self) -> bool:
        return self.model.has_changes()

    def _preview_closed(self) -> None:
        """Back to the keyboard where the clerk left off, with print counts refreshed."""
        self.preview = None
        if shiboken6.isValid(self):
            self.window.activateWindow()
            self.ui.checklist.setFocus()
            self.reload()

    def preview_selected(self) -> None:
        item = self.ui.documents.item(max(self.ui.documents.currentRow(), 0), 0)
        if item is not None:
            info = item.data(Qt.ItemDataRole.UserRole)
            self.preview = show_preview(self.ctx, info, self, self._preview_closed)

    def reveal_id(self) -> None:
        try:
            from ..services import personal_data
        except ImportError:  # pragma: no cover - the security colleague's service
            return
        reason = dialogs.get_text(
            self, self.tr("显示完整证件号"), self.tr("查看理由（将记入审计日志）：")
        )
        if not reason:
            return
        ctx, number = self.ctx, self.number

        def shown(value: str) -> None:
            name = self.detail.applicant_name if self.detail else ""
            elide.set_text(self.ui.applicant, f"{name}　{value}")

        call(
            ctx.runner, self,
            lambda: personal_data.reveal_id(ctx.db, ctx.actor, number, reason),
            shown, lambda r: self.ui.message.setText(r.message),
        )  # fmt: skip


def open_application(window, number: str) -> None:  # noqa: ANN001
    """Open (or bring forward and refresh) the page of application `number`."""
    number = number.strip()
    if not number:
        return
    name = page_name(number)
    tabs = window.ui.tabs
    for index in range(tabs.count()):
        if tabs.widget(index).objectName() == name:
            tabs.setCurrentIndex(index)
            tabs.widget(index).reload()
            return
    page = ApplicationPage(window.ctx, window, number)
    window.add_page(page, number)
    page.reload()
    page.ui.checklist.setFocus()
