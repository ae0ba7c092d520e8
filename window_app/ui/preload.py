"""Import the rest of the application off the UI thread while the shell is already on screen.

Importing SQLAlchemy, pydantic, the services and the features' libraries takes about a second;
done on the UI thread it would keep the window from appearing and freeze it afterwards. A worker
thread imports them instead (the import system is thread-safe); the UI thread waits for the job
in its event loop, so it keeps painting, and then finds every module already loaded.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .features import module_names

if TYPE_CHECKING:
    from ..storage.database import Database

# What opening the database and signing in need (startup_checks and the dialogs it shows).
BEFORE_LOGIN = ("window_app.ui.startup_checks", "window_app.ui.context", "window_app.ui.lock")


def import_all(names: tuple[str, ...] | list[str]) -> None:
    for name in names:
        importlib.import_module(name)


def before_login() -> None:
    import_all(BEFORE_LOGIN)


# Screens the features import only when they install or open them (to break import cycles).
OPENED_BY_FEATURES = tuple(
    f"window_app.ui.{name}"
    for name in (
        "application_view", "catalogue_browser", "code_segments_admin", "licence_exchange",
        "licence_print", "print_preview", "settings_dialog",
    )
)  # fmt: skip


def features(db: Database | None = None) -> None:
    """The feature modules and what they import (the services, QtPdf for previews); with the
    database, also the first screens' statements compiled (`services.warm_up`)."""
    import_all([*module_names(), *OPENED_BY_FEATURES])
    if db is not None:
        from ..services.warm_up import prepare_hot_statements

        prepare_hot_statements(db)
