"""A page that lists records and acts on the selected one (待办登记, 投诉登记).

What such pages share: the list is read off the UI thread (a refresh asked for while one runs
runs again after it; writes at any window refresh it after a short debounce), F5 on the page
refreshes it, the selection survives a refresh, and an action runs one at a time off the UI
thread through `outcomes.call`, its dialog staying open with the message beside the field on
a refusal. A page sets `self.ui` (with `table`, `busy`, `message`) and `self.model` (a
`RecordTableModel` whose records have an `id`), then calls `start(ctx, window)`; it says how to
read the list (`fetch`), shows it (`show_records`) and enables its buttons (`set_buttons`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from .context import AppContext
from .outcomes import FormDialog, Refused, call

DEBOUNCE_MS = 100  # several writes in a burst make one query


class ActionListPage(QWidget):
    loaded = Signal()  # the table shows a fresh list
    acted = Signal(object)  # an action succeeded: its result
    refused = Signal(str)  # an action or the list was refused: the message shown

    def start(self, ctx: AppContext, window) -> None:  # noqa: ANN001
        self.ctx, self.window = ctx, window
        self.loading = self.busy = self._again = False
        self.dialog: FormDialog | None = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        ctx.watcher.changed.connect(self.debounce.start)
        self.ui.table.setModel(self.model)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda *_a: self.set_buttons())

    # --- what a page says ---------------------------------------------------------------------
    def fetch(self) -> Callable[[], list]:  # pragma: no cover - overridden
        """A function reading the list (runs off the UI thread)."""
        raise NotImplementedError

    def show_records(self, records: list) -> None:
        self.model.set_records(records)

    def set_buttons(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # --- F5 on the page refreshes it (the window's F5 is the work list) -------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_f5(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self._is_f5(event):
            self.refresh()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_f5(event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F5
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        )

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.loading:
            self._again = True
            return
        self.loading = True
        call(self.ctx.runner, self, self.fetch(), self._loaded, self._list_failed)

    def _loaded(self, records: list) -> None:
        self.loading = False
        current = self.current_id()
        self.show_records(records)
        self.select(current)
        self.set_buttons()
        self.loaded.emit()
        self._refresh_again()

    def _list_failed(self, refused: Refused) -> None:
        self.loading = False
        self._show_refused(refused)
        self._refresh_again()

    def _refresh_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def current(self) -> Any:
        index = self.ui.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        record = self.current()
        return record.id if record else None

    def select(self, record_id: int | None) -> None:
        """Select the row of `record_id` (the first row when None or gone)."""
        row = self.model.row_of(None if record_id is None else str(record_id))
        index = self.model.index(row if row is not None else 0, 0)
        if index.isValid():
            self.ui.table.setCurrentIndex(index)

    # --- the actions -------------------------------------------------------------------------
    def _run(self, busy_text: str, fn: Callable[[], Any], then: Callable[[Any], None]) -> None:
        if self.busy:
            return
        self.busy = True
        self.ui.busy.setText(busy_text)
        self.ui.message.clear()
        self.set_buttons()
        call(self.ctx.runner, self, fn, lambda r: self._done(r, then), self._action_refused)

    def _done(self, result: Any, then: Callable[[Any], None]) -> None:
        self._idle()
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.ctx.watcher.local_change()
        then(result)
        self.acted.emit(result)

    def _action_refused(self, refused: Refused) -> None:
        self._idle()
        if self.dialog is not None:
            self.dialog.show_refused(refused)
        self._show_refused(refused)
        self.refresh()  # changed at another window meanwhile: the list shows it (selection kept)

    def _idle(self) -> None:
        self.busy = False
        self.ui.busy.clear()
        self.set_buttons()

    def _show_refused(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)
        self.refused.emit(refused.message)

    def _open_dialog(self, dialog: FormDialog, submit: Callable[[dict], None]) -> FormDialog:
        self.dialog = dialog

        def submitted(values: dict) -> None:
            dialog.set_busy(True)
            submit(values)

        def closed() -> None:
            self.dialog = None

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(closed)
        dialog.open()
        return dialog


def open_page(window, name: str, make: Callable[[], ActionListPage], title: str) -> Any:  # noqa: ANN001
    """Show the page called `name` (one per window), refreshed; made by `make` the first time."""
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == name:
            window.ui.tabs.setCurrentIndex(index)
            widget.refresh()
            widget.ui.table.setFocus()
            return widget
    page = make()
    window.add_page(page, title)
    page.refresh()
    page.ui.table.setFocus()
    return page
