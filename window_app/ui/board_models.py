"""Table models of the supervisor's board: breakdown rows and the overdue / warning lists.

The models only show what `services.metrics.board()` returned: counts, rates as
"numerator/denominator percent", and the definitions as header tooltips. Nothing is counted here.
"""

from __future__ import annotations

from ..services.board_definitions import Definition
from ..services.board_results import Alert, Measures, Rate, Row
from ..services.queue_stats import QueueMeasure
from . import lights, state_names
from .record_model import (
    ALIGNMENT,
    BACKGROUND,
    FOREGROUND,
    NUMBER_ROLE,
    RIGHT,
    SORT_ROLE,
    TOOLTIP,
    RecordTableModel,
)

__all__ = [
    "NUMBER_ROLE", "SORT_ROLE", "AlertTableModel", "MeasureTableModel", "QueueTableModel",
    "rate_text",
]  # fmt: skip

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


class MeasureTableModel(RecordTableModel):
    """One breakdown (by window, clerk, matter or department): rows are `board_results.Row`s."""

    def __init__(self, key_title: str, definitions: dict[str, Definition], lang: str, parent=None):  # noqa: ANN001
        super().__init__(
            [key_title, self.tr("名称")]
            + [definitions[name].label(lang) for name, _kind in MEASURE_COLUMNS],
            parent,
        )
        self._definitions = definitions
        self._lang = lang

    def cells(self, row: Row) -> list[str]:
        return [row.key, row.label] + [
            measure_value(row.measures, name, kind)[0] for name, kind in MEASURE_COLUMNS
        ]

    def sort_key(self, row: Row, column: int, text: str) -> object:
        if column < 2:
            return text
        name, kind = MEASURE_COLUMNS[column - 2]
        return measure_value(row.measures, name, kind)[1]

    def style(self, row: Row, column: int, role: int) -> object:
        return RIGHT if role == ALIGNMENT and column >= 2 else None

    def header_tooltip(self, section: int) -> str | None:
        if section < 2:
            return None
        return self._definitions[MEASURE_COLUMNS[section - 2][0]].text(self._lang)


class AlertTableModel(RecordTableModel):
    """Overdue (red) or nearly due (yellow) applications; NUMBER_ROLE opens one."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("警示"), self.tr("申请编号"), self.tr("状态"), self.tr("申请人"),
                self.tr("办理事项"), self.tr("窗口"), self.tr("经办人"), self.tr("受理日期"),
                self.tr("承诺期限"), self.tr("期限计算"),
            ],
            parent,
        )  # fmt: skip
        # the lights' colours, always beside the alert's own words (overdue by how many days)
        self._colours = {light: (bg, fg) for light, (_words, bg, fg) in lights.brushes().items()}
        self._states = state_names.names()
        self._provisional = self.tr("（暂定）")

    def light_text(self, alert: Alert) -> str:
        if alert.light == "red":
            return self.tr("● 超期%1个工作日").replace("%1", str(-alert.remaining))
        if alert.remaining == 0:
            return self.tr("● 今日到期")
        return self.tr("● 剩%1个工作日").replace("%1", str(alert.remaining))

    def cells(self, alert: Alert) -> list[str]:
        return [
            self.light_text(alert),
            alert.number,
            self._states[alert.state],
            alert.applicant,
            alert.matter,
            alert.window,
            alert.clerk,
            alert.accepted_on.isoformat() if alert.accepted_on else "",
            alert.promised_deadline.isoformat() + (self._provisional if alert.provisional else ""),
            alert.explanation,
        ]

    def number(self, alert: Alert) -> str:
        return alert.number

    def sort_key(self, alert: Alert, column: int, text: str) -> object:
        return alert.remaining if column == 0 else text

    def style(self, alert: Alert, column: int, role: int) -> object:
        if role == TOOLTIP:
            return (alert.explanation or None) if column in (0, 8, 9) else None
        colours = self._colours.get(alert.light)
        if column == 0 and colours:
            return {BACKGROUND: colours[0], FOREGROUND: colours[1]}.get(role)
        return None


# the queue's columns after the group and the name: (QueueMeasure field, minutes or a count)
QUEUE_COLUMNS: tuple[tuple[str, bool], ...] = (
    ("tickets", False), ("waiting", False), ("called", False), ("served", False),
    ("no_shows", False), ("transfers", False), ("average_wait_minutes", True),
    ("p90_wait_minutes", True), ("average_service_minutes", True),
)  # fmt: skip


_GROUP_ORDER = {"hall": 0, "line": 1, "window": 2, "clerk": 3}


class QueueTableModel(RecordTableModel):
    """The queue per line, window and clerk (`services.queue_stats.measures`): one row each,
    the whole hall first."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("分组"), self.tr("名称"), self.tr("取号"), self.tr("等候中"),
             self.tr("已叫号"), self.tr("已办结"), self.tr("过号"), self.tr("转移"),
             self.tr("平均等候（分钟）"), self.tr("90%等候（分钟）"),
             self.tr("平均办理（分钟）")],
            parent,
        )  # fmt: skip
        self._groups = {"hall": self.tr("全大厅"), "line": self.tr("业务线"),
                        "window": self.tr("窗口"), "clerk": self.tr("人员")}  # fmt: skip
        self._tips = {
            3: self.tr("现在等候叫号的票（不含暂停）"),
            4: self.tr("至少叫过一次的票"),
            8: self.tr("取号至首次叫号"),
            9: self.tr("90%的票在此时间内被叫到（最近秩法）"),
            10: self.tr("首次叫号至办结"),
        }

    def cells(self, m: QueueMeasure) -> list[str]:
        name = self._groups["hall"] if m.group == "hall" else m.name
        out = [self._groups.get(m.group, m.group), name]
        for field, minutes in QUEUE_COLUMNS:
            value = getattr(m, field)
            out.append(("—" if value is None else f"{value:.1f}") if minutes else str(value))
        return out

    def sort_key(self, m: QueueMeasure, column: int, text: str) -> object:
        if column == 0:
            return _GROUP_ORDER.get(m.group, len(_GROUP_ORDER))
        if column == 1:
            return text
        value = getattr(m, QUEUE_COLUMNS[column - 2][0])
        return -1.0 if value is None else value

    def style(self, m: QueueMeasure, column: int, role: int) -> object:
        return RIGHT if role == ALIGNMENT and column >= 2 else None

    def header_tooltip(self, section: int) -> str | None:
        return self._tips.get(section)


class BackOfficeModel(RecordTableModel):
    """Per department: handed over, received, decided, on time, overdue, and the average days
    at the window and at the department (`services.department_figures.DepartmentFlow`)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("部门"), self.tr("移交"), self.tr("签收"), self.tr("已决定"),
             self.tr("按时"), self.tr("超期"), self.tr("窗口停留（天）"),
             self.tr("部门停留（天）"), self.tr("核查逾期")],
            parent,
        )  # fmt: skip

    def cells(self, f) -> list[str]:  # noqa: ANN001
        def days(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f}"

        return [
            f"{f.name}（{f.code}）", str(f.handed_over), str(f.received), str(f.decided),
            str(f.on_time), str(f.overdue), days(f.window_days), days(f.department_days),
            str(f.verifications_overdue),
        ]  # fmt: skip

    def number(self, f) -> str:  # noqa: ANN001
        return f.code

    def sort_key(self, f, column: int, text: str) -> object:  # noqa: ANN001
        values = (f.code, f.handed_over, f.received, f.decided, f.on_time, f.overdue,
                  f.window_days or 0.0, f.department_days or 0.0,
                  f.verifications_overdue)  # fmt: skip
        return values[column]
