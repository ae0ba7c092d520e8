"""What each of the supervisor's measures means, in Chinese and English, defined once.

It exists on its own so that every place that shows a figure (the board's cards and tables, the
xlsx export, the daily report) prints the same definition next to it; `board_results.Board`
carries these along with the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Definition:
    label_zh: str
    label_en: str
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.label_en if lang == "en" else self.label_zh

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


DEFINITIONS: dict[str, Definition] = {
    "received": Definition(
        "接件量", "Received",
        "统计期间内登记接收的申请件数（现场、邮寄、网上办事大厅三种渠道，以接收日期计）。",
        "Applications registered as received in the period (in person, by post or online), "
        "by day of receipt.",
    ),
    "accepted": Definition(
        "受理量", "Accepted",
        "统计期间内受理的申请件数（以受理日期计）。",
        "Applications accepted in the period, by day of acceptance.",
    ),
    "notices": Definition(
        "一次性告知", "One-time notices",
        "统计期间内出具的一次性告知书（补正材料通知书）份数。",
        "One-time notices (correction notices) issued in the period.",
    ),
    "refusals": Definition(
        "不予受理", "Non-acceptances",
        "统计期间内作出不予受理决定的件数。",
        "Applications refused acceptance (不予受理) in the period.",
    ),
    "commitments": Definition(
        "告知承诺", "Commitments",
        "统计期间内按告知承诺制受理的件数。",
        "Applications accepted in the period on the commitment path (告知承诺制).",
    ),
    "completed": Definition(
        "办结量", "Completed",
        "统计期间内办结的件数（以办结日期计，含准予许可、不予许可和撤回终止）。",
        "Applications completed in the period, by day of completion (approved, denied or "
        "withdrawn).",
    ),
    "completed_same_day": Definition(
        "当日办结", "Completed the same day",
        "统计期间内办结、且办结日期与受理日期为同一天的件数。",
        "Applications completed in the period on the same day they were accepted.",
    ),
    "verification_failed": Definition(
        "承诺核查不通过", "Commitments failing verification",
        "统计期间内核查结论为不通过的告知承诺件数（以核查日期计）。",
        "Commitment applications whose verification failed in the period, by day of "
        "verification.",
    ),
    "completion": Definition(
        "办结率", "Completion rate",
        "办结率 = 统计期间内受理的申请中截至期末已办结的件数 ÷ 统计期间内受理的件数。",
        "Completion rate = applications accepted in the period and completed by its end ÷ "
        "applications accepted in the period.",
    ),
    "on_time": Definition(
        "按时办结率", "On-time rate",
        "按时办结率 = 统计期间内办结、且办结日期不晚于承诺办结期限（已计入中止和批准延期）的件数 ÷ "
        "统计期间内办结的件数；未受理即终止、没有办结期限的件计为按时。",
        "On-time rate = applications completed in the period on or before their promised "
        "deadline (moved by suspensions and approved extensions) ÷ applications completed in "
        "the period; one ended before acceptance, without a deadline, counts as on time.",
    ),
    "zero_trip": Definition(
        "零跑动率", "Zero-trip rate",
        "零跑动率 = 统计期间内接收的申请中，申请人没有到现场（接件、补正、领取均计一次）的件数 ÷ "
        "统计期间内接收的件数。",
        "Zero-trip rate = applications received in the period whose applicant made no "
        "in-person visit (intake, bringing a missing item and collecting the result each count) "
        "÷ applications received in the period.",
    ),
    "at_most_one": Definition(
        "最多跑一次率", "At-most-one-trip rate",
        "最多跑一次率 = 统计期间内接收的申请中，申请人到现场不超过一次的件数 ÷ 统计期间内接收的件数。",
        "At-most-one-trip rate = applications received in the period with at most one in-person "
        "visit ÷ applications received in the period.",
    ),
    "average_workdays": Definition(
        "平均办理用时", "Average working days to completion",
        "统计期间内办结的件，自受理次日起至办结日的工作日数（扣除中止期间）的平均值。",
        "Mean working days from the day after acceptance to completion (suspensions excluded), "
        "over applications completed in the period.",
    ),
}  # fmt: skip
