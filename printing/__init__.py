"""Document rendering for the window: plain data in, PDF bytes out (reportlab only).

No Qt, no database, no import of window_app: the same data always renders the same bytes.
"""

from .catalogue import render_catalogue
from .commitment import render_commitment
from .fonts import FontNotFound, register_cjk_font
from .guide import render_guide
from .labels import label
from .licence import render_licence, render_licence_test_page
from .masking import mask_id, mask_phone
from .model import (
    CatalogueListData,
    CatalogueMatter,
    CommitmentData,
    DailyReportData,
    Delivery,
    DocumentHeader,
    Fee,
    GuideData,
    GuideMaterial,
    LicenceData,
    MaterialReceived,
    NoticeData,
    NoticeItem,
    PickupSlipData,
    RateRow,
    ReceiptData,
    Referral,
    ReferralNoticeData,
    RefusalData,
)
from .notice import render_notice
from .numerals import capital_in_words
from .pickup import render_pickup_slip
from .receipt import render_receipt
from .referral import render_referral
from .refusal import render_refusal
from .report import render_daily_report

__all__ = [
    "CatalogueListData", "CatalogueMatter", "CommitmentData", "DailyReportData", "Delivery",
    "DocumentHeader", "Fee", "FontNotFound", "GuideData", "GuideMaterial", "LicenceData",
    "MaterialReceived", "NoticeData", "NoticeItem", "PickupSlipData", "RateRow", "ReceiptData",
    "Referral", "ReferralNoticeData", "RefusalData", "capital_in_words", "label", "mask_id",
    "mask_phone", "register_cjk_font", "render_catalogue", "render_commitment",
    "render_daily_report", "render_guide", "render_licence", "render_licence_test_page",
    "render_notice", "render_pickup_slip", "render_receipt", "render_referral",
    "render_refusal",
]
