"""Fields that receive codes (ID numbers, USCCs, phones, application numbers).

A barcode scanner or an ID-card reader types into the focused field and ends with Enter; an
input method would swallow or convert those keystrokes, so code fields switch it off, accept
Latin characters only and upper-case what arrives. The scanner filter leaves them alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

CODE_FIELD_PROPERTY = "codeField"

_ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"


def make_code_field(edit: QLineEdit, *, uppercase: bool = True) -> QLineEdit:
    """Turn `edit` into a code field: no input method, Latin only, no prediction, upper case."""
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhLatinOnly
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setProperty(CODE_FIELD_PROPERTY, True)
    if uppercase:
        edit.textEdited.connect(lambda text, e=edit: _upper(e, text))
    return edit


def _upper(edit: QLineEdit, text: str) -> None:
    upper = text.upper()
    if upper != text:
        cursor = edit.cursorPosition()
        edit.setText(upper)
        edit.setCursorPosition(cursor)


def is_code_field(widget: QWidget | None) -> bool:
    return bool(widget is not None and widget.property(CODE_FIELD_PROPERTY))


class FieldMessages:
    """Messages shown beside fields: `field` names (as DomainError.field) -> (editor, label)."""

    def __init__(self, general: QLabel | None = None):
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general = general

    def add(self, field: str, editor: QWidget, label: QLabel) -> None:
        self._fields[field] = (editor, label)
        label.setVisible(False)
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, f=field: self.clear(f))

    def clear(self, field: str | None = None) -> None:
        names = [field] if field else list(self._fields)
        for name in names:
            if name in self._fields:
                editor, label = self._fields[name]
                label.clear()
                label.setVisible(False)
                editor.setStyleSheet("")
        if field is None and self._general is not None:
            self._general.clear()

    def show(self, field: str | None, message: str, *, focus: bool = True) -> bool:
        """Show `message` beside `field` and focus it (not with `focus=False`: a check run as
        the clerk tabs away leaves the focus where the clerk sent it); else in the general
        label. True if placed."""
        if field in self._fields:
            editor, label = self._fields[field]
            label.setText(message)
            label.setVisible(True)
            if isinstance(editor, QLineEdit):
                editor.setStyleSheet(_ERROR_STYLE)
            if focus:
                editor.setFocus()
            return True
        if self._general is not None:
            self._general.setText(message)
        return False
