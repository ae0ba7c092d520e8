"""Chinese must render on a fresh machine: pick a CJK family explicitly, never leave it to chance.

Qt may otherwise choose a Japanese face of Noto CJK, or boxes when nothing matches.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFERRED = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)


def choose_family(configured: str = "") -> str | None:
    families = set(QFontDatabase.families())
    for family in ((configured,) if configured else ()) + PREFERRED:
        if family in families:
            return family
    return None


def apply_cjk_font(app: QApplication, configured: str = "", point_size: int = 11) -> str | None:
    family = choose_family(configured)
    if family is None:
        log.warning("no CJK font found; install fonts-wqy-microhei")
        return None
    font = QFont(family, point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return family
