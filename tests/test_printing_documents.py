"""Every document the printing package renders: Chinese text and never a raw ID, the numbers,
phones and version on each, barcodes that decode at 150 dpi, reproducible bytes; then what each
kind (receipt, notices, refusal, commitment, pickup slip, referral, report, catalogue) must say.

No Qt and no database: the printing package takes plain data only (the sample data:
document_samples.py; reading PDFs back: pdf_checks.py).
"""

from __future__ import annotations

import pytest
from document_samples import (
    ALL_DOCS,
    APP_NO,
    GOLDEN,
    MASKED_ID,
    RAW_ID,
    RAW_PHONE,
    USCC,
    WITH_BARCODE,
    catalogue,
    commitment,
    daily_report,
    header,
    notice,
    pickup,
    receipt,
    referral,
    refusal,
)
from pdf_checks import decoded_codes, needs_poppler, needs_zbar, pdf_text, squash

from printing import (
    Delivery,
    Fee,
    render_catalogue,
    render_commitment,
    render_daily_report,
    render_notice,
    render_pickup_slip,
    render_receipt,
    render_referral,
    render_refusal,
)

# ---------------------------------------------------------------- every document


@needs_poppler
@pytest.mark.parametrize("name", sorted(ALL_DOCS))
def test_every_document_renders_chinese_and_never_the_raw_id(name, tmp_path):
    pdf = ALL_DOCS[name]()
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert RAW_ID not in squash(text)
    assert RAW_PHONE not in squash(text)
    assert "湛江" in text  # Chinese came back out: the font is embedded, not boxes


@needs_poppler
@pytest.mark.parametrize("name", WITH_BARCODE)
def test_documents_carry_number_phones_and_version(name, tmp_path):
    text = squash(pdf_text(ALL_DOCS[name](), tmp_path))
    for expected in (APP_NO, "0759-3331234", "12345", "SC-0006v2", "（盖章）", "湛市监"):
        assert expected in text, expected


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("name", WITH_BARCODE)
def test_application_barcode_decodes_at_150dpi(name, tmp_path):
    assert decoded_codes(ALL_DOCS[name](), tmp_path) == [APP_NO]


@pytest.mark.parametrize("name", sorted(ALL_DOCS))
def test_same_data_gives_identical_bytes(name):
    assert ALL_DOCS[name]() == ALL_DOCS[name]()


# ---------------------------------------------------------------- receipt


@needs_poppler
def test_receipt_masks_id_and_phone_and_writes_out_no_fee(tmp_path):
    text = squash(pdf_text(render_receipt(receipt()), tmp_path))
    assert "受理通知书" in text
    assert MASKED_ID in text and "138****1234" in text
    assert "不收费" in text
    assert "补打" not in text
    assert "暂定日期" not in text
    assert "2026年11月27日" in text and "自2026-11-25受理次日起算3个工作日" in text


@needs_poppler
def test_receipt_with_masked_input_fees_reprint_and_provisional(tmp_path):
    data = receipt(
        applicant_id_masked=MASKED_ID,
        header=header(reprint=2),
        deadline_provisional=True,
        intermediaries=("房屋安全鉴定",),
        fees=[Fee("工本费", "10元/本", "粤价〔2015〕1号")],
    )
    text = squash(pdf_text(render_receipt(data), tmp_path))
    assert MASKED_ID in text
    assert "补打" in text and "第2次" in text
    assert "该日期涉及尚未公布的节假日安排，为暂定日期" in text
    assert "工本费" in text and "不收费" not in text
    assert "房屋安全鉴定" in text


@needs_poppler
def test_receipt_in_english(tmp_path):
    text = pdf_text(render_receipt(receipt(header=header(lang="en"))), tmp_path)
    assert "Acceptance Notice" in text and "No fee" in text


# ---------------------------------------------------------------- other documents


@needs_poppler
def test_notice_lists_every_item_and_cites_article_32(tmp_path):
    text = squash(pdf_text(render_notice(notice()), tmp_path))
    assert "一次性告知书" in text and "第三十二条" in text
    assert "住所使用证明" in text and "股东未在章程上签字" in text
    assert "2026年12月2日" in text and "第2次告知" not in text


@needs_poppler
def test_later_notice_says_sequence_and_override(tmp_path):
    text = squash(pdf_text(render_notice(notice(sequence=2)), tmp_path))
    assert "第2次告知（仅限首次告知事项）" in text  # a repeat of the first notice's items
    data = notice(sequence=2, override_reason="申请人变更经营范围，科长批准")
    text = squash(pdf_text(render_notice(data), tmp_path))
    assert "第2次告知（含经负责人批准新增的告知事项" in text and "仅限首次" not in text
    assert "申请人变更经营范围，科长批准" in text


@needs_poppler
def test_refusal_default_and_custom_remedies(tmp_path):
    text = squash(pdf_text(render_refusal(refusal()), tmp_path))
    assert "六十日内向湛江市人民政府申请行政复议" in text and "六个月内向人民法院" in text
    assert "请向湛江市赤坎区市场监督管理局" in text
    text = squash(pdf_text(render_refusal(refusal(remedies="可向省局申请复议。")), tmp_path))
    assert "可向省局申请复议。" in text and "六十日" not in text


@needs_poppler
def test_refusal_matches_hand_written_golden_text(tmp_path):
    """Expected text in tests/golden was typed from the input data, not generated."""
    expected = (GOLDEN / "refusal.txt").read_text(encoding="utf-8")
    assert squash(pdf_text(render_refusal(refusal()), tmp_path)) == squash(expected)


@needs_poppler
def test_commitment_states_liability_and_verification(tmp_path):
    text = squash(pdf_text(render_commitment(commitment()), tmp_path))
    assert "告知承诺书" in text and "国办发〔2020〕42号" in text
    assert "住所使用证明（产权证明）" in text and "30个工作日内（至2026年12月25日止）" in text
    assert "2026年12月25日" in text and MASKED_ID in text


@needs_poppler
@pytest.mark.parametrize(
    "delivery, expected",
    [
        (Delivery("window", "张伟", RAW_ID), ["窗口领取", MASKED_ID, "领取人（签字）"]),
        (
            Delivery("post", tracking_number="SF1234567890", address="湛江市霞山区"),
            ["邮寄送达", "SF1234567890"],
        ),
        (Delivery("electronic", address="广东政务服务网"), ["电子送达", "广东政务服务网"]),
    ],
)
def test_pickup_slip_delivery(delivery, expected, tmp_path):
    text = squash(pdf_text(render_pickup_slip(pickup(delivery)), tmp_path))
    assert "准予：准予登记" in text
    for e in expected:
        assert e in text


@needs_poppler
def test_referral_report_and_catalogue_contents(tmp_path):
    text = squash(pdf_text(render_referral(referral()), tmp_path))
    assert "食品经营许可证" in text and USCC in text and "先照后证" in text
    text = squash(pdf_text(render_daily_report(daily_report()), tmp_path))
    for e in ("业务日报", "90.5%", "97.4%", "25.0%", "—", "ZJ2026111800077", "制表人", "审核人"):
        assert e in text, e
    text = squash(pdf_text(render_catalogue(catalogue()), tmp_path))
    for e in ("440800-SC-0010", "不动产登记费", "房屋安全鉴定", "不收费"):
        assert e in text, e
