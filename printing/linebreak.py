"""Chinese line breaking (避头尾) for reportlab's CJK paragraphs, and numbers that never break.

Paragraphs with `wordWrap="CJK"` are split by reportlab's `cjkFragSplit`: it breaks before the
character that overflows and lets one character of its (Japanese) "cannot start a line" list
hang in the margin. Chinese punctuation is missing from that list (，；：？！》 start lines on
paper) and nothing keeps an opening bracket or quote off the end of a line, nor a number or
date in one piece ("64.⏎3%"). `cjk_frag_split` is the same greedy algorithm over reportlab's
own glyph units (`cjkU`, `makeCJKParaLine`), choosing the break point by the rules of GB/T
15834 and the 中文排版需求 (W3C clreq):

- no line starts with a closing mark or pause: ，。、；：？！）》」』】〕 … (and the ASCII ones);
- no line ends with an opening mark: （《「『【〔“‘;
- a number, a date (2026年11月23日, 2026-11-23), a phone number (masked too: 139****5678) or a
  Latin word stays whole.

When the rules leave no break point within the last `MAX_PUSH` characters (a run longer than the
line), it falls back to reportlab's behaviour: hang one closing mark, else break where it fits.
`install()` makes every Paragraph use it (called when the styles are built).
"""

from __future__ import annotations

import re

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START, getCharWidths
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset(
    "，。、；：？！）》」』】〕〉］｝’”…‥・·％‰" + "!),.:;?]}%" + ALL_CANNOT_START
)
CANNOT_END = frozenset("（《「『【〔〈［｛‘“" + "([{" + ALL_CANNOT_END)

#: Runs that never break: Chinese dates, then numbers / codes / Latin words (with their inner
#: points, dashes, slashes, colons and a trailing percent sign).
_UNITS = re.compile(
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日"
    r"|[0-9A-Za-z]+(?:(?:[.,:/\-+·'’]|\*+)[0-9A-Za-z]+)*[%‰％]?"
)
MAX_PUSH = 24  # characters a break may move back to respect the rules


def _glued(text: str) -> list[bool]:
    """glued[k]: no break is allowed between text[k-1] and text[k]."""
    glued = [False] * (len(text) + 1)
    for m in _UNITS.finditer(text):
        for k in range(m.start() + 1, m.end()):
            glued[k] = True
    return glued


def _allowed(text: str, glued: list[bool], b: int) -> bool:
    return not glued[b] and text[b] not in CANNOT_START and text[b - 1] not in CANNOT_END


def break_point(text: str, glued: list[bool], start: int, i: int) -> int:
    """Where the line [start, …) that overflows at character i ends (exclusive)."""
    for b in range(i, max(start + 1, i - MAX_PUSH) - 1, -1):
        if _allowed(text, glued, b):
            return b
    if text[i] in CANNOT_START and i + 1 <= len(text):
        return i + 1  # hang the closing mark in the margin (reportlab's own fallback)
    return max(i, start + 1)


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: ANN001, ANN201, N803
    """reportlab's cjkFragSplit with the Chinese rules for where a line may break."""
    units = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(cjkU(t, f, encoding) for t in text)
        else:
            units.append(cjkU(text, f, encoding))
    text = "".join(u if len(u) == 1 else "\x00" for u in units)
    glued = _glued(text)
    lines: list = []
    max_width = maxWidths[0]

    def width(k: int) -> float:
        w = units[k].width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        return w

    def emit(begin: int, end: int, line_break: bool) -> None:
        nonlocal max_width
        used = sum(width(k) for k in range(begin, end))
        lines.append(
            makeCJKParaLine(units[begin:end], max_width, used, max_width - used, line_break,
                            calcBounds)
        )  # fmt: skip
        try:
            max_width = maxWidths[len(lines)]
        except IndexError:
            max_width = maxWidths[-1]

    n, start, i, used = len(units), 0, 0, 0.0
    while i < n:
        w = width(i)
        if hasattr(units[i].frag, "lineBreak"):
            emit(start, i + 1, True)
            start = i = i + 1
            used = 0.0
            continue
        if used + w > max_width + _FUZZ and used > 0:
            end = break_point(text, glued, start, i)
            emit(start, end, False)
            start = i = end
            used = 0.0
            continue
        used += w
        i += 1
    if start < n and used > 0:
        emit(start, n, False)
    return ParaLines(kind=1, lines=lines)


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: ANN001, ANN201, N803
    """reportlab's wordSplit (a paragraph of one run of text) with the same rules."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    widths = getCharWidths(text, fontName, fontSize)
    if not isinstance(maxWidths, list | tuple):
        maxWidths = [maxWidths]  # noqa: N806
    glued = _glued(text)
    lines: list = []
    n, start, i, used = len(text), 0, 0, 0.0
    max_width = maxWidths[0]
    while i < n:
        if used + widths[i] > max_width + _FUZZ and used > 0:
            end = break_point(text, glued, start, i)
            lines.append([max_width - sum(widths[start:end]), text[start:end]])
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            start = i = end
            used = 0.0
            continue
        used += widths[i]
        i += 1
    if start < n:
        lines.append([max_width - sum(widths[start:n]), text[start:n]])
    return lines


def install() -> None:
    """Every CJK-wrapped Paragraph breaks lines by the Chinese rules."""
    rl_paragraph.cjkFragSplit = cjk_frag_split
    rl_paragraph.wordSplit = word_split
