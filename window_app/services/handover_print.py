"""The printed hand-over list (移交清单) of a batch: plain data for `printing`, then the PDF."""

from __future__ import annotations

from printing import DocumentHeader, HandoverLineData, HandoverListData, render_handover_list

from ..storage.database import Database
from . import hall_settings, handover
from .context import Actor


def handover_list_data(db: Database, actor: Actor, batch_number: str) -> HandoverListData:
    batch = handover.get_batch(db, actor, batch_number)
    settings = hall_settings.load_hall_settings(db)
    header = DocumentHeader(
        doc_number=batch.number,
        issued_on=batch.created_on,
        authority=settings.hall_name or batch.window,
        window=batch.window or "—",
        clerk=batch.created_by or "—",
        catalogue_version="—",
        consult_phone=hall_settings.consultation_phone(settings, batch.department_code),
        complaint_phone=hall_settings.complaint_phone(settings, batch.department_code),
    )
    lines = tuple(
        HandoverLineData(
            i.number,
            f"{i.matter}（{i.matter_code}）",
            i.applicant,
            i.accepted_on,
            i.promised_deadline,
        )  # fmt: skip
        for i in batch.items
    )
    return HandoverListData(header=header, department=batch.department, items=lines)


def handover_list_pdf(db: Database, actor: Actor, batch_number: str) -> bytes:
    """The list as printed (a demo database's carries the 演示样本 watermark)."""
    data = handover_list_data(db, actor, batch_number)
    with hall_settings.paper(db):
        return render_handover_list(data)
