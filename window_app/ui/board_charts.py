"""Charts of the supervisor's board: grouped bars per window, painted with QPainter.

They draw the numbers `metrics.board()` returned for each window and compute nothing:
received / accepted / completed, and the rates in percent. A plain widget that paints a few
dozen rectangles costs well under a millisecond to build and a few to paint; the plotting
library used before built a configuration UI for every plot (about 50 ms each on the UI thread,
plus numpy at start-up) for features a wall board never uses (zoom, pan, export menus).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..services.board_results import Row

PALETTE = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a")
AXIS = QColor("#555555")
GRID = QColor("#e0e0e0")
TEXT = QColor("#222222")
Series = tuple[str, str, list[float]]  # (label, colour, one value per category)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `top` (1, 2 or 5 times a power of ten apart)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


class GroupedBars(QWidget):
    """Bars per category for several series; `draw(categories, series)` replaces them."""

    MARGIN = 8

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.bars: list[Series] = []
        self.ticks: list[float] = [0.0, 1.0]
        self.tick_format = "{:g}"
        self._hits: list[tuple[QRectF, str]] = []
        self.setMinimumHeight(200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, 240)

    def draw(self, categories: list[str], series: list[Series], ticks: list[float] | None = None):
        self.categories, self.bars = list(categories), list(series)
        top = max((max(values, default=0) for _l, _c, values in series), default=0)
        self.ticks = ticks or nice_ticks(top * 1.1)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text, for screen readers and tooltips."""
        parts = []
        for label, _colour, values in self.bars:
            pairs = "、".join(
                f"{c} {self.tick_format.format(v)}"
                for c, v in zip(self.categories, values, strict=True)
            )
            parts.append(f"{label}：{pairs}")
        return "；".join(parts)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()  # at once, whoever still holds a reference to this frame

    def _paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = p.fontMetrics()
        line = metrics.height()
        m = self.MARGIN
        title_font = QFont(p.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(TEXT)
        p.drawText(
            QRectF(m, m, self.width() - 2 * m, line), Qt.AlignmentFlag.AlignCenter, self.title
        )
        p.setFont(self.font())
        legend_y = m + line + 4
        x = float(m)
        for label, colour, _values in self.bars:
            p.fillRect(QRectF(x, legend_y + line / 4, line / 2, line / 2), QColor(colour))
            x += line / 2 + 4
            p.setPen(TEXT)
            p.drawText(QPointF(x, legend_y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 14
        labels = [self.tick_format.format(t) for t in self.ticks]
        left = m + max(metrics.horizontalAdvance(t) for t in labels) + 6
        plot = QRectF(left, legend_y + line * 1.5 + 6, self.width() - left - m, 0)
        plot.setBottom(self.height() - m - line - 4)
        if plot.height() < 10 or plot.width() < 10:
            return
        top = self.ticks[-1] or 1.0

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * min(value, top) / top

        for tick, text in zip(self.ticks, labels, strict=True):
            y = y_of(tick)
            p.setPen(QPen(GRID if tick else AXIS))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            p.drawText(
                QRectF(m, y - line / 2, left - m - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        self._hits = []
        if not self.categories:
            return
        slot = plot.width() / len(self.categories)
        width = slot * 0.8 / max(len(self.bars), 1)
        for i, category in enumerate(self.categories):
            x0 = plot.left() + slot * i + slot * 0.1
            for s, (label, colour, values) in enumerate(self.bars):
                value = values[i] if i < len(values) else 0
                bar = QRectF(x0 + width * s + width * 0.04, y_of(value), width * 0.92, 0)
                bar.setBottom(plot.bottom())
                p.fillRect(bar, QColor(colour))
                shown = self.tick_format.format(value)
                self._hits.append((bar.adjusted(0, -line, 0, 0), f"{category} {label}：{shown}"))
            p.setPen(AXIS)
            p.drawText(
                QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(slot)),
            )

    def event(self, event) -> bool:  # noqa: ANN001 (tooltips name the bar and its value)
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = next((t for r, t in self._hits if r.contains(QPointF(event.pos()))), None)
            if hit:
                QToolTip.showText(event.globalPos(), hit, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class VolumeChart(GroupedBars):
    """接件 / 受理 / 办结 per window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.title = self.tr("各窗口接件、受理、办结（件）")

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        self.draw(
            [r.key for r in rows],
            [
                (self.tr("接件"), PALETTE[0], [r.measures.received for r in rows]),
                (self.tr("受理"), PALETTE[1], [r.measures.accepted for r in rows]),
                (self.tr("办结"), PALETTE[2], [r.measures.completed for r in rows]),
            ],
        )


class RatesChart(GroupedBars):
    """办结率 / 按时办结率 / 零跑动率 per window, in percent (a missing rate draws no bar)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.title = self.tr("各窗口主要比率（%）")
        self.tick_format = "{:.0f}"

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        def pct(rate) -> float:  # noqa: ANN001
            return 0.0 if rate.value is None else 100.0 * rate.value

        self.draw(
            [r.key for r in rows],
            [
                (self.tr("办结率"), PALETTE[0], [pct(r.measures.completion) for r in rows]),
                (self.tr("按时办结率"), PALETTE[1], [pct(r.measures.on_time) for r in rows]),
                (self.tr("零跑动率"), PALETTE[3], [pct(r.measures.zero_trip) for r in rows]),
            ],
            ticks=[0.0, 20.0, 40.0, 60.0, 80.0, 100.0],
        )
