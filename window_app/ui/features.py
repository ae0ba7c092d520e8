"""Feature modules plug into the main window: each exposes `install(window: MainWindow)`.

Keeping features out of the main window keeps it a thin wiring of actions, views and services.
"""

from __future__ import annotations

import importlib

FEATURES: list[str] = [
    "work_list",
    "intake",
    "lookup",
    "guide_printing",
    "board",
    "registration",
    "registration_filings",
    "change_registration",
    "complaints",
    "spot_checks",
    "admin_desk",
    "queue_panel",
    "queue_setup",
    "rectification",
    "reviewer_inbox",
    "handover_desk",
]


def module_names() -> list[str]:
    return [f"{__package__}.{name}" for name in FEATURES]


def install(window, name: str) -> None:  # noqa: ANN001
    importlib.import_module(f"{__package__}.{name}").install(window)


def install_all(window) -> None:  # noqa: ANN001
    for name in FEATURES:
        install(window, name)
