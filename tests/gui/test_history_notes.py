"""The history's notes (流转记录, 说明) in the UI's language (ui/history_notes.py): what the
services wrote themselves (commitment approval, a suspension's reason, a resumption, the
delivery method) shows in English in an English UI and as stored in Chinese; what the clerk
typed (a suspension's note, a resumption note, the result, a denial's reason) stays as typed in
both; a reason stored without a code (before migration 0006) shows as stored."""

from __future__ import annotations

import re

import pytest

from window_app.core import transition_notes
from window_app.ui import history_notes, i18n
from window_app.ui.application_view import ApplicationPage

from test_transition_notes import on_commitment, reviewed  # isort: skip

CJK = re.compile(r"[\u4e00-\u9fff]")
NOTE = 3  # the history's 说明 column


@pytest.fixture
def walked(gui_hall):
    """One application approved on commitment and delivered by post; one suspended, resumed,
    suspended again, resumed with a note, denied, completed and delivered electronically."""
    db, actors = gui_hall
    clerk = actors["clerk"]
    return db, clerk, on_commitment(db, clerk), reviewed(db, clerk)


@pytest.fixture
def open_page(application_page, walked):
    db, clerk, *_ = walked
    return lambda language, number: application_page(db, clerk, number, language)


def notes(page: ApplicationPage) -> list[str]:
    table = page.ui.history
    return [table.item(row, NOTE).text() for row in range(table.rowCount())]


SHOWN = {
    "en": (
        ["", "", "Commitment approval decided on the spot", "核发食品经营许可证", "By post"],
        ["", "", "", "Hearing: 等待听证会召开", "Review resumed; suspended for 3 working days",
         "Hearing", "申请人已整改", "经营场所不符合要求", "不予许可决定书",
         "Electronic delivery"],
    ),
    "zh_CN": (
        ["", "", "告知承诺当场审批", "核发食品经营许可证", "邮寄送达"],
        ["", "", "", "听证：等待听证会召开", "恢复审查，中止3个工作日", "听证",
         "申请人已整改", "经营场所不符合要求", "不予许可决定书", "电子送达"],
    ),
}  # fmt: skip
TYPED = {
    "等待听证会召开",
    "申请人已整改",
    "经营场所不符合要求",
    "核发食品经营许可证",
    "不予许可决定书",
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_history_notes_in_the_ui_language(open_page, walked, language):
    _, _, first, second = walked
    on_commitment, reviewed = SHOWN[language]
    assert notes(open_page(language, first)) == on_commitment
    assert notes(open_page(language, second)) == reviewed
    if language == "en":  # only what the clerk typed is still Chinese
        for note in (*on_commitment, *reviewed):
            assert not CJK.search(note) or any(typed in note for typed in TYPED), note


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_stored_reasons_without_a_code_show_as_stored(qapp, language):
    try:
        i18n.install(language)
        for code, args in (
            (None, None),  # typed, or written before migration 0006
            ("no_such_note", {}),  # a code from a later version
            (transition_notes.SUSPENDED, {"reason": "coffee"}),
            (transition_notes.RESUMED, {"workdays": "many"}),
            (transition_notes.DELIVERED, {}),
        ):
            assert history_notes.text("邮寄送达", code, args) == "邮寄送达"
        assert history_notes.text(None, None, None) == ""
        one = history_notes.text(
            "恢复审查，中止1个工作日", transition_notes.RESUMED, {"workdays": 1}
        )
        assert one == {"en": "Review resumed; suspended for 1 working day",
                       "zh_CN": "恢复审查，中止1个工作日"}[language]  # fmt: skip
    finally:
        i18n.install("zh_CN")
