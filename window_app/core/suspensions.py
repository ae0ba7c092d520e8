"""Why the statutory clock may stop (中止), as a closed list, and how long it stopped.

行政许可法 art. 45: time needed for a hearing, tendering, auction, testing, inspection,
quarantine, appraisal or expert review is not counted in the time limit. On-site inspection
(现场核查) is listed because the hall's matters call for it before a decision. Nothing else
stops the clock: a reason outside this list is refused, never stored as free text.

Counting rule: a suspension started on S and ended (resumed) on R stopped the clock for the
working days in (S, R] — the day it started was still used, the day it ended was not — the
same "the first day does not count" rule as acceptance (art. 82).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import DomainError
from .workdays import WorkCalendar, WorkdayCount


@dataclass(frozen=True)
class SuspensionReason:
    code: str
    zh: str
    en: str
    basis: str = "《中华人民共和国行政许可法》第四十五条"

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


_ART_45 = "《中华人民共和国行政许可法》第四十五条"

REASONS: dict[str, SuspensionReason] = {
    r.code: r
    for r in (
        SuspensionReason("hearing", "听证", "Hearing", f"{_ART_45}、第四十七条"),
        SuspensionReason("testing", "检验检测", "Testing"),
        SuspensionReason("expert_review", "专家评审", "Expert review"),
        SuspensionReason("inspection", "现场核查", "On-site inspection"),
        SuspensionReason("quarantine", "检疫", "Quarantine"),
        SuspensionReason("appraisal", "鉴定", "Appraisal"),
        SuspensionReason("tendering", "招标、拍卖", "Tendering or auction"),
    )
}


class SuspensionError(DomainError):
    pass


def reason(code: str) -> SuspensionReason:
    """The reason for `code`, or a SuspensionError naming the allowed ones."""
    found = REASONS.get((code or "").strip())
    if found is None:
        allowed = "、".join(r.zh for r in REASONS.values())
        raise SuspensionError(
            f"中止原因只能是：{allowed}",
            english=f"The suspension reason must be one of: {', '.join(REASONS)}.",
            field="reason",
        )
    return found


def label(code: str, lang: str = "zh") -> str:
    return reason(code).label(lang)


def choices(lang: str = "zh") -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for a combo box."""
    return [(r.code, r.label(lang)) for r in REASONS.values()]


def suspended_workdays(calendar: WorkCalendar, started_on: date, ended_on: date) -> WorkdayCount:
    """Working days the clock stood still: those in (started_on, ended_on]."""
    if ended_on < started_on:
        raise SuspensionError(
            "恢复日期不能早于中止日期",
            english=f"The resumption date ({ended_on}) cannot be before the suspension date ({started_on}).",
            field="on",
        )
    return calendar.between(started_on, ended_on)
