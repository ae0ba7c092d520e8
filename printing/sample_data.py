"""Plain data of a guide's 附样表 (no reportlab: the services build it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuideSample:
    """The 填写样例 of a form (附样表): the form's items with an example and how to fill each."""

    material: str  # the form, e.g. 公司登记（备案）申请书
    rows: tuple[tuple[str, str, str], ...]  # (item, example, note)
    notes: tuple[str, ...] = ()
    material_en: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple(tuple(r) for r in self.rows))
        object.__setattr__(self, "notes", tuple(self.notes))
