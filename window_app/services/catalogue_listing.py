"""The printable catalogue's data (目录清单): every matter in force with its limits and fees, the
fee catalogue in force and the intermediary list, under the hall's header.

It exists apart from `guides` because it is a listing of the whole catalogue, not one guide;
`guides.render_catalogue_pdf` renders it and records the print.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from printing import CatalogueListData, CatalogueMatter, DocumentHeader
from printing import Fee as PrintedFee

from ..core.time_limits import stored_definition
from ..storage.database import Database
from ..storage.models import Fee
from . import documents, hall_settings
from .context import Actor
from .guide_mapping import days_text
from .guide_sources import current, read_source, reference_data, versions_in_force


def _value_unit(limit: Mapping[str, Any] | None) -> tuple[int | None, str]:
    return (limit["value"], limit["unit"]) if limit else (None, "working_days")


def catalogue_list_data(
    db: Database, *, on: date | None = None, actor: Actor | None = None
) -> CatalogueListData:
    day = on or date.today()
    with db.reading() as session:
        versions = current(versions_in_force(session, day), day)
        sources = [read_source(session, code, v) for code, v in sorted(versions.items())]
        fee_rows = [  # the fee catalogue in force: a withdrawn fee is no longer charged
            f
            for f in session.scalars(select(Fee).order_by(Fee.code))
            if f.withdrawn_from is None or f.withdrawn_from > day
        ]
        fees = tuple(PrintedFee(f.name, f.standard, f.legal_basis) for f in fee_rows)
    matters = []
    for s in sources:
        limits = stored_definition(s.definition)["limits"]
        matters.append(
            CatalogueMatter(
                code=s.code,
                name=s.definition["name"],
                matter_type=s.definition["type"],
                department=s.department.name,
                statutory_limit=days_text(*_value_unit(limits.get("statutory"))),
                promised_limit="即办"
                if limits.get("on_the_spot") or limits["promised"]["value"] == 0
                else days_text(*_value_unit(limits["promised"])),
                fee="、".join(f.name for f in s.fees) or "不收费",
            )
        )
    inters = tuple(
        (i.name, i.provider_requirement, i.fee_basis)
        for i in reference_data().intermediaries.values()
    )
    latest = max((s.effective_from for s in sources), default=day)
    with db.reading() as session:
        settings = hall_settings.read_settings(session)
    hall_settings.require_settings(
        settings, None, only=("hall_name", "consultation_phones", "complaint_phones")
    )
    header = DocumentHeader(
        doc_number=f"ML-{day:%Y%m%d}",
        issued_on=day,
        authority=settings.hall_name,
        window=(actor.window_number if actor else "") or documents.NO_WINDOW,
        clerk=documents.clerk_name(actor) if actor else documents.CLI_CLERK,
        consult_phone=hall_settings.consultation_phone(settings, None),
        complaint_phone=hall_settings.complaint_phone(settings, None),
        catalogue_version=f"{len(matters)}项事项，最近施行日期{latest.isoformat()}，"
        f"按{day.isoformat()}现行有效版本",
    )
    return CatalogueListData(header=header, matters=tuple(matters), fees=fees,
                             intermediaries=inters)  # fmt: skip
