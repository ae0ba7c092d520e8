"""CJK font subsets built once per process and shared by every document.

reportlab embeds the TrueType font as subsets of up to 256 glyphs, numbered in the order the
characters are first drawn, and for every document it cuts each subset out of the 5 MB font
collection and deflates it: about a third of a receipt's render time. A subset is a pure
function of its characters, so built subsets are kept (least recently used dropped first) and
reused; the bytes are the ones reportlab would have written, so documents do not change.

`seeded_canvas` makes reuse likely: the document's fixed text (labels, the matter's texts) gets
its codes first, in sorted order, so receipts that differ only in the applicant's name share
their first, largest subset. Content-keyed, the cache never serves a stale subset when the
catalogue changes: other text is other characters, hence another key.

Subsetting reads the font through one shared file position, so two threads subsetting at once
corrupt each other's subsets: building runs under a lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from .canvas import DocumentCanvas

# Subsets kept: up to about 90 KB each (font program and its deflated copy). Only a document's
# fixed-text subsets are worth keeping (every receipt of a matter shares them); the one holding
# an applicant's name serves that document's re-renders (its draft, its print) and is dead
# weight after. With 48 kept, a counter's day grew by those dead subsets (about 38 KB per
# applicant) until the 48th document (bench/RESULTS.md, issue 22); 16 keep the shared subsets of
# a window's usual matters and fill within the day's first documents.
KEEP = 16


class _Built(NamedTuple):
    program: bytes  # the subset as a TrueType font program
    deflated: bytes  # what reportlab's FlateDecode filter makes of it


_lock = threading.Lock()
_built: OrderedDict[tuple, _Built] = OrderedDict()


class SharedSubsetFace(TTFontFace):
    """A font face whose subsets come from the process-wide cache."""

    def _subset(self, subset: list[int]) -> _Built:
        key = (self.filename, self.subfontNameX, tuple(subset))
        with _lock:
            built = _built.get(key)
            if built is None:
                program = super().makeSubset(subset)
                built = _Built(program, pdfdoc.PDFZCompress.encode(program))
                _built[key] = built
                if len(_built) > KEEP:
                    _built.popitem(last=False)
            else:
                _built.move_to_end(key)
            return built

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 - reportlab's name
        return self._subset(subset).program

    def addSubsetObjects(self, doc, fontname: str, subset: list[int]):  # noqa: ANN001, ANN201, N802
        """reportlab's font objects, with the font program already deflated."""
        descriptor = super().addSubsetObjects(doc, fontname, subset)
        if doc.compression:
            program = doc.idToObject[doc.idToObject[descriptor.name].dict["FontFile2"].name]
            program.content = self._subset(subset).deflated
            # A stream that names its filter is written as is (reportlab's PDFStream.format).
            program.dictionary["Filter"] = pdfdoc.PDFArray(
                [pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)]
            )
        return descriptor


def share(font: TTFont) -> TTFont:
    """Let a registered font use the shared subsets (re-classed: parsing it again takes 0.2 s)."""
    font.face.__class__ = SharedSubsetFace
    return font


def seeded_canvas(font_name: str, fixed_text: str) -> Callable[..., Canvas]:
    """A canvas maker for `doc.build` that assigns `fixed_text` its codes before any drawing."""
    seed = "".join(sorted(set(fixed_text)))

    def make(*args, **kwargs) -> Canvas:
        canvas = DocumentCanvas(*args, font=font_name, **kwargs)
        font = pdfmetrics.getFont(font_name)
        if seed and isinstance(font, TTFont):
            font.splitString(seed, canvas._doc)  # the codes of this document's subsets
        return canvas

    return make
