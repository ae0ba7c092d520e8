"""Registering a complaint (投诉登记): the form checked field by field, what it concerns (an
application or a window) found, the reply deadline counted on the hall's calendar; audited.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from printing.masking import mask_phone

from ...core import complaints as rules
from ...core.complaints import ComplaintError, ComplaintState
from ...core.deadlines import compute
from ...storage.database import Database
from ...storage.models import Application, Complaint, Window
from .. import audit
from ..calendar import load_calendar
from ..context import Actor
from ..printable import printable_name
from .records import REGISTER_ROLES, ComplaintForm, ComplaintInfo, read_one


def _concerned(
    session: Session, application_number: str, window_number: str
) -> tuple[int | None, int | None, int | None]:
    """(application id, window id, clerk id) of what the complaint concerns."""
    if application_number.strip():
        number = rules.check_application_number(application_number)
        app = session.scalars(select(Application).where(Application.number == number)).first()
        if app is None:
            raise ComplaintError(
                f"申请编号{number}不存在",
                english=f"There is no application number {number}.",
                field="application",
            )
        return app.id, app.window_id, app.clerk_id
    if window_number.strip():
        number = window_number.strip().upper()
        window = session.scalars(select(Window).where(Window.number == number)).first()
        if window is None:
            raise ComplaintError(
                f"窗口{number}不存在", english=f"There is no window {number}.", field="window"
            )
        return None, window.id, None
    return None, None, None


def check_form(form: ComplaintForm, *, now: datetime | None = None) -> ComplaintForm:
    """The form with every value checked and normalised; the first wrong field raises."""
    now = now or datetime.now()
    received_at = form.received_at or now
    if received_at > now:
        raise ComplaintError(
            "接收时间不能晚于现在",
            english="The time received cannot be later than now.",
            field="received_at",
        )
    return ComplaintForm(
        channel=rules.check_channel(form.channel),
        # the applicants' rules (core.names) and the documents' fonts, as for an applicant
        name=printable_name(
            rules.check_name(form.name),
            person=False,
            field="name",
            label="投诉人姓名",
            label_en="complainant's name",
            limit=rules.MAX_NAME,
        ),
        phone=rules.check_phone(form.phone),
        category=rules.check_category(form.category),
        content=rules.check_content(form.content),
        application_number=(
            rules.check_application_number(form.application_number)
            if form.application_number.strip()
            else ""
        ),
        window_number=form.window_number.strip().upper(),
        received_at=received_at.replace(microsecond=0),
    )


def register_complaint(
    db: Database, actor: Actor, form: ComplaintForm, *, now: datetime | None = None
) -> ComplaintInfo:
    """Register a complaint; its reply is due REPLY_DAYS working days after the day received."""
    actor.require(*REGISTER_ROLES)
    form = check_form(form, now=now)
    assert form.received_at is not None
    received_on = form.received_at.date()
    with db.transaction() as session:
        application_id, window_id, clerk_id = _concerned(
            session, form.application_number, form.window_number
        )
        calendar = load_calendar(session)
        deadline = compute(calendar, received_on, rules.REPLY_DAYS)
        complaint = Complaint(
            received_at=form.received_at, received_on=received_on, channel=form.channel,
            complainant_name=form.name, complainant_phone=form.phone,
            application_id=application_id, window_id=window_id, clerk_id=clerk_id,
            category=form.category, content=form.content, state=str(ComplaintState.RECEIVED),
            reply_deadline=deadline.day, deadline_provisional=deadline.provisional,
            registered_by=actor.user_id,
        )  # fmt: skip
        session.add(complaint)
        session.flush()
        audit.record(
            session, actor, "complaint.register", "complaint", complaint.id,
            after={
                "channel": form.channel, "category": form.category,
                "complainant": form.name, "phone": mask_phone(form.phone),
                "application": form.application_number or None,
                "window_id": window_id, "deadline": deadline.day,
            },
        )  # fmt: skip
        return read_one(session, complaint.id, received_on)
