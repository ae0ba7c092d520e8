"""How a material is asked for (原件/复印件 and the number of copies), in the UI's language.

One wording for the intake preview and the checklist; English needs the plural (`%n`), which
Qt Linguist's numerus forms give.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def form_and_copies(original: bool, copies: int) -> str:
    """原件 2份 / original, 2 copies."""
    if original:
        return QCoreApplication.translate("Materials", "原件 %n份", "", copies)
    return QCoreApplication.translate("Materials", "复印件 %n份", "", copies)
