"""Export of the complaint register for a period: JSON, an xlsx workbook or an A4 PDF.

`export_complaints(db, actor, fmt, start, end)` takes every complaint received in [start, end]
(whatever its state, in the order received) from `complaints.received_between`, so the export
shows what the register's list shows. The complainant's phone is masked (`mask_phone`) like on
every list; the full number is only ever shown for a stated reason on screen. Spreadsheet cells
that could be read as a formula get a leading apostrophe (`exports.safe_cell`). A supervisor
or an administrator exports (the CLI acts as an administrator); each export is recorded in the
audit trail ('export', entity 'complaints').

The PDF (投诉登记表) is rendered by `printing.render_complaint_report` from plain data built here
(`report_data`): the hall's name from the hall settings (refused, naming it, when unfilled), the
period, the counts (received in the period; of those, open, overdue — open and past the reply
deadline on the day counted, as the register's list and the board count them — answered, and
the satisfaction of the answered ones), the table with the phone masked as in the xlsx, and the
audit chain's head like the daily report.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date

import printing
from printing import ComplaintReportData, ComplaintRow, DocumentHeader

from ..core import complaints as rules
from ..core.errors import DomainError
from ..storage.database import Database
from . import audit, documents, hall_settings
from .complaints import ComplaintInfo, as_dict, received_between
from .context import Actor, Role
from .exports import fit_columns, safe_cell

FORMATS = ("json", "xlsx", "pdf")
EXPORT_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)
SHEET = "投诉登记"
HEADER = (
    "编号", "接收时间", "渠道", "类别", "状态", "投诉人", "联系电话", "涉及申请", "涉及窗口",
    "涉及人员", "投诉内容", "答复期限", "承办人", "承办人账号", "承办科室", "转办日期",
    "答复内容", "答复日期", "满意度", "关闭理由", "关闭日期",
)  # fmt: skip


@dataclass(frozen=True)
class ComplaintExport:
    format: str
    content: bytes
    count: int  # complaints written


def row(c: ComplaintInfo) -> list:
    """One complaint's cells under HEADER (labels in Chinese, the phone masked)."""
    return [
        c.id, c.received_at.replace(second=0, microsecond=0),
        rules.CHANNELS_ZH.get(c.channel, c.channel),
        rules.CATEGORIES_ZH.get(c.category, c.category),
        rules.STATE_LABELS_ZH.get(c.state, c.state),
        c.complainant, c.phone_masked, c.application_number, c.window, c.clerk, c.content,
        c.reply_deadline, c.handler_name if c.handler_id is not None else c.handler,
        c.handler_username, c.handler_department, c.assigned_on, c.reply, c.answered_on,
        rules.SATISFACTION_ZH.get(c.satisfaction or "", c.satisfaction), c.close_reason,
        c.closed_on,
    ]  # fmt: skip


def to_xlsx(rows: list[ComplaintInfo]) -> bytes:
    from openpyxl import Workbook  # only when a workbook is written: openpyxl is slow to import
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "A2"
    fit_columns(ws, list(HEADER), [list(row(c)) for c in rows])
    ws.append(list(HEADER))
    formats = {1: "yyyy-mm-dd hh:mm"} | {i: "yyyy-mm-dd" for i in (11, 15, 17, 20)}
    for c in rows:
        cells = []
        for i, value in enumerate(row(c)):
            cell = WriteOnlyCell(ws, value=safe_cell(value))
            if i in formats and value is not None:
                cell.number_format = formats[i]
            cells.append(cell)
        ws.append(cells)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def to_json(rows: list[ComplaintInfo]) -> bytes:
    return (json.dumps([as_dict(c) for c in rows], ensure_ascii=False, indent=2) + "\n").encode()


def _printed_row(c: ComplaintInfo, as_of: date) -> ComplaintRow:
    concerned = "、".join(
        x for x in (c.application_number, c.window and f"{c.window}号窗口", c.clerk) if x
    )
    if c.answered_on is not None:
        outcome = f"{c.answered_on.isoformat()}答复"
        if c.satisfaction:
            outcome += f"\n{rules.SATISFACTION_ZH.get(c.satisfaction, c.satisfaction)}"
    elif c.closed_on is not None:
        outcome = f"{c.closed_on.isoformat()}关闭\n{c.close_reason or ''}".strip()
    else:
        outcome = ""
    handler = c.handler_name if c.handler_id is not None else c.handler
    if handler and c.handler_department:
        handler += f"\n{c.handler_department}"
    deadline = c.reply_deadline.isoformat() + ("（暂定）" if c.deadline_provisional else "")
    if c.is_open and c.reply_deadline < as_of:
        deadline += "\n已超期"
    return ComplaintRow(
        str(c.id), f"{c.received_at:%Y-%m-%d %H:%M}",
        rules.CHANNELS_ZH.get(c.channel, c.channel),
        rules.CATEGORIES_ZH.get(c.category, c.category), c.complainant, c.phone_masked,
        concerned, c.content, rules.STATE_LABELS_ZH.get(c.state, c.state), deadline,
        handler or "", outcome,
    )  # fmt: skip


def report_counts(rows: list[ComplaintInfo], as_of: date) -> tuple[tuple[str, str], ...]:
    """Received; open, overdue (open and past the reply deadline on `as_of`), answered, and
    the satisfaction of the answered ones — all of the complaints received in the period."""
    open_ = [c for c in rows if c.is_open]
    answered = [c for c in rows if c.answered_on is not None]
    satisfaction = [
        (f"其中{label}", sum(c.satisfaction == code for c in answered))
        for code, label in rules.SATISFACTION_ZH.items()
    ]
    counts = [
        ("接收投诉", len(rows)),
        ("未办结", len(open_)),
        ("超期未答复", sum(c.reply_deadline < as_of for c in open_)),
        ("已答复", len(answered)),
        *satisfaction,
        ("关闭（不予答复）", sum(c.answered_on is None and c.closed_on is not None for c in rows)),
    ]
    return tuple((label, str(n)) for label, n in counts)


def report_data(
    rows: list[ComplaintInfo], actor: Actor, start: date, end: date, *, as_of: date,
    hall: hall_settings.HallOnPaper, audit_head: tuple[int, str] | None = None,
) -> ComplaintReportData:  # fmt: skip
    """The 投诉登记表's plain data (no numbers of its own beyond counting `rows`)."""
    header = DocumentHeader(
        doc_number=f"投诉{start:%Y%m%d}" + ("" if end == start else f"-{end:%Y%m%d}"),
        issued_on=as_of,
        authority=hall.name,
        window=actor.window_number or documents.NO_WINDOW,
        clerk=documents.clerk_name(actor),
        catalogue_version="",
        consult_phone=hall.consult_phone,
        complaint_phone=hall.complaint_phone,
    )
    return ComplaintReportData(
        header=header, date_from=start, date_to=end, as_of=as_of,
        counts=report_counts(rows, as_of), rows=tuple(_printed_row(c, as_of) for c in rows),
        audit_head=audit_head,
    )  # fmt: skip


def to_pdf(db: Database, actor: Actor, rows: list[ComplaintInfo], start: date, end: date,
           as_of: date) -> bytes:  # fmt: skip
    with db.reading() as session:
        hall = hall_settings.hall_on_paper(session)
        head = audit.chain_head(session)
    data = report_data(rows, actor, start, end, as_of=as_of, hall=hall, audit_head=head)
    with hall_settings.paper(db):
        return printing.render_complaint_report(data)


def export_complaints(
    db: Database,
    actor: Actor,
    fmt: str,
    start: date,
    end: date,
    *,
    target: str = "",
    on: date | None = None,
) -> ComplaintExport:
    """Complaints received in [start, end] as json / xlsx / pdf (counted as of `on`, default
    today); recorded as an 'export' event."""
    actor.require(*EXPORT_ROLES)
    if fmt not in FORMATS:
        raise DomainError(
            f"不支持的导出格式：{fmt}", english=f"Unsupported export format: {fmt}", field="format"
        )
    if end < start:
        raise DomainError(
            f"结束日期{end}早于开始日期{start}",
            english=f"The end date {end} is before the start date {start}.",
            field="to",
        )
    rows = received_between(db, start, end)
    if fmt == "pdf":
        content = to_pdf(db, actor, rows, start, end, on or date.today())
    else:
        content = to_json(rows) if fmt == "json" else to_xlsx(rows)
    with db.transaction() as session:
        audit.record(
            session, actor, "export", "complaints", f"{start}..{end}",
            after={"format": fmt, "bytes": len(content), "target": target[:200],
                   "complaints": len(rows)},
        )  # fmt: skip
    return ComplaintExport(fmt, content, len(rows))
