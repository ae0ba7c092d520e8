"""Why the statutory clock may stop (中止), as a closed list, and how long it stopped.

行政许可法 art. 45: time needed for a hearing, tendering, auction, testing, inspection,
quarantine, appraisal or expert review is not counted in the time limit — where the law
requires the step ("依法需要"). So a matter declares in its `excluded_time` the steps its own
legal basis provides, and only those (plus a hearing, which arts. 46-47 allow for any matter)
stop its clock. On-site verification (现场核查) is not in art. 45: it pauses only a matter whose
own rules exclude its time. Nothing else stops the clock: a reason outside this list is refused,
never stored as free text.

Counting rule: a suspension started on S and ended (resumed) on R stopped the clock for the
working days in (S, R] — the day it started was still used, the day it ended was not — the
same "the first day does not count" rule as acceptance (art. 82).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

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


# 行政许可法 arts. 46-47: a hearing is held where the law requires it or, for a matter touching
# others' major interests, on request, so it may arise for any matter. Every other step pauses
# the clock only where the matter's own legal basis provides it (its `excluded_time`).
ALWAYS_ALLOWED: tuple[str, ...] = ("hearing",)


def declared_steps(definition: Mapping[str, Any]) -> tuple[str, ...]:
    """The steps a frozen matter definition declares in its `excluded_time`."""
    return tuple(s["step"] for s in definition.get("excluded_time") or ())


def allowed(declared: Iterable[str]) -> list[SuspensionReason]:
    """The reasons a matter may pause for: hearing, then its declared steps, in list order."""
    codes = set(ALWAYS_ALLOWED) | set(declared)
    return [r for r in REASONS.values() if r.code in codes]


def reason_for_matter(code: str, declared: Iterable[str], matter: str = "") -> SuspensionReason:
    """`reason(code)`, refused unless the matter declares that step (hearing always allowed)."""
    found = reason(code)
    steps = allowed(declared)
    if found not in steps:
        names = "、".join(r.zh for r in steps)
        names_en = ", ".join(r.code for r in steps)
        raise SuspensionError(
            f"本事项{matter and f'（{matter}）'}的依据未规定“{found.zh}”环节，不能因此中止；"
            f"可中止的环节：{names}",
            english=(
                f"The legal basis of this matter{matter and f' ({matter})'} provides no "
                f"“{found.en.lower()}” step, so the clock cannot pause for it; allowed: {names_en}."
            ),
            field="reason",
        )
    return found


def label(code: str, lang: str = "zh") -> str:
    return reason(code).label(lang)


def choices(lang: str = "zh", declared: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for a combo box: all reasons, or only those a
    matter declaring `declared` allows."""
    reasons = REASONS.values() if declared is None else allowed(declared)
    return [(r.code, r.label(lang)) for r in reasons]


def suspended_workdays(calendar: WorkCalendar, started_on: date, ended_on: date) -> WorkdayCount:
    """Working days the clock stood still: those in (started_on, ended_on]."""
    if ended_on < started_on:
        raise SuspensionError(
            "恢复日期不能早于中止日期",
            english=f"The resumption date ({ended_on}) cannot be before the suspension date ({started_on}).",
            field="on",
        )
    return calendar.between(started_on, ended_on)
