"""营业执照: the licence's plain data, rendering (facsimile or overlay), per-printer calibration.

Overlay printing puts only the values onto pre-printed licence paper; each printer feeds paper a
little differently, so an administrator prints the test page, measures, and stores an offset per
printer name. Every licence print is recorded (PrintEvent on the licence document + audit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

import printing
from printing import LicenceData, capital_in_words

from ..core.enterprise_names import authority_name
from ..core.errors import DomainError
from ..core.uscc import validate as validate_uscc
from ..storage.database import Database
from ..storage.models import Enterprise, IssuedDocument, PrinterOffset, PrintEvent
from . import audit, documents, hall_settings
from .context import Actor, Role
from .registration import find_enterprise

PRINT_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
MAX_OFFSET_MM = Decimal(30)


class LicenceError(DomainError):
    pass


@dataclass(frozen=True)
class LicencePrint:
    uscc: str
    doc_number: str
    overlay: bool
    printer: str
    offset_mm: tuple[float, float]
    reprint: int  # 0: the first print; N: the Nth reprint (补打第N次) of this licence
    pdf: bytes


def _enterprise(session, uscc: str) -> Enterprise:  # noqa: ANN001
    return find_enterprise(session, validate_uscc(uscc), LicenceError)


def _latest_licence(session, ent: Enterprise) -> IssuedDocument | None:  # noqa: ANN001
    return session.scalars(
        select(IssuedDocument)
        .where(IssuedDocument.enterprise_id == ent.id, IssuedDocument.kind == "licence")
        .order_by(IssuedDocument.id.desc())
    ).first()


#: Enterprise category (the USCC's second character) -> the SAMR licence template it prints.
LICENCE_KINDS = {"1": "company", "2": "individual", "3": "cooperative"}


def _data(ent: Enterprise, doc: IssuedDocument | None) -> LicenceData:
    """The licence as the enterprise now stands; dated the day its latest licence was issued
    (a change registration issues a new one)."""
    return LicenceData(
        uscc=ent.uscc,
        name=ent.name,
        enterprise_type=ent.enterprise_type,
        legal_representative=ent.legal_rep_name,
        registered_capital=capital_in_words(Decimal(ent.registered_capital), ent.currency),
        established_on=ent.established_on,
        domicile=ent.domicile,
        business_scope=ent.business_scope,
        authority=authority_name(ent.authority_code),
        issued_on=doc.issued_on if doc is not None else ent.registered_on,
        kind=LICENCE_KINDS.get(ent.category, "company"),
        # No term is registered: a company's business term is 长期 unless its articles fix one.
        business_term="长期",
        # An individual business run by one person or by a family (more than one investor).
        composition="家庭经营" if len(ent.investors or ()) > 1 else "个人经营",
    )


def licence_data(db: Database, uscc: str) -> LicenceData:
    """Everything the licence shows; the QR code carries the USCC."""
    with db.reading() as session:
        ent = _enterprise(session, uscc)
        return _data(ent, _latest_licence(session, ent))


def printer_offset(db: Database, printer: str | None) -> tuple[float, float]:
    """The calibrated (dx, dy) in mm for a printer; (0, 0) when never calibrated."""
    if not printer:
        return (0.0, 0.0)
    with db.reading() as session:
        row = session.get(PrinterOffset, printer)
        return (float(row.dx_mm), float(row.dy_mm)) if row else (0.0, 0.0)


def _mm(value: object, field_name: str) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise LicenceError("偏移量应为数字（毫米）", english="The offset must be a number (in millimetres).",
                           field=field_name) from None  # fmt: skip
    if abs(amount) > MAX_OFFSET_MM:
        raise LicenceError(f"偏移量不应超过±{MAX_OFFSET_MM}毫米，请检查纸张放置",
                           english=f"The offset must not exceed ±{MAX_OFFSET_MM} mm; please check how the paper is placed.", field=field_name)  # fmt: skip
    return amount


def set_printer_offset(
    db: Database, actor: Actor, printer: str, dx_mm: float | Decimal, dy_mm: float | Decimal
) -> tuple[float, float]:
    """Store a printer's overlay offset (mm; right and up are positive)."""
    actor.require(Role.ADMINISTRATOR)
    printer = (printer or "").strip()
    if not printer:
        raise LicenceError(
            "请填写打印机名称", english="Please enter the printer name.", field="printer"
        )
    dx, dy = _mm(dx_mm, "dx_mm"), _mm(dy_mm, "dy_mm")
    with db.transaction() as session:
        row = session.get(PrinterOffset, printer)
        before = {"dx_mm": row.dx_mm, "dy_mm": row.dy_mm} if row else None
        if row is None:
            row = PrinterOffset(printer=printer, dx_mm=dx, dy_mm=dy)
            session.add(row)
        row.dx_mm, row.dy_mm = dx, dy
        row.updated_at, row.updated_by = datetime.now(), actor.user_id
        audit.record(
            session, actor, "printer.offset", "printer", printer[:64], before=before,
            after={"dx_mm": dx, "dy_mm": dy},
        )  # fmt: skip
    return (float(dx), float(dy))


def licence_test_page(db: Database, printer: str | None = None) -> bytes:
    """Calibration page with the printer's current offset applied."""
    with hall_settings.paper(db):
        return printing.render_licence_test_page(offset_mm=printer_offset(db, printer))


def render_licence(
    db: Database, uscc: str, *, overlay: bool = False, printer: str | None = None
) -> bytes:
    """Preview without recording a print (the dialog's preview pane)."""
    offset = printer_offset(db, printer) if overlay else (0.0, 0.0)
    with hall_settings.paper(db):
        return printing.render_licence(licence_data(db, uscc), overlay=overlay, offset_mm=offset)


def print_licence(
    db: Database,
    actor: Actor,
    uscc: str,
    *,
    overlay: bool = False,
    printer: str | None = None,
    reason: str | None = None,
) -> LicencePrint:
    """Render the licence for printing and record the print.

    Like every other document, a licence printed again is a reprint (补打): it needs the reason
    it is printed again (recorded in the audit trail) and carries its true count, N counting
    every reprint of this licence before it (an overlay print on pre-printed paper is a print
    of the same licence)."""
    actor.require(*PRINT_ROLES)
    offset = printer_offset(db, printer) if overlay else (0.0, 0.0)
    reason = " ".join((reason or "").split())
    with db.transaction() as session:
        ent = _enterprise(session, uscc)
        doc = _latest_licence(session, ent)
        if doc is not None:
            doc = session.get(IssuedDocument, doc.id, with_for_update=True)
        ordinal = 0
        if doc is not None and doc.print_count > 0:
            if not reason:
                raise LicenceError(
                    f"营业执照{ent.uscc}已打印过，补打须说明原因（如：原件遗失、套打错位）",
                    english=f"The licence of {ent.uscc} was printed before: give the reason for "
                    "reprinting it (e.g. original lost, overlay misaligned).",
                    field="reason",
                )
            ordinal = documents.next_reprint(session, doc.id)
        with hall_settings.rendering(hall_settings.watermark(session)):
            pdf = printing.render_licence(_data(ent, doc), overlay=overlay, offset_mm=offset)
        if doc is not None:
            doc.print_count += 1
            session.add(
                PrintEvent(
                    document_id=doc.id,
                    user_id=actor.user_id,
                    reprint=ordinal > 0,
                    target=(printer or "")[:200],
                )  # fmt: skip
            )
        audit.record(
            session, actor, "licence.print", "enterprise", ent.uscc,
            after={"overlay": overlay, "printer": printer or "", "offset_mm": list(offset),
                   "reprint": ordinal},
            reason=reason or None,
        )  # fmt: skip
        return LicencePrint(
            ent.uscc, doc.doc_number if doc else "", overlay, printer or "", offset, ordinal, pdf
        )
