"""Lines of business and the windows serving them; the appointment list (预约).

The administrator configures lines (`configure_line`: a name, a ticket prefix, the windows);
appointments are entered one by one (`add_appointment`) or imported from CSV/xlsx
(`import_appointments`: columns 预约号, 业务 or 事项编码, 预约时间, 姓名, 电话; a matter code
finds the line its matter belongs to). Reads are open to every role.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from printing.masking import mask_phone

from ..core.queue import QueueError, TicketState, check_prefix
from ..storage.database import Database
from ..storage.models import (
    Matter,
    QueueAppointment,
    QueueLine,
    QueueLineMatter,
    QueueLineWindow,
    QueueTicket,
    Window,
)
from . import audit
from .context import Actor, Role

CONFIG_ROLES = (Role.ADMINISTRATOR,)
APPOINTMENT_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
APPOINTMENT_COLUMNS = ("预约号", "业务", "预约时间", "姓名", "电话", "事项编码")


@dataclass(frozen=True)
class LineInfo:
    id: int
    name: str
    prefix: str
    windows: tuple[str, ...]
    waiting: int
    matters: tuple[str, ...] = ()  # catalogue codes of the matters that belong to it


@dataclass(frozen=True)
class AppointmentInfo:
    reference: str
    line: str
    slot_at: datetime
    name: str
    phone_masked: str
    ticket: str | None


def line_by_name(session: Session, name: str) -> QueueLine:
    line = session.scalar(select(QueueLine).where(QueueLine.name == name.strip()))
    if line is None or not line.active:
        raise QueueError(
            f"没有此业务队列：{name}", english=f"There is no queue line named {name}.", field="line"
        )
    return line


def window_by_number(session: Session, number: str) -> Window:
    window = session.scalar(select(Window).where(Window.number == number.strip()))
    if window is None:
        raise QueueError(
            f"没有此窗口：{number}", english=f"There is no window {number}.", field="window"
        )
    return window


def configure_line(
    db: Database, actor: Actor, name: str, prefix: str, windows: list[str], *, sort: int = 0,
    matters: list[str] | None = None,
) -> int:  # fmt: skip
    """Create the line or change its prefix and windows (and, when given, its matters: a matter
    belongs to one line, so naming it here moves it from another); returns its id."""
    actor.require(*CONFIG_ROLES)
    name = name.strip()
    if not name or len(name) > 50:
        raise QueueError(
            "业务队列名称须为1至50个字",
            english="A line's name has 1 to 50 characters.",
            field="name",
        )
    prefix = check_prefix(prefix)
    with db.transaction() as session:
        window_ids = [window_by_number(session, w).id for w in windows]
        clash = session.scalar(
            select(QueueLine).where(QueueLine.prefix == prefix, QueueLine.name != name)
        )
        if clash is not None:
            raise QueueError(
                f"号段前缀{prefix}已由“{clash.name}”使用",
                english=f"The ticket prefix {prefix} is already used by {clash.name}.",
                field="prefix",
            )
        line = session.scalar(select(QueueLine).where(QueueLine.name == name))
        before = None
        if line is None:
            line = QueueLine(name=name, prefix=prefix, sort=sort, active=True)
            session.add(line)
            session.flush()
        else:
            before = {"prefix": line.prefix, "active": line.active}
            line.prefix, line.sort, line.active = prefix, sort, True
            for link in session.scalars(
                select(QueueLineWindow).where(QueueLineWindow.line_id == line.id)
            ):
                session.delete(link)
            session.flush()
        for window_id in dict.fromkeys(window_ids):
            session.add(QueueLineWindow(line_id=line.id, window_id=window_id))
        if matters is not None:
            _set_matters(session, line.id, matters)
        audit.record(
            session, actor, "queue.line", "queue_line", line.id, before=before,
            after={"name": name, "prefix": prefix, "windows": list(windows),
                   "matters": matters},
        )  # fmt: skip
        return line.id


def _set_matters(session: Session, line_id: int, codes: list[str]) -> None:
    codes = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
    known = set(session.scalars(select(Matter.code).where(Matter.code.in_(codes))))
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise QueueError(
            f"目录中没有这些事项：{'、'.join(unknown)}",
            english=f"The catalogue has no matters {', '.join(unknown)}.",
            field="matters",
        )
    for link in session.scalars(select(QueueLineMatter).where(
            (QueueLineMatter.line_id == line_id) | QueueLineMatter.matter_code.in_(codes))):  # fmt: skip
        session.delete(link)
    session.flush()
    for code in codes:
        session.add(QueueLineMatter(matter_code=code, line_id=line_id))


def line_of_matter(db: Database, matter_code: str) -> str | None:
    """The name of the line a matter belongs to, if any."""
    with db.reading() as session:
        return session.scalar(
            select(QueueLine.name)
            .join(QueueLineMatter, QueueLineMatter.line_id == QueueLine.id)
            .where(QueueLineMatter.matter_code == matter_code.strip(), QueueLine.active)
        )


def list_lines(db: Database, on=None) -> list[LineInfo]:  # noqa: ANN001
    """Active lines in their order, with their windows and how many wait today."""
    from datetime import date

    day = on or date.today()
    with db.reading() as session:
        lines = session.scalars(
            select(QueueLine).where(QueueLine.active).order_by(QueueLine.sort, QueueLine.id)
        ).all()
        windows: dict[int, list[str]] = {}
        for line_id, number in session.execute(
            select(QueueLineWindow.line_id, Window.number)
            .join(Window, Window.id == QueueLineWindow.window_id)
            .order_by(Window.number)
        ):
            windows.setdefault(line_id, []).append(number)
        waiting = dict(
            session.execute(
                select(QueueTicket.line_id, func.count())
                .where(QueueTicket.day == day, QueueTicket.state == TicketState.WAITING)
                .group_by(QueueTicket.line_id)
            ).all()
        )
        matters: dict[int, list[str]] = {}
        for line_id, code in session.execute(
            select(QueueLineMatter.line_id, QueueLineMatter.matter_code).order_by(
                QueueLineMatter.matter_code
            )
        ):
            matters.setdefault(line_id, []).append(code)
        return [
            LineInfo(
                line.id,
                line.name,
                line.prefix,
                tuple(windows.get(line.id, ())),
                waiting.get(line.id, 0),
                tuple(matters.get(line.id, ())),
            )  # fmt: skip
            for line in lines
        ]


def _parse_slot(value: object, row: int) -> datetime:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    text = str(value or "").strip().replace("/", "-").replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise QueueError(
        f"第{row}行：预约时间“{text}”不是“年-月-日 时:分”",
        english=f"Row {row}: the appointment time “{text}” is not “year-month-day hour:minute”.",
        field="slot_at",
    )


def _add(session: Session, reference: str, line_name: str, slot_at: datetime, name: str,
         phone: str, row: int = 0) -> QueueAppointment:  # fmt: skip
    where = f"第{row}行：" if row else ""
    where_en = f"Row {row}: " if row else ""
    reference, name = reference.strip(), name.strip()
    if not reference or len(reference) > 32 or not name or len(name) > 50:
        raise QueueError(
            f"{where}预约号（至多32字）和姓名（至多50字）不能为空",
            english=f"{where_en}The appointment reference (at most 32 characters) and the name "
            "(at most 50) are required.",
            field="reference",
        )
    if session.scalar(select(QueueAppointment).where(QueueAppointment.reference == reference)):
        raise QueueError(
            f"{where}预约号{reference}已登记",
            english=f"{where_en}Appointment {reference} is already on the list.",
            field="reference",
        )
    appointment = QueueAppointment(
        reference=reference, line_id=line_by_name(session, line_name).id, day=slot_at.date(),
        slot_at=slot_at, name=name, phone=phone.strip()[:20],
    )  # fmt: skip
    session.add(appointment)
    session.flush()
    return appointment


def add_appointment(
    db: Database, actor: Actor, reference: str, line: str, slot_at: datetime, name: str,
    phone: str = "",
) -> None:  # fmt: skip
    actor.require(*APPOINTMENT_ROLES)
    with db.transaction() as session:
        a = _add(session, reference, line, slot_at, name, phone)
        audit.record(session, actor, "queue.appointment", "queue_appointment", a.reference,
                     after={"line": line, "slot_at": slot_at, "phone": mask_phone(a.phone)})  # fmt: skip


def _rows(path: Path) -> list[list[object]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return list(csv.reader(io.StringIO(raw.decode(encoding))))
        except UnicodeDecodeError:
            continue
    raise QueueError("文件不是UTF-8或GB18030编码的CSV",
                     english="The file is not a CSV in UTF-8 or GB18030.")  # fmt: skip


def import_appointments(db: Database, actor: Actor, path: Path) -> int:
    """All rows or none: the header names the columns (预约号, 业务, 预约时间, 姓名, 电话)."""
    actor.require(*APPOINTMENT_ROLES)
    try:
        rows = _rows(Path(path))
    except OSError as exc:
        raise QueueError(f"无法读取文件：{path}", english=f"Cannot read the file {path}.") from exc
    if not rows:
        raise QueueError("预约文件为空", english="The appointment file is empty.")
    header = [str(c or "").strip() for c in rows[0]]
    missing = [c for c in ("预约号", "预约时间", "姓名") if c not in header]
    if "业务" not in header and "事项编码" not in header:
        missing.append("业务（或事项编码）")
    if missing:
        raise QueueError(
            f"预约文件缺少列：{'、'.join(missing)}（须有{'、'.join(APPOINTMENT_COLUMNS)}）",
            english=f"The appointment file lacks the columns {', '.join(missing)}.",
        )
    by_matter = lines_by_matter(db)
    col = {name: header.index(name) for name in APPOINTMENT_COLUMNS if name in header}
    count = 0
    with db.transaction() as session:
        for i, row in enumerate(rows[1:], start=2):
            if not any(str(c or "").strip() for c in row):
                continue
            cells = {n: row[c] if c < len(row) else None for n, c in col.items()}
            line = str(cells.get("业务") or "").strip()
            code = str(cells.get("事项编码") or "").strip()
            if not line and code:
                line = by_matter.get(code, "")
                if not line:
                    raise QueueError(
                        f"第{i}行：事项{code}未归入任何业务队列",
                        english=f"Row {i}: matter {code} belongs to no queue line.",
                        field="line",
                    )
            _add(session, str(cells.get("预约号") or ""), line,
                 _parse_slot(cells.get("预约时间"), i), str(cells.get("姓名") or ""),
                 str(cells.get("电话") or ""), row=i)  # fmt: skip
            count += 1
        audit.record(session, actor, "queue.appointments.import", "queue_appointment", "",
                     after={"file": Path(path).name, "rows": count})  # fmt: skip
    return count


def lines_by_matter(db: Database) -> dict[str, str]:
    """Matter code → line name, for every matter that belongs to a line."""
    with db.reading() as session:
        rows = session.execute(
            select(QueueLineMatter.matter_code, QueueLine.name)
            .join(QueueLine, QueueLine.id == QueueLineMatter.line_id)
        ).all()  # fmt: skip
    return {code: name for code, name in rows}


def list_appointments(db: Database, day) -> list[AppointmentInfo]:  # noqa: ANN001
    with db.reading() as session:
        rows = session.execute(
            select(QueueAppointment, QueueLine.name, QueueTicket.number)
            .join(QueueLine, QueueLine.id == QueueAppointment.line_id)
            .outerjoin(QueueTicket, QueueTicket.appointment_id == QueueAppointment.id)
            .where(QueueAppointment.day == day)
            .order_by(QueueAppointment.slot_at, QueueAppointment.id)
        ).all()
        return [
            AppointmentInfo(a.reference, line, a.slot_at, a.name, mask_phone(a.phone), ticket)
            for a, line, ticket in rows
        ]


DEMO_LINES = [  # name, prefix, windows, matter-code prefixes: every demo window serves a line
    ("综合受理", "A", ["A01", "A02", "A03"], ()),
    ("商事登记", "B", ["A04", "A01"], ("SC-",)),
    ("社会事务", "C", ["A05"], ("WJ-", "RS-", "XW-", "JY-", "WT-")),
    ("投资建设", "D", ["A06"], ("FG-", "JT-", "CG-")),
]


def seed_demo_lines(db: Database, actor: Actor) -> None:
    """The demo hall's lines (idempotent), so a fresh demo can take tickets at once."""
    with db.reading() as session:
        have = set(session.scalars(select(QueueLine.name)))
        codes = list(session.scalars(select(Matter.code)))
    for sort, (name, prefix, windows, prefixes) in enumerate(DEMO_LINES):
        if name not in have:
            matters = [c for c in codes if c.startswith(prefixes)] if prefixes else []
            configure_line(db, actor, name, prefix, windows, sort=sort, matters=matters)
