"""The application's page marks the provisional date itself (issue 14, part 2)."""

from __future__ import annotations

from window_app.services import queries

from test_provisional_marks import ACCEPTED, _accepted  # isort: skip


def test_the_screen_marks_the_statutory_date(qtbot, sqlite_hall, application_page):
    db, actors = sqlite_hall
    number, out = _accepted(db, actors["clerk"])
    page = application_page(db, actors["clerk"], number, "zh_CN")
    detail = queries.application_detail(db, number, on=ACCEPTED)
    text = page._deadline_text(detail)
    first = text.splitlines()[0]
    assert f"承诺 {out.promised_deadline.isoformat()}　" in first
    assert f"法定 {out.statutory_deadline.isoformat()}（暂定）" in first


def test_the_processing_panel_marks_only_the_statutory_date(qtbot, sqlite_hall, application_page):
    from window_app.services import processing

    db, actors = sqlite_hall
    number, out = _accepted(db, actors["clerk"])
    page = application_page(db, actors["clerk"], number, "zh_CN")
    page.processing._show(processing.clock(db, actors["clerk"], number, on=ACCEPTED))
    text = page.processing.ui.deadline.text()
    assert f"承诺 {out.promised_deadline.isoformat()}（剩" in text
    assert f"法定 {out.statutory_deadline.isoformat()}（暂定）" in text
