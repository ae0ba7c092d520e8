"""Text on paper: ID and phone masking, the text sanitiser, labels in both languages, fonts
(a missing or unusable font named clearly), and hostile input that never crashes a document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from document_samples import MASKED_ID, RAW_ID, RAW_PHONE, header, receipt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from printing import FontNotFound, fonts, label, mask_id, mask_phone, render_receipt
from printing.fonts import UnprintableText
from printing.text import para, plain

# ---------------------------------------------------------------- masking, text, labels, fonts


@pytest.mark.parametrize(
    "raw, masked",
    [
        (RAW_ID, MASKED_ID),
        (MASKED_ID, MASKED_ID),
        ("44080219900101123X", "440802********123X"),
        ("440802900101123", "440802*****1123"),
        ("1234", "**34"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id(raw, masked):
    assert mask_id(raw) == masked


@pytest.mark.parametrize(
    "raw, masked",
    [
        (RAW_PHONE, "138****1234"),
        ("138****1234", "138****1234"),
        ("0759-3331234", "075*****1234"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_mask_phone(raw, masked):
    assert mask_phone(raw) == masked


@given(hs.text(max_size=40))
def test_masking_is_idempotent_and_keeps_length(s):
    for f in (mask_id, mask_phone):
        once = f(s)
        assert f(once) == once
        assert len(once) == len("".join(s.split()))


def test_text_sanitiser():
    assert para("<b>A&B</b>\x00\x07\nx") == "&lt;b&gt;A&amp;B&lt;/b&gt;<br/>x"
    assert plain("a\tb\r\nc\x1b\x7f") == "a b c"


def test_labels_have_both_languages_and_templates_use_them():
    assert label("no_fee") == "不收费" and label("no_fee", "en") == "No fee"
    assert label("receipt_title", "fr") == "受理通知书"


def test_font_not_found_names_the_package(monkeypatch, tmp_path):
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"nope")
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setenv(fonts.ENV_VAR, str(bogus))
    with pytest.raises(FontNotFound, match="fonts-wqy-microhei"):
        fonts.register_cjk_font()


def test_cff_and_non_cjk_fonts_are_rejected():
    otf = next(Path("/usr/share/fonts/opentype").rglob("*.otf"), None)
    if otf:
        assert not fonts._try_register(str(otf))
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        assert not fonts._try_register(str(dejavu))


# ---------------------------------------------------------------- hostile input

hostile = hs.one_of(
    hs.text(max_size=300),
    hs.sampled_from(
        [
            "'; DROP TABLE applications; --",
            "<b>bold</b> & <para>",
            "</para><font size=99>",
            "x" * 5000,
            "张" * 2000,
            "\x00\x01\x1b[31m\x7f",
            "😀👨‍👩‍👧 emoji",
            "עברית العربية RTL",
            "\u202e reversed \u202c",
            "&amp;&#0;&#x1F600;",
            "\ud7ff\ufffd",
            "",
        ]
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=hostile,
    matter=hostile,
    agent=hostile,
    material=hostile,
    expl=hostile,
    app_no=hostile,
    id_no=hostile,
)
def test_hostile_receipt_fields_never_crash(name, matter, agent, material, expl, app_no, id_no):
    data = receipt(
        applicant_name=name,
        matter_name=matter,
        agent=agent,
        application_number=app_no,
        applicant_id_masked=id_no,
        deadline_explanation=expl,
        materials_received=[(material, material, 1)],
        header=header(clerk=name, window=matter, doc_number=app_no),
    )
    try:
        pdf = render_receipt(data)
    except UnprintableText as exc:  # refused, naming the character, never printed blank
        assert exc.chars and all(f"U+{ord(c):04X}" in exc.message for c in exc.chars)
        return
    assert pdf.startswith(b"%PDF")
