"""How a material is asked for, in the UI's language: English counts copies in the plural."""

from __future__ import annotations

import pytest

from window_app.ui import i18n
from window_app.ui.material_text import form_and_copies

SHOWN = {
    "en": ("original, 1 copy", "original, 3 copies", "photocopy, 1 copy", "photocopy, 2 copies"),
    "zh_CN": ("原件 1份", "原件 3份", "复印件 1份", "复印件 2份"),
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_form_and_copies(qapp, language):
    try:
        i18n.install(language)
        shown = (form_and_copies(True, 1), form_and_copies(True, 3),
                 form_and_copies(False, 1), form_and_copies(False, 2))  # fmt: skip
        assert shown == SHOWN[language]
    finally:
        i18n.install("zh_CN")
