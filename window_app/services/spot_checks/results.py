"""Recording each drawn object's result (正常 / 发现问题 with a note); a correction is audited
with what it replaced.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...storage.database import Database
from ...storage.models import SpotCheckPick
from .. import audit
from ..context import Actor
from .plans import DRAW_ROLES, RESULTS, PickInfo, SpotCheckError, find_plan, plan_info


def record_result(
    db: Database,
    actor: Actor,
    number: str,
    key: str,
    result: str,
    note: str | None = None,
    *,
    on: date | None = None,
) -> PickInfo:
    """正常 or 发现问题 (a note is required then) for one drawn object; a correction is audited too."""
    actor.require(*DRAW_ROLES)
    if result not in RESULTS:
        raise SpotCheckError(
            f"未知的检查结果：{result}", english=f"Unknown result: {result}", field="result"
        )
    note = (note or "").strip() or None
    if result == "problem" and not note:
        raise SpotCheckError(
            "发现问题时须填写问题说明",
            english="Describe the problem found.",
            field="note",
        )
    day = on or date.today()
    with db.transaction() as session:
        plan = find_plan(session, number)
        pick = session.scalars(
            select(SpotCheckPick).where(
                SpotCheckPick.plan_id == plan.id, SpotCheckPick.object_key == (key or "").strip()
            )
        ).first()
        if pick is None:
            raise SpotCheckError(
                f"抽查计划{plan.number}中没有对象{key}",
                english=f"Plan {plan.number} did not draw {key}.",
                field="key",
            )
        before = {"result": pick.result, "note": pick.note} if pick.result else None
        pick.result, pick.note, pick.result_on, pick.result_by = result, note, day, actor.user_id
        audit.record(
            session, actor, "spotcheck.result", "spot_check_plan", plan.number,
            before=before,
            after={"object": pick.object_key, "result": result, "note": note,
                   "on": day.isoformat()},
        )  # fmt: skip
        session.flush()
        return next(p for p in plan_info(session, plan).picks if p.key == pick.object_key)
