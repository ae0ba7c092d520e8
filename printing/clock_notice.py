"""中止办理通知书 / 恢复审查通知书 / 延长办理期限通知书: the applicant is told when the clock
stops, when it runs again and when it is extended.

A suspension says from when and why the clock stops, how many working days are left and that
the deadline moves by the suspended working days (the new date is fixed when review resumes); a resumption says since
when and why the clock had stopped, how many working days it stood still and the new promised
and statutory deadlines; an
extension says by how many working days, why, and the new promised and statutory deadlines.
Both print the deadline's history (受理, 中止, 延长 → date).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import (
    Labeller,
    P,
    content_width,
    fmt_date,
    header_block,
    kv_table,
    signature_block,
    standard_document,
)
from .clock_data import ClockNoticeData
from .styles import styles
from .text import plain

_TEXT = {
    "suspension_intro": (
        "{applicant}：你（单位）申请办理的“{matter}”，因{reason}，自{date}起中止办理。"
        "中止期间不计入办理期限；中止原因消除后恢复审查，承诺办结日期按中止的工作日顺延，"
        "恢复审查时另行告知。",
        "{applicant}: the processing of your application for “{matter}” is suspended from "
        "{date} because of {reason}. The suspension does not count towards the time limit; "
        "review resumes once its cause is removed and the deadline moves by the working days "
        "suspended (you will be told the new date).",
    ),
    "extension_intro": (
        "{applicant}：你（单位）申请办理的“{matter}”，经本机关负责人批准，办理期限延长"
        "{days}个工作日。理由：{reason}。",
        "{applicant}: with the approval of the head of this authority, the time limit for your "
        "application for “{matter}” is extended by {days} working days. Reason: {reason}.",
    ),
    "resumption_intro": (
        "{applicant}：你（单位）申请办理的“{matter}”，自{since}起因{reason}中止办理。"
        "中止原因已消除，自{date}起恢复审查。中止期间共{days}个工作日，不计入办理期限，"
        "办结日期相应顺延如下。",
        "{applicant}: the processing of your application for “{matter}”, suspended from "
        "{since} because of {reason}, resumes on {date}. The {days} working days of the "
        "suspension do not count towards the time limit; the deadlines move as below.",
    ),
    "suspended_days": ("中止工作日数", "Working days suspended"),
    "resumed_promised": ("承诺办结日期（顺延后）", "Promised deadline (moved)"),
    "resumed_statutory": ("法定办结日期（顺延后）", "Statutory deadline (moved)"),
    "remaining": ("中止时剩余工作日", "Working days left"),
    "deadline_now": ("承诺办结日期（顺延前）", "Promised deadline (before the suspension)"),
    "new_promised": ("承诺办结日期（延长后）", "Promised deadline (extended)"),
    "new_statutory": ("法定办结日期（延长后）", "Statutory deadline (extended)"),
    "history": ("期限计算", "How the deadline is counted"),
}


def render_clock_notice(data: ClockNoticeData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    lang = 0 if h.lang == "zh" else 1
    st = styles()
    title = L(f"{data.kind}_title")
    story = header_block(h, title, st, L, data.application_number)
    intro = _TEXT[f"{data.kind}_intro"][lang].format(
        applicant=plain(data.applicant_name), matter=plain(data.matter),
        reason=plain(data.reason).rstrip("。."), date=fmt_date(data.on, h.lang), days=data.days,
        since=fmt_date(data.suspended_on, h.lang) if data.suspended_on else "",
    )  # fmt: skip
    story.append(P(intro, st.body))
    if data.kind == "suspension":
        rows = [
            (_TEXT["deadline_now"][lang], fmt_date(data.promised_deadline, h.lang)),
            (_TEXT["remaining"][lang], "" if data.remaining is None else str(data.remaining)),
        ]
    elif data.kind == "resumption":
        rows = [
            (_TEXT["suspended_days"][lang], str(data.days)),
            (_TEXT["resumed_promised"][lang], fmt_date(data.promised_deadline, h.lang)),
            (_TEXT["resumed_statutory"][lang], fmt_date(data.statutory_deadline, h.lang)),
        ]
    else:
        rows = [
            (_TEXT["new_promised"][lang], fmt_date(data.promised_deadline, h.lang)),
            (_TEXT["new_statutory"][lang], fmt_date(data.statutory_deadline, h.lang)),
        ]
    rows.append((_TEXT["history"][lang], data.history))
    story += [
        kv_table(rows, st, content_width(), label_width=45 * mm),
        Spacer(1, 10 * mm),
        signature_block(h, st, L, [L("recipient")], signed_on=data.on),
    ]
    return standard_document(h, title, story, st)
