"""Random spot checks (双随机抽查): the draw, reproducible and verifiable by anyone.

The algorithm (`ALGORITHM` = "sha256-rank-v1"), stated so that anyone holding the published
population (its keys), the seed and the inspector pool can recompute a draw by hand or with any
language's SHA-256:

1. Objects. Each object has a stable key (an enterprise's USCC, an application's number). Its rank
   is the lowercase hex SHA-256 of the UTF-8 bytes of ``seed + "\\x1f" + "object" + "\\x1f" + key``.
   Objects are sorted by (rank, key); the first `size` are picked, in that order.
2. Inspectors. For each picked object, the pool's members who handled the object (the clerk who
   registered or approved it) are left out (双随机: never one's own case). The rest are ranked by
   SHA-256 of ``seed + "\\x1f" + "inspector" + "\\x1f" + object key + "\\x1f" + username`` and the
   first two (`PER_OBJECT`) inspect the object.

Why hashing rather than `random.Random(seed).sample`: the result depends only on SHA-256 and a
sort of hex strings, so it is the same on every platform, every Python version and in any other
language, and it does not depend on the order the population was read in. The seed is either
given (e.g. a number drawn in public) or derived from published values: ``plan number/date``.
The population's digest (SHA-256 of its sorted keys, one a line) is published with the plan. The
population itself (keys and handlers, as the draw saw them) is stored with the plan too, so a
later check redraws from exactly what was drawn from, after checking it against the digest, and
later changes to the register do not touch a published draw (`services.spot_checks.verify_plan`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from .errors import DomainError

ALGORITHM = "sha256-rank-v1"
PER_OBJECT = 2
SEPARATOR = "\x1f"


class DrawError(DomainError):
    pass


@dataclass(frozen=True)
class Candidate:
    """An object that may be drawn: its stable key and the usernames of those who handled it."""

    key: str
    handlers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pick:
    key: str
    inspectors: tuple[str, ...]


def derived_seed(plan_number: str, day: date) -> str:
    """The seed published with the plan when none is given: its number and the day of the draw."""
    return f"{plan_number}/{day.isoformat()}"


def _hash(*parts: str) -> str:
    return hashlib.sha256(SEPARATOR.join(parts).encode("utf-8")).hexdigest()


def object_rank(seed: str, key: str) -> str:
    return _hash(seed, "object", key)


def inspector_rank(seed: str, object_key: str, username: str) -> str:
    return _hash(seed, "inspector", object_key, username)


def population_digest(keys: Iterable[str]) -> str:
    """SHA-256 of the sorted keys, one a line (each followed by a newline)."""
    return hashlib.sha256("".join(f"{k}\n" for k in sorted(keys)).encode("utf-8")).hexdigest()


def sample_size(population: int, *, count: int | None = None, percent: object = None) -> int:
    """How many to draw: `count` (at most the population) or `percent` of it, rounded up."""
    if (count is None) == (percent is None):
        raise DrawError(
            "请填写抽查数量或抽查比例（二选一）",
            english="Give either the number of objects to check or a percentage, not both.",
            field="size",
        )
    if count is not None:
        if count < 1:
            raise DrawError(
                "抽查数量至少为1", english="At least one object must be checked.", field="size"
            )
        return min(count, population)
    try:
        share = Decimal(str(percent))
    except InvalidOperation:
        share = Decimal(-1)
    if not share.is_finite() or not 0 < share <= 100:
        raise DrawError(
            f"抽查比例应大于0且不超过100：{percent}",
            english=f"The percentage must be above 0 and at most 100: {percent}",
            field="size",
        )
    return min(population, math.ceil(Decimal(population) * share / 100))


def draw(
    seed: str, candidates: Sequence[Candidate], size: int, inspectors: Iterable[str]
) -> tuple[Pick, ...]:
    """Pick `size` objects and two inspectors each (see the module's documentation)."""
    if not seed:
        raise DrawError("随机种子不能为空", english="The seed may not be empty.", field="seed")
    keys = [c.key for c in candidates]
    if len(set(keys)) != len(keys):
        raise DrawError(
            "抽查对象的编号有重复", english="The population has duplicate keys.", field="population"
        )
    pool = sorted(set(inspectors))
    ranked = sorted(candidates, key=lambda c: (object_rank(seed, c.key), c.key))
    picks = []
    for candidate in ranked[:size]:
        eligible = [u for u in pool if u not in candidate.handlers]
        if len(eligible) < PER_OBJECT:
            raise DrawError(
                f"可选检查人员不足：对象{candidate.key}需要{PER_OBJECT}名非经办人员，仅有{len(eligible)}名",
                english=f"Not enough inspectors: {candidate.key} needs {PER_OBJECT} who did not handle it, only {len(eligible)} available.",
                field="roles",
            )
        chosen = sorted(eligible, key=lambda u: (inspector_rank(seed, candidate.key, u), u))
        picks.append(Pick(candidate.key, tuple(chosen[:PER_OBJECT])))
    return tuple(picks)
