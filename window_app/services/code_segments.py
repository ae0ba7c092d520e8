"""Organisation-code segments and the allocation of USCCs from them.

An administrator hands the hall a segment (prefix + serial range, e.g. "MA4W" 0000–9999 →
bodies MA4W0000…MA4W9999). A registration allocates the next body INSIDE its own transaction:
`UPDATE code_segments SET next_serial = next_serial + 1 … RETURNING` takes the row lock on
PostgreSQL and runs under BEGIN IMMEDIATE on SQLite, so windows queue for it; a rolled-back
registration rolls the serial back too, so serials have no gaps. Each allocated body gets a
`CodeAllocation` row (unique on body and on USCC): used by an enterprise, or void with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, Update, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from ..core import orgcode
from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name
from ..core.errors import DomainError
from ..core.uscc import ALPHABET, UsccParts
from ..storage.database import Database
from ..storage.models import CodeAllocation, CodeSegment
from . import audit, ledger
from .context import Actor, Role

BODY_LENGTH = 8
RESERVED_PREFIX = "PDY"  # PDY00001–PDY99999 are reserved for internal use (GB 11714)
LOW_CAPACITY = 50  # the GUI warns when fewer bodies than this are left


class SegmentError(DomainError):
    pass


class SegmentExhausted(SegmentError):
    """No active segment has a body left: registration cannot start."""


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    prefix: str
    first_serial: int
    last_serial: int
    next_serial: int
    width: int
    authority_code: str | None
    active: bool
    used: int
    void: int

    @property
    def remaining(self) -> int:
        return max(0, self.last_serial - self.next_serial + 1) if self.active else 0

    def body(self, serial: int) -> str:
        return f"{self.prefix}{serial:0{self.width}d}"

    @property
    def first_body(self) -> str:
        return self.body(self.first_serial)

    @property
    def last_body(self) -> str:
        return self.body(self.last_serial)


@dataclass(frozen=True)
class Capacity:
    """What `check_capacity` reports: bodies left for an authority, and whether that is low."""

    remaining: int
    segments: tuple[str, ...]

    @property
    def low(self) -> bool:
        return self.remaining < LOW_CAPACITY


@dataclass(frozen=True)
class AllocationInfo:
    id: int
    segment_id: int | None
    serial: int | None
    body: str  # 9-character organisation code
    uscc: str | None
    status: str  # used | void
    reason: str | None
    enterprise_id: int | None
    allocated_at: datetime


@dataclass(frozen=True)
class SegmentAudit:
    """Accounting of one segment: every serial below next_serial has exactly one row."""

    segment_id: int
    issued: int  # next_serial - first_serial
    used: int
    void: int
    missing: tuple[int, ...]  # serials below next_serial without a row (must be empty)


def _info(session: Session, seg: CodeSegment) -> SegmentInfo:
    counts = dict(
        session.execute(
            select(CodeAllocation.status, func.count())
            .where(CodeAllocation.segment_id == seg.id)
            .group_by(CodeAllocation.status)
        ).all()
    )
    return SegmentInfo(
        seg.id, seg.name, seg.prefix, seg.first_serial, seg.last_serial, seg.next_serial,
        seg.width, seg.authority_code, seg.active, counts.get("used", 0), counts.get("void", 0),
    )  # fmt: skip


def _alloc_info(a: CodeAllocation) -> AllocationInfo:
    return AllocationInfo(
        a.id, a.segment_id, a.serial, a.body, a.uscc, a.status, a.reason, a.enterprise_id,
        a.allocated_at,
    )  # fmt: skip


def _overlaps(a: CodeSegment | SegmentInfo, prefix: str, width: int, first: int, last: int) -> bool:
    """Whether two segments could produce the same body (prefixes of different lengths too)."""
    (p1, w1, f1, l1), (p2, w2, f2, l2) = (a.prefix, a.width, a.first_serial, a.last_serial), (
        prefix, width, first, last,
    )  # fmt: skip
    if len(p1) > len(p2):
        (p1, w1, f1, l1), (p2, w2, f2, l2) = (p2, w2, f2, l2), (p1, w1, f1, l1)
    if not p2.startswith(p1):
        return False
    tail = p2[len(p1) :]
    if tail and not tail.isdigit():
        return False
    base = int(tail or "0") * 10**w2
    return base + f2 <= l1 and f1 <= base + l2


def _check_prefix(prefix: str, width: int, first: int, last: int) -> None:
    if not prefix or any(c not in ALPHABET for c in prefix):
        raise SegmentError(
            "号段前缀只能由数字和字母组成，且不得含I、O、S、V、Z",
            english="The segment prefix may contain only digits and letters, and not I, O, S, V or Z.",
            field="prefix",
        )
    if len(prefix) + width != BODY_LENGTH:
        raise SegmentError(
            f"前缀长度{len(prefix)}加序号位数{width}应等于{BODY_LENGTH}",
            english=f"The prefix length ({len(prefix)}) plus the number of serial digits ({width}) must equal {BODY_LENGTH}.",
            field="width",
        )
    if prefix.startswith(RESERVED_PREFIX) or RESERVED_PREFIX.startswith(prefix):
        raise SegmentError(
            "PDY开头的代码为内部保留号段，不能分配",
            english="Codes beginning with PDY are reserved for internal use and cannot be allocated.",
            field="prefix",
        )
    if first < 0 or last < first or last >= 10**width:
        raise SegmentError(
            f"序号范围应在0至{10**width - 1}之间且起号不大于止号",
            english=f"The serial range must lie between 0 and {10**width - 1}, and the first serial cannot be greater than the last.",
            field="first_serial",
        )


def create_segment(
    db: Database,
    actor: Actor,
    name: str,
    prefix: str,
    first_serial: int,
    last_serial: int,
    *,
    width: int | None = None,
    authority_code: str | None = None,
) -> SegmentInfo:
    """Add a segment; refused when it could produce a body another segment produces."""
    actor.require(Role.ADMINISTRATOR)
    prefix = prefix.strip().upper()
    width = BODY_LENGTH - len(prefix) if width is None else width
    _check_prefix(prefix, width, first_serial, last_serial)
    if not name.strip():
        raise SegmentError("请填写号段名称", english="Please enter the segment name.", field="name")
    if authority_code is not None and authority_code not in ZHANJIANG_AUTHORITIES:
        raise SegmentError(
            f"登记机关代码{authority_code}不在本市登记机关之列",
            english=f"The registration authority code {authority_code} is not one of this city's registration authorities.",
            field="authority_code",
        )
    with db.transaction() as session:
        for other in session.scalars(select(CodeSegment)):
            if _overlaps(other, prefix, width, first_serial, last_serial):
                raise SegmentError(
                    f"与已有号段“{other.name}”（{other.prefix}，{other.first_serial}–"
                    f"{other.last_serial}）重叠",
                    english=f"Overlaps the existing segment “{other.name}” ({other.prefix}, {other.first_serial}–{other.last_serial}).",
                    field="prefix",
                )
        seg = CodeSegment(
            name=name.strip(), prefix=prefix, first_serial=first_serial, last_serial=last_serial,
            next_serial=first_serial, width=width, authority_code=authority_code, active=True,
        )  # fmt: skip
        session.add(seg)
        session.flush()
        info = _info(session, seg)
        audit.record(
            session, actor, "segment.create", "code_segment", seg.id,
            after={"name": seg.name, "first": info.first_body, "last": info.last_body,
                   "authority_code": authority_code},
        )  # fmt: skip
        return info


def set_segment_active(db: Database, actor: Actor, segment_id: int, active: bool) -> SegmentInfo:
    actor.require(Role.ADMINISTRATOR)
    with db.transaction() as session:
        seg = session.get(CodeSegment, segment_id)
        if seg is None:
            raise SegmentError(
                f"号段{segment_id}不存在", english=f"There is no segment {segment_id}."
            )
        before = seg.active
        seg.active = active
        audit.record(
            session, actor, "segment.active", "code_segment", seg.id,
            before={"active": before}, after={"active": active},
        )  # fmt: skip
        return _info(session, seg)


def list_segments(db: Database, actor: Actor) -> list[SegmentInfo]:
    actor.require(Role.ADMINISTRATOR)
    with db.reading() as session:
        return [
            _info(session, s) for s in session.scalars(select(CodeSegment).order_by(CodeSegment.id))
        ]


@cache
def _candidates(by_authority: bool) -> Select:
    """Active segments with bodies left; with `by_authority`, those usable for the parameter
    `authority` (its own or general), its own first; then by age. Built once (issue 17)."""
    query = select(CodeSegment.id).where(
        CodeSegment.active.is_(True), CodeSegment.next_serial <= CodeSegment.last_serial
    )
    if by_authority:
        query = query.where(
            or_(
                CodeSegment.authority_code.is_(None),
                CodeSegment.authority_code == bindparam("authority"),
            )
        )
    return query.order_by(CodeSegment.authority_code.is_(None), CodeSegment.id)


def _for(authority_code: str | None) -> tuple[Select, dict]:
    """`_candidates` for an authority (None: any segment) and its parameters."""
    if authority_code is None:
        return _candidates(False), {}
    return _candidates(True), {"authority": authority_code}


@cache
def _take_serial(by_authority: bool) -> Update:
    """The next serial of the first candidate segment, taken in one UPDATE (built once)."""
    # uncorrelated: the first candidate of the whole table, never "this row"
    first_candidate = _candidates(by_authority).limit(1).scalar_subquery().correlate(None)
    return (
        update(CodeSegment)
        .where(
            CodeSegment.id == first_candidate,
            CodeSegment.next_serial <= CodeSegment.last_serial,
        )
        .values(next_serial=CodeSegment.next_serial + 1)
        .returning(
            CodeSegment.id,
            CodeSegment.next_serial,
            CodeSegment.prefix,
            CodeSegment.width,
            CodeSegment.first_serial,
        )
    )


@cache
def _voided() -> Select:
    """A segment's serial already allocated (voided by an administrator): its id only."""
    return (
        select(CodeAllocation.id)
        .where(
            CodeAllocation.segment_id == bindparam("segment"),
            CodeAllocation.serial == bindparam("serial"),
        )
        .limit(1)
    )


def _capacity(session: Session, authority_code: str | None) -> Capacity:
    ids = list(session.scalars(*_for(authority_code)))
    segs = [session.get(CodeSegment, i) for i in ids]
    return Capacity(
        sum(s.last_serial - s.next_serial + 1 for s in segs), tuple(s.name for s in segs)
    )


_WHERE_TO_ADD = "请系统管理员在“管理 → 代码段管理…”中（或用命令 window-app segments add）添加号段"
_WHERE_TO_ADD_EN = (
    "the administrator adds one under Admin → Code segments… (or with `window-app segments add`)"
)


def _exhausted(session: Session, authority_code: str | None) -> SegmentExhausted:
    """Why nothing is left: no segment was ever configured for the authority, every one is
    switched off, or every one is used up; with where an administrator adds one."""
    applies = select(func.count()).select_from(CodeSegment)
    if authority_code is not None:
        applies = applies.where(
            or_(CodeSegment.authority_code.is_(None), CodeSegment.authority_code == authority_code)
        )
    configured = session.scalar(applies) or 0
    active = session.scalar(applies.where(CodeSegment.active.is_(True))) or 0
    who = "本大厅"
    if authority_code:
        known = authority_code in ZHANJIANG_AUTHORITIES
        who = f"登记机关{authority_name(authority_code) if known else ''}（{authority_code}）"
    who_en = f"registration authority {authority_code}" if authority_code else "this hall"
    if not configured:
        return SegmentExhausted(
            f"{who}尚未配置组织机构代码号段，无法发放统一社会信用代码；{_WHERE_TO_ADD}",
            english=f"No organisation-code segment is configured for {who_en}, so no Unified "
            f"Social Credit Code can be issued; {_WHERE_TO_ADD_EN}.",
            field="segment",
        )
    if not active:
        return SegmentExhausted(
            f"{who}的{configured}个组织机构代码号段均已停用，无法发放统一社会信用代码；"
            "请系统管理员在“管理 → 代码段管理…”中启用或添加号段",
            english=f"All {configured} organisation-code segments of {who_en} are switched off, "
            "so no Unified Social Credit Code can be issued; the administrator switches one "
            f"on, or {_WHERE_TO_ADD_EN}.",
            field="segment",
        )
    return SegmentExhausted(
        f"{who}的组织机构代码号段已用尽，无法发放统一社会信用代码；{_WHERE_TO_ADD}",
        english=f"The organisation-code segments of {who_en} are used up, so no Unified Social "
        f"Credit Code can be issued; {_WHERE_TO_ADD_EN}.",
        field="segment",
    )


def authorities_with_capacity(db: Database, authorities: Iterable[str]) -> list[str]:
    """Those of `authorities` (in their order) a code can be issued for now."""
    with db.reading() as session:
        return [a for a in authorities if _capacity(session, a).remaining > 0]


def check_capacity(db: Database, authority_code: str | None = None) -> Capacity:
    """Call BEFORE the clerk starts a registration: raises SegmentExhausted when nothing is left.

    The allocation checks again inside the registration's transaction.
    """
    with db.reading() as session:
        capacity = _capacity(session, authority_code)
        if capacity.remaining <= 0:
            raise _exhausted(session, authority_code)
    return capacity


def allocate_uscc(
    session: Session, actor: Actor, *, category: str, authority_code: str
) -> CodeAllocation:
    """Allocate the next body and compose the USCC, inside the caller's transaction.

    The caller links the returned row to its enterprise (`enterprise_id`) before committing.
    A serial already voided by an administrator, or whose code would leave the USCC alphabet,
    is skipped; the skip is accounted for by its void row.
    """
    # the segment to draw from is chosen inside the UPDATE (one statement, not a SELECT and
    # then an UPDATE)
    candidates, params = _for(authority_code)
    for _attempt in range(10_000):
        serial = session.execute(_take_serial(authority_code is not None), params).first()
        if serial is None:
            if session.scalars(candidates.limit(1), params).first() is None:
                raise _exhausted(session, authority_code)
            continue  # another window took the segment's last body meanwhile: the next one
        seg_id, next_serial, prefix, width, first_serial = serial
        number = next_serial - 1
        # taken even when skipped below: a restore must not hand this serial out again
        ledger.note(session, f"segment:{prefix}:{first_serial}", number)
        body = f"{prefix}{number:0{width}d}"
        # the id only: nothing of the row is used
        voided = session.scalar(_voided(), {"segment": seg_id, "serial": number})
        if voided is not None:
            continue
        try:
            uscc = UsccParts("9", category, authority_code, body).compose()
        except ValueError:
            session.add(CodeAllocation(
                segment_id=seg_id, serial=number, body=body + orgcode.check_char(body),
                uscc=None, status="void", reason="校验码超出统一社会信用代码字符集，自动跳过",
                allocated_by=actor.user_id,
            ))  # fmt: skip
            continue
        allocation = CodeAllocation(
            segment_id=seg_id, serial=number, body=uscc[8:17], uscc=uscc, status="used",
            allocated_by=actor.user_id,
        )  # fmt: skip
        session.add(allocation)  # flushed with the caller's enterprise: one flush for both
        return allocation
    raise _exhausted(authority_code)


def record_existing_code(session: Session, actor: Actor, uscc: str) -> CodeAllocation:
    """Licence exchange: the USCC keeps an existing organisation code; no segment is used."""
    existing = session.scalars(
        select(CodeAllocation).where(
            or_(CodeAllocation.body == uscc[8:17], CodeAllocation.uscc == uscc)
        )
    ).first()
    if existing is not None:
        raise SegmentError(
            f"组织机构代码{orgcode.format_code(uscc[8:17])}已被使用（{existing.uscc or '已作废'}）",
            english=f"The organisation code {orgcode.format_code(uscc[8:17])} is already in use ({existing.uscc or 'void'}).",
            field="org_code",
        )
    allocation = CodeAllocation(
        segment_id=None, serial=None, body=uscc[8:17], uscc=uscc, status="used",
        allocated_by=actor.user_id,
    )  # fmt: skip
    session.add(allocation)
    session.flush()
    return allocation


def void_code(db: Database, actor: Actor, body: str, reason: str) -> AllocationInfo:
    """Void a body of a segment that was not yet issued (e.g. already used by another system).

    `body` is the 8-character body or the 9-character code. A body already used by an enterprise
    cannot be voided here (that would need revoking the registration).
    """
    actor.require(Role.ADMINISTRATOR)
    if not reason.strip():
        raise SegmentError(
            "作废须填写原因", english="Please enter the reason for voiding.", field="reason"
        )
    body = body.replace("-", "").strip().upper()[:BODY_LENGTH]
    with db.transaction() as session:
        found = session.scalars(
            select(CodeAllocation).where(CodeAllocation.body.startswith(body))
        ).first()
        if found is not None:
            if found.status == "void":
                raise SegmentError(
                    f"代码{body}已作废",
                    english=f"The code {body} has already been voided.",
                    field="body",
                )
            raise SegmentError(
                f"代码{body}已用于{found.uscc}，不能作废",
                english=f"The code {body} is already used by {found.uscc} and cannot be voided.",
                field="body",
            )
        for seg in session.scalars(select(CodeSegment).order_by(CodeSegment.id)):
            tail = body[len(seg.prefix) :]
            if body.startswith(seg.prefix) and tail.isdigit() and len(tail) == seg.width:
                serial = int(tail)
                if seg.first_serial <= serial <= seg.last_serial:
                    break
        else:
            raise SegmentError(
                f"代码{body}不属于任何号段",
                english=f"The code {body} does not belong to any segment.",
                field="body",
            )
        row = CodeAllocation(
            segment_id=seg.id, serial=serial, body=body + orgcode.check_char(body), uscc=None,
            status="void", reason=reason.strip(), allocated_by=actor.user_id,
        )  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "code.void", "code_allocation", row.body, reason=reason.strip(),
            after={"segment": seg.id, "serial": serial},
        )  # fmt: skip
        return _alloc_info(row)


def list_allocations(
    db: Database, actor: Actor, *, segment_id: int | None = None
) -> list[AllocationInfo]:
    actor.require(Role.ADMINISTRATOR, Role.SUPERVISOR)
    with db.reading() as session:
        query = select(CodeAllocation).order_by(CodeAllocation.id)
        if segment_id is not None:
            query = query.where(CodeAllocation.segment_id == segment_id)
        return [_alloc_info(a) for a in session.scalars(query)]


def audit_segments(db: Database, actor: Actor) -> list[SegmentAudit]:
    """For each segment: the serials handed out, how they were used, and any unexplained gap."""
    actor.require(Role.ADMINISTRATOR, Role.SUPERVISOR)
    out = []
    with db.reading() as session:
        for seg in session.scalars(select(CodeSegment).order_by(CodeSegment.id)):
            rows = session.execute(
                select(CodeAllocation.serial, CodeAllocation.status).where(
                    CodeAllocation.segment_id == seg.id
                )
            ).all()
            seen = {serial for serial, _ in rows}
            missing = tuple(s for s in range(seg.first_serial, seg.next_serial) if s not in seen)
            out.append(
                SegmentAudit(
                    seg.id,
                    seg.next_serial - seg.first_serial,
                    sum(1 for _, st in rows if st == "used"),
                    sum(1 for _, st in rows if st == "void"),
                    missing,
                )  # fmt: skip
            )
    return out
