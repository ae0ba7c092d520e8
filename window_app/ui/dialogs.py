"""Modal dialogs behind one seam, so tests answer them instead of hanging on exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

# Tests install a responder: (kind, title, text) -> answer. None means "show the real dialog".
Responder = Callable[[str, str, str], object]
_responder: Responder | None = None
shown: list[tuple[str, str, str]] = []


def set_responder(responder: Responder | None) -> None:
    global _responder
    _responder = responder
    shown.clear()


def _answer(kind: str, title: str, text: str) -> tuple[bool, object]:
    if _responder is None:
        return False, None
    shown.append((kind, title, text))
    return True, _responder(kind, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    handled, _ = _answer("information", title, text)
    if not handled:
        QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    handled, _ = _answer("error", title, text)
    if not handled:
        QMessageBox.warning(parent, title, text)


def scripted(kind: str, title: str, text: str) -> tuple[bool, object]:
    """(answered, answer) from the responder tests and scripted halls set; (False, None)
    when a person is to be asked (a dialog of the caller's own)."""
    return _answer(kind, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    handled, answer = _answer("question", title, text)
    if handled:
        return bool(answer)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    handled, answer = _answer("text", title, label)
    if handled:
        return None if answer is None else str(answer)
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
) -> str | None:
    """A path to save to, or None when cancelled (tests answer with a path)."""
    handled, answer = _answer("save_file", title, suggested)
    if handled:
        return None if not answer else str(answer)
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str | None:
    """A file to read, or None when cancelled (tests answer with a path)."""
    handled, answer = _answer("open_file", title, filters)
    if handled:
        return None if not answer or answer is True else str(answer)
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None
