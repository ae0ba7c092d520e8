"""Shared CJK font subsets (printing.subsets): same bytes, reused across applicants, thread-safe."""

from __future__ import annotations

import io
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from document_samples import ALL_DOCS, receipt
from pdf_checks import needs_poppler, pdf_text, squash
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from printing import fonts, render_receipt, subsets


@pytest.fixture
def built(monkeypatch):
    """Counts the subsets actually cut out of the font file."""
    count = {"n": 0}
    make = TTFontFace.makeSubset

    def counting(face, subset):
        count["n"] += 1
        return make(face, subset)

    monkeypatch.setattr(TTFontFace, "makeSubset", counting)
    return count


def test_shared_face_writes_the_bytes_reportlab_writes():
    path = next(p for p in fonts.candidate_paths() if Path(p).is_file())
    plain = TTFont("PlainCJK", path, subfontIndex=0)
    shared = subsets.share(TTFont("SharedCJK", path, subfontIndex=0))
    text = "受理通知书" + "".join(chr(0x4E00 + i) for i in range(300))  # two subsets

    def pdf(font: TTFont) -> bytes:
        pdfmetrics.registerFont(font)
        buf = io.BytesIO()
        canvas = Canvas(buf, invariant=1)
        canvas.setFont(font.fontName, 12)
        canvas.drawString(50, 700, text)
        canvas.save()
        return buf.getvalue()

    assert pdf(shared) == pdf(plain)


def test_kept_subsets_give_the_bytes_of_fresh_ones():
    warm = {name: render() for name, render in ALL_DOCS.items()}
    subsets._built.clear()
    assert {name: render() for name, render in ALL_DOCS.items()} == warm


def test_receipts_for_other_applicants_reuse_the_first_subset(built):
    render_receipt(receipt())
    before = built["n"]
    for name in ("欧阳娜娜", "司马懿", "诸葛亮"):
        render_receipt(receipt(applicant_name=name, agent=f"{name}的代理人"))
    # Only the small subset holding the new names is cut again, never the fixed one.
    assert built["n"] - before == 3


def test_a_day_of_applicants_keeps_the_cache_bounded_and_the_fixed_subset(built):
    """Issue 22: the subsets holding one applicant's name are not kept beyond KEEP, and the
    receipts' shared subset survives them all (every receipt still cuts only its name's)."""
    render_receipt(receipt())
    names = [chr(0x4E00 + 7 * i) + chr(0x5000 + 11 * i) + chr(0x5500 + 13 * i) for i in range(60)]
    before = built["n"]
    for name in names:
        render_receipt(receipt(applicant_name=name, agent=name))
    held = sum(len(b.program) + len(b.deflated) for b in subsets._built.values())
    assert held < 500_000, held  # 48 kept held 764 KB here, most of it dead names' subsets
    assert built["n"] - before == len(names)  # one cut per receipt: the fixed one never again


def test_concurrent_renders_equal_serial_ones():
    """reportlab subsets through one shared file position; unguarded, threads corrupt it."""
    names = ("receipt", "notice", "commitment", "refusal", "guide")
    serial = {name: ALL_DOCS[name]() for name in names}
    results: dict[str, list] = {name: [] for name in names}

    def render(name: str) -> None:
        for _ in range(3):
            with subsets._lock:  # make every thread cut its subsets again
                subsets._built.clear()
            results[name].append(ALL_DOCS[name]())

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads inside subsetting
    try:
        threads = [threading.Thread(target=render, args=(n,)) for n in names for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old)
    assert {name: (len(pdfs), set(pdfs)) for name, pdfs in results.items()} == {
        name: (6, {pdf}) for name, pdf in serial.items()
    }


@needs_poppler
def test_a_new_catalogue_text_prints_its_own_glyphs(tmp_path):
    render_receipt(receipt())
    text = "食品经营许可（仅销售预包装食品）备案变更"
    changed = replace(receipt(), matter_name=text, result_name=text)
    assert squash(pdf_text(render_receipt(changed), tmp_path)).count(text) == 3
