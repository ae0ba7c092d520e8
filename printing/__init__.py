"""Document rendering for the window: plain data in, PDF bytes out (reportlab only).

No Qt, no database, no import of window_app: the same data always renders the same bytes.
Names load on first use (PEP 562) so that `printing.masking` alone never pulls in reportlab.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "render_catalogue": "catalogue",
    "ClockNoticeData": "clock_data",
    "render_clock_notice": "clock_notice",
    "watermarked": "canvas",
    "render_commitment": "commitment",
    "FontNotFound": "fonts",
    "UnprintableText": "fonts",
    "register_cjk_font": "fonts",
    "missing_glyphs": "fonts",
    "render_guide": "guide",
    "render_guide_samples": "samples",
    "GuideSample": "sample_data",
    "label": "labels",
    "render_licence": "licence",
    "LicenceData": "licence_data",
    "render_licence_test_page": "licence",
    "mask_id": "masking",
    "mask_phone": "masking",
    "render_notice": "notice",
    "capital_in_words": "numerals",
    "render_pickup_slip": "pickup",
    "render_receipt": "receipt",
    "render_referral": "referral",
    "render_handover_list": "handover",
    "render_revocation": "revocation",
    "RevocationData": "revocation_data",
    "HandoverListData": "handover",
    "HandoverLineData": "handover",
    "render_refusal": "refusal",
    "render_daily_report": "report",
    "render_complaint_report": "complaint_report",
    "ComplaintReportData": "complaint_data",
    "DailyReportData": "report_data",
    "RateRow": "report_data",
    "ComplaintRow": "complaint_data",
    "render_spot_check_notice": "spot_check",
    "SpotCheckNoticeData": "spot_check_data",
    "mask_name": "masking",
}
_HOMES.update(
    dict.fromkeys(
        (
            "CatalogueListData", "CatalogueMatter", "CommitmentData",
            "Delivery", "DocumentHeader", "Fee", "GuideData", "GuideMaterial",
            "MaterialOwed", "MaterialReceived", "NoticeData", "NoticeItem", "PickupSlipData",
            "ReceiptData", "Referral", "ReferralNoticeData", "RefusalData",
        ),
        "model",
    )
)  # fmt: skip


def __getattr__(name: str):  # noqa: ANN202
    module = _HOMES.get(name)
    if module is None:
        raise AttributeError(f"module 'printing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "CatalogueListData",
    "CatalogueMatter",
    "ClockNoticeData",
    "CommitmentData",
    "ComplaintReportData",
    "ComplaintRow",
    "DailyReportData",
    "Delivery",
    "DocumentHeader",
    "Fee",
    "FontNotFound",
    "GuideData",
    "GuideMaterial",
    "GuideSample",
    "LicenceData",
    "MaterialOwed",
    "MaterialReceived",
    "NoticeData",
    "NoticeItem",
    "PickupSlipData",
    "RateRow",
    "ReceiptData",
    "Referral",
    "ReferralNoticeData",
    "RefusalData",
    "SpotCheckNoticeData",
    "UnprintableText",
    "capital_in_words",
    "label",
    "mask_id",
    "mask_name",
    "mask_phone",
    "missing_glyphs",
    "register_cjk_font",
    "render_catalogue",
    "render_clock_notice",
    "render_commitment",
    "render_complaint_report",
    "render_daily_report",
    "render_guide",
    "render_guide_samples",
    "render_licence",
    "render_licence_test_page",
    "render_notice",
    "render_pickup_slip",
    "render_receipt",
    "render_referral",
    "render_refusal",
    "render_spot_check_notice",
    "watermarked",
]
