"""办结通知书 / 领取凭证: the decision and how the result reached the applicant."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .blocks import (
    Labeller,
    content_width,
    fmt_date,
    header_block,
    kv_table,
    signature_block,
    standard_document,
)
from .masking import mask_id
from .model import Delivery, PickupSlipData
from .styles import styles


def delivery_rows(d: Delivery, L: Labeller) -> list[tuple[str, str]]:
    """Only the fields that belong to the delivery method are printed."""
    if d.method == "window":
        rows = [(L("delivery_method"), L("delivery_window"))]
        if d.collected_by:
            rows += [
                (L("collected_by"), d.collected_by),
                (L("collected_by_id"), mask_id(d.collected_by_id)),
            ]
        return rows
    if d.method == "post":
        return [
            (L("delivery_method"), L("delivery_post")),
            (L("tracking_number"), d.tracking_number),
            (L("address"), d.address),
        ]
    return [(L("delivery_method"), L("delivery_electronic")), (L("address"), d.address)]


def render_pickup_slip(data: PickupSlipData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    decision = f"{L('approved') if data.approved else L('denied')}：{data.result}"
    rows = [
        (L("applicant"), data.applicant_name),
        (L("matter_name"), data.matter),
        (L("result"), decision),
        (L("decision_reason"), data.decision_reason),
        (L("completed_on"), fmt_date(data.completed_on, h.lang)),
        *delivery_rows(data.delivery, L),
    ]
    if data.delivery.method == "window" and not data.delivery.collected_by:
        rows += [(L("pickup_place"), data.pickup_place), (L("pickup_hours"), data.pickup_hours)]
    story = header_block(h, L("pickup_title"), st, L, data.application_number)
    story += [kv_table(rows, st, content_width()), Spacer(1, 10 * mm)]
    parties = [L("collector_sign")] if data.delivery.method == "window" else []
    story.append(signature_block(h, st, L, parties, signed_on=data.completed_on))
    return standard_document(h, L("pickup_title"), story, st)
