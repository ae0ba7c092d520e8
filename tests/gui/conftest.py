"""GUI fixtures: the root conftest's seeded SQLite hall, with modal dialogs answered."""

from __future__ import annotations

import pytest

from window_app.ui import dialogs


@pytest.fixture
def gui_hall(sqlite_hall):
    """The seeded hall (copied from the session template); dialogs answer 'yes' unless a test says."""
    dialogs.set_responder(lambda kind, title, text: True)
    yield sqlite_hall
    dialogs.set_responder(None)
