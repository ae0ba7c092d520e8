"""What every issued document prints about who, where and whom: the header, 经办人, 受理窗口 and
the applicant's codes as printed (masked for a person, in full for an organisation's USCC)."""

from __future__ import annotations

from datetime import date
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from printing import DocumentHeader

from ..core.masking import mask_id, mask_phone
from ..storage import session_cache
from ..storage.models import Applicant, Application, Department, MatterVersion, Window
from . import hall_settings
from .context import Actor

__all__ = [
    "CLI_CLERK",
    "NO_WINDOW",
    "applicant_fields",
    "applicant_uscc",
    "build_header",
    "clerk_name",
    "department_by_code",
    "printed_codes",
    "window_label",
]


def build_header(
    session: Session,
    actor: Actor,
    application: Application,
    doc_number: str,
    on: date,
    authority: str | None = None,
) -> DocumentHeader:
    """Header from the application's frozen matter version (never from today's catalogue);
    `authority` names the issuing authority when it is not the matter's department (a
    registration decided by a district bureau).

    The phones come from the hall settings (the department's, else the hall's): a document
    whose phones are not filled in is refused, naming the setting (never a blank or a stand-in).
    """
    # read after the step changed its application: nothing of it is flushed early (the
    # step's rows go out in one flush), unless the unit itself writes these tables
    unflushed = {"autoflush": session_cache.writes_any(session, MatterVersion, Window)}
    version = session.get(MatterVersion, application.matter_version_id, execution_options=unflushed)
    definition = version.definition
    window = session.get(Window, application.window_id, execution_options=unflushed)
    department = definition.get("department", "")
    dept = department_by_code(session, department)
    settings = hall_settings.read_settings(session)
    hall_settings.require_settings(settings, department)
    return DocumentHeader(
        doc_number=doc_number,
        issued_on=on,
        authority=authority or (dept.name if dept else department),
        window=window_label(session, actor, window),
        clerk=clerk_name(actor),
        catalogue_version=(
            f"{definition.get('code', '')} v{version.version}，{version.effective_from.isoformat()}起施行"
        ),
        consult_phone=hall_settings.consultation_phone(settings, department),
        complaint_phone=hall_settings.complaint_phone(settings, department),
    )


@cache
def _department() -> Select:
    return select(Department).where(Department.code == bindparam("code"))  # built once


def department_by_code(session: Session, code: str) -> Department | None:
    """The department with this code, read once per session (storage.session_cache)."""
    return session_cache.cached(
        session, ("department", code), (Department.__tablename__,),
        lambda: session.scalars(
            _department(), {"code": code},
            execution_options={"autoflush": session_cache.writes_any(session, Department)},
        ).first(),
    )  # fmt: skip


#: 经办人 of a document made by the SQLite file's owner acting unsigned (cli.common.owner_actor).
CLI_CLERK = "系统管理员（命令行）"
NO_WINDOW = "（非窗口业务）"


def clerk_name(actor: Actor) -> str:
    """经办人 as printed: the signed-in person's name; never the operating-system account
    (a command signs its user in, whose name prints; the file owner acting unsigned prints
    CLI_CLERK), never a blank."""
    name = (actor.display_name or "").strip()
    if actor.user_id is not None and name:
        return name
    if actor.username.startswith(("cli:", "owner:")):
        return CLI_CLERK
    return name or actor.username


def window_label(session: Session, actor: Actor, window: Window | None = None) -> str:
    """受理窗口 as printed: the application's window, else the one the person signed in at,
    else NO_WINDOW (a supervisor's report, the administrator's catalogue): never a blank."""
    if window is None and actor.window_id is not None:
        window = session.get(Window, actor.window_id)
    if window is not None:
        return f"{window.number} {window.name}"
    return actor.window_number or NO_WINDOW


def printed_codes(id_number: str | None, uscc: str | None) -> tuple[str, str]:
    """(masked ID number, USCC) as printed: a person's number masked, an organisation's USCC in
    full under its own label (it is public). The one rule for every document, the demo's too."""
    return mask_id(id_number or ""), "" if id_number else (uscc or "")


def _applicant(session: Session, app: Application) -> Applicant:
    # read while a step builds its document: its changes are not flushed early for it
    return session.get(
        Applicant, app.applicant_id,
        execution_options={"autoflush": session_cache.writes_any(session, Applicant)},
    )  # fmt: skip


def applicant_fields(session: Session, app: Application) -> tuple[str, str, str]:
    """(name, masked ID number, masked phone) as printed: no person's full number on paper."""
    person = _applicant(session, app)
    return person.name, printed_codes(person.id_number, person.uscc)[0], mask_phone(person.phone)


def applicant_uscc(session: Session, app: Application) -> str:
    """An organisation's USCC, printed in full (it is public); "" for a person."""
    person = _applicant(session, app)
    return printed_codes(person.id_number, person.uscc)[1]
