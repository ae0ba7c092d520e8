"""The board's cards: one per measure, eight counts above five rates (`board.BoardPage`)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

COUNT_CARDS = (
    "received", "accepted", "notices", "refusals", "commitments", "completed",
    "completed_same_day", "verification_failed",
)  # fmt: skip
RATE_CARDS = ("completion", "on_time", "zero_trip", "at_most_one", "average_workdays")
GRID_COLUMNS = 40  # 8 count cards of 5 columns above 5 rate cards of 8 columns

CARD_BACKGROUND, CARD_BORDER = QColor("#fafbfc"), QColor("#d9dee3")
CARD_TEXT = {"cardTitle": "#444444", "cardValue": "#0d47a1", "cardCaption": "#666666"}


class Card(QWidget):
    """One measure: its label, its value, and for a rate the numerator ÷ denominator.

    Painted and coloured in code: a style sheet on thirteen cards made opening the board
    spend about 100 ms polishing them on the UI thread.
    """

    def __init__(self, title: str, definition: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.title = QLabel(title + " ⓘ", self)
        self.value = QLabel("—", self)
        self.caption = QLabel("", self)
        for name, label in (
            ("cardTitle", self.title), ("cardValue", self.value), ("cardCaption", self.caption)
        ):  # fmt: skip
            label.setObjectName(name)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(CARD_TEXT[name]))
            label.setPalette(palette)
            layout.addWidget(label)
        big = QFont(self.value.font())
        big.setPointSize(18)
        big.setBold(True)
        self.value.setFont(big)
        self.setToolTip(definition)
        self.setAccessibleName(title)
        self.setAccessibleDescription(definition)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(CARD_BORDER)
        painter.setBrush(CARD_BACKGROUND)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def set_value(self, value: str, caption: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
