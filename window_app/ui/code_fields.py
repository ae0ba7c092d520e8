"""Fields that receive codes (ID numbers, USCCs, phones, application numbers).

A barcode scanner or an ID-card reader types into the focused field and ends with Enter; an
input method would swallow or convert those keystrokes, so code fields switch it off, accept
Latin characters only and upper-case what arrives. The scanner filter leaves them alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

CODE_FIELD_PROPERTY = "codeField"

_ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"
# the focused check box, radio button or group always visibly marked (some styles draw no
# focus frame around them): the application's style sheet (app.make_application), so every
# page and dialog has it
FOCUS_STYLE = (
    "QCheckBox:focus, QRadioButton:focus, QGroupBox:focus "
    "{ background-color: #e3f2fd; border: 1px solid #1565c0; border-radius: 3px; }"
)


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
        elif isinstance(editor, QPlainTextEdit | QTextEdit):
            editor.textChanged.connect(lambda f=field: self.clear(f) if _filled(editor) else None)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, f=field: self.clear(f))

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

    def require(self, fields: Iterable[str | tuple[str, str]]) -> bool:
        """Every one of `fields` shown and left empty gets "请填写<its label>" (a list to choose
        from: "请选择…") beside it, all at once, in
        the words of the label that names the editor (its buddy); the focus goes to the first.
        A field given as (field, words) is named in those words (an editor whose meaning
        changes with the action). True when none is empty (the service checks the values
        themselves)."""
        named = dict(f if isinstance(f, tuple) else (f, "") for f in fields)
        missing = [f for f in named if f in self._fields and self._required_here(f)]
        for field in missing:
            editor = self._fields[field][0]
            words = named[field] or label_words(editor)
            chosen = isinstance(editor, QComboBox) and not editor.isEditable()
            text = (QCoreApplication.translate("FieldMessages", "请选择%1") if chosen
                    else QCoreApplication.translate("FieldMessages", "请填写%1"))  # fmt: skip
            self.show(field, text.replace("%1", words), focus=False)
        if missing:
            self._fields[missing[0]][0].setFocus()
        return not missing

    def _required_here(self, field: str) -> bool:
        """Empty and shown (a field the form hides for this case is not asked for)."""
        editor = self._fields[field][0]
        return editor.isVisibleTo(editor.window()) and not _filled(editor)


_ACCELERATOR = re.compile(r"\(&.\)|&(?=.)|[:：*＊]\s*$")


def label_words(editor: QWidget) -> str:
    """The words of the label naming `editor` (its buddy): "投诉人(&N)：" → "投诉人"."""
    window = editor.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is editor:
            return _ACCELERATOR.sub("", label.text()).strip()
    if editor.accessibleName():
        return editor.accessibleName()
    parent = editor.parentWidget()
    if isinstance(parent, QGroupBox) and parent.title():  # a box of one field: its title
        return _ACCELERATOR.sub("", parent.title()).strip()
    return editor.objectName()


def _filled(editor: QWidget) -> bool:
    if isinstance(editor, QLineEdit):
        return bool(editor.text().strip())
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        return bool(editor.toPlainText().strip())
    if isinstance(editor, QComboBox):
        return editor.currentIndex() >= 0 and bool(
            editor.currentText().strip() or editor.currentData()
        )
    if isinstance(editor, QAbstractSpinBox):
        return bool(editor.text().strip())
    return True


def label_below(editor: QWidget) -> QLabel:
    """A message label right below `editor` in its layout, for a form built without one: the
    editor and the label share the editor's cell (grid or form row), or the label follows it
    (a box layout)."""
    label = QLabel(editor.parentWidget())
    label.setObjectName(f"{editor.objectName()}Error")
    layout = _layout_of(editor)
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(editor) + 1, label)
        return label
    holder = QWidget(editor.parentWidget())
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(layout, QGridLayout):
        row, col, rows, cols = layout.getItemPosition(layout.indexOf(editor))
        layout.removeWidget(editor)
        layout.addWidget(holder, row, col, rows, cols)
    elif isinstance(layout, QFormLayout):
        row, role = layout.getWidgetPosition(editor)
        layout.removeWidget(editor)
        layout.setWidget(row, role, holder)
    column.addWidget(editor)
    column.addWidget(label)
    return label


def _layout_of(widget: QWidget):  # noqa: ANN202
    """The layout that holds `widget` (its parent's, or one nested in it)."""
    parent = widget.parentWidget()
    stack = [parent.layout()] if parent is not None and parent.layout() else []
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                stack.append(child)
    return None
