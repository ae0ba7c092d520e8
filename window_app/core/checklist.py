"""The materials checklist of one application: pure rules, no database.

Each item is received, missing, defective (with a reason) or waived (commitment); an item not yet
looked at is pending. Copies are counted: fewer copies than required makes the item defective
with the reason "份数不足". What was received on an earlier visit, or before a notice was issued,
is locked: the applicant is never asked twice for the same material.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .errors import DomainError

__all__ = [
    "COPIES_SHORT",
    "ChecklistError",
    "ChecklistItem",
    "ItemStatus",
    "Mark",
    "apply_marks",
    "blocking_items",
    "completion_day",
    "is_complete",
    "items_from_materials",
    "new_items_since_first",
    "problem_label",
    "what_to_bring",
    "waive_for_commitment",
]

COPIES_SHORT = "份数不足"


class ItemStatus(StrEnum):
    PENDING = "pending"
    RECEIVED = "received"
    MISSING = "missing"
    DEFECTIVE = "defective"
    WAIVED = "waived"


STATUS_LABELS = {
    ItemStatus.PENDING: "未核验",
    ItemStatus.RECEIVED: "已收取",
    ItemStatus.MISSING: "缺少",
    ItemStatus.DEFECTIVE: "不符合要求",
    ItemStatus.WAIVED: "以承诺代替",
}

MARKABLE = (ItemStatus.RECEIVED, ItemStatus.MISSING, ItemStatus.DEFECTIVE)


class ChecklistError(DomainError):
    pass


@dataclass(frozen=True)
class ChecklistItem:
    """One material as the window sees it."""

    key: str
    name: str
    original: bool = True
    copies_required: int = 1
    required: bool = True
    commitment_replaceable: bool = False
    status: ItemStatus = ItemStatus.PENDING
    reason: str | None = None
    copies_received: int = 0
    received_on: date | None = None
    on_first_notice: bool = False
    locked: bool = False  # received earlier: may not be asked for again

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def settled(self) -> bool:
        """Nothing more is needed for this item."""
        return self.status in (ItemStatus.RECEIVED, ItemStatus.WAIVED) or not self.required


@dataclass(frozen=True)
class Mark:
    """The clerk's verdict on one item during a visit.

    `copies` is the number of copies the window now holds for the item (default: as required);
    `reason` is mandatory for a defective item.
    """

    key: str
    status: ItemStatus | str
    copies: int | None = None
    reason: str | None = None


def items_from_materials(materials: Iterable[object]) -> tuple[ChecklistItem, ...]:
    """Pending items from catalogue `Material`s (anything with the same attribute names)."""
    return tuple(
        ChecklistItem(
            key=m.key,  # type: ignore[attr-defined]
            name=m.name,  # type: ignore[attr-defined]
            original=m.original,  # type: ignore[attr-defined]
            copies_required=m.copies,  # type: ignore[attr-defined]
            required=m.required or m.condition is not None,  # type: ignore[attr-defined]
            commitment_replaceable=m.commitment_replaceable,  # type: ignore[attr-defined]
        )
        for m in materials
    )


def apply_marks(
    items: Sequence[ChecklistItem], marks: Iterable[Mark], on: date, *, allow_reopen: bool = False
) -> tuple[ChecklistItem, ...]:
    """Apply the clerk's marks; raise ChecklistError naming the item on any bad mark.

    A locked (earlier received) item cannot be marked missing or defective again, except with
    `allow_reopen` — used by a later notice, which then needs a supervisor's override.
    """
    by_key = {item.key: item for item in items}
    for mark in marks:
        item = by_key.get(mark.key)
        if item is None:
            raise ChecklistError(
                f"清单中没有材料“{mark.key}”",
                english=f"The checklist has no material “{mark.key}”.",
                field=mark.key,
            )
        try:
            status = ItemStatus(mark.status)
        except ValueError:
            status = None
        if status not in MARKABLE:
            raise ChecklistError(
                f"材料“{item.name}”的状态无效：{mark.status}",
                english=f"The status “{mark.status}” is not valid for the material “{item.name}”.",
                field=item.key,
            )
        if item.status is ItemStatus.WAIVED:
            raise ChecklistError(
                f"材料“{item.name}”已以承诺代替",
                english=f"The material “{item.name}” has already been replaced by a commitment.",
                field=item.key,
            )
        if item.locked and item.status is ItemStatus.RECEIVED:
            if status is ItemStatus.RECEIVED:
                continue  # already held; nothing to do
            if not allow_reopen:
                raise ChecklistError(
                    f"材料“{item.name}”此前已收取，不得再次要求申请人提交",
                    english=f"The material “{item.name}” was received earlier; the applicant may not be asked for it again.",
                    field=item.key,
                )
        by_key[item.key] = _marked(item, status, mark, on)
    return tuple(by_key[item.key] for item in items)


def _marked(item: ChecklistItem, status: ItemStatus, mark: Mark, on: date) -> ChecklistItem:
    reason = (mark.reason or "").strip() or None
    if status is ItemStatus.MISSING:
        return replace(item, status=status, reason=reason, copies_received=0, received_on=None)
    copies = item.copies_required if mark.copies is None else mark.copies
    if copies < 0:
        raise ChecklistError(
            f"材料“{item.name}”的份数不能为负数",
            english=f"The number of copies of “{item.name}” cannot be negative.",
            field=item.key,
        )
    if status is ItemStatus.DEFECTIVE:
        if reason is None:
            raise ChecklistError(
                f"材料“{item.name}”不符合要求，必须填写原因",
                english=f"The material “{item.name}” is marked defective: please enter the reason.",
                field=item.key,
            )
        return replace(item, status=status, reason=reason, copies_received=copies, received_on=None)
    if copies < item.copies_required:
        short = f"{COPIES_SHORT}（应交{item.copies_required}份，实交{copies}份）"
        return replace(
            item,
            status=ItemStatus.DEFECTIVE,
            reason=short,
            copies_received=copies,
            received_on=None,
        )
    return replace(
        item,
        status=ItemStatus.RECEIVED,
        reason=None,
        copies_received=copies,
        received_on=item.received_on if item.status is ItemStatus.RECEIVED else on,
    )


def blocking_items(items: Iterable[ChecklistItem]) -> tuple[ChecklistItem, ...]:
    """Required items not received or waived: what a notice must list (pending counts as missing)."""
    return tuple(item for item in items if not item.settled)


def is_complete(items: Iterable[ChecklistItem]) -> bool:
    return not blocking_items(items)


def completion_day(items: Iterable[ChecklistItem], fallback: date) -> date:
    """The day the materials became complete: the last receipt of a required item."""
    days = [i.received_on for i in items if i.required and i.received_on is not None]
    return max(days, default=fallback)


def waive_for_commitment(items: Sequence[ChecklistItem]) -> tuple[ChecklistItem, ...]:
    """Commitment path: replaceable items not received are waived; the rest must be received."""
    out = tuple(
        replace(item, status=ItemStatus.WAIVED, reason="以告知承诺代替")
        if item.commitment_replaceable and item.status is not ItemStatus.RECEIVED
        else item
        for item in items
    )
    missing = blocking_items(out)
    if missing:
        names = "、".join(f"“{i.name}”" for i in missing)
        raise ChecklistError(
            f"以下材料不能以承诺代替，须先收取：{names}",
            english="These materials cannot be replaced by a commitment and must be received first: "
            + ", ".join(f"“{i.name}”" for i in missing),
            field=missing[0].key,
        )
    return out


def new_items_since_first(
    first_notice_keys: Iterable[str], items: Iterable[ChecklistItem]
) -> tuple[ChecklistItem, ...]:
    """Items a later notice would demand that the first notice did not list."""
    first = set(first_notice_keys)
    return tuple(i for i in items if i.key not in first)


def problem_label(item: ChecklistItem) -> str:
    return "不符合要求" if item.status is ItemStatus.DEFECTIVE else "缺少"


def what_to_bring(item: ChecklistItem) -> str:
    """'原件1份' / '复印件2份': what the applicant has to bring for this item."""
    form = "原件" if item.original else "复印件"
    outstanding = item.copies_required
    if item.status is ItemStatus.DEFECTIVE and item.reason and item.reason.startswith(COPIES_SHORT):
        outstanding = max(item.copies_required - item.copies_received, 1)
        return f"补交{form}{outstanding}份"
    return f"{form}{outstanding}份"


def status_counts(items: Iterable[ChecklistItem]) -> Mapping[ItemStatus, int]:
    counts = dict.fromkeys(ItemStatus, 0)
    for item in items:
        counts[item.status] += 1
    return counts
