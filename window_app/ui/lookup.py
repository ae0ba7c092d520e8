"""Lookup (Ctrl+F): by application number, applicant name, ID number, USCC or phone.

The service guesses what was typed (`lookup.classify`); a number that matches exactly opens the
application at once, as a scanned receipt would. Results open with Enter or double-click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..services import lookup
from . import columns, state_names
from .code_fields import FieldMessages, make_code_field
from .context import AppContext
from .generated.ui_lookup import Ui_LookupPage
from .outcomes import Refused, call
from .record_model import NUMBER_ROLE, RecordTableModel


class LookupModel(RecordTableModel):
    """Rows are `services.lookup.LookupRow`s (masked personal data only)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"), self.tr("证件号码"),
                self.tr("电话"), self.tr("状态"), self.tr("接收日期"),
            ],
            parent,
        )  # fmt: skip
        self._states = state_names.names()

    def cells(self, r) -> list[str]:  # noqa: ANN001
        return [
            r.number, f"{r.matter_name}（{r.matter_code}）", r.applicant_name,
            r.applicant_code_masked, r.applicant_phone_masked, self._states[r.state],
            r.received_on.isoformat(),
        ]  # fmt: skip

    def number(self, r) -> str:  # noqa: ANN001
        return r.number


class LookupPage(QWidget):
    searched = Signal(int)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_LookupPage()
        self.ui.setupUi(self)
        self.setObjectName("lookup")
        self.ctx, self.window = ctx, window
        make_code_field(self.ui.query, uppercase=False)
        self.model = LookupModel(self)
        self.ui.table.setModel(self.model)
        columns.fit_once(self.ui.table, 1)
        self.ui.query.returnPressed.connect(self.search)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.table.activated.connect(self._open)
        # an empty search is named below the field in the words of its placeholder (what may
        # be typed); the general message line keeps the counts
        error = QLabel(self)
        error.setObjectName("queryError")
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.message), error)
        self.messages = FieldMessages()
        self.messages.add("query", self.ui.query, error)

    def search(self) -> None:
        text = self.ui.query.text().strip()
        if not self.messages.require([("query", self.ui.query.placeholderText())]):
            self.ui.message.clear()
            return
        db = self.ctx.db
        self.ui.message.setText(self.tr("正在查找…"))
        call(
            self.ctx.runner, self, lambda: lookup.find_applications(db, text),
            self._found, self._failed,
        )  # fmt: skip

    def _found(self, rows: list) -> None:
        self.model.set_records(rows)
        self.ui.message.setText(
            self.tr("找到%1件").replace("%1", str(len(rows))) if rows else self.tr("没有找到")
        )
        self.searched.emit(len(rows))
        if rows:
            self.ui.table.setCurrentIndex(self.model.index(0, 0))
            self.ui.table.setFocus()
            kind, _ = lookup.classify(self.ui.query.text())
            if kind == "number" and len(rows) == 1:
                self.window.open_application(rows[0].number)

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)

    def _open(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.window.open_application(number)


def open_lookup(window) -> LookupPage:  # noqa: ANN001
    tabs = window.ui.tabs
    for index in range(tabs.count()):
        if tabs.widget(index).objectName() == "lookup":
            tabs.setCurrentIndex(index)
            page = tabs.widget(index)
            break
    else:
        page = LookupPage(window.ctx, window)
        window.add_page(page, QCoreApplication.translate("LookupPage", "查找"))
    page.ui.query.setFocus()
    page.ui.query.selectAll()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionLookup.triggered.connect(lambda: open_lookup(window))
