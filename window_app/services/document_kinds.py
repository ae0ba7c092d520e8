"""The issued documents' kinds and how one is rendered from its stored payload.

Plain data in, PDF bytes out, importing nothing but `printing` and the payload decoder: the same
function renders in the caller's process or in the renderer process (`render_process`), which
must not pull in SQLAlchemy or the services to start.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Any

import printing
from printing import (
    ClockNoticeData,
    CommitmentData,
    NoticeData,
    PickupSlipData,
    ReceiptData,
    RefusalData,
    RevocationData,
)

from .document_payload import decode


def renderer(name: str) -> Callable[[Any], bytes]:
    """Resolve printing's renderer on first use: reportlab is not needed until something prints."""
    return lambda data: getattr(printing, name)(data)


# kind -> (printing dataclass, renderer, label key of its title in printing's label table)
KINDS: dict[str, tuple[type, Callable[[Any], bytes], str]] = {
    "receipt": (ReceiptData, renderer("render_receipt"), "receipt_title"),
    "notice": (NoticeData, renderer("render_notice"), "notice_title"),
    "refusal": (RefusalData, renderer("render_refusal"), "refusal_title"),
    "commitment": (CommitmentData, renderer("render_commitment"), "commitment_title"),
    "pickup": (PickupSlipData, renderer("render_pickup_slip"), "pickup_title"),
    "suspension": (ClockNoticeData, renderer("render_clock_notice"), "suspension_title"),
    "extension": (ClockNoticeData, renderer("render_clock_notice"), "extension_title"),
    "resumption": (ClockNoticeData, renderer("render_clock_notice"), "resumption_title"),
    "revocation": (RevocationData, renderer("render_revocation"), "revocation_title"),
}


def from_payload(kind: str, payload: dict) -> Any:
    """The printing dataclass of `kind` rebuilt from its stored payload."""
    return decode(KINDS[kind][0], payload)


def render_payload(kind: str, payload: dict, reprint: int, mark: str) -> bytes:
    """PDF bytes of a document of `kind` from its payload; `reprint` > 0 stamps 补打 with that
    count; `mark` is the watermark across every page ("" for none). Raises
    printing.UnprintableText for text no embedded font has."""
    data = from_payload(kind, payload)
    if reprint:
        data = dataclasses.replace(data, header=dataclasses.replace(data.header, reprint=reprint))
    with printing.watermarked(mark):
        return KINDS[kind][1](data)


def warm_up() -> int:
    """Load reportlab, the renderers and the CJK font (a renderer process's first job); the
    process id."""
    printing.register_cjk_font()
    for name in ("render_receipt", "render_notice", "render_refusal", "render_commitment"):
        getattr(printing, name)
    return os.getpid()
