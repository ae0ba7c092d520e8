"""Locate and register one embeddable (TrueType-outline) CJK font for reportlab.

reportlab can only embed TrueType outlines; CFF-based fonts (most .otf, Noto CJK) fail with
"postscript outlines are not supported", and the non-embedded CID fonts show boxes on machines
without viewer fonts. So we search for a TrueType CJK face and fail loudly if there is none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from .subsets import share

FONT_NAME = "WindowCJK"
ENV_VAR = "WINDOW_APP_CJK_FONT"

#: Searched in order after the environment variable. Only TrueType outlines qualify.
KNOWN_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansCJKsc-Regular.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
)

#: Fallback faces for characters the main font lacks (CJK Extension B and later: 𠮷 U+20BB7 …),
#: TrueType outlines reportlab can embed (Debian fonts-hanazono, fonts-babelstone-han).
FALLBACK_PATHS = (
    ("WindowCJKExtB", "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
    ("WindowCJKExtA", "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    ("WindowCJKBabel", "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"),
)

_lock = threading.Lock()
_registered: str | None = None
_fallbacks: list[tuple[str, set[int]]] | None = None


class FontNotFound(RuntimeError):
    """No embeddable CJK font: printed documents would show empty boxes instead of Chinese."""

    def __init__(self, detail: str = "") -> None:
        msg = (
            "未找到可嵌入的中文 TrueType 字体，无法打印中文文书。请安装 fonts-wqy-microhei"
            "（apt-get install fonts-wqy-microhei），或设置环境变量 "
            f"{ENV_VAR} 指向 .ttf/.ttc 字体文件。 / No embeddable CJK TrueType font found; "
            "install the Debian package fonts-wqy-microhei or set "
            f"{ENV_VAR} to a .ttf/.ttc file."
        )
        super().__init__(f"{msg} {detail}".strip())


def _is_truetype(path: Path) -> bool:
    """True for TrueType-outline files (sfnt 0x00010000/'true') and collections ('ttcf').

    A .ttc may hold CFF faces too; the registration attempt below catches that case.
    """
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError:
        return False
    return magic in (b"\x00\x01\x00\x00", b"true", b"ttcf")


def _fc_match() -> str | None:
    """Ask fontconfig for a Chinese face; used only when no known path exists."""
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def candidate_paths() -> list[str]:
    """Paths to try, in order of preference (environment override first)."""
    paths = []
    env = os.environ.get(ENV_VAR)
    if env:
        paths.append(env)
    paths.extend(KNOWN_PATHS)
    return paths


def _try_register(path: str) -> bool:
    p = Path(path)
    if not p.is_file() or p.suffix.lower() == ".otf" or not _is_truetype(p):
        return False
    try:
        font = TTFont(FONT_NAME, str(p), subfontIndex=0)
    except Exception:  # reportlab raises TTFError / plain errors for CFF or broken files
        return False
    if not _covers_chinese(font):
        return False
    pdfmetrics.registerFont(share(font))
    # One face only: map bold/italic to it so <b> markup never raises.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return True


def _covers_chinese(font: TTFont) -> bool:
    """fc-match may return DejaVu when no CJK font exists: require glyphs for common hanzi."""
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in "受理通知书")


def register_cjk_font() -> str:
    """Register the CJK font once per process and return its reportlab font name."""
    global _registered
    if _registered:
        return _registered
    with _lock:
        if _registered:
            return _registered
        tried = candidate_paths()
        env = os.environ.get(ENV_VAR)
        if env and not _try_register(env):
            raise FontNotFound(f"({ENV_VAR}={env} is not an embeddable TrueType CJK font)")
        if not env:
            for path in tried:
                if _try_register(path):
                    break
            else:
                fc = _fc_match()
                if not (fc and _try_register(fc)):
                    raise FontNotFound(f"(tried: {', '.join(tried + [fc or 'fc-match'])})")
        _make_default(FONT_NAME)
        _registered = FONT_NAME
        return _registered


class UnprintableText(ValueError):
    """Text with a character no embedded font has: it would print as a blank, so it is refused."""

    def __init__(self, chars: str) -> None:
        self.chars = chars
        codes = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in chars)
        self.message = (
            f"无法打印：字符{codes}在已安装的字体中都没有，请改用规范汉字或安装 fonts-hanazono"
        )
        self.english = (
            f"Cannot print: no installed font has the character(s) {chars!r}; use standard "
            "characters or install fonts-hanazono."
        )
        super().__init__(self.message)


def _fallback_faces() -> list[tuple[str, set[int]]]:
    """The fallback fonts found on this machine, registered on first need (parsing takes ~1 s)."""
    global _fallbacks
    if _fallbacks is None:
        with _lock:
            if _fallbacks is None:
                found = []
                for name, path in FALLBACK_PATHS:
                    if not Path(path).is_file() or not _is_truetype(Path(path)):
                        continue
                    try:
                        font = TTFont(name, path)
                    except Exception:  # noqa: BLE001 - a broken or CFF file is skipped
                        continue
                    pdfmetrics.registerFont(font)
                    for bold in (0, 1):
                        for italic in (0, 1):
                            addMapping(name, bold, italic, name)
                    found.append((name, set(font.face.charToGlyph)))
                _fallbacks = found
    return _fallbacks


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut into runs by the font that has each character: None for the main font, else
    a fallback's name. Raises UnprintableText for characters no font has."""
    main = pdfmetrics.getFont(register_cjk_font()).face.charToGlyph
    if all(ord(ch) in main or ch in "\n\t" for ch in text):
        return [(None, text)]
    runs: list[tuple[str | None, str]] = []
    missing = ""
    for ch in text:
        font = None
        if ord(ch) not in main:
            font = next((name for name, cmap in _fallback_faces() if ord(ch) in cmap), "")
            if not font:
                missing += ch if ch not in missing else ""
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    if missing:
        raise UnprintableText(missing)
    return runs


def _make_default(name: str) -> None:
    """The embedded font is reportlab's default: a table cell or canvas that names no font
    would otherwise use Helvetica, which no PDF here embeds (pdffonts: emb no)."""
    from reportlab import rl_config
    from reportlab.platypus import tables

    rl_config.canvas_basefontname = name
    tables.CellStyle.fontname = name
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (𠮷) as UTF-16 surrogate pairs:
    reportlab writes their code point as five hex digits, which text extraction misreads."""
    pairs = "\n".join(
        f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, v in enumerate(subset)
    )
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar", pairs,
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])  # fmt: skip


def missing_glyphs(text: str) -> str:
    """The characters of `text` (blanks aside) that neither the embedded document font nor a
    fallback font can draw, each once in order; empty when all print."""
    try:
        font_runs("".join(ch for ch in text if not ch.isspace()))
    except UnprintableText as exc:
        return exc.chars
    return ""
