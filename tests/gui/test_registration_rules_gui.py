"""The registration form (issue 14, part 5): a company without a shareholder is refused with
the message beside the shareholders; the form starts on an authority that has a segment."""

from __future__ import annotations

from window_app.services import code_segments, registration

from test_registration_gui import clerk, segment  # isort: skip  # noqa: F401 (fixtures)
from test_registration_gui import (  # isort: skip
    REP_ID,
    ENTER,
    CTRL,
    _window,
    close,
    fill,
    idle,
    open_registration,
)


def test_a_company_without_shareholder_is_refused_beside_the_field(qtbot, clerk):  # noqa: F811
    page = open_registration(qtbot, clerk)
    fill(qtbot, page, name="湛江市无股东贸易有限公司", domicile="湛江市赤坎区人民大道中1号",
         capital="50", rep="张三", rep_id=REP_ID, scope="日用百货销售")  # fmt: skip
    qtbot.keyClick(page.ui.name, ENTER, CTRL)
    idle(qtbot, clerk)
    assert page.last_result is None
    assert page.ui.investorsError.isVisible()
    assert "公司应至少有一名股东" in page.ui.investorsError.text()
    assert registration.list_enterprises(clerk.ctx.db) == []


def test_the_form_starts_on_an_authority_with_a_segment(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    code_segments.create_segment(
        db, actors["admin"], "霞山区2026", "MA4X", 0, 99, authority_code="440803"
    )
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    try:
        page = open_registration(qtbot, window)
        qtbot.waitUntil(lambda: page.authority() == "440803", timeout=5000)
        idle(qtbot, window)
        assert not page.exhausted and not page.ui.capacity.isVisible()
        # choosing the city bureau says that it has none configured, and where to add one
        page.ui.authority.setCurrentIndex(page.ui.authority.findData("440800"))
        qtbot.waitUntil(lambda: page.ui.capacity.isVisible(), timeout=5000)
        assert "尚未配置" in page.ui.capacity.text() and "代码段管理" in page.ui.capacity.text()
    finally:
        close(qtbot, window)
