"""Rectification cases (差评整改) of real-name 差评, and the period's evaluation report.

A case opens with the rating (`services.evaluation`): the follow-up call (回访) is due
`evaluation.followup_days` working days later (default 1), the rectification
`evaluation.rectify_days` (default 15). A supervisor (or the clerk rated) records the follow-up
(open → followed_up), then the finding and the reply to the applicant (→ answered): 立行立改
(`immediate`), 限期整改 with a ledger due date (`ledger`), or 解释说明 where the request has no
legal basis (`explain`). The clerk rated may appeal (申诉, → appealed) while the case is not
answered; a supervisor decides: upheld withdraws the case (a mistaken or malicious rating, no
longer counted), rejected sends it back to where it was. Overdue: past the follow-up date without
a follow-up, or past the rectification date without an answer.

`evaluation_report` is the export: one record per rating under table 9's standard names, the
满意度代码 in Annex A.8's direction (stated in the output), with the tags, and the period's
satisfaction rate, 差评 count and follow-up rate (numerator and denominator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from printing.masking import mask_name

from ..core.evaluation import (
    DIRECTION_NOTE,
    ENCOUNTER_LABELS,
    LEVEL_NAMES,
    SATISFIED_LEVELS,
    EvaluationError,
    annex_a8_code,
    is_bad,
    tag_table,
)
from ..storage.database import Database
from ..storage.models import Evaluation, RectificationCase, User, Window
from . import audit
from .context import Actor, Role

READ_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
HANDLE_ROLES = (Role.SUPERVISOR,)
FINDINGS = {"immediate": "立行立改", "ledger": "限期整改", "explain": "解释说明"}
CASE_STATES = {"open": "待回访", "followed_up": "已回访", "answered": "已答复",
               "appealed": "申诉中", "withdrawn": "申诉成立撤销"}  # fmt: skip
REGION_CODE = "440800"  # 行政区划 of table 9: 湛江市


@dataclass(frozen=True)
class CaseInfo:
    id: int
    case_number: str
    evaluator_masked: str
    level: int
    tags: tuple[str, ...]
    text: str
    window: str | None
    clerk: str | None
    clerk_id: int | None
    opened_on: date
    followup_due: date
    rectify_due: date
    state: str
    followed_up_at: datetime | None
    finding: str | None
    reply: str | None
    appeal_reason: str | None
    appeal_decision: str | None
    overdue: bool


class CaseNotFound(EvaluationError):
    pass


def _overdue(case: RectificationCase, today: date) -> bool:
    if case.state in ("answered", "withdrawn"):
        return False
    if case.followed_up_at is None and today > case.followup_due:
        return True
    return today > case.rectify_due


def list_cases(db: Database, actor: Actor, *, which: str = "open",
               today: date | None = None) -> list[CaseInfo]:  # fmt: skip
    """open (not answered nor withdrawn), overdue, or all; the earliest due first."""
    actor.require(*READ_ROLES)
    today = today or date.today()
    with db.reading() as session:
        rows = session.execute(
            select(RectificationCase, Evaluation, Window.number, User.display_name)
            .join(Evaluation, Evaluation.id == RectificationCase.evaluation_id)
            .outerjoin(Window, Window.id == Evaluation.window_id)
            .outerjoin(User, User.id == Evaluation.clerk_id)
            .order_by(RectificationCase.followup_due, RectificationCase.id)
        ).all()
    out = []
    for case, ev, window, clerk in rows:
        info = CaseInfo(
            case.id, ev.case_number, mask_name(ev.evaluator), ev.level, tuple(ev.tags), ev.text,
            window, clerk, ev.clerk_id, case.opened_on, case.followup_due, case.rectify_due,
            case.state, case.followed_up_at, case.finding, case.reply, case.appeal_reason,
            case.appeal_decision, _overdue(case, today),
        )  # fmt: skip
        if (
            which == "all"
            or (which == "overdue" and info.overdue)
            or (which == "open" and case.state not in ("answered", "withdrawn"))
        ):
            out.append(info)
    return out


def _case(session: Session, case_id: int) -> tuple[RectificationCase, Evaluation]:
    case = session.get(RectificationCase, case_id, with_for_update=True)
    if case is None:
        raise CaseNotFound(f"没有此整改件：{case_id}",
                           english=f"There is no rectification case {case_id}.")  # fmt: skip
    return case, session.get(Evaluation, case.evaluation_id)


def _wrong_state(case: RectificationCase, doing: str, doing_en: str) -> EvaluationError:
    return EvaluationError(
        f"整改件{case.id}当前为“{CASE_STATES[case.state]}”，不能{doing}",
        english=f"Rectification case {case.id} is {case.state}: it cannot be {doing_en}.",
    )


def _text(value: str, label: str, label_en: str, field: str) -> str:
    value = (value or "").strip()
    if not value or len(value) > 1000:
        raise EvaluationError(f"请填写{label}（至多1000字）",
                              english=f"Enter the {label_en} (at most 1000 characters).",
                              field=field)  # fmt: skip
    return value


def follow_up(db: Database, actor: Actor, case_id: int, note: str, *,
              at: datetime | None = None) -> None:  # fmt: skip
    """The follow-up call to the applicant (回访) with what they said."""
    actor.require(*HANDLE_ROLES)
    note = _text(note, "回访情况", "follow-up notes", "note")
    with db.transaction() as session:
        case, _ev = _case(session, case_id)
        if case.state != "open":
            raise _wrong_state(case, "登记回访", "followed up")
        case.state, case.followed_up_at = (
            "followed_up",
            (at or datetime.now()).replace(microsecond=0),
        )
        case.followup_note = note
        audit.record(session, actor, "rectification.followup", "rectification_case", case.id,
                     reason=note)  # fmt: skip


def conclude(db: Database, actor: Actor, case_id: int, finding: str, note: str, reply: str,
             *, ledger_due: date | None = None, on: date | None = None) -> None:  # fmt: skip
    """The finding and the reply given to the applicant (→ answered)."""
    actor.require(*HANDLE_ROLES)
    if finding not in FINDINGS:
        raise EvaluationError(f"处理方式须为{'、'.join(FINDINGS.values())}之一",
                              english="The finding is immediate, ledger or explain.",
                              field="finding")  # fmt: skip
    note = _text(note, "核实与整改情况", "findings", "note")
    reply = _text(reply, "答复内容", "reply", "reply")
    on = on or date.today()
    if finding == "ledger" and (ledger_due is None or ledger_due < on):
        raise EvaluationError("限期整改须填写不早于今天的整改期限",
                              english="A ledger rectification needs a due date from today on.",
                              field="ledger_due")  # fmt: skip
    with db.transaction() as session:
        case, _ev = _case(session, case_id)
        if case.state != "followed_up":
            raise _wrong_state(case, "答复（须先回访）", "answered (follow it up first)")
        case.state, case.finding, case.finding_note = "answered", finding, note
        case.reply, case.answered_on = reply, on
        case.ledger_due = ledger_due if finding == "ledger" else None
        audit.record(session, actor, "rectification.answer", "rectification_case", case.id,
                     after={"finding": finding, "ledger_due": case.ledger_due}, reason=reply)  # fmt: skip


def appeal(db: Database, actor: Actor, case_id: int, reason: str) -> None:
    """The clerk rated appeals (申诉) before the case is answered."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    reason = _text(reason, "申诉理由", "reason for the appeal", "reason")
    with db.transaction() as session:
        case, ev = _case(session, case_id)
        if actor.role == Role.CLERK and ev.clerk_id != actor.user_id:
            raise EvaluationError("只有被评价的窗口人员可以申诉",
                                  english="Only the clerk rated may appeal.")  # fmt: skip
        if case.state not in ("open", "followed_up") or case.appeal_decision is not None:
            raise _wrong_state(case, "申诉（每件只可申诉一次）", "appealed (once per case)")
        case.appeal_from = case.state  # where it returns if rejected
        case.state, case.appeal_reason = "appealed", reason
        audit.record(session, actor, "rectification.appeal", "rectification_case", case.id,
                     reason=reason)  # fmt: skip


def decide_appeal(db: Database, actor: Actor, case_id: int, upheld: bool, note: str) -> None:
    """The supervisor decides: upheld withdraws the case, rejected resumes it."""
    actor.require(*HANDLE_ROLES)
    note = _text(note, "复核意见", "decision notes", "note")
    with db.transaction() as session:
        case, _ev = _case(session, case_id)
        if case.state != "appealed":
            raise _wrong_state(case, "复核申诉", "decided on appeal")
        back = case.appeal_from or "open"
        case.appeal_decision = "upheld" if upheld else "rejected"
        case.state = "withdrawn" if upheld else back
        case.appeal_note, case.decided_by = note, actor.user_id
        audit.record(session, actor, "rectification.appeal_decision", "rectification_case",
                     case.id, after={"decision": case.appeal_decision}, reason=note)  # fmt: skip


@dataclass(frozen=True)
class PeriodFigures:
    ratings: int
    satisfied: int
    bad: int
    real_name_bad: int  # 差评 with a real name: the follow-up rate's denominator
    followed_up: int  # of those, followed up: its numerator
    overdue_cases: int

    @property
    def satisfaction_rate(self) -> float | None:
        return round(self.satisfied / self.ratings, 4) if self.ratings else None

    @property
    def followup_rate(self) -> float | None:
        return round(self.followed_up / self.real_name_bad, 4) if self.real_name_bad else None


def period_figures(
    db: Database, start: date, end: date, *, today: date | None = None
) -> PeriodFigures:
    """Ratings made from `start` to `end`; withdrawn cases (an upheld appeal) are not counted
    as 差评 to follow up."""
    today = today or date.today()
    with db.reading() as session:
        rows = session.execute(
            select(Evaluation, RectificationCase)
            .outerjoin(RectificationCase, RectificationCase.evaluation_id == Evaluation.id)
            .where(Evaluation.evaluated_on >= start, Evaluation.evaluated_on <= end)
        ).all()
        overdue = sum(
            1 for case in session.scalars(select(RectificationCase)) if _overdue(case, today)
        )
    cases = [c for _e, c in rows if c is not None and c.state != "withdrawn"]
    return PeriodFigures(
        ratings=len(rows),
        satisfied=sum(1 for e, _c in rows if e.level in SATISFIED_LEVELS),
        bad=sum(1 for e, _c in rows if is_bad(e.level)),
        real_name_bad=len(cases),
        followed_up=sum(1 for c in cases if c.followed_up_at is not None),
        overdue_cases=overdue,
    )


def evaluation_report(db: Database, actor: Actor, start: date, end: date) -> dict:
    """The export (JSON / xlsx): table 9 records and the period's figures."""
    actor.require(Role.SUPERVISOR, Role.ADMINISTRATOR)
    if end < start:
        raise EvaluationError(
            "结束日期早于开始日期", english="The end date is before the start date."
        )
    table = tag_table()
    with db.reading() as session:
        rows = session.execute(
            select(Evaluation, Window.number, User.display_name)
            .outerjoin(Window, Window.id == Evaluation.window_id)
            .outerjoin(User, User.id == Evaluation.clerk_id)
            .where(Evaluation.evaluated_on >= start, Evaluation.evaluated_on <= end)
            .order_by(Evaluation.evaluated_at, Evaluation.id)
        ).all()
    records = []
    for ev, window, clerk in rows:
        records.append({
            "办件编号": ev.case_number,
            "评价渠道": ev.channel,
            "评价人": mask_name(ev.evaluator) if ev.evaluator else "匿名",
            "评价时间": f"{ev.evaluated_at:%Y%m%dT%H%M%S}",
            "评价次数": ev.attempt,
            "满意度": LEVEL_NAMES[ev.level],
            "满意度代码": annex_a8_code(ev.level),
            "文字评价": ev.text,
            "行政区划": REGION_CODE,
            "评价标签": list(ev.tags),
            "评价标签内容": [table.wording(c) for c in ev.tags],
            "服务环节": ENCOUNTER_LABELS[ev.encounter],
            "窗口": window or "",
            "经办人": clerk or "",
        })  # fmt: skip
    figures = period_figures(db, start, end)
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "满意度代码方向": DIRECTION_NOTE,
        "评价指标版本": table.version,
        "records": records,
        "summary": {
            "评价数": figures.ratings,
            "满意数": figures.satisfied,
            "满意率": figures.satisfaction_rate,
            "差评数": figures.bad,
            "实名差评数": figures.real_name_bad,
            "已回访数": figures.followed_up,
            "实名差评回访率": figures.followup_rate,
        },
    }


EXPORT_FORMATS = ("json", "xlsx")
RECORD_KEYS = ("办件编号", "评价渠道", "评价人", "评价时间", "评价次数", "满意度", "满意度代码",
               "文字评价", "行政区划", "评价标签", "评价标签内容", "服务环节", "窗口", "经办人")  # fmt: skip


def _xlsx(report: dict) -> bytes:
    import io

    from openpyxl import Workbook  # only when a workbook is written: openpyxl is slow to import

    from .exports import fit_columns, safe_cell  # exports imports metrics, which imports this

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("评价记录")
    ws.freeze_panes = "A2"
    rows = [["、".join(v) if isinstance(v, list) else v for v in (r[k] for k in RECORD_KEYS)]
            for r in report["records"]]  # fmt: skip
    fit_columns(ws, list(RECORD_KEYS), rows)  # columns as wide as their content
    ws.append(list(RECORD_KEYS))
    for values in rows:
        ws.append([safe_cell(v) for v in values])
    summary = wb.create_sheet("汇总")
    summary.append(["期间", f"{report['from']} 至 {report['to']}"])
    summary.append(["满意度代码方向", report["满意度代码方向"]])
    summary.append(["评价指标版本", report["评价指标版本"]])
    for key, value in report["summary"].items():
        summary.append([key, value])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def export_evaluations(db: Database, actor: Actor, fmt: str, start: date, end: date, *,
                       target: str = "") -> bytes:  # fmt: skip
    """The report as JSON or xlsx; the export is audited."""
    import json

    if fmt not in EXPORT_FORMATS:
        raise EvaluationError(
            f"不支持的导出格式：{fmt}", english=f"Unsupported export format: {fmt}"
        )
    report = evaluation_report(db, actor, start, end)
    if fmt == "json":
        content = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode()
    else:
        content = _xlsx(report)
    with db.transaction() as session:
        audit.record(session, actor, "export", "evaluations", f"{start}..{end}",
                     after={"format": fmt, "bytes": len(content), "target": target[:200],
                            "ratings": len(report["records"])})  # fmt: skip
    return content
