"""Dialogs of the processing panel: suspend, extend, decide, complete, deliver; and a reason.

Like the outcome dialogs, they never close themselves on OK: they emit `submitted` with plain
values, the panel calls the service, closes them on success, and on a refusal the message
appears beside the field the service named (DomainError.field), with the input kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ..core import suspensions
from ..core.states import State
from . import label_names
from .code_fields import make_code_field
from .generated.ui_completion_dialog import Ui_CompletionDialog
from .generated.ui_decision_dialog import Ui_DecisionDialog
from .generated.ui_delivery_dialog import Ui_DeliveryDialog
from .generated.ui_extension_dialog import Ui_ExtensionDialog
from .generated.ui_reason_dialog import Ui_ReasonDialog
from .generated.ui_suspend_dialog import Ui_SuspendDialog
from .outcomes import FormDialog


class _SizedFormDialog(FormDialog):
    def _setup(self, buttons: QDialogButtonBox, message: QLabel) -> None:
        super()._setup(buttons, message)
        self.resize(520, self.sizeHint().height())


class SuspendDialog(_SizedFormDialog):
    """A reason from the closed list (core.suspensions) that the matter allows — a hearing and
    the art. 45 steps its definition declares (`declared`) — and an optional note (no reason
    needs one: the reason's legal basis is in its tooltip)."""

    required = ("reason",)

    def __init__(
        self,
        lang: str = "zh",
        parent: QWidget | None = None,
        declared: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        self.ui = Ui_SuspendDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        for code, label in suspensions.choices(lang, declared):
            self.ui.reason.addItem(label, code)
            index = self.ui.reason.count() - 1
            self.ui.reason.setItemData(
                index, suspensions.REASONS[code].basis, Qt.ItemDataRole.ToolTipRole
            )
        self.messages.add("reason", self.ui.reason, self.ui.reasonError)
        self.ui.reason.setFocus()

    def values(self) -> dict:
        return {"reason_code": self.ui.reason.currentData(), "note": self.ui.note.text().strip()}


class ExtensionDialog(_SizedFormDialog):
    required = ("reason",)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExtensionDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        self.messages.add("days", self.ui.days, self.ui.daysError)
        self.messages.add("reason", self.ui.reason, self.ui.reasonError)
        self.ui.days.setFocus()
        self.ui.days.selectAll()

    def values(self) -> dict:
        return {"days": self.ui.days.value(), "reason": self.ui.reason.toPlainText().strip()}


class ReasonDialog(_SizedFormDialog):
    """A reason and nothing else (extending or withdrawing a filed registration, closing a
    complaint as unfounded): the reason is required."""

    required = ("reason",)

    def __init__(self, title: str, intro: str, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.reasonLabel.setText(label)
        self._setup(self.ui.buttons, self.ui.message)
        self.messages.add("reason", self.ui.reason, self.ui.reasonError)
        self.ui.reason.setFocus()

    def values(self) -> dict:
        return {"reason": self.ui.reason.toPlainText().strip()}


class DecisionDialog(_SizedFormDialog):
    """Approved / denied / withdrawn — only the outcomes the state allows are offered."""

    def __init__(self, outcomes: list[State], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        labels = {
            State.APPROVED: self.tr("准予许可"),
            State.DENIED: self.tr("不予许可"),
            State.WITHDRAWN: self.tr("撤回（终止办理）"),
        }
        for outcome in (State.APPROVED, State.DENIED, State.WITHDRAWN):
            if outcome in outcomes:
                self.ui.outcome.addItem(labels[outcome], str(outcome))
        self.messages.add("outcome", self.ui.outcome, self.ui.outcomeError)
        self.messages.add("reason", self.ui.reason, self.ui.reasonError)
        self.ui.outcome.setFocus()

    def required_now(self) -> tuple:
        """A denial or a withdrawal needs its reason (services.processing.decide); an approval
        none."""
        if self.ui.outcome.currentData() in (str(State.DENIED), str(State.WITHDRAWN)):
            return ("outcome", ("reason", self.tr("决定理由")))  # the service's words
        return ("outcome",)

    def select(self, outcome: State | str) -> None:
        index = self.ui.outcome.findData(str(outcome))
        if index >= 0:
            self.ui.outcome.setCurrentIndex(index)

    def values(self) -> dict:
        return {
            "outcome": self.ui.outcome.currentData(),
            "reason": self.ui.reason.toPlainText().strip(),
        }


class CompletionDialog(_SizedFormDialog):
    """What the applicant receives and how; completing issues the pickup slip."""

    required = ("result",)

    def __init__(self, method: str = "window", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CompletionDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        for code, label in label_names.DELIVERY_METHODS.names().items():
            self.ui.method.addItem(label, code)
        self.ui.method.setCurrentIndex(max(self.ui.method.findData(method), 0))
        self.messages.add("result", self.ui.result, self.ui.resultError)
        self.messages.add("method", self.ui.method, self.ui.methodError)
        self.ui.result.setFocus()

    def values(self) -> dict:
        return {
            "result": self.ui.result.text().strip(),
            "delivery_method": self.ui.method.currentData(),
            "address": self.ui.address.text().strip(),
        }


class DeliveryDialog(_SizedFormDialog):
    """Window pickup (who collected it, ID checked), post (tracking number) or electronic."""

    def __init__(self, method: str = "window", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DeliveryDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        for code, label in label_names.DELIVERY_METHODS.names().items():
            self.ui.method.addItem(label, code)
        make_code_field(self.ui.collectedById)
        make_code_field(self.ui.trackingNumber)
        ui = self.ui
        self.messages.add("collected_by", ui.collectedBy, ui.collectedByError)
        self.messages.add("collected_by_id", ui.collectedById, ui.collectedByIdError)
        self.messages.add("tracking_number", ui.trackingNumber, ui.trackingNumberError)
        self.messages.add("address", ui.address, ui.addressError)
        self.messages.add("method", ui.method, QLabel(self))
        ui.method.currentIndexChanged.connect(self._method_changed)
        ui.method.setCurrentIndex(max(ui.method.findData(method), 0))
        self._method_changed()

    def method(self) -> str:
        return self.ui.method.currentData()

    def required_now(self) -> tuple[str, ...]:
        """What services.completion.deliver asks for the method chosen: window pickup, who
        collected it and their ID number; post, the tracking number (the address may be on
        the slip already); electronic, the address or account."""
        return {
            "window": ("collected_by", "collected_by_id"),
            "post": ("tracking_number",),
        }.get(self.method(), ("address",))

    def _method_changed(self, *_args) -> None:  # noqa: ANN002
        method, ui = self.method(), self.ui
        self.messages.clear()
        rows = {
            "window": (ui.collectedBy, ui.collectedById),
            "post": (ui.trackingNumber,),
            "address": (ui.address,),
        }
        for key, fields in rows.items():
            shown = key == method or (key == "address" and method in ("post", "electronic"))
            for field in fields:
                ui.form.setRowVisible(field, shown)
        ui.addressLabel.setText(
            self.tr("收件地址(&A)") if method == "post" else self.tr("邮箱/账号(&A)")
        )
        first = {"window": ui.collectedBy, "post": ui.trackingNumber}.get(method, ui.address)
        first.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    def values(self) -> dict:
        method, ui = self.method(), self.ui
        values: dict = {"method": method}
        if method == "window":
            values["collected_by"] = ui.collectedBy.text().strip()
            values["collected_by_id"] = ui.collectedById.text().strip()
        elif method == "post":
            values["tracking_number"] = ui.trackingNumber.text().strip()
            values["address"] = ui.address.text().strip()
        else:
            values["address"] = ui.address.text().strip()
        return values
