"""Export of the complaint register for a period: JSON or an xlsx workbook.

`export_complaints(db, actor, fmt, start, end)` takes every complaint received in [start, end]
(whatever its state, in the order received) from `complaints.received_between`, so the export
shows what the register's list shows. The complainant's phone is masked (`mask_phone`) like on
every list; the full number is only ever shown for a stated reason on screen. Spreadsheet cells
that could be read as a formula get a leading apostrophe (`exports.safe_cell`). A supervisor
or an administrator exports (the CLI acts as an administrator); each export is recorded in the
audit trail ('export', entity 'complaints').
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date

from ..core import complaints as rules
from ..core.errors import DomainError
from ..storage.database import Database
from . import audit
from .complaints import ComplaintInfo, as_dict, received_between
from .context import Actor, Role
from .exports import fit_columns, safe_cell

FORMATS = ("json", "xlsx")
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


def export_complaints(
    db: Database, actor: Actor, fmt: str, start: date, end: date, *, target: str = ""
) -> ComplaintExport:
    """Complaints received in [start, end] as json / xlsx; recorded as an 'export' event."""
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
    content = to_json(rows) if fmt == "json" else to_xlsx(rows)
    with db.transaction() as session:
        audit.record(
            session, actor, "export", "complaints", f"{start}..{end}",
            after={"format": fmt, "bytes": len(content), "target": target[:200],
                   "complaints": len(rows)},
        )  # fmt: skip
    return ComplaintExport(fmt, content, len(rows))
