"""Outcome dialogs (non-acceptance, commitment, supervisor override) and the service-call helper.

`call()` runs a service off the UI thread like `ctx.runner.run`, but hands a DomainError back
with its `field` so the message can sit beside the input it concerns. The dialogs never close
themselves on OK: they emit `submitted`, the page calls the service and closes them on success,
so a refused value stays in the dialog with its message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ..core.errors import DomainError
from . import i18n
from .code_fields import FieldMessages
from .generated.ui_outcome_commitment import Ui_CommitmentDialog
from .generated.ui_outcome_override import Ui_OverrideDialog
from .generated.ui_outcome_refusal import Ui_RefusalDialog
from .tasks import TaskRunner


@dataclass(frozen=True)
class Refused:
    """A DomainError as plain data for the UI thread; `message` is in the UI's language."""

    message: str
    field: str | None
    kind: str  # the error's class name, e.g. NewItemsNeedOverride

    @classmethod
    def of(cls, error: DomainError) -> Refused:
        return cls(i18n.error_text(error), error.field, type(error).__name__)


def write_file(path: str, content: bytes, cannot_write: str) -> None:
    """Write an export where the person chose (in a worker); a failure is a DomainError with
    `cannot_write` (the screen's own words) as its message."""
    try:
        Path(path).write_bytes(content)
    except OSError as exc:
        raise DomainError(cannot_write, english=f"Cannot write the file {path}: {exc}") from None


def call(
    runner: TaskRunner,
    owner: QObject,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_refused: Callable[[Refused], None],
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `fn` in the background; callbacks run only while `owner` still exists. With
    `on_progress`, `fn` is called with a `report(done, total)` that reaches `on_progress`."""

    def job(*report: Callable[[int, int], bool]) -> Any:
        try:
            return fn(*report)
        except DomainError as exc:
            return Refused.of(exc)

    def progress(done: int, total: int) -> None:
        if on_progress is not None and shiboken6.isValid(owner):
            on_progress(done, total)

    def done(result: Any) -> None:
        if not shiboken6.isValid(owner):
            return
        if isinstance(result, Refused):
            on_refused(result)
        else:
            on_success(result)

    def failed(message: str) -> None:  # unexpected: tasks.UNEXPECTED, already logged
        if shiboken6.isValid(owner):
            on_refused(Refused(message, None, "Unexpected"))

    runner.run(job, done, failed, on_progress=progress if on_progress is not None else None)


class FormDialog(QDialog):
    """A dialog that never closes itself on OK: it emits `submitted` with plain values; the caller
    runs the service, closes it on success, and on a refusal the message shows beside the field."""

    submitted = Signal(dict)
    # fields (FieldMessages names) that may not be left empty: each named beside it at once,
    # the focus on the first, nothing submitted
    required: tuple[str, ...] = ()

    def _setup(self, buttons: QDialogButtonBox, message: QLabel) -> None:
        self._buttons = buttons
        self.messages = FieldMessages(message)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

    def required_now(self) -> tuple:
        """The required fields given the choices made in the dialog (an outcome that needs a
        reason, a delivery method's own fields); by default `required`."""
        return self.required

    def _submit(self) -> None:
        self.messages.clear()
        if self.messages.require(self.required_now()):
            self.submitted.emit(self.values())

    def values(self) -> dict:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self._buttons.setEnabled(not busy)

    def show_refused(self, refused: Refused) -> None:
        self.set_busy(False)
        self.messages.show(refused.field, refused.message)


class RefusalDialog(FormDialog):
    required = ("reason", "legal_basis")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RefusalDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        self.messages.add("reason", self.ui.reason, self.ui.reasonError)
        self.messages.add("legal_basis", self.ui.legalBasis, self.ui.basisError)
        self.messages.add("apply_instead", self.ui.applyInstead, self.ui.insteadError)
        self.ui.reason.setFocus()

    def values(self) -> dict:
        return {
            "reason": self.ui.reason.toPlainText().strip(),
            "legal_basis": self.ui.legalBasis.text().strip(),
            "apply_instead": self.ui.applyInstead.text().strip(),
        }


class CommitmentDialog(FormDialog):
    required = ("signer",)

    def __init__(self, waived: list[str], signer: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CommitmentDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        self.messages.add("signer", self.ui.signer, self.ui.signerError)
        names = "、".join(waived) if waived else self.tr("无")
        self.ui.waived.setText(self.tr("以承诺代替的材料：%1").replace("%1", names))
        self.ui.signer.setText(signer)
        self.ui.signer.setFocus()

    def values(self) -> dict:
        return {"signer": self.ui.signer.text().strip()}


class OverrideDialog(FormDialog):
    def __init__(self, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        self.messages.add("override_by", self.ui.username, QLabel(self))
        self.ui.intro.setText(explanation)
        self.ui.username.setFocus()

    def values(self) -> dict:
        return {
            "username": self.ui.username.text().strip(),
            "password": self.ui.password.text(),
            "reason": self.ui.reason.toPlainText().strip(),
        }

    def show_refused(self, refused: Refused) -> None:
        self.set_busy(False)
        self.ui.message.setText(refused.message)
        self.ui.password.clear()
        (self.ui.reason if refused.field == "override_reason" else self.ui.password).setFocus()
