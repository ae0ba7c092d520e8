"""Exports of the supervisor's board: JSON, xlsx and the hall's daily report PDF.

All three are made from one `metrics.board()` result, so they carry the same numbers as the
board on screen. Every export is recorded in the audit trail ('export'). Spreadsheet cells that
a spreadsheet program could read as a formula (text starting with = + - @, or a tab / carriage
return) are written with a leading apostrophe, so a hostile applicant name stays text.
"""

from __future__ import annotations

import dataclasses
import io
import json
from dataclasses import dataclass
from datetime import date

import printing
from printing import DailyReportData, DocumentHeader, RateRow

from ..core.errors import DomainError
from ..storage.database import Database
from . import audit, hall_settings
from .board_definitions import DEFINITIONS
from .board_results import COUNTS, RATES, Alert, Board, Row
from .context import Actor
from .metrics import board

FORMATS = ("json", "xlsx", "pdf")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
HALL_NAME = "湛江市政务服务中心"


@dataclass(frozen=True)
class Export:
    format: str
    content: bytes
    board: Board

    @property
    def suffix(self) -> str:
        return f".{self.format}"


def safe_cell(value: object) -> object:
    """A cell value that no spreadsheet will evaluate: formula-like text gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


# --- JSON ---------------------------------------------------------------------------------------


def to_json(result: Board) -> bytes:
    return (json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n").encode()


# --- xlsx ---------------------------------------------------------------------------------------

_RATE_HEAD = ("{}分子", "{}分母", "{}")


def _measure_header() -> list[str]:
    head = [DEFINITIONS[c].label_zh for c in COUNTS]
    for r in RATES:
        label = DEFINITIONS[r].label_zh
        head += [f.format(label) for f in _RATE_HEAD]
    return head + [DEFINITIONS["average_workdays"].label_zh + "（工作日）"]


def _measure_cells(m) -> list:  # noqa: ANN001
    cells: list = [getattr(m, c) for c in COUNTS]
    for r in RATES:
        rate = getattr(m, r)
        cells += [rate.numerator, rate.denominator, _rate(rate.value)]
    return cells + [m.average_workdays.value]


def _alert_header() -> list[str]:
    return ["申请编号", "状态", "申请人", "事项", "窗口", "经办人", "受理日期", "承诺期限",
            "承诺期限暂定", "剩余工作日", "警示", "期限计算"]  # fmt: skip


def _alert_cells(a: Alert) -> list:
    return [a.number, a.state_label, a.applicant, a.matter, a.window, a.clerk, a.accepted_on,
            a.promised_deadline, "暂定" if a.provisional else "", a.remaining,
            {"red": "超期", "yellow": "临期"}.get(a.light, ""),
            a.explanation]  # fmt: skip


class Percent(float):
    """A rate written as a percentage cell (0.0%), its numerator and denominator beside it."""


def _display_width(value: object) -> int:
    text = value.isoformat() if isinstance(value, date) else str("" if value is None else value)
    if isinstance(value, Percent):
        text = f"{100 * value:.1f}%"
    return max((sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) for line in text.split("\n")),
               default=0)  # fmt: skip


def fit_columns(ws, header: list, rows: list[list]) -> None:  # noqa: ANN001
    """Each column as wide as its widest cell (a hanzi counts two), 6 to 60 characters; set
    before the first row is written (write-only sheets)."""
    from openpyxl.utils import get_column_letter

    for i in range(len(header)):
        widest = max(_display_width(r[i]) for r in [header, *rows] if i < len(r))
        ws.column_dimensions[get_column_letter(i + 1)].width = min(60, max(6, widest + 2))


def write_sheet(wb, title: str, header: list, rows: list[list]) -> None:  # noqa: ANN001
    """One sheet: the heading row frozen, columns as wide as their content (up to 60), dates as
    dates, rates as percentage cells; formula-like text never evaluated (`safe_cell`)."""
    from openpyxl.cell import WriteOnlyCell

    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    fit_columns(ws, header, rows)
    ws.append([safe_cell(h) for h in header])
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws, value=safe_cell(value))
            if isinstance(value, Percent):
                cell.number_format = "0.0%"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        ws.append(cells)


def _rate(value: float | None) -> Percent | None:
    return None if value is None else Percent(value)


def to_xlsx(result: Board) -> bytes:
    from openpyxl import Workbook  # only when a workbook is written: openpyxl is slow to import

    wb = Workbook(write_only=True)
    period = f"{result.start.isoformat()} — {result.end.isoformat()}"
    summary = [
        ["统计期间", period, "", "", ""],
        ["统计截止（超期/临期）", result.as_of, "", "", ""],
    ]
    for c in (*COUNTS,):
        d = DEFINITIONS[c]
        summary.append([d.label_zh, getattr(result.totals, c), "", "", d.zh])
    for r in RATES:
        d, rate = DEFINITIONS[r], getattr(result.totals, r)
        summary.append([d.label_zh, _rate(rate.value), rate.numerator, rate.denominator, d.zh])
    avg = result.totals.average_workdays
    summary.append([DEFINITIONS["average_workdays"].label_zh, avg.value, avg.total, avg.count,
                    DEFINITIONS["average_workdays"].zh])  # fmt: skip
    e = result.evaluations
    if e is not None:
        summary += [
            ["好差评满意率", _rate(e.satisfaction_rate), e.satisfied, e.ratings,
             "非常满意、满意、基本满意的评价数÷评价数"],
            ["差评数", e.bad, "", "", "不满意、非常不满意的评价数"],
            ["实名差评回访率", _rate(e.followup_rate), e.followed_up, e.real_name_bad,
             "已回访的实名差评÷实名差评（申诉成立撤销的不计）；目标100%"],
            ["超期未办结的差评整改", e.overdue_cases, "", "", "截至统计截止日"],
        ]  # fmt: skip
    write_sheet(wb, "汇总", ["项目", "数值", "分子", "分母", "口径"], summary)
    for title, rows in (("分窗口", result.windows), ("分人员", result.clerks),
                        ("分事项", result.matters), ("分部门", result.departments)):  # fmt: skip
        write_sheet(wb, title, ["编码", "名称", *_measure_header()],
                    [[r.key, r.label, *_measure_cells(r.measures)] for r in rows])  # fmt: skip
    write_sheet(wb, "超期", _alert_header(), [_alert_cells(a) for a in result.overdue])
    write_sheet(wb, "临期", _alert_header(), [_alert_cells(a) for a in result.warnings])
    groups = {"hall": "全大厅", "line": "业务队列", "window": "窗口", "clerk": "人员"}
    write_sheet(wb, "排队", ["分组", "名称", "取号数", "已办理", "平均等候（分钟）",
                             "90%等候（分钟）", "平均办理（分钟）", "过号", "转移"],
                [[groups[m.group], m.name, m.tickets, m.served, m.average_wait_minutes,
                  m.p90_wait_minutes, m.average_service_minutes, m.no_shows, m.transfers]
                 for m in result.queue])  # fmt: skip
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- daily report PDF ---------------------------------------------------------------------------


def _window_rows(rows: tuple[Row, ...]) -> tuple[tuple[str, ...], ...]:
    def pct(rate) -> str:  # noqa: ANN001
        return f"{rate.numerator}/{rate.denominator} {rate.percent}"

    return tuple(
        (r.key, str(m.received), str(m.accepted), str(m.notices), str(m.refusals),
         str(m.completed), str(m.completed_same_day), pct(m.completion), pct(m.on_time),
         pct(m.zero_trip))
        for r in rows
        for m in (r.measures,)
    )  # fmt: skip


def _queue_counts(result: Board) -> tuple[tuple[str, int | str], ...]:
    """The hall's queue figures and the 差评 counts for the report's list of numbers."""
    hall = next((m for m in result.queue if m.group == "hall"), None)

    def minutes(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    rows: tuple[tuple[str, int | str], ...] = (
        ("排队取号数", hall.tickets if hall else 0),
        ("平均等候（分钟）", minutes(hall.average_wait_minutes if hall else None)),
        ("90%等候（分钟）", minutes(hall.p90_wait_minutes if hall else None)),
        ("过号", hall.no_shows if hall else 0),
        ("转移", hall.transfers if hall else 0),
    )
    if result.evaluations is not None:
        rows += (("差评数", result.evaluations.bad),
                 ("超期未办结的差评整改", result.evaluations.overdue_cases))  # fmt: skip
    return rows


def _evaluation_rates(result: Board) -> tuple[RateRow, ...]:
    e = result.evaluations
    if e is None:
        return ()
    return (RateRow("好差评满意率", e.satisfied, e.ratings),
            RateRow("实名差评回访率", e.followed_up, e.real_name_bad))  # fmt: skip


def report_data(
    result: Board,
    actor: Actor,
    *,
    on: date | None = None,
    hall: hall_settings.HallOnPaper | None = None,
) -> DailyReportData:
    """The daily report's plain data from the board (no numbers of its own)."""
    # here, not at the top: only the PDF has a header, and `documents` (numbering, the ledger,
    # the registry's models) cost `report daily --format json` ~60 ms of CPU (issue 22)
    from . import documents

    t = result.totals
    header = DocumentHeader(
        doc_number=f"日报{result.start:%Y%m%d}" + ("" if result.end == result.start
                                                  else f"-{result.end:%Y%m%d}"),
        issued_on=on or date.today(),
        authority=hall.name if hall else HALL_NAME,
        window=actor.window_number or documents.NO_WINDOW,
        clerk=documents.clerk_name(actor),
        catalogue_version="",
        consult_phone=hall.consult_phone if hall else "",
        complaint_phone=hall.complaint_phone if hall else "",
    )  # fmt: skip
    counts = tuple((DEFINITIONS[c].label_zh, getattr(t, c)) for c in COUNTS)
    counts += ((DEFINITIONS["average_workdays"].label_zh + "（工作日）",
                "—" if t.average_workdays.value is None else f"{t.average_workdays.value:.2f}"),)  # fmt: skip
    rates = tuple(
        RateRow(DEFINITIONS[r].label_zh, getattr(t, r).numerator, getattr(t, r).denominator)
        for r in RATES
    )
    counts, rates = counts + _queue_counts(result), rates + _evaluation_rates(result)
    window_columns = ("窗口", "接件", "受理", "告知", "不予受理", "办结", "当日办结",
                      "办结率", "按时办结率", "零跑动率")  # fmt: skip
    overdue_columns = ("申请编号", "事项", "申请人", "窗口", "承诺期限", "超期工作日")
    overdue_rows = tuple(
        (a.number, a.matter, a.applicant, a.window,
         a.promised_deadline.isoformat() + ("（暂定）" if a.provisional else ""),
         str(-a.remaining))
        for a in result.overdue
    )  # fmt: skip
    return DailyReportData(
        header=header,
        date_from=result.start,
        date_to=result.end,
        counts=counts,
        rates=rates,
        window_columns=window_columns,
        window_rows=_window_rows(result.windows),
        overdue_columns=overdue_columns,
        overdue_rows=overdue_rows,
    )


def to_pdf(
    result: Board,
    actor: Actor,
    *,
    on: date | None = None,
    hall: hall_settings.HallOnPaper | None = None,
    audit_head: tuple[int, str] | None = None,
) -> bytes:
    data = report_data(result, actor, on=on, hall=hall)
    return printing.render_daily_report(dataclasses.replace(data, audit_head=audit_head))


# --- the audited entry point --------------------------------------------------------------------


def export_board(
    db: Database,
    actor: Actor,
    fmt: str,
    start: date,
    end: date | None = None,
    *,
    on: date | None = None,
    target: str = "",
) -> Export:
    """The board for [start, end] as json / xlsx / pdf; recorded as an 'export' audit event."""
    if fmt not in FORMATS:
        raise DomainError(
            f"不支持的导出格式：{fmt}", english=f"Unsupported export format: {fmt}", field="format"
        )
    result = board(db, actor, start, end, on=on)  # checks the role
    if fmt == "json":
        content = to_json(result)
    elif fmt == "xlsx":
        content = to_xlsx(result)
    else:
        with db.reading() as session:
            hall = hall_settings.hall_on_paper(session)  # refused while the hall is unnamed
            head = audit.chain_head(session)
        with hall_settings.paper(db):
            content = to_pdf(result, actor, on=on, hall=hall, audit_head=head)
    with db.transaction() as session:
        audit.record(
            session, actor, "export", "report", f"{result.start}..{result.end}",
            after={"format": fmt, "bytes": len(content), "target": target[:200],
                   "received": result.totals.received, "completed": result.totals.completed},
        )  # fmt: skip
    return Export(fmt, content, result)
