"""Every screen names a state in the UI's language (ui/state_names.py)."""

from __future__ import annotations

from datetime import date

from window_app.core.states import LABELS_ZH, State
from window_app.services.queries import WorkItem
from window_app.ui import i18n, state_names
from window_app.ui.work_list import WorkListModel


def test_the_literal_names_are_the_services_labels():
    assert sorted(state_names.SOURCES) == sorted(LABELS_ZH.values())


def test_names_follow_the_installed_language(qapp):
    try:
        i18n.install("en")
        assert state_names.name("accepted") == "Accepted"
        assert state_names.name(State.CORRECTION) == "Awaiting correction"
        english = state_names.names()
        assert not any("\u4e00" <= c <= "\u9fff" for name in english.values() for c in name)
    finally:
        i18n.install("zh_CN")
    assert state_names.name("accepted") == "已受理"


def test_the_work_list_shows_the_state_in_english(qapp):
    item = WorkItem(
        "20261202-0001", "SC-0006", "食品经营许可", "张三", "440802********1234", "accepted",
        "已受理", "in_person", date(2026, 12, 2), date(2026, 12, 2), date(2026, 12, 16),
        "green", False, "A01", "李四",
    )  # fmt: skip
    try:
        i18n.install("en")
        model = WorkListModel()
        model.set_records([item])
        assert model.index(0, 4).data() == "Accepted"
        assert model.index(0, 6).data() == "● On time"
    finally:
        i18n.install("zh_CN")
    model = WorkListModel()
    model.set_records([item])
    assert model.index(0, 4).data() == "已受理"
