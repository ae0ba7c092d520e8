"""Plain data of the spot-check plan for publication (no reportlab: services build it at will)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import DocumentHeader, _coerce


@dataclass(frozen=True)
class SpotCheckNoticeData:
    """双随机抽查 plan for publication (公示): what was drawn from, how, and what was drawn.

    `criteria` are (label, value) rows already in the document's language; `picks` rows are
    (position, key, name, inspectors). `population_frozen`: the population (keys and who handled
    each) was stored with the plan at the draw, so later registrations do not touch its check."""

    header: DocumentHeader
    plan_number: str
    criteria: tuple[tuple[str, str], ...]
    seed: str
    algorithm: str
    population_size: int
    population_digest: str
    inspector_pool: tuple[str, ...]
    picks: tuple[tuple[str, str, str, str], ...]
    population_frozen: bool = False

    def __post_init__(self) -> None:
        _coerce(self)
