"""The papers a generated hall's window handed out, and its audit events appended in bulk.

Split from `hall_generator` (which plans the applications): everything here turns what the
generator planned into `IssuedDocument` rows and chained audit events, as the services would.
"""

from __future__ import annotations

from collections import Counter as Counter_
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from printing import (
    CommitmentData,
    DocumentHeader,
    MaterialReceived,
    NoticeData,
    NoticeItem,
    ReceiptData,
    RefusalData,
)
from window_app.core.catalogue_terms import DELIVERIES
from window_app.core.masking import mask_phone
from window_app.services import audit, documents, hall_settings, numbering
from window_app.services.accept import fees_of
from window_app.services.context import Actor, Role
from window_app.services.demo import REFUSAL_BASIS, REFUSAL_INSTEAD, REFUSAL_REASON
from window_app.storage.database import Database
from window_app.storage.models import (
    Counter,
    Department,
    IssuedDocument,
    MatterVersion,
    User,
    Window,
)

from .bulk_load import CopySink, stamp

DOC_CHUNK = 1000  # documents per transaction


def record_many(
    session: Session,
    events: Iterable[tuple[Actor, str, str, object, dict | None, dict | None, datetime]],
) -> int:
    """Append many events (actor, action, entity, entity_id, before, after, at) in one
    statement, chained exactly as `audit.record` chains them one by one: the same transaction
    head (chain lock, change counter, head anchor after commit) and the same link
    (`audit.append_rows`). `at` is when the window did it in the generated history."""
    rows = [
        {
            "at": at,
            "user_id": actor.user_id,
            "username": actor.username,
            "window": actor.window_number,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "before": audit.jsonable(before),
            "after": audit.jsonable(after),
            "reason": None,
        }  # fmt: skip
        for actor, action, entity, entity_id, before, after, at in events
    ]
    audit.append_rows(session, rows)
    return len(rows)


# --- the papers ---------------------------------------------------------------------------------
# Each application the window would have handed a paper to gets it: a receipt (受理通知书) for
# every acceptance, a one-time notice (一次性告知书) for every correction, a non-acceptance notice
# (不予受理通知书) for every refusal and a commitment letter (告知承诺书) for every commitment
# approval: `IssuedDocument` rows numbered as `numbering.document_number` numbers them, with the
# printing dataclass the services store (`documents.to_payload`), each audited
# (`document.issue`, by the application's clerk) as `documents.issue` does.


@dataclass(frozen=True)
class Pending:
    """One document to issue: what the generator knows of its application."""

    kind: str  # receipt | notice | refusal | commitment
    app_id: int
    number: str
    matter_version_id: int
    window_id: int
    clerk_id: int
    applicant: tuple[str, str | None, str | None, str]  # name, ID number, USCC, phone
    on: date
    accepted_on: date | None = None
    promised_deadline: date | None = None
    statutory_deadline: date | None = None
    materials: tuple[tuple[str, str, int, bool], ...] = ()  # key, name, copies, original
    missing: tuple[str, ...] = ()
    due: date | None = None  # the notice's correction date
    verification_due: date | None = None


class _Hall:
    """What every document of a matter version, window and clerk repeats, read once."""

    def __init__(self, session):  # noqa: ANN001
        self.versions = {v.id: v for v in session.scalars(select(MatterVersion))}
        self.departments = {d.code: d.name for d in session.scalars(select(Department))}
        self.windows = {w.id: f"{w.number} {w.name}" for w in session.scalars(select(Window))}
        numbers = {w.id: w.number for w in session.scalars(select(Window))}
        self.clerks = {
            u.id: Actor(
                u.id,
                u.username,
                Role(u.role),
                u.window_id,
                numbers.get(u.window_id, ""),
                u.display_name,
            )  # fmt: skip
            for u in session.scalars(select(User))
        }
        self._fees: dict[int, tuple] = {}
        self.session = session
        self.settings: hall_settings.HallSettings | None = None  # read at the first header

    def fees(self, version_id: int) -> tuple:
        if version_id not in self._fees:
            self._fees[version_id] = fees_of(self.session, self.versions[version_id].definition)
        return self._fees[version_id]

    def header(self, p: Pending, doc_number: str) -> DocumentHeader:
        version = self.versions[p.matter_version_id]
        definition = version.definition
        authority = definition.get("department", "")
        if self.settings is None:
            self.settings = hall_settings.read_settings(self.session)
        clerk = self.clerks[p.clerk_id]
        return DocumentHeader(
            doc_number=doc_number,
            issued_on=p.on,
            authority=self.departments.get(authority, authority),
            window=self.windows.get(p.window_id, ""),
            clerk=clerk.display_name or clerk.username,
            catalogue_version=(
                f"{definition.get('code', '')} v{version.version}，{version.effective_from.isoformat()}起施行"
            ),
            consult_phone=hall_settings.consultation_phone(self.settings, authority),
            complaint_phone=hall_settings.complaint_phone(self.settings, authority),
        )


def _data(hall: _Hall, p: Pending, header: DocumentHeader) -> object:
    version = hall.versions[p.matter_version_id]
    definition = version.definition
    name, id_number, uscc, phone = p.applicant
    masked, uscc_printed = documents.printed_codes(id_number, uscc)
    if p.kind == "receipt":
        result = definition["result"]
        promised = version.promised_days or 0
        return ReceiptData(
            header=header,
            application_number=p.number,
            matter_name=definition["name"],
            matter_code=definition["code"],
            applicant_name=name,
            applicant_id_masked=masked,
            applicant_uscc=uscc_printed,
            materials_received=tuple(
                MaterialReceived(m[1], "原件" if m[3] else "复印件", m[2]) for m in p.materials
            ),
            accepted_on=p.accepted_on,
            promised_deadline=p.promised_deadline,
            statutory_deadline=p.statutory_deadline or p.promised_deadline,
            deadline_explanation=(
                f"承诺时限：自{p.accepted_on:%Y年%m月%d日}次日起{promised}个工作日，"
                f"至{p.promised_deadline:%Y年%m月%d日}"
            ),
            delivery_method=DELIVERIES[result["delivery"][0]],
            result_name=result["name"],
            fees=hall.fees(p.matter_version_id),
            applicant_phone=mask_phone(phone),
        )
    if p.kind == "notice":
        wanted = [m for m in p.materials if m[0] in p.missing]
        received = tuple(m[1] for m in p.materials if m[0] not in p.missing)
        return NoticeData(
            header=header,
            application_number=p.number,
            matter=definition["name"],
            applicant_name=name,
            applicant_id_masked=masked,
            applicant_uscc=uscc_printed,
            items=tuple(
                NoticeItem(m[1], "缺少", "未提交", f"{'原件' if m[3] else '复印件'}{m[2]}份")
                for m in wanted
            ),
            where=f"{definition['place']}（{definition['hours']}）",
            by_when=p.due,
            guide_reference=f"《{definition['name']}办事指南》（{definition['code']} v{version.version}）",
            received_so_far=received,
        )
    if p.kind == "refusal":
        return RefusalData(
            header=header,
            application_number=p.number,
            applicant_name=name,
            requested=definition["name"],
            reason=REFUSAL_REASON,
            legal_basis=REFUSAL_BASIS,
            apply_instead=REFUSAL_INSTEAD,
        )
    commitment = definition.get("commitment") or {}
    return CommitmentData(
        header=header,
        application_number=p.number,
        matter=definition["name"],
        applicant_name=name,
        applicant_id_masked=masked,
        applicant_uscc=uscc_printed,
        conditions=tuple(definition.get("conditions") or ()),
        waived_materials=(),
        verification_days=int(commitment.get("verification_days") or 30),
        verification_due=p.verification_due,
        signed_on=p.on,
    )


def _reserve(session, name: str, count: int) -> int:  # noqa: ANN001
    """Take `count` numbers of counter `name` at once; returns the first."""
    row = session.get(Counter, name, with_for_update=True)
    if row is None:
        session.add(Counter(name=name, value=count))
        session.flush()
        return 1
    first = row.value + 1
    row.value += count
    return first


def issue_all(db: Database, pending: list[Pending], sink: CopySink | None = None) -> int:
    """Issue every pending document (in issue order), audited; returns how many. With a
    `sink` (the bulk path) the rows and events go to it instead of INSERT and `audit_append`."""
    pending = sorted(pending, key=lambda p: (p.on, p.app_id))
    for start in range(0, len(pending), DOC_CHUNK):
        chunk = pending[start : start + DOC_CHUNK]
        with db.transaction() as session:
            hall = _Hall(session)
            wanted = Counter_((p.kind, p.on.year) for p in chunk)
            serial = {k: _reserve(session, f"doc-{k[0]}-{k[1]}", n) for k, n in wanted.items()}
            rows, events = [], []
            for p in chunk:
                key = (p.kind, p.on.year)
                doc_number = (
                    f"湛政服{numbering.DOCUMENT_PREFIXES[p.kind]}〔{p.on.year}〕{serial[key]}号"
                )
                serial[key] += 1
                data = _data(hall, p, hall.header(p, doc_number))
                rows.append(dict(
                    kind=p.kind, doc_number=doc_number, application_id=p.app_id,
                    issued_on=p.on, issued_by=p.clerk_id, payload=documents.to_payload(data),
                ))  # fmt: skip
                events.append((hall.clerks[p.clerk_id], "document.issue", "document", doc_number,
                               None, {"kind": p.kind, "application": p.number},
                               stamp(p.on, 12)))  # fmt: skip
            if sink is None:
                session.connection().execute(insert(IssuedDocument.__table__), rows)
                record_many(session, events)
        if sink is not None:  # after the counters' transaction: COPY in a transaction of its own
            sink.write({IssuedDocument.__table__: rows}, events)
    return len(pending)
