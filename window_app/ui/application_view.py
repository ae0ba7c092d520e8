"""One application: state, deadline and its explanation, the checklist, notices, documents and
transitions, and the outcome buttons (accept, one-time notice, refuse, commitment).

Each outcome is one service call in the background; the page is busy meanwhile, keeps the
clerk's checklist edits on a refusal, and shows the issued document in the print preview.

For a registration matter (SC-0001 establishment, SC-0004 change …) the registration box shows
what was registered for the application (`services.registration_links`) and opens the
registration page bound to it (F10); the box refreshes whenever any window writes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.checklist import ItemStatus
from ..core.states import State
from ..services import (
    accept,
    checklist,
    commitment,
    documents,
    drafts,
    material_gaps,
    notice,
    queries,
    refusal,
    registration_links,
    users,
)
from ..services.registration_links import ApplicationRegistration, Registered
from . import dialogs, elide, history_notes, i18n, lights, state_names
from .case_file_panel import CaseFilePanel
from .change_registration import ITEM_NAMES
from .checklist_model import REASON, STATUS, ChecklistModel
from .context import AppContext
from .generated.ui_application_view import Ui_ApplicationPage
from .i18n import error_text
from .label_names import CHANNELS, ITEM_STATUSES
from .material_gaps_panel import GapDialog, GapsPanel
from .outcomes import CommitmentDialog, OverrideDialog, RefusalDialog, Refused, call
from .print_preview import show_draft, show_preview
from .processing_panel import ProcessingPanel

OPEN_FOR_INTAKE = {State.RECEIVED, State.CORRECTION}
REGISTER_BUTTONS = {  # the application's registration -> the button opening its page
    "establishment": QT_TRANSLATE_NOOP("ApplicationPage", "办理设立登记 (F10)…"),
    "exchange": QT_TRANSLATE_NOOP("ApplicationPage", "办理换照 (F10)…"),
    "change": QT_TRANSLATE_NOOP("ApplicationPage", "办理变更登记 (F10)…"),
}


def page_name(number: str) -> str:
    return f"application-{number}"


class ApplicationPage(QWidget):
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

    def load_registration(self) -> None:
        ctx, number = self.ctx, self.number
        call(
            ctx.runner, self, lambda: registration_links.for_application(ctx.db, number),
            self._show_registration, self._load_failed,
        )  # fmt: skip

    def _show(self, detail: queries.ApplicationDetail) -> None:
        self.detail = detail
        if State(detail.state) is not State.CORRECTION:
            self._returned = False
        ui = self.ui
        ui.state.setText(state_names.name(detail.state))
        left = detail.notice_days_left
        ui.deemed.setVisible(detail.deemed_accepted or left is not None)
        if detail.deemed_accepted:
            ui.deemed.setText(self.tr("视为受理"))
            ui.deemed.setToolTip(
                self.tr("材料不齐且五个工作日内未一次告知：自收到材料之日起即为受理")
            )
        elif left is not None:
            # the countdown of art. 32 from the first day, not only once it ran out
            ui.deemed.setText(
                self.tr("今日为一次性告知最后一日")
                if left == 0
                else self.tr("一次性告知期剩%1个工作日").replace("%1", str(left))
            )
            ui.deemed.setToolTip(
                self.tr(
                    "材料不齐的，应在收到材料后五个工作日内一次告知；逾期不告知的，自收到材料之日起即为受理"
                )
            )
        light = detail.light if detail.light in lights.LIGHTS else None
        ui.light.setVisible(light is not None)
        if light:
            ui.light.setText(lights.words(light))
            ui.light.setStyleSheet(lights.badge_style(light))
        commit = self.tr("　可告知承诺") if detail.allows_commitment else ""
        credit = ""
        if detail.credit_rule:  # the applicant was on a credit list at intake (信用联合惩戒)
            credit = "　【{}】".format(
                self.tr("信用名单：须加强审查")
                if detail.credit_rule == "extra_review"
                else self.tr("信用名单：不适用告知承诺")
                if detail.credit_rule == "refuse_commitment"
                else self.tr("信用名单：已提示")
            )
        elide.set_text(
            ui.matter,
            f"{detail.matter_name}（{detail.matter_code} v{detail.matter_version}）{commit}{credit}",
        )
        code = detail.applicant_code_masked
        phone = f"　{detail.applicant_phone_masked}" if detail.applicant_phone_masked else ""
        elide.set_text(ui.applicant, f"{detail.applicant_name}　{code}{phone}")
        ui.agent.setText(
            self.tr("代理人：%1（%2）")
            .replace("%1", detail.agent_name)
            .replace("%2", detail.agent_id_masked)
            if detail.agent_name
            else ""
        )
        ui.received.setText(
            self.tr("%1　%2接收　%3　%4　到窗%5次")
            .replace("%1", CHANNELS.name(detail.channel))
            .replace("%2", detail.received_on.isoformat())
            .replace("%3", detail.window)
            .replace("%4", detail.clerk)
            .replace("%5", str(detail.visits))
        )
        ui.deadline.setText(self._deadline_text(detail))
        self.model.set_rows(detail.checklist)
        self._fill_documents(detail.documents)
        self._fill_history(detail.transitions, detail.notices)
        in_correction = State(detail.state) is State.CORRECTION
        ui.inPersonReturn.setVisible(in_correction)
        self._set_buttons()
        if not self.busy:
            ui.message.clear()
        self._focus_checklist()
        self.loaded.emit()

    def _focus_checklist(self) -> None:
        """The clerk lands on the first item, ready for Space/1/2/3 and the F-keys."""
        view = self.ui.checklist
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.setCurrentIndex(self.model.index(0, STATUS))
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            view.setFocus()

    def _deadline_text(self, d: queries.ApplicationDetail) -> str:
        if d.promised_deadline is None:
            if d.commitment:
                return self.tr("告知承诺当场审批；核查期限：%1").replace(
                    "%1", d.verification_due.isoformat() if d.verification_due else "—"
                )
            return self.tr("受理后起算（受理之日不计入，按工作日计算）")
        mark = self.tr("（暂定）")
        promised = d.promised_deadline.isoformat() + (mark if d.promised_provisional else "")
        statutory = "—"
        if d.statutory_deadline:
            statutory = d.statutory_deadline.isoformat()
            statutory += mark if d.statutory_provisional else ""
        # the mark stands on the date it concerns
        text = self.tr("承诺 %1　法定 %2").replace("%1", promised).replace("%2", statutory)
        if d.deadline_explanation and i18n.short() == "zh":
            # the receipt's wording, stored in Chinese; the processing panel below explains the
            # same deadline in the UI's language (`Clock.explain`)
            text += f"\n{d.deadline_explanation}"
        if d.promised_provisional or d.statutory_provisional:
            text += self.tr(
                "\n（暂定）：节假日安排尚未公布，已排除法定节假日，调休公布后期限可能调整"
            )
        return text

    def _fill_documents(self, docs) -> None:  # noqa: ANN001
        table = self.ui.documents
        table.setRowCount(len(docs))
        for row, doc in enumerate(docs):
            for col, text in enumerate(
                (doc.title, doc.doc_number, doc.issued_on.isoformat(), str(doc.print_count))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc)
                table.setItem(row, col, item)
        if docs:
            table.setCurrentCell(len(docs) - 1, 0)

    def _fill_history(self, transitions, notices) -> None:  # noqa: ANN001
        rows = [
            (
                t.on.isoformat(),
                state_names.name(t.to_state),
                t.user,
                history_notes.text(t.reason, t.note_code, t.note_args),
            )
            for t in transitions
        ]
        for n in notices:
            items = self.tr("；").join(
                (self.tr("%1（%2：%3）") if reason else self.tr("%1（%2）"))
                .replace("%1", name)
                .replace("%2", ITEM_STATUSES.of_label(problem))
                .replace("%3", reason or "")
                for name, problem, reason in n.items
            )
            extra = (
                self.tr("　主管%1批准新增：%2").replace("%1", n.override_by or "").replace(
                    "%2", n.override_reason or "")
                if n.override_reason else ""
            )  # fmt: skip
            rows.append(
                (n.issued_on.isoformat(),
                 self.tr("第%1次一次性告知").replace("%1", str(n.sequence)), "", items + extra)
            )  # fmt: skip
        rows.sort(key=lambda r: r[0])
        table = self.ui.history
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))

    def _load_failed(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)

    def _summarise(self, *_args) -> None:  # noqa: ANN002
        counts = self.model.counts()
        self.ui.checklistSummary.setText(
            self.tr("已收取 %1　缺少 %2　不符合要求 %3　未核验 %4　承诺代替 %5")
            .replace("%1", str(counts[ItemStatus.RECEIVED]))
            .replace("%2", str(counts[ItemStatus.MISSING]))
            .replace("%3", str(counts[ItemStatus.DEFECTIVE]))
            .replace("%4", str(counts[ItemStatus.PENDING]))
            .replace("%5", str(counts[ItemStatus.WAIVED]))
        )

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

    # --- outcomes ---------------------------------------------------------------------------
    def _with_return(self, fn: Callable[[list], object]) -> Callable[[], object]:
        """In correction, the first action of this visit records the applicant's return."""
        ctx, number, marks = self.ctx, self.number, self.model.marks()
        returning = (
            self.detail is not None
            and State(self.detail.state) is State.CORRECTION
            and not self._returned
        )
        in_person = self.ui.inPersonReturn.isChecked()

        def job() -> object:
            if returning:
                checklist.record_return(ctx.db, ctx.actor, number, marks, in_person=in_person)
                self._returned = True
            return fn(marks)

        return job

    def _run(
        self, busy_text: str, fn: Callable[[list], object], on_success, on_refused=None
    ) -> None:  # noqa: ANN001
        if self.busy or self.detail is None:
            return
        self._set_busy(True, busy_text)
        call(self.ctx.runner, self, self._with_return(fn), on_success, on_refused or self._refused)

    def _refused(self, refused: Refused) -> None:
        self._set_busy(False)
        self.ui.message.setText(refused.message)
        row = self.model.row_of(refused.field or "")
        if row >= 0:
            self.ui.checklist.setFocus()
            self.ui.checklist.setCurrentIndex(self.model.index(row, REASON))

    def _done(self, outcome: documents.Outcome) -> None:
        self._set_busy(False)
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.ctx.watcher.local_change()
        self.window.show_status(
            self.tr("%1：%2")
            .replace("%1", outcome.number)
            .replace("%2", state_names.name(outcome.state))
        )
        self.reload()
        self.outcome_done.emit(outcome)
        self.preview = show_preview(self.ctx, outcome.document, self, self._preview_closed)
        draft, self._print_draft = self._print_draft, None
        if draft is not None:  # the clerk pressed 打印 on the draft: print what was issued
            if drafts.same_document(draft, outcome.document):
                self.preview.print_document()
            else:  # another window issued one of this kind in between: its number moved on
                self.preview.ui.message.setText(
                    self.tr("出具的文书编号为%1，与预览的%2不同（其间另一窗口出具了同类文书），"
                            "请核对后打印").replace("%1", outcome.document.doc_number)
                    .replace("%2", draft.doc_number)
                )  # fmt: skip

    def save_marks(self) -> None:
        ctx, number = self.ctx, self.number

        def saved(_rows) -> None:  # noqa: ANN001
            self._set_busy(False)
            self.ctx.watcher.local_change()
            self.window.show_status(self.tr("材料核验已保存"))
            self.reload()

        self._run(
            self.tr("正在保存…"),
            lambda marks: checklist.record_materials(ctx.db, ctx.actor, number, marks),
            saved,
        )

    def accept_application(self) -> None:
        """Accept; when only 可容缺 materials are missing, offer 容缺受理 with dated commitments."""
        if self.busy or self.detail is None:
            return
        ctx, number = self.ctx, self.number
        missing = self.model.unsettled()
        if not missing:
            self._accept({})
            return

        def offered(tolerable: dict[str, str]) -> None:
            if not all(key in tolerable for key, _name in missing):
                self._accept({})  # refused by the service, naming what is missing
                return
            self.dialog = GapDialog(missing, self)
            self.dialog.submitted.connect(self._gaps_submitted)
            self.dialog.rejected.connect(self._dialog_closed)
            self.dialog.open()

        call(ctx.runner, self, lambda: material_gaps.tolerable_of(ctx.db, number), offered,
             self._refused)  # fmt: skip

    def _gaps_submitted(self, values: dict) -> None:
        self.dialog.set_busy(True)
        self._accept(values["gaps"], self._gaps_refused)

    def _gaps_refused(self, refused: Refused) -> None:
        self._set_busy(False)
        if isinstance(self.dialog, GapDialog):
            self.dialog.show_refused(refused)
        else:
            self._refused(refused)

    def _accept(self, gaps: dict, on_refused=None) -> None:  # noqa: ANN001
        ctx, number = self.ctx, self.number
        self._run(
            self.tr("正在受理…"),
            lambda marks: accept.accept(ctx.db, ctx.actor, number, marks=marks, gaps=gaps),
            self._done,
            on_refused,
        )

    def _confirm_numbered(
        self,
        title: str,
        summary: str,
        draft: Callable[[], tuple[documents.DocumentInfo, bytes]],
        proceed: Callable[[], None],
        *,
        parent: QWidget | None = None,
        on_refused: Callable[[Refused], bool] | None = None,
        proceed_kinds: tuple[str, ...] = (),
    ) -> None:
        """A numbered legal document is issued only after the clerk has seen it: the exact PDF
        (`services.drafts`) in a preview with 打印 (issue, then print what was issued) and 取消
        (nothing issued). Scripted halls and tests answer through `dialogs`' responder, which
        is asked with `summary`."""
        text = self.tr("即将出具带文号的法律文书，出具后不能撤回：\n\n%1\n\n确认出具吗？").replace(
            "%1", summary
        )
        handled, answer = dialogs.scripted("question", title, text)
        if handled:
            if answer:
                proceed()
            return

        def printed(info: documents.DocumentInfo | None) -> None:
            self.draft = None
            self._print_draft = info  # None: refused as a draft, going on to the override
            proceed()

        def cancelled() -> None:
            self.draft = None
            (parent or self.ui.checklist).setFocus()

        self.draft = show_draft(self.ctx, title, draft, parent or self, printed, cancelled)
        self.draft.proceed_kinds = proceed_kinds
        if on_refused is not None:
            self.draft.on_refused = on_refused

    def issue_notice(self, override: dict | None = None) -> None:
        if self.busy or self.detail is None:
            return
        override = override if isinstance(override, dict) else None  # clicked(bool) passes one
        if override is None:  # the supervisor's approval comes after the clerk confirmed once
            lines = [
                self.tr("%1. %2：%3%4").replace("%1", str(n)).replace("%2", name)
                .replace("%3", verdict).replace("%4", f"（{reason}）" if reason else "")
                for n, (name, verdict, reason) in enumerate(self.model.to_tell(), start=1)
            ]  # fmt: skip
            preview = (
                self.tr("一次性告知书（补正材料通知书），申请%1，告知以下材料：").replace(
                    "%1", self.number
                )
                + "\n"
                + ("\n".join(lines) or self.tr("（没有需要补正的材料）"))
            )
            ctx, number, marks = self.ctx, self.number, self.model.marks()
            self._confirm_numbered(
                self.tr("出具一次性告知书"), preview,
                lambda: drafts.draft_notice(ctx.db, ctx.actor, number, marks=marks),
                lambda: self._issue_notice(None),
                proceed_kinds=("NewItemsNeedOverride",),  # the supervisor approves next
            )  # fmt: skip
            return
        self._issue_notice(override)

    def _issue_notice(self, override: dict | None) -> None:
        ctx, number = self.ctx, self.number
        supervisor_login = override or {}

        def fn(marks: list) -> object:
            by = None
            if supervisor_login:
                by = users.login(ctx.db, supervisor_login["username"], supervisor_login["password"])
            return notice.issue_notice(
                ctx.db, ctx.actor, number, marks=marks, override_by=by,
                override_reason=supervisor_login.get("reason") or None,
            )  # fmt: skip

        self._run(self.tr("正在出具一次性告知书…"), fn, self._done, self._notice_refused)

    def _notice_refused(self, refused: Refused) -> None:
        if refused.kind != "NewItemsNeedOverride" and not isinstance(self.dialog, OverrideDialog):
            self._refused(refused)
            return
        self._set_busy(False)
        if isinstance(self.dialog, OverrideDialog):
            self.dialog.show_refused(refused)
            return
        self.dialog = OverrideDialog(refused.message, self)
        self.dialog.submitted.connect(self._override_submitted)
        self.dialog.rejected.connect(self._dialog_closed)
        self.dialog.open()

    def _override_submitted(self, values: dict) -> None:
        self.dialog.set_busy(True)
        self.issue_notice(values)

    def refuse(self) -> None:
        if self.busy or self.detail is None:
            return
        self.dialog = RefusalDialog(self)
        self.dialog.submitted.connect(self._refusal_submitted)
        self.dialog.rejected.connect(self._dialog_closed)
        self.dialog.open()

    def _refusal_submitted(self, values: dict) -> None:
        ctx, number = self.ctx, self.number
        preview = (
            self.tr("不予受理通知书，申请%1").replace("%1", number)
            + "\n" + self.tr("理由：%1").replace("%1", values.get("reason") or "")
            + "\n" + self.tr("依据：%1").replace("%1", values.get("legal_basis") or "")
            + ("\n" + self.tr("建议向：%1申请").replace("%1", values["apply_instead"])
               if values.get("apply_instead") else "")
        )  # fmt: skip

        def issue() -> None:
            self.dialog.set_busy(True)
            self._run(
                self.tr("正在出具不予受理通知书…"),
                lambda _marks: refusal.refuse(ctx.db, ctx.actor, number, **values),
                self._done,
                self._dialog_refused,
            )

        def refused_field(refused: Refused) -> bool:
            """A field of the refusal dialog is wrong: said beside it, the preview closed."""
            if refused.field and self.dialog is not None:
                self.dialog.show_refused(refused)
                return True
            return False

        # declined, the refusal dialog stays open with what was typed
        self._confirm_numbered(
            self.tr("出具不予受理通知书"), preview,
            lambda: drafts.draft_refusal(ctx.db, ctx.actor, number, **values), issue,
            parent=self.dialog, on_refused=refused_field,
        )  # fmt: skip

    def commit(self) -> None:
        if self.busy or self.detail is None or not self.detail.allows_commitment:
            return
        signer = self.detail.agent_name or self.detail.applicant_name
        self.dialog = CommitmentDialog(self.model.waivable_names(), signer, self)
        self.dialog.submitted.connect(self._commitment_submitted)
        self.dialog.rejected.connect(self._dialog_closed)
        self.dialog.open()

    def _commitment_submitted(self, values: dict) -> None:
        ctx, number = self.ctx, self.number
        self.dialog.set_busy(True)
        self._run(
            self.tr("正在按告知承诺办理…"),
            lambda marks: commitment.approve_on_commitment(
                ctx.db, ctx.actor, number, signer=values["signer"], marks=marks
            ),
            self._done,
            self._dialog_refused,
        )

    def _dialog_refused(self, refused: Refused) -> None:
        self._set_busy(False)
        if self.dialog is not None:
            self.dialog.show_refused(refused)
        else:
            self._refused(refused)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.ui.checklist.setFocus()

    # --- registration (registration matters) -------------------------------------------------
    def _show_registration(self, link: ApplicationRegistration | None) -> None:
        self.registration = link
        ui = self.ui
        ui.registrationBox.setVisible(link is not None)
        self._set_buttons()
        if link is None:
            return
        ui.registerButton.setText(self.tr(REGISTER_BUTTONS[link.kind]))
        lines = [self._registered_text(r) for r in link.registered]
        if not any(r.kind != "filing" or r.filing_status == "pending" for r in link.registered):
            lines.append(
                self.tr("尚未登记：按 F10 打开登记页面，登记结果记入本申请")
                if link.refusal is None
                else error_text(link.refusal)
            )
        ui.registrationText.setText("\n".join(lines))
        ui.licenceButton.setVisible(self._licence_code() is not None)

    def _registered_text(self, r: Registered) -> str:
        if r.kind == "filing":
            text = (
                self.tr("已提交待办登记：%1（编号%2）　%3受理，请在“待办登记”中办结")
                if r.filing_status == "pending"
                else self.tr("待办登记已撤回：%1（编号%2）　%3受理")
            )
            return (
                text.replace("%1", r.name).replace("%2", str(r.filing_id))
                .replace("%3", r.on.isoformat())
            )  # fmt: skip
        if r.kind == "change":
            items = "、".join(
                QCoreApplication.translate("ChangeRegistrationPage", ITEM_NAMES[i])
                for i in r.items
                if i in ITEM_NAMES
            )
            text = self.tr("已变更登记：%1　统一社会信用代码 %2（不变）　%3　变更事项：%4　执照 %5")
            text = text.replace("%4", items)
        else:
            text = self.tr("已登记：%1　统一社会信用代码 %2　%3　执照 %5")
        return (
            text.replace("%1", r.name).replace("%2", r.uscc or "").replace("%3", r.on.isoformat())
            .replace("%5", r.licence or "—")
        )  # fmt: skip

    def _licence_code(self) -> str | None:
        codes = (
            [r.uscc for r in self.registration.registered if r.uscc] if self.registration else []
        )
        return codes[-1] if codes else None

    def open_registration(self) -> None:
        """The registration page bound to this application (prefilled from the applicant)."""
        link = self.registration
        if self.busy or link is None or not link.can_register:
            return
        from . import change_registration, licence_exchange, registration  # noqa: PLC0415

        opener = {
            "establishment": registration.open_registration,
            "exchange": licence_exchange.open_exchange,
            "change": change_registration.open_change_registration,
        }[link.kind]
        opener(self.window, application=link)

    def show_licence(self) -> None:
        code = self._licence_code()
        if code is None:
            return
        from .licence_print import show_licence  # noqa: PLC0415 (printing: loaded when used)

        self.preview = show_licence(self.ctx, code, self, self._preview_closed)

    # --- documents and personal data --------------------------------------------------------
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
