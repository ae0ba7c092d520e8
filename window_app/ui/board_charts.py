"""Charts of the supervisor's board, drawn with pyqtgraph (MIT; QtCharts is GPL-only).

They draw the numbers `metrics.board()` returned for each window and compute nothing:
grouped bars of received / accepted / completed, and the rates in percent.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from ..services.metrics import Row

PALETTE = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a")
AXIS_PEN = "#555555"


def _setup(plot: pg.PlotWidget, title: str, y_label: str) -> None:
    plot.setBackground("w")
    item = plot.getPlotItem()
    font = QFont(QApplication.font())
    item.setTitle(title, color="#222222", size=f"{max(font.pointSize(), 9) + 1}pt")
    if y_label:
        item.setLabel("left", y_label, color=AXIS_PEN)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(AXIS_PEN)
        axis.setTextPen(AXIS_PEN)
        axis.setTickFont(font)
    item.showGrid(x=False, y=True, alpha=0.25)
    item.setMenuEnabled(False)
    item.setMouseEnabled(x=False, y=False)
    item.hideButtons()


class GroupedBars(pg.PlotWidget):
    """Bars per window for several series; `series` = [(label, colour, values)]."""

    def __init__(self, title: str, y_label: str, parent=None):  # noqa: ANN001
        super().__init__(parent, enableMenu=False)  # no context menus to build (they were off)
        _setup(self, title, y_label)
        self.legend = self.getPlotItem().addLegend(
            offset=(8, 4), labelTextColor="#333333", colCount=4, horSpacing=14
        )
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.bars: list[pg.BarGraphItem] = []
        self.setMinimumHeight(200)

    def draw(self, categories: list[str], series: list[tuple[str, str, list[float]]],
             y_max: float | None = None) -> None:  # fmt: skip
        item = self.getPlotItem()
        for bar in self.bars:
            item.removeItem(bar)
        self.legend.clear()
        self.bars = []
        n = max(len(series), 1)
        width = 0.8 / n
        for i, (label, colour, values) in enumerate(series):
            xs = [c - 0.4 + width * (i + 0.5) for c in range(len(categories))]
            bar = pg.BarGraphItem(x=xs, height=values, width=width * 0.92,
                                  brush=QColor(colour), pen=pg.mkPen(None))  # fmt: skip
            item.addItem(bar)
            self.legend.addItem(bar, label)
            self.bars.append(bar)
        item.getAxis("bottom").setTicks([list(enumerate(categories))])
        top = (
            y_max if y_max is not None else max((max(v, default=0) for *_x, v in series), default=0)
        )
        item.setXRange(-0.6, max(len(categories), 1) - 0.4, padding=0)
        item.setYRange(0, max(top, 1) * (1.0 if y_max is not None else 1.3), padding=0)


class VolumeChart(GroupedBars):
    """接件 / 受理 / 办结 per window."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__("", "", parent)
        self.getPlotItem().setTitle(self.tr("各窗口接件、受理、办结（件）"), color="#222222")

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

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__("", "", parent)
        self.getPlotItem().setTitle(self.tr("各窗口主要比率（%）"), color="#222222")

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
            y_max=135.0,
        )
        self.getPlotItem().getAxis("left").setTicks([[(v, f"{v}") for v in range(0, 101, 20)]])
