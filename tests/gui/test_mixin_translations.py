"""A page put together from mixins shows every mixin's text in English.

A mixin's `self.tr()` messages sit in the mixin's own translation context (docs/ARCHITECTURE.md);
Qt finds them through the page's class hierarchy. Here every message of the page's and its
mixins' contexts in the English .ts is asked of the page itself, with the English .qm installed:
one left unfinished when its code moved to a mixin (lupdate starts a new context empty), or one
that never reached the .qm, comes back in Chinese and fails.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QWidget

from window_app.ui import i18n
from window_app.ui.application_view import ApplicationPage
from window_app.ui.board import BoardPage
from window_app.ui.intake import IntakePage
from window_app.ui.registration import RegistrationPage

PAGES = (ApplicationPage, BoardPage, IntakePage, RegistrationPage)


def _contexts() -> dict[str, dict[str, str | None]]:
    """context name -> {source: English, None while unfinished}, singular messages without a
    comment (those are asked with their disambiguation)."""
    root = ET.parse(i18n.translations_dir() / "window_app_en.ts").getroot()
    out: dict[str, dict[str, str | None]] = {}
    for context in root.iter("context"):
        messages = out.setdefault(context.findtext("name", ""), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                message.get("numerus") == "yes"
                or message.find("comment") is not None
                or translation is None
            ):
                continue
            finished = translation.get("type") is None
            messages[message.findtext("source", "")] = translation.text if finished else None
    return out


def _mixins(page: type) -> list[type]:
    """The page's own classes: itself and the mixins it is made of (not Qt's)."""
    return [c for c in page.__mro__ if c.__module__.startswith("window_app.ui.")]


@pytest.mark.parametrize("page", PAGES, ids=[p.__name__ for p in PAGES])
def test_every_mixin_text_is_english_on_its_page(qapp, page):
    contexts = _contexts()
    classes = _mixins(page)
    assert len(classes) >= 2, classes  # the page and at least one mixin
    probe = page.__new__(page)  # the page's class hierarchy, without its services
    QWidget.__init__(probe)
    try:
        i18n.install("en")
        wrong = []
        for cls in classes:
            messages = contexts.get(cls.__name__, {})
            if cls is not page:
                assert messages, f"{cls.__name__} has no messages in the .ts"
            for source, english in messages.items():
                if probe.tr(source) != english:
                    wrong.append((cls.__name__, source, probe.tr(source)))
        assert wrong == []
    finally:
        i18n.install("zh_CN")
        probe.deleteLater()
