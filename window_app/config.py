"""Where the database and the audit key live; resolved once at start-up."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "window-app"
DATABASE_ENV = "WINDOW_APP_DATABASE"
DATA_DIR_ENV = "WINDOW_APP_DATA_DIR"


def data_dir() -> Path:
    """Per-user data directory (platformdirs), overridable for tests and kiosks."""
    path = Path(os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    private(path)
    return path


def private(path: Path) -> None:
    """Make a directory (0700) or file (0600) of ours private to its owner; the database,
    backups, the audit key, its anchor and the logs hold personal data or protect it."""
    try:
        info = path.stat()
        if info.st_uid == os.geteuid() and info.st_mode & 0o077:
            path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        pass  # not ours or gone: the caller's own access check reports what matters


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'window.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    """--database beats WINDOW_APP_DATABASE beats the per-user SQLite file."""
    return explicit or os.environ.get(DATABASE_ENV) or default_database_url()


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"
