"""Issued documents: frozen plain data, a hall-wide number, rendering and recorded prints.

A document is issued once (its printing dataclass stored as JSON in `IssuedDocument.payload`)
and rendered from that payload every time, so a reprint is the same paper but for the 补打
stamp: editing the catalogue later never changes it. Every print is recorded (PrintEvent plus an
audit event) with who, when, where and the reprint count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import printing
from printing import (
    DocumentHeader,
)

from ..core.errors import DomainError
from ..core.placeholders import placeholder_in
from ..core.states import LABELS_ZH, State
from ..storage.database import Database
from ..storage.models import (
    Application,
    IssuedDocument,
    PrintEvent,
)
from . import audit, hall_settings, numbering, render_process
from .context import Actor, Role
from .document_header import (
    CLI_CLERK,
    NO_WINDOW,
    applicant_fields,
    applicant_uscc,
    build_header,
    clerk_name,
    department_by_code,
    printed_codes,
    window_label,
)
from .document_kinds import KINDS, from_payload, renderer
from .document_payload import to_payload

__all__ = [
    "CLI_CLERK",
    "NO_WINDOW",
    "KINDS",
    "applicant_fields",
    "applicant_uscc",
    "clerk_name",
    "department_by_code",
    "printed_codes",
    "window_label",
    "DocumentInfo",
    "Outcome",
    "DocumentNotFound",
    "PrintRecord",
    "build_header",
    "from_payload",
    "get_document",
    "issue",
    "preflight",
    "latest_document",
    "record_print",
    "render",
    "renderer",
    "to_payload",
]


# a department's reviewer prints its own decisions (the 撤销决定书, issue 19)
PRINT_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.REVIEWER)


class DocumentNotFound(DomainError):
    pass


@dataclass(frozen=True)
class DocumentInfo:
    """An issued document as the GUI lists it; `render(info)` gives its PDF."""

    id: int
    kind: str
    title: str  # from printing's label table, e.g. 受理通知书
    doc_number: str
    application_number: str | None
    issued_on: date
    issued_at: datetime
    print_count: int
    payload: dict
    demo: bool = False  # issued on a demo database: printed with the 演示样本 watermark


@dataclass(frozen=True)
class Outcome:
    """What an outcome service (accept, notice, refusal, commitment) returns to the GUI."""

    number: str
    state: str
    state_label: str
    document: DocumentInfo
    accepted_on: date | None = None
    promised_deadline: date | None = None
    statutory_deadline: date | None = None
    deadline_explanation: str | None = None


@dataclass(frozen=True)
class PrintRecord:
    """One recorded print: the PDF to send to the printer and its reprint ordinal (0 = original)."""

    document_id: int
    doc_number: str
    kind: str
    reprint: int
    print_count: int
    printed_at: datetime
    pdf: bytes


# --- issuing -----------------------------------------------------------------------------------


def preflight() -> None:
    """Refuse before anything is saved when documents cannot be rendered (no CJK font)."""
    try:
        render_process.register_font()
    except printing.FontNotFound as exc:
        raise DomainError(
            f"无法出具文书：找不到可嵌入的中文字体（可设置 WINDOW_APP_CJK_FONT）。{exc}",
            english=f"Cannot issue the document: no embeddable Chinese font was found (WINDOW_APP_CJK_FONT can name one). {exc}",
        ) from None


def issue(
    session: Session,
    actor: Actor,
    kind: str,
    application: Application,
    build: Callable[[DocumentHeader], Any],
    on: date,
    *,
    authority: str | None = None,
) -> IssuedDocument:
    """Number and store a document inside the caller's transaction.

    `build(header)` returns the printing dataclass. Rendering happens at print time, outside any
    transaction (so a window never holds the write lock while reportlab works); call
    `preflight()` before the transaction so a machine that cannot print refuses up front.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    doc_number = numbering.document_number(session, kind, on)
    data = build(build_header(session, actor, application, doc_number, on, authority))
    doc = IssuedDocument(
        kind=kind,
        doc_number=doc_number,
        application_id=application.id,
        issued_on=on,
        issued_by=actor.user_id,
        payload=to_payload(data),
    )
    session.add(doc)
    session.flush()
    audit.record(
        session, actor, "document.issue", "document", doc_number,
        after={"kind": kind, "application": application.number},
    )  # fmt: skip
    return doc


def outcome(session: Session, app: Application, doc: IssuedDocument) -> Outcome:
    return Outcome(
        number=app.number,
        state=app.state,
        state_label=LABELS_ZH[State(app.state)],
        document=_info(doc, app.number, hall_settings.is_demo(session)),
        accepted_on=app.accepted_on,
        promised_deadline=app.promised_deadline,
        statutory_deadline=app.statutory_deadline,
        deadline_explanation=app.deadline_explanation,
    )


def _info(doc: IssuedDocument, application_number: str | None, demo: bool = False) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id,
        kind=doc.kind,
        title=printing.label(KINDS[doc.kind][2]) if doc.kind in KINDS else doc.kind,
        doc_number=doc.doc_number,
        application_number=application_number,
        issued_on=doc.issued_on,
        issued_at=doc.issued_at,
        print_count=doc.print_count,
        payload=doc.payload,
        demo=demo,
    )


def info_of(session: Session, doc: IssuedDocument) -> DocumentInfo:
    number = None
    if doc.application_id is not None:
        number = session.get(Application, doc.application_id).number
    return _info(doc, number, hall_settings.is_demo(session))


# --- reading, rendering, printing --------------------------------------------------------------


def get_document(db: Database, doc_id: int) -> DocumentInfo:
    with db.reading() as session:
        doc = session.get(IssuedDocument, doc_id)
        if doc is None:
            raise DocumentNotFound(f"文书{doc_id}不存在", english=f"There is no document {doc_id}.")
        return info_of(session, doc)


def latest_document(db: Database, application_number: str, kind: str) -> DocumentInfo:
    """The latest document of `kind` issued for an application; DocumentNotFound if none."""
    if kind not in KINDS:
        raise DocumentNotFound(f"未知文书类型：{kind}", english=f"Unknown document type: {kind}")
    with db.reading() as session:
        doc = session.scalars(
            select(IssuedDocument)
            .join(Application, Application.id == IssuedDocument.application_id)
            .where(Application.number == application_number.strip(), IssuedDocument.kind == kind)
            .order_by(IssuedDocument.id.desc())
            .limit(1)
        ).first()
        if doc is None:
            title = printing.label(KINDS[kind][2])
            raise DocumentNotFound(
                f"申请{application_number}没有已出具的{title}",
                english=f"Application {application_number} has no issued {printing.label(KINDS[kind][2], 'en')}.",
            )
        return _info(doc, application_number.strip(), hall_settings.is_demo(session))


def render(doc: DocumentInfo, *, reprint: int = 0) -> bytes:
    """PDF bytes of an issued document; `reprint` > 0 stamps 补打 with that count.

    A demo database's documents carry the 演示样本 watermark on every page.
    """
    mark = hall_settings.DEMO_WATERMARK if doc.demo else ""
    with hall_settings.rendering(mark):
        return render_process.render(doc.kind, doc.payload, reprint, mark)


def record_print(
    db: Database,
    actor: Actor,
    doc_id: int,
    target: str = "",
    *,
    reprint: bool | None = None,
    reason: str | None = None,
) -> PrintRecord:
    """Record one print and return the PDF to print.

    The first print is the original; every later one is a reprint (补打), which needs the
    reason it is printed again and shows its true count: 补打（第N次）, N counting every
    reprint of the document before it. `reprint=True` forces the reprint marking (a CLI
    reprint of a document already handed over at the window).
    """
    actor.require(*PRINT_ROLES)
    with db.transaction() as session:
        doc = session.get(IssuedDocument, doc_id, with_for_update=True)
        if doc is None:
            raise DocumentNotFound(f"文书{doc_id}不存在", english=f"There is no document {doc_id}.")
        is_reprint = doc.print_count > 0 if reprint is None else reprint
        reason = " ".join((reason or "").split())
        if is_reprint and not reason:
            raise DomainError(
                f"补打{doc.doc_number}须说明原因（如：原件遗失、打印机卡纸）",
                english=f"Give the reason for reprinting {doc.doc_number} (e.g. original lost, "
                "paper jam).",
                field="reason",
            )
        ordinal = next_reprint(session, doc.id) if is_reprint else 0
        doc.print_count += 1
        now = datetime.now()
        session.add(
            PrintEvent(
                document_id=doc.id, at=now, user_id=actor.user_id, reprint=is_reprint,
                target=target[:200],
            )
        )  # fmt: skip
        info = _with_hall_phones(session, info_of(session, doc))
        if is_reprint and doc.kind == "receipt" and doc.application_id is not None:
            info = _current_deadlines(session.get(Application, doc.application_id), info)
        pdf = render(info, reprint=ordinal)
        audit.record(
            session, actor, "document.print", "document", doc.doc_number,
            after={"kind": doc.kind, "reprint": ordinal, "print_count": doc.print_count,
                   "target": target},
            reason=reason or None,
        )  # fmt: skip
    return PrintRecord(doc.id, doc.doc_number, doc.kind, ordinal, doc.print_count, now, pdf)


def next_reprint(session, document_id: int) -> int:  # noqa: ANN001
    """The count a reprint of the document now carries: 1 + every reprint before it."""
    earlier = session.scalar(
        select(func.count())
        .select_from(PrintEvent)
        .where(PrintEvent.document_id == document_id, PrintEvent.reprint.is_(True))
    )
    return (earlier or 0) + 1


def _current_deadlines(app: Application, info: DocumentInfo) -> DocumentInfo:
    """A receipt reprinted after a suspension or an extension shows the deadlines as they now
    stand and how they were counted (受理, 中止, 延长 → date), not those of the day it was issued."""
    if app.promised_deadline is None:
        return info
    payload = {
        **info.payload,
        "promised_deadline": app.promised_deadline.isoformat(),
        "statutory_deadline": (app.statutory_deadline or app.promised_deadline).isoformat(),
        "deadline_explanation": app.deadline_explanation
        or info.payload.get("deadline_explanation", ""),
    }
    return dataclasses.replace(info, payload=payload)


def _with_hall_phones(session: Session, info: DocumentInfo) -> DocumentInfo:
    """A document issued before the hall settings (with the catalogue's stand-in phone) prints
    the hall's phones; it is refused, naming the setting, while they are not filled in."""
    header = info.payload.get("header")
    if not isinstance(header, dict):
        return info
    keys = ("consult_phone", "complaint_phone")
    if all(header.get(k) and not placeholder_in(header.get(k)) for k in keys):
        return info
    settings = hall_settings.read_settings(session)
    hall_settings.require_settings(settings, None, only=("consultation_phones", "complaint_phones"))
    header = {
        **header,
        "consult_phone": hall_settings.consultation_phone(settings, None),
        "complaint_phone": hall_settings.complaint_phone(settings, None),
    }
    return dataclasses.replace(info, payload={**info.payload, "header": header})
