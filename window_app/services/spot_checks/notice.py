"""The plan's public notice (公示) as a PDF: its plain data built from the stored plan (a
person's name masked), rendered by `printing`, the print audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

import printing
from printing import DocumentHeader, SpotCheckNoticeData

from ...core.enterprise_names import authority_name
from ...storage.database import Database
from ...storage.models import Applicant, Application
from .. import audit, documents, hall_settings
from ..context import Actor
from ..registration_links import CATEGORIES
from ..spot_check_population import COMMITMENTS, ENTERPRISES
from .plans import (
    DRAW_ROLES,
    POPULATION_ENGLISH,
    POPULATION_LABELS,
    PlanInfo,
    find_plan,
    plan_info,
)


def _notice_data(session: Session, plan: PlanInfo, actor: Actor, lang: str, day: date):
    """The public notice's plain data; a person's name is masked (an applicant on commitment)."""
    zh = lang == "zh"
    c = plan.criteria
    every = "全部" if zh else "all"
    rows = [
        ("抽查对象" if zh else "Population",
         POPULATION_LABELS[c.population] if zh else POPULATION_ENGLISH[c.population]),
    ]  # fmt: skip
    if c.population == ENTERPRISES:
        # registration_links says "an enterprise": the table cell drops the article
        category = (
            (CATEGORIES[c.category][0] if zh else CATEGORIES[c.category][1].split(" ", 1)[1])
            if c.category
            else every
        )
        rows += [
            ("主体类别" if zh else "Category", category),
            ("登记机关" if zh else "Registering authority",
             authority_name(c.authority_code) + f"（{c.authority_code}）" if c.authority_code
             else every),
        ]  # fmt: skip
    if c.date_from or c.date_to:
        dates = f"{c.date_from or '…'} — {c.date_to or '…'}"
        rows.append(("日期范围" if zh else "Dates", dates))
    share = (f"{plan.percent}%（向上取整）" if zh else f"{plan.percent}% (rounded up)"
             ) if plan.percent else str(plan.count)  # fmt: skip
    rows.append(("抽取比例/数量" if zh else "Share / number", f"{share} → {plan.sample_size}"))
    people = set()
    if c.population == COMMITMENTS:
        people = set(
            session.scalars(
                select(Application.number)
                .join(Applicant, Applicant.id == Application.applicant_id)
                .where(Application.number.in_([p.key for p in plan.picks]),
                       Applicant.kind == "person")
            )
        )  # fmt: skip
    separator = "、" if zh else ", "
    picks = tuple(
        (str(p.position), p.key, printing.mask_name(p.name) if p.key in people else p.name,
         separator.join(p.inspector_names))
        for p in plan.picks
    )  # fmt: skip
    hall = hall_settings.hall_on_paper(session)  # refused while the hall is unnamed
    header = DocumentHeader(
        doc_number=plan.number, issued_on=day, authority=hall.name,
        window=documents.window_label(session, actor),
        clerk=documents.clerk_name(actor), catalogue_version="", lang=lang,
        consult_phone=hall.consult_phone, complaint_phone=hall.complaint_phone,
    )  # fmt: skip
    return SpotCheckNoticeData(
        header=header, plan_number=plan.number, criteria=tuple(rows), seed=plan.seed,
        algorithm=plan.algorithm, population_size=plan.population_size,
        population_digest=plan.population_digest,
        inspector_pool=tuple(plan.inspector_pool), picks=picks, population_frozen=plan.population_frozen,
    )  # fmt: skip


def notice_pdf(
    db: Database, actor: Actor, number: str, *, lang: str = "zh", on: date | None = None
) -> bytes:
    """The plan for publication (公示) as a PDF; recorded as an audit event."""
    actor.require(*DRAW_ROLES)
    day = on or date.today()
    with db.transaction() as session:
        plan = find_plan(session, number)
        data = _notice_data(session, plan_info(session, plan), actor, lang, day)
        mark = hall_settings.watermark(session)
        audit.record(session, actor, "spotcheck.printed", "spot_check_plan", plan.number,
                     after={"lang": lang, "on": day.isoformat()})  # fmt: skip
    with hall_settings.rendering(mark):
        return printing.render_spot_check_notice(data)
