"""The licence: facsimile with its QR code, the overlay on pre-printed stock shifted by the
calibration offset, the calibration page, and capital amounts in Chinese words.
"""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from document_samples import USCC, licence
from pdf_checks import decoded_codes, needs_poppler, needs_zbar, pdf_text, squash

from printing import capital_in_words, render_licence, render_licence_test_page

# ---------------------------------------------------------------- licence


@needs_poppler
@needs_zbar
def test_licence_facsimile_and_qr(tmp_path):
    pdf = render_licence(licence())
    text = squash(pdf_text(pdf, tmp_path))
    for e in (
        "营业执照",
        "统一社会信用代码",
        USCC,
        "伍拾万元整（50万元人民币）",
        "张伟",
        "湛江市海湾贸易有限公司",
        "2026年11月26日",
        "经营范围",
    ):
        assert e in text, e
    assert decoded_codes(pdf, tmp_path) == [USCC]


def _word_x(pdf: bytes, word: str, tmp_path: Path) -> float:
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    m = re.search(r'<word xMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert m, word
    return float(m.group(1))


@needs_poppler
@needs_zbar
def test_licence_overlay_prints_values_only_shifted_by_offset(tmp_path):
    plain_overlay = render_licence(licence(), overlay=True)
    text = squash(pdf_text(plain_overlay, tmp_path))
    assert USCC in text and "湛江市海湾贸易有限公司" in text
    for facsimile_label in ("统一社会信用代码", "法定代表人", "登记机关", "扫描二维码"):
        assert facsimile_label not in text
    assert decoded_codes(plain_overlay, tmp_path) == [USCC]
    shifted = render_licence(licence(), overlay=True, offset_mm=(5, -3))
    dx = _word_x(shifted, USCC, tmp_path) - _word_x(plain_overlay, USCC, tmp_path)
    assert dx == pytest.approx(5 * 72 / 25.4, abs=0.2)
    # the facsimile ignores the offset: it is printed on blank paper
    assert render_licence(licence(), offset_mm=(5, -3)) == render_licence(licence())


@needs_poppler
def test_licence_calibration_page(tmp_path):
    text = pdf_text(render_licence_test_page((1.5, -2)), tmp_path)
    assert "校准" in text and "dx=1.5" in text and "business_scope" in text


@pytest.mark.parametrize(
    "amount, currency, expected",
    [
        ("50", "人民币", "伍拾万元整（50万元人民币）"),
        ("10", "人民币", "壹拾万元整（10万元人民币）"),
        ("100", "人民币", "壹佰万元整（100万元人民币）"),
        ("0.5", "人民币", "伍仟元整（0.5万元人民币）"),
        ("3.01", "人民币", "叁万零壹佰元整（3.01万元人民币）"),
        ("1001", "人民币", "壹仟零壹万元整（1001万元人民币）"),
        ("10000", "人民币", "壹亿元整（10000万元人民币）"),
        ("10001.0001", "人民币", "壹亿零壹万零壹元整（10001.0001万元人民币）"),
        ("0.000105", "人民币", "壹元零伍分（0.000105万元人民币）"),
        ("10", "美元", "壹拾万美元整（10万美元）"),
    ],
)
def test_capital_in_words(amount, currency, expected):
    assert capital_in_words(Decimal(amount), currency) == expected
