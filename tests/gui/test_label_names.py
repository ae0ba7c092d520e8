"""Labels from below the UI in the UI's language (ui/label_names.py): an application opened in
English shows the checklist's results, the submission channel and the history in English; in
Chinese, the services' Chinese labels (which paper and the command line keep using). Also the
delivery methods of the processing dialogs and the catalogue browser's columns."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from window_app.core.catalogue_terms import DELIVERIES
from window_app.core.checklist import STATUS_LABELS, ItemStatus, Mark
from window_app.core.idcard import check_digit
from window_app.services import guides, intake, spot_checks
from window_app.services.notice import issue_notice
from window_app.ui import i18n, label_names
from window_app.ui.application_view import ApplicationPage
from window_app.ui.catalogue_browser import MattersModel
from window_app.ui.checklist_model import STATUS
from window_app.ui.processing_dialogs import CompletionDialog, DeliveryDialog

DAY = date(2026, 12, 1)
FOOD = "SC-0006"  # 食品经营许可: application_form, business_licence, layout, safety_rules
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_literal_names_are_the_services_labels():
    assert sorted(label_names.ITEM_STATUS_SOURCES) == sorted(STATUS_LABELS.values())
    assert sorted(label_names.CHANNEL_SOURCES) == sorted(intake.CHANNELS.values())
    assert sorted(label_names.GUIDE_VARIANT_SOURCES) == sorted(guides.VARIANT_LABELS.values())
    assert sorted(label_names.SPOT_CHECK_RESULT_SOURCES) == sorted(spot_checks.RESULTS.values())
    assert sorted(label_names.SPOT_CHECK_POPULATION_SOURCES) == sorted(
        spot_checks.POPULATION_LABELS.values()
    )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_name_has_its_language(qapp, language):
    try:
        i18n.install(language)
        for names, keys in (
            (label_names.ITEM_STATUSES, list(ItemStatus)),
            (label_names.CHANNELS, list(intake.CHANNELS)),
            (label_names.GUIDE_VARIANTS, list(guides.VARIANTS)),
            (label_names.DELIVERY_METHODS, list(DELIVERIES)),
            (label_names.SPOT_CHECK_RESULTS, list(spot_checks.RESULTS)),
            (label_names.SPOT_CHECK_POPULATIONS, list(spot_checks.POPULATION_LABELS)),
        ):
            shown = [names.name(key) for key in keys]
            assert len(set(shown)) == len(keys)
            assert all(bool(CJK.search(name)) == (language == "zh_CN") for name in shown), shown
    finally:
        i18n.install("zh_CN")


def test_dialogs_and_the_catalogue_browser_in_english(qtbot):
    try:
        i18n.install("en")
        for dialog in (CompletionDialog(), DeliveryDialog("post")):
            qtbot.addWidget(dialog)
            methods = [dialog.ui.method.itemText(i) for i in range(dialog.ui.method.count())]
            assert methods == ["Collected at the window", "By post", "Electronic delivery"]
        assert label_names.matter_type("行政许可") == "Administrative licensing"
        model = MattersModel()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert headers[:3] == ["Code", "Matter", "Type"]
        assert not any(CJK.search(h) for h in headers), headers
    finally:
        i18n.install("zh_CN")
    assert label_names.matter_type("行政许可") == "行政许可"
    dialog = DeliveryDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.method.itemText(1) == "邮寄送达"


@pytest.fixture
def posted(gui_hall):
    """An application sent by post: two items received, the rest missing, a one-time notice."""
    db, actors = gui_hall
    first17 = "44080219850312123"
    applicant = intake.ApplicantInput("person", "王小明", id_number=first17 + check_digit(first17))
    started = intake.start_application(
        db, actors["clerk"], matter_code=FOOD, applicant=applicant, channel="post", on=DAY,
        marks=[Mark("application_form", "received"), Mark("business_licence", "received")],
    )  # fmt: skip
    issue_notice(
        db, actors["clerk"], started.number, marks=[Mark("layout", "missing")], on=DAY
    )  # fmt: skip
    return db, actors["clerk"], started.number


@pytest.fixture
def open_page(application_page, posted):
    db, clerk, number = posted
    return lambda language: application_page(db, clerk, number, language)


def results(page: ApplicationPage) -> dict[str, str]:
    model = page.model
    return {
        key: model.index(model.row_of(key), STATUS).data() for key in ("business_licence", "layout")
    }


def history(page: ApplicationPage) -> list[str]:
    table = page.ui.history
    return [table.item(row, col).text() for row in range(table.rowCount()) for col in (1, 3)]


SHOWN = {  # results of business_licence and layout, channel, states, the notice's problem
    "en": ("Received", "Missing", "By post ", "Received", "Awaiting correction", " (Missing)"),
    "zh_CN": ("已收取", "缺少", "邮寄\u3000", "已接收", "补正中", "（缺少）"),
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_application_view_in_the_ui_language(open_page, language):
    received, missing, channel, first, correction, problem = SHOWN[language]
    page = open_page(language)
    assert results(page) == {"business_licence": received, "layout": missing}
    assert page.ui.received.text().startswith(channel)
    shown = history(page)
    assert shown[0] == first and correction in shown
    assert any(text.endswith(problem) for text in shown), shown
    if language == "en":
        assert not any(CJK.search(text) for text in (*results(page).values(), *shown[:3]))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_deadline_summary_in_the_ui_language(application_page, gui_hall, language):
    """The receipt's stored Chinese explanation shows in Chinese only; in English the processing
    panel explains the deadline."""
    from test_processing import accepted  # isort: skip

    db, actors = gui_hall
    number = accepted(db, actors["clerk"], DAY)
    page = application_page(db, actors["clerk"], number, language)
    summary = page.ui.deadline.text()
    assert page.detail.deadline_explanation and CJK.search(page.detail.deadline_explanation)
    if language == "en":
        assert not CJK.search(summary), summary
        assert not CJK.search(page.processing.ui.explanation.text())
    else:
        assert page.detail.deadline_explanation in summary
