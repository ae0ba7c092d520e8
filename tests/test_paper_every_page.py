"""What every page of every document kind on a demo hall carries (issue 16): fonts embedded
(pdffonts), no placeholder text, the demo watermark, 第N页 共M页, barcodes and QR codes that
decode (zbarimg), the reprint mark, the hall's phones in every footer (an unnamed hall is
refused), large print at 16 pt footer included. The documents: demo_paper.py.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from demo_paper import DAY, MON, WATERMARK, needs_paper_tools, pdf_pages, rendered_paper, run_tool

from window_app.core.errors import DomainError
from window_app.core.placeholders import placeholder_in
from window_app.services import complaint_export, exports, hall_settings

pytestmark = needs_paper_tools


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> dict[str, Path]:
    return rendered_paper(tmp_path_factory)


def test_every_font_is_embedded(paper):
    problems = []
    for name, path in paper.items():
        rows = run_tool("pdffonts", str(path)).splitlines()[2:]
        for row in rows:
            # name type encoding emb sub uni object ID: the emb column is the 4th from the end
            if row.split()[-5] != "yes":
                problems.append((name, row))
    assert problems == []


def test_no_placeholder_reaches_paper(paper):
    found = {}
    for name, path in paper.items():
        text = run_tool("pdftotext", str(path), "-")
        stand_in = placeholder_in(text)
        if stand_in:
            found[name] = stand_in
    assert found == {}


def test_demo_watermark_on_every_page(paper):
    missing = []
    for name, path in paper.items():
        pages = run_tool("pdftotext", "-raw", str(path), "-").split("\f")[:-1]
        for n, page in enumerate(pages, 1):
            if re.sub(r"\s", "", page).count(WATERMARK) < 3:  # three times down each page
                missing.append((name, n))
    assert missing == []


def test_page_numbers_with_the_total_on_every_page(paper):
    missing = []
    for name, path in paper.items():
        if name.startswith("licence"):
            continue  # one fixed-layout page: the licence has no page number
        pages = pdf_pages(path)
        for n, page in enumerate(pages, 1):
            want = f"第{n}页 共{len(pages)}页"
            if name.endswith("-en"):  # the bilingual guide says it in both languages
                want += f" / Page {n} of {len(pages)}"
            if want not in page:
                missing.append((name, n, want))
    assert missing == []


def test_barcodes_and_qr_codes_decode(paper, tmp_path):
    for name in ("receipt", "notice", "refusal", "commitment", "pickup", "suspension",
                 "resumption", "extension", "licence-company"):  # fmt: skip
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(paper[name]),
                        str(tmp_path / name)], check=True)  # fmt: skip
        png = sorted(tmp_path.glob(f"{name}-*.png"))[0]
        decoded = run_tool("zbarimg", "-q", "--nodbus", "--raw", str(png)).strip()
        assert decoded, name


def test_reprint_says_so_in_chinese_with_its_count(paper):
    text = run_tool("pdftotext", str(paper["receipt-reprint"]), "-")
    assert "补打（第1次）" in text and "REPRINT" not in text
    assert "补打" not in run_tool("pdftotext", str(paper["receipt"]), "-")


def test_hall_settings_print_on_documents_and_guides(paper):
    from window_app.services.demo import DEMO_HALL_SETTINGS as hall

    for name in ("receipt", "notice", "pickup", "guide-a4", "catalogue"):
        text = re.sub(r"\s", "", run_tool("pdftotext", str(paper[name]), "-"))
        assert hall.complaint_phones[""] in text, name
        assert any(p in text for p in hall.consultation_phones.values()), name


def _word_heights(path: Path) -> list[tuple[float, str]]:
    """(height, word) of every word pdftotext finds: the font size it was drawn at, roughly."""
    out = run_tool("pdftotext", "-bbox", str(path), "-")
    return [(float(y2) - float(y1), html.unescape(w)) for y1, y2, w in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
                       out)]  # fmt: skip


def test_large_print_is_16pt_everywhere_footer_included(paper):
    for name in ("guide-large", "guide-large-en"):
        words = [(h, w) for h, w in _word_heights(paper[name]) if w not in WATERMARK]
        # pdftotext's word box is the font's ascent + descent: about 1.0-1.2 × the size in pt
        small = [(round(h, 1), w) for h, w in words if h < 16 * 0.95]
        assert small == [], (name, small[:10])
        text = run_tool("pdftotext", str(paper[name]), "-")
        assert "咨询电话" in text and "事项目录版本" in text and "第1页" in text


def test_every_footer_carries_the_phones_and_an_unnamed_hall_is_refused(paper, sqlite_hall):
    """The consultation and complaints phones are printed on every document with a footer (the
    reports and the spot-check notice printed them blank); the hall-wide documents are refused,
    naming the setting, while the hall has no name (no built-in name stands in)."""
    blank = [name for name, path in paper.items()
             for page in pdf_pages(path) if re.search(r"咨询电话：\s*监督投诉电话：|监督投诉电话：\s*$", page, re.M)]  # fmt: skip
    assert blank == []
    db, actors = sqlite_hall
    settings = hall_settings.load_hall_settings(db)
    hall_settings.save_hall_settings(db, actors["admin"], replace(settings, hall_name=""))
    for make in (
        lambda: exports.export_board(db, actors["supervisor"], "pdf", MON, DAY, on=DAY),
        lambda: complaint_export.export_complaints(db, actors["supervisor"], "pdf", MON, DAY),
    ):
        with pytest.raises(DomainError, match="大厅名称"):
            make()
