"""Licences by kind of entity (issue 16): each kind prints its own template's labels, on a
landscape A4 page. The documents: demo_paper.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from demo_paper import needs_paper_tools, rendered_paper, run_tool

pytestmark = needs_paper_tools


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> dict[str, Path]:
    return rendered_paper(tmp_path_factory)


# --- licences by kind of entity ----------------------------------------------------------------

LICENCE_LABELS = {
    "company": [
        "名称",
        "类型",
        "法定代表人",
        "注册资本",
        "成立日期",
        "营业期限",
        "住所",
        "经营范围",
    ],
    "individual": ["名称", "类型", "经营者", "组成形式", "注册日期", "经营场所", "经营范围"],
    "cooperative": ["名称", "类型", "法定代表人", "成员出资总额", "成立日期", "住所", "业务范围"],
}
ALL_LICENCE_LABELS = {x for labels in LICENCE_LABELS.values() for x in labels}


@pytest.mark.parametrize("kind", sorted(LICENCE_LABELS))
def test_licence_prints_the_template_of_its_kind(paper, kind):
    text = re.sub(r"[\s　]", "", run_tool("pdftotext", "-raw", str(paper[f"licence-{kind}"]), "-"))
    for label in LICENCE_LABELS[kind]:
        assert label in text, (kind, label)
    for label in ALL_LICENCE_LABELS - set(LICENCE_LABELS[kind]):
        if not any(label in own for own in LICENCE_LABELS[kind]):
            assert label not in text, (kind, label)  # no 注册资本 for a fruit shop
    if kind != "individual":  # capital with full-width brackets
        assert re.search(r"万元整（\d+(\.\d+)?万元人民币）", text), text
    assert "二维码内容：统一社会信用代码" in text  # the caption says what the QR holds


def test_licence_pages_are_landscape_a4(paper):
    for kind in ("company", "individual", "cooperative", "overlay"):
        info = run_tool("pdfinfo", str(paper[f"licence-{kind}"]))
        assert re.search(r"Page size:\s+841.89 x 595.27\d* pts \(A4\)", info), info
        assert re.search(r"Page rot:\s+0\b", info), info
