"""The administrator's audit check with range workers (issue 22), on both engines: started from
the GUI's worker thread beside Qt's threads (so the workers come from a fork server, and on
PostgreSQL connect on their own in the page's exported snapshot), the progress bar follows the
ranges and the result is the walk's."""

from __future__ import annotations

import pytest

from tests.gui import test_registration_gui as base
from tests.gui.test_admin_desk_gui import verify_on_page
from window_app.services import audit_verify
from window_app.storage import audit_walk


@pytest.fixture
def admin_on_both(qtbot, hall, tmp_path):
    db, actors = hall
    window = base._window(qtbot, db, actors["admin"], tmp_path)
    yield window
    base.close(qtbot, window)


def test_the_audit_page_checks_ranges_in_workers_with_progress(qtbot, admin_on_both, monkeypatch):
    monkeypatch.setattr(audit_verify, "PARALLEL_FROM", 1)
    monkeypatch.setattr(audit_verify, "PARALLEL_RANGE", 3)
    sources = []
    real = audit_walk.check_in_parallel
    monkeypatch.setattr(audit_walk, "check_in_parallel",
                        lambda source, *a: sources.append(source) or real(source, *a))  # fmt: skip
    page, result, reports = verify_on_page(qtbot, admin_on_both, timeout=60_000)
    assert sources, "the ranges were not checked by workers"
    assert result.ok and result.events > 6
    assert len(reports) > 2 and reports == sorted(reports)
    assert page.ui.progress.value() == page.ui.progress.maximum()
    assert "校验通过" in page.ui.result.text() and str(result.events) in page.ui.result.text()
    base.shoot(admin_on_both, f"desk-audit-workers-{admin_on_both.ctx.db.engine.dialect.name}")
