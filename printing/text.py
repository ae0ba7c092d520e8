"""Sanitise arbitrary user text before it reaches reportlab.

Paragraph parses a mini-markup, so a stray '<' or '&' in an applicant's name would raise or
silently change the layout; control characters make no sense on paper.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls (tab/newline handled separately), DEL, C1 controls, lone surrogates and
# non-characters that cannot be encoded into the PDF text stream.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def plain(value: object) -> str:
    """Text for canvas.drawString: controls removed, whitespace runs collapsed to one space."""
    if value is None:
        return ""
    s = _CONTROL.sub("", str(value))
    return re.sub(r"[\t\r\n]+", " ", s).strip()


def para(value: object) -> str:
    """Text for Paragraph: controls removed, markup escaped, newlines kept as <br/>."""
    if value is None:
        return ""
    s = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\t", " ")
    return "<br/>".join(_with_fallback(line) for line in s.split("\n"))


def _with_fallback(line: str) -> str:
    """Escaped line; characters the main font lacks (𠮷 …) in their fallback font's markup."""
    from .fonts import font_runs  # reportlab: loaded when something prints

    return "".join(
        escape(run) if font is None else f'<font face="{font}">{escape(run)}</font>'
        for font, run in font_runs(line)
    )
