"""The printed service guide in each layout (A4, tri-fold, large print) and language: every
element a guide must carry, large print at 16 pt at least, an unknown layout refused.
"""

from __future__ import annotations

import pytest
from document_samples import guide
from guide_elements import GUIDE_LABELS
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
        *GUIDE_LABELS,
        "不收费",
        "常见问题",
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
