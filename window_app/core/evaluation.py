"""Evaluation rules (好差评) without storage: the five national levels, the two code directions,
the national tag table (a versioned data file), and what a 差评 is.

Direction: the national 好差评 interface and counter evaluators use 1 = 非常不满意 … 5 = 非常满意
(`level`, stored as such); GB/T 39046-2020 Annex A.8 (满意度代码 of table 9) uses the reverse,
1 = 非常满意 … 5 = 非常不满意 (`annex_a8_code`). Convert only through these functions.

Tags: `resources/evaluation/national_tags.json`, the national platform's code table as in use
(8 tags per level: 108–115, 207–214, 307–314, 406–413, 510–517), its wording verbatim; the
app never edits it and records the table's version with every rating.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import DomainError

LEVEL_NAMES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
BAD_LEVELS = (2, 1)  # 不满意, 非常不满意: 差评
SATISFIED_LEVELS = (5, 4, 3)  # counted as satisfied in the satisfaction rate
ENCOUNTERS = ("completion", "notice", "refusal", "consultation")
ENCOUNTER_LABELS = {"completion": "办结", "notice": "一次性告知", "refusal": "不予受理",
                    "consultation": "咨询"}  # fmt: skip
# 评价渠道 as GB/T 39046 table 9 names them; the counter's evaluator is the hall's tablet
CHANNELS = ("PC端", "移动服务端", "二维码", "政务大厅平板电脑", "政务大厅其他终端", "电话", "短信")
COUNTER_CHANNEL = "政务大厅平板电脑"
DIRECTION_NOTE = (
    "满意度代码按GB/T 39046-2020附录A.8：1非常满意，2满意，3基本满意，4不满意，5非常不满意"
)
DIRECTION_NOTE_EN = (
    "满意度代码 follows GB/T 39046-2020 Annex A.8: 1 very satisfied … 5 very dissatisfied"
)


class EvaluationError(DomainError):
    pass


def check_level(level: int) -> int:
    if level not in LEVEL_NAMES:
        raise EvaluationError(
            f"满意度须为1至5（5非常满意，1非常不满意）：{level}",
            english=f"The level is 1 to 5 (5 very satisfied, 1 very dissatisfied): {level}",
            field="level",
        )
    return level


def annex_a8_code(level: int) -> int:
    """GB/T 39046 Annex A.8's 满意度代码 of a national-direction level: 5 → 1 … 1 → 5."""
    return 6 - check_level(level)


def level_from_annex_a8(code: int) -> int:
    """The national-direction level of an Annex A.8 code: 1 → 5 … 5 → 1."""
    if code not in LEVEL_NAMES:
        raise EvaluationError(f"满意度代码须为1至5：{code}",
                              english=f"The satisfaction code is 1 to 5: {code}")  # fmt: skip
    return 6 - code


def is_bad(level: int) -> bool:
    return level in BAD_LEVELS


def tags_path() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "evaluation" / "national_tags.json"


@dataclass(frozen=True)
class TagTable:
    version: str
    levels: dict[int, tuple[tuple[str, str], ...]]  # level → ((code, wording), …)

    def tags(self, level: int) -> tuple[tuple[str, str], ...]:
        return self.levels[check_level(level)]

    def wording(self, code: str) -> str:
        for tags in self.levels.values():
            for c, text in tags:
                if c == code:
                    return text
        raise KeyError(code)

    def check(self, level: int, codes: list[str]) -> list[str]:
        """The codes, each one of the chosen level's tags, in the table's order."""
        allowed = [c for c, _ in self.tags(level)]
        wrong = [c for c in codes if c not in allowed]
        if wrong:
            raise EvaluationError(
                f"评价标签{'、'.join(wrong)}不属于“{LEVEL_NAMES[level]}”"
                f"（可选：{'、'.join(allowed)}）",
                english=f"The tags {', '.join(wrong)} do not belong to level {level} "
                f"(choose from {', '.join(allowed)}).",
                field="tags",
            )
        return [c for c in allowed if c in codes]


@cache
def tag_table() -> TagTable:
    data = json.loads(tags_path().read_text(encoding="utf-8"))
    return TagTable(
        data["version"],
        {int(k): tuple((c, t) for c, t in v["tags"]) for k, v in data["levels"].items()},
    )
