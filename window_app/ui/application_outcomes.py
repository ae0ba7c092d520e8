"""The outcome buttons of the application page: save the checklist, accept (容缺受理 offered when
only tolerable materials are missing), issue a one-time notice (the supervisor's approval when it
adds items), refuse, approve on commitment; each a service call in the background, a numbered
document only after the clerk saw its draft, the issued one shown in the print preview.

A mixin of `application_view.ApplicationPage` (it uses the page's `ctx`, `model`, `dialog`,
`_set_busy` and `reload`): it exists so that what the clerk does with an application is read
apart from how the page shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ..core.states import State
from ..services import (
    accept,
    checklist,
    commitment,
    documents,
    drafts,
    material_gaps,
    notice,
    refusal,
    users,
)
from . import dialogs, state_names
from .checklist_model import REASON
from .material_gaps_panel import GapDialog
from .outcomes import CommitmentDialog, OverrideDialog, RefusalDialog, Refused, call
from .print_preview import show_draft, show_preview


class ApplicationOutcomes:
    """Each outcome runs once at a time (`busy`); refused, the clerk's input stays."""

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
