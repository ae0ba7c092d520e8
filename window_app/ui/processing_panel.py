"""The processing panel of one application: the statutory clock and the next steps after
acceptance (review, suspension and resumption, extension, decision, completion, delivery).

Only the transitions the state machine allows from the current state are offered; the services
decide (and refuse, with a message beside the field). The deadline is shown with how it was
counted (`processing.clock` → `Clock.explain()`), flagged when it rests on a provisional
holiday calendar, with the warning light in words and colour. `changed` fires after each step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from ..core.catalogue_terms import DELIVERIES
from ..core.states import CLOCK_RUNNING, TRANSITIONS, State
from ..services import completion, documents, processing, queries
from ..services.context import Role
from . import i18n, lights, state_names
from .context import AppContext
from .generated.ui_processing_panel import Ui_ProcessingPanel
from .outcomes import FormDialog, Refused, call
from .processing_dialogs import (
    CompletionDialog,
    DecisionDialog,
    DeliveryDialog,
    ExtensionDialog,
    SuspendDialog,
)

log = logging.getLogger(__name__)
AFTER_ACCEPTANCE = CLOCK_RUNNING | {State.SUSPENDED}
BEFORE_ACCEPTANCE = frozenset({State.RECEIVED, State.CORRECTION, State.REFUSED})


class ProcessingPanel(QGroupBox):
    """`ProcessingPanel(ctx, number)`: hosted by the application view (or shown on its own)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProcessingPanel()
        self.ui.setupUi(self)
        self.setObjectName(f"processing-{number}")
        self.ctx, self.number = ctx, number
        self.hide_before_acceptance = True  # intake belongs to the application view's buttons
        self.today: Callable[[], date] = date.today  # tests fix the day
        self.lang = i18n.short()  # the installed language (the setting or --lang)
        self.clock: processing.Clock | None = None
        self.detail: queries.ApplicationDetail | None = None
        self.busy = False
        self.loading = False
        self._again = False
        self.dialog: FormDialog | None = None
        self.preview = None
        ui = self.ui
        for button, slot in (
            (ui.reviewButton, self.start_review),
            (ui.suspendButton, self.suspend),
            (ui.resumeButton, self.resume),
            (ui.extendButton, self.extend),
            (ui.decideButton, self.decide),
            (ui.completeButton, self.complete),
            (ui.deliverButton, self.deliver),
        ):
            button.clicked.connect(slot)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        ctx.watcher.changed.connect(self._debounce.start)
        ui.provisional.setVisible(False)
        ui.light.setVisible(False)
        ui.message.setVisible(False)
        self._set_buttons()

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.loading:
            self._again = True
            return
        self.loading = True
        ctx, number, today = self.ctx, self.number, self.today()

        def job() -> tuple:
            clock = processing.clock(ctx.db, ctx.actor, number, on=today)
            try:  # only preselects the delivery method: the clock is what the panel needs
                detail = queries.application_detail(ctx.db, number, on=today)
            except Exception:  # noqa: BLE001
                log.exception("application detail of %s failed; panel shows the clock", number)
                detail = None
            return clock, detail

        call(ctx.runner, self, job, self._loaded, self._load_failed)

    def _loaded(self, result: tuple) -> None:
        self.loading = False
        self.clock, self.detail = result
        self._show(self.clock)
        self._set_buttons()
        if self.hide_before_acceptance:
            self.setVisible(State(self.clock.state) not in BEFORE_ACCEPTANCE)
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, refused: Refused) -> None:
        self.loading = False
        self._message(refused.message)

    def _message(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    def _show(self, clock: processing.Clock) -> None:
        ui, state = self.ui, State(clock.state)
        ui.state.setText(state_names.name(state))
        if clock.promised is None:
            ui.deadline.setText(self.tr("受理后起算（受理之日不计入，按工作日计算）"))
            ui.explanation.setText("")
        else:
            mark = self.tr("（暂定）")  # on the date that is provisional (issue 14)
            text = self.tr("承诺 %1").replace(
                "%1", clock.promised.day.isoformat() + (mark if clock.promised.provisional else "")
            )
            if clock.running and clock.remaining is not None:
                if clock.remaining >= 0:
                    text += self.tr("（剩%1个工作日）").replace("%1", str(clock.remaining))
                else:
                    text += self.tr("（超期%1个工作日）").replace("%1", str(-clock.remaining))
            elif state is State.SUSPENDED:
                text += self.tr("（中止中，期限暂停计算，恢复后顺延）")
            if clock.statutory is not None:
                statutory = clock.statutory.day.isoformat()
                statutory += mark if clock.statutory.provisional else ""
                text += self.tr("　法定 %1").replace("%1", statutory)
            ui.deadline.setText(text)
            explanation = self.tr("承诺：%1").replace("%1", clock.explain(self.lang))
            if clock.statutory is not None:
                explanation += "\n" + self.tr("法定：%1").replace(
                    "%1", clock.statutory.explain(self.lang)
                )
            ui.explanation.setText(explanation)
        ui.provisional.setVisible(clock.provisional)
        ui.provisional.setText(self.tr("暂定"))
        ui.provisional.setToolTip(
            self.tr("相关年份节假日安排尚未公布，期限按暂定日历计算，公布后可能调整")
        )
        light = clock.light if clock.light in lights.LIGHTS else None
        ui.light.setVisible(light is not None)
        if light:
            ui.light.setText(lights.words(light))
            ui.light.setStyleSheet(lights.badge_style(light))
        if not self.busy:
            self._message("")

    # --- buttons ----------------------------------------------------------------------------
    def next_states(self) -> frozenset[State]:
        return TRANSITIONS[State(self.clock.state)] if self.clock else frozenset()

    def outcomes(self) -> list[State]:
        if self.clock is None or State(self.clock.state) not in AFTER_ACCEPTANCE:
            return []
        return [
            s for s in (State.APPROVED, State.DENIED, State.WITHDRAWN) if s in self.next_states()
        ]

    def _set_buttons(self) -> None:
        ui = self.ui
        state = State(self.clock.state) if self.clock else None
        nexts = self.next_states()
        supervisor = self.ctx.actor.role is Role.SUPERVISOR
        shown = {
            ui.reviewButton: state is State.ACCEPTED and State.IN_REVIEW in nexts,
            ui.suspendButton: State.SUSPENDED in nexts,
            ui.resumeButton: state is State.SUSPENDED,
            ui.extendButton: supervisor and state in AFTER_ACCEPTANCE,
            ui.decideButton: bool(self.outcomes()),
            ui.completeButton: State.COMPLETED in nexts,
            ui.deliverButton: State.DELIVERED in nexts,
        }
        for button, visible in shown.items():
            button.setVisible(visible)
            button.setEnabled(visible and not self.busy)
        self.ui.busy.setVisible(self.busy)

    def visible_actions(self) -> list[str]:
        """Object names of the offered buttons (for tests and the accessibility tree)."""
        buttons = (self.ui.reviewButton, self.ui.suspendButton, self.ui.resumeButton,
                   self.ui.extendButton, self.ui.decideButton, self.ui.completeButton,
                   self.ui.deliverButton)  # fmt: skip
        return [b.objectName() for b in buttons if not b.isHidden()]

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.ui.busy.setText(text if busy else "")
        if busy:
            self._message("")
        self._set_buttons()

    # --- running a step ---------------------------------------------------------------------
    def _run(self, busy_text: str, fn: Callable[[], object], on_done=None) -> None:  # noqa: ANN001
        if self.busy:
            return
        self._set_busy(True, busy_text)
        call(self.ctx.runner, self, fn, lambda r: self._done(r, on_done), self._refused)

    def _done(self, result: object, then=None) -> None:  # noqa: ANN001
        self._set_busy(False)
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.ctx.watcher.local_change()
        self.changed.emit()
        self.reload()
        if then is not None:
            then(result)

    def _refused(self, refused: Refused) -> None:
        self._set_busy(False)
        if self.dialog is not None:
            self.dialog.show_refused(refused)
        else:
            self._message(refused.message)

    def _open_dialog(self, dialog: FormDialog, submit: Callable[[dict], None]) -> FormDialog:
        self.dialog = dialog

        def submitted(values: dict) -> None:
            dialog.set_busy(True)
            submit(values)

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def delivery_method(self) -> str:
        """The method chosen at acceptance or completion (the detail carries its label)."""
        shown = (self.detail.delivery_method if self.detail else None) or ""
        codes = {label: code for code, label in DELIVERIES.items()}
        return codes.get(shown, shown if shown in DELIVERIES else "window")

    # --- the steps --------------------------------------------------------------------------
    def start_review(self) -> None:
        ctx, number, on = self.ctx, self.number, self.today()
        self._run(
            self.tr("正在转入审查…"),
            lambda: processing.start_review(ctx.db, ctx.actor, number, on=on),
        )

    def suspend(self) -> SuspendDialog:
        ctx, number = self.ctx, self.number

        def submit(values: dict) -> None:
            on = self.today()
            self._run(
                self.tr("正在中止…"),
                self._with_notice("suspension", lambda: processing.suspend(
                    ctx.db, ctx.actor, number, values["reason_code"], values["note"], on=on
                )),
                self._show_slip,
            )  # fmt: skip

        declared = self.detail.excluded_steps if self.detail is not None else ()
        return self._open_dialog(SuspendDialog(self.lang, self, declared), submit)

    def resume(self) -> None:
        ctx, number, on = self.ctx, self.number, self.today()
        self._run(
            self.tr("正在恢复审查…"),
            self._with_notice("resumption",
                              lambda: processing.resume(ctx.db, ctx.actor, number, on=on)),
            self._show_slip,
        )  # fmt: skip

    def extend(self) -> ExtensionDialog:
        ctx, number = self.ctx, self.number

        def submit(values: dict) -> None:
            on = self.today()
            self._run(
                self.tr("正在延期…"),
                self._with_notice("extension", lambda: processing.extend(
                    ctx.db, ctx.actor, number, values["days"], values["reason"], on=on
                )),
                self._show_slip,
            )  # fmt: skip

        return self._open_dialog(ExtensionDialog(self), submit)

    def decide(self) -> DecisionDialog:
        ctx, number = self.ctx, self.number

        def submit(values: dict) -> None:
            on = self.today()
            self._run(
                self.tr("正在作出决定…"),
                lambda: processing.decide(
                    ctx.db, ctx.actor, number, values["outcome"], values["reason"], on=on
                ),
            )

        return self._open_dialog(DecisionDialog(self.outcomes(), self), submit)

    def complete(self) -> CompletionDialog:
        ctx, number = self.ctx, self.number
        method = self.delivery_method()

        def submit(values: dict) -> None:
            on = self.today()

            def job() -> tuple:
                done = completion.complete(ctx.db, ctx.actor, number, on=on, **values)
                return done, documents.get_document(ctx.db, done.document_id)

            self._run(self.tr("正在办结…"), job, self._show_slip)

        return self._open_dialog(CompletionDialog(method, self), submit)

    def _with_notice(self, kind: str, step: Callable[[], object]) -> Callable[[], tuple]:
        """The step, then the notice it issued (中止办理 / 恢复审查 / 延长办理期限通知书) for
        the print preview: the applicant is told in writing."""
        db, number = self.ctx.db, self.number
        return lambda: (step(), documents.latest_document(db, number, kind))

    def _show_slip(self, result: tuple) -> None:
        """The pickup slip or a clock notice in the colleague's print preview (print from
        there)."""
        _done, info = result
        try:
            from .print_preview import show_preview
        except ImportError:  # pragma: no cover - the preview belongs to the clerk's screens
            return
        self.preview = show_preview(self.ctx, info, self, self._preview_closed)

    def _preview_closed(self) -> None:
        self.preview = None
        if shiboken6.isValid(self):
            self.reload()

    def deliver(self) -> DeliveryDialog:
        ctx, number = self.ctx, self.number
        method = self.delivery_method()

        def submit(values: dict) -> None:
            on = self.today()
            args = dict(values)
            chosen = args.pop("method")
            self._run(
                self.tr("正在登记送达…"),
                lambda: completion.deliver(ctx.db, ctx.actor, number, chosen, on=on, **args),
            )

        return self._open_dialog(DeliveryDialog(method, self), submit)
