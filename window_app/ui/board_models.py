"""Table models of the supervisor's board: breakdown rows and the overdue / warning lists.

The models only show what `services.metrics.board()` returned: counts, rates as
"numerator/denominator percent", and the definitions as header tooltips. Nothing is counted here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..services.metrics import Alert, Definition, Measures, Rate, Row

Index = QModelIndex | QPersistentModelIndex
NUMBER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# (measure name, kind): "count", "rate" or "average" — the board's columns in display order.
MEASURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("received", "count"),
    ("accepted", "count"),
    ("notices", "count"),
    ("refusals", "count"),
    ("commitments", "count"),
    ("completed", "count"),
    ("completed_same_day", "count"),
    ("completion", "rate"),
    ("on_time", "rate"),
    ("zero_trip", "rate"),
    ("at_most_one", "rate"),
    ("average_workdays", "average"),
)

ALERT_COLOURS = {  # (background, foreground) — always beside a text, never colour alone
    "red": ("#ffebee", "#b71c1c"),
    "yellow": ("#fff8e1", "#8d6e00"),
}


def rate_text(rate: Rate) -> str:
    """ "12/15 80.0%": the numerator and denominator are always shown with the rate."""
    return f"{rate.numerator}/{rate.denominator}  {rate.percent}"


def measure_value(measures: Measures, name: str, kind: str) -> tuple[str, object]:
    """(display text, sort key) of one measure."""
    value = getattr(measures, name)
    if kind == "rate":
        return rate_text(value), -1.0 if value.value is None else value.value
    if kind == "average":
        shown = "—" if value.value is None else f"{value.value:.2f}"
        return shown, -1.0 if value.value is None else value.value
    return str(value), value


class MeasureTableModel(QAbstractTableModel):
    """One breakdown (by window, clerk, matter or department): rows are `metrics.Row`s."""

    def __init__(self, key_title: str, definitions: dict[str, Definition], lang: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Row] = []
        self._definitions = definitions
        self._lang = lang
        self._headers = [key_title, self.tr("名称")] + [
            definitions[name].label(lang) for name, _kind in MEASURE_COLUMNS
        ]

    def set_rows(self, rows: tuple[Row, ...] | list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            return self._definitions[MEASURE_COLUMNS[section - 2][0]].text(self._lang)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if not 0 <= col < len(self._headers):
            return None
        if col < 2:
            text = row.key if col == 0 else row.label
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
                return text
            return None
        name, kind = MEASURE_COLUMNS[col - 2]
        text, key = measure_value(row.measures, name, kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == SORT_ROLE:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AlertTableModel(QAbstractTableModel):
    """Overdue (red) or nearly due (yellow) applications; NUMBER_ROLE opens one."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._alerts: list[Alert] = []
        self._headers = [
            self.tr("警示"), self.tr("申请编号"), self.tr("状态"), self.tr("申请人"),
            self.tr("办理事项"), self.tr("窗口"), self.tr("经办人"), self.tr("受理日期"),
            self.tr("承诺期限"), self.tr("期限计算"),
        ]  # fmt: skip

    def set_alerts(self, alerts: tuple[Alert, ...] | list[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def light_text(self, alert: Alert) -> str:
        if alert.light == "red":
            return self.tr("● 超期%1个工作日").replace("%1", str(-alert.remaining))
        if alert.remaining == 0:
            return self.tr("● 今日到期")
        return self.tr("● 剩%1个工作日").replace("%1", str(alert.remaining))

    def _text(self, alert: Alert, col: int) -> str:
        return [
            self.light_text(alert),
            alert.number,
            alert.state_label,
            alert.applicant,
            alert.matter,
            alert.window,
            alert.clerk,
            alert.accepted_on.isoformat() if alert.accepted_on else "",
            alert.promised_deadline.isoformat(),
            alert.explanation,
        ][col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        alert, col = self._alerts[index.row()], index.column()
        if not 0 <= col < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(alert, col)
        if role == NUMBER_ROLE:
            return alert.number
        if role == SORT_ROLE:
            return alert.remaining if col == 0 else self._text(alert, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 8, 9):
            return alert.explanation or None
        colours = ALERT_COLOURS.get(alert.light)
        if col == 0 and colours:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(colours[0]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(colours[1]))
        return None
