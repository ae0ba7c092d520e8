"""The printed service guide in each layout (A4, tri-fold, large print) and language: every
element a guide must carry, large print at 16 pt at least, an unknown layout refused.
"""

from __future__ import annotations

import pytest
from document_samples import guide
from pdf_checks import needs_poppler, page_sizes, pdf_text, squash

from printing import render_guide
from printing.guide import VARIANTS
from printing.styles import styles

# ---------------------------------------------------------------- guide


@needs_poppler
@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("english", [False, True])
def test_guide_variants(variant, english, tmp_path):
    pdf = render_guide(guide(), variant=variant, english=english)
    text = squash(pdf_text(pdf, tmp_path, layout=False))  # reading order across panels
    for element in (
        "事项名称",
        "事项编码",
        "事项类型",
        "实施主体",
        "设定依据",
        "实施依据",
        "受理条件",
        "申请材料",
        "办理流程",
        "办理方式",
        "法定办结时限",
        "承诺办结时限",
        "不收费",
        "中介服务",
        "办理结果",
        "送达方式",
        "办理地点",
        "办理时间",
        "咨询电话",
        "监督投诉电话",
        "到现场次数",
        "申请人权利和义务",
        "救济途径",
        "常见问题",
        "事项目录版本",
        "2026年1月1日",
        "委托代理人",
    ):
        assert element in text, element
    assert ("ServiceGuide" in text) == english
    sizes = page_sizes(pdf)
    landscape = variant == "trifold"
    assert all((w > h) == landscape for w, h in sizes)
    if variant == "a4":
        assert 1 <= len(sizes) <= 2


def test_large_print_guide_is_at_least_16pt():
    st = styles(VARIANTS["large"])
    assert min(st.body.fontSize, st.table.fontSize, st.heading.fontSize) >= 16


def test_unknown_guide_variant_is_refused():
    with pytest.raises(ValueError):
        render_guide(guide(), variant="a3")
