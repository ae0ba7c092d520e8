"""Chinese line breaking on paper (避头尾): no line starts or ends against the rules, long numbers
and codes are never cut, paragraphs break by the rules at any width, and a signature block
never stands alone on a page. The documents: demo_paper.py.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from demo_paper import needs_paper_tools, pdf_lines, pdf_pages, rendered_paper

pytestmark = needs_paper_tools


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> dict[str, Path]:
    return rendered_paper(tmp_path_factory)


# --- Chinese line breaking (避头尾) and numbers kept whole ------------------------------------

NO_START = "，。、；：？！）》」』】〕,.;:?!)%"
NO_END = "（《「『【“〔("


_UNITS_CUT = re.compile(r"(\d{4,}|[0-9A-Z]{5,}\d)$")  # a long number or code at a line's end ...


def test_long_numbers_and_codes_are_never_cut(paper):
    """... continued at the start of the next line (a USCC in a narrow column, a phone)."""
    cut = [(name, a, b) for name, path in paper.items()
           for a, b in itertools.pairwise(pdf_lines(path))
           if _UNITS_CUT.search(a) and re.match(r"[0-9A-Z]{1,4}(\s|$)", b) and re.search(r"[A-Z]", a + b)]  # fmt: skip
    assert cut == []


def test_no_line_starts_or_ends_against_the_rules(paper):
    bad = [(name, line) for name, path in paper.items() for line in pdf_lines(path)
           if line and (line[0] in NO_START or line[-1] in NO_END)]  # fmt: skip
    assert bad == []


def _wrapped(text: str, width_chars: float, size: float = 10.5) -> list[str]:
    from reportlab.platypus import Paragraph

    from printing.styles import styles

    para = Paragraph(text, styles().body)
    para.wrap(width_chars * size, 1000)
    return ["".join(w.text if hasattr(w, "text") else "".join(w[1]) for w in line.words)
            if hasattr(line, "words") else "".join(line[1])
            for line in para.blPara.lines]  # fmt: skip


@pytest.mark.parametrize(
    "text, width",
    [
        # widths at which reportlab's own CJK wrapping breaks the rules (checked without install)
        ("申请人应当如实提交有关材料和反映真实情况，并对申请材料实质内容的真实性负责。", 10),
        ("当日办结率为64.3%，按时办结率为98.5%，零跑动率为12.0%，均较上月提高。", 8),
        ("本通知书自2026年11月23日起生效，请于2026年12月7日前到窗口领取《营业执照》。", 8),
        ("咨询电话：0759-3160001，监督投诉电话：12345，办公时间为周一至周五。", 8),
        ("如不服本决定，可依法申请行政复议（《中华人民共和国行政复议法》第二十条）。", 16),
    ],
)
def test_paragraphs_break_by_the_chinese_rules(text, width):
    lines = _wrapped(text, width)
    assert "".join(lines) == text  # nothing lost or doubled
    assert len(lines) > 1
    for line in lines[1:]:
        assert line[0] not in NO_START, lines
    for line in lines[:-1]:
        assert line[-1] not in NO_END, lines
    for unit in re.findall(r"\d{4}年\d{1,2}月\d{1,2}日|[\d.%-]*\d[\d.%-]*", text):
        assert any(unit in line for line in lines), (unit, lines)  # numbers and dates whole


# --- a signature block never stands alone on a page --------------------------------------------

_CLOSING_LINE = re.compile(
    r"（盖章）|：_+|^日期：|^\d{4}年\d{1,2}月\d{1,2}日$|^湛江市市场监督管理局$|^咨询电话|^事项目录版本"
    r"|^第\d+页 共\d+页$|^[演示样本]$"
)


def _body_lines(page: str) -> list[str]:
    lines = [" ".join(part for part in re.split(r"\s{2,}", ln.strip()) if part)
             for ln in page.splitlines()]  # fmt: skip
    return [
        ln for ln in lines
        if ln and not ln.startswith(("咨询电话", "事项目录版本"))  # the footer
        and not all(_CLOSING_LINE.search(part) for part in ln.split(" ") if part)
    ]  # fmt: skip


def test_seal_page_always_holds_body_text(tmp_path):
    """Receipts with 1..40 materials: wherever the page breaks, the seal's page has body text."""
    from document_samples import receipt

    from printing import render_receipt

    spilled = 0
    for n in range(1, 41):
        materials = [(f"第{i}项申请材料（原件）", "原件", 1) for i in range(1, n + 1)]
        path = tmp_path / f"r{n}.pdf"
        path.write_bytes(render_receipt(receipt(materials_received=materials)))
        pages = pdf_pages(path)
        seal_page = next(p for p in pages if "（盖章）" in p)
        spilled += len(pages) > 1
        assert _body_lines(seal_page), (n, seal_page)
    assert spilled  # some of them did run to a second page
