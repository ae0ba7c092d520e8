"""Logging: stdlib logging to a rotating file in the data directory, personal data masked.

Every record passing a handler installed here goes through `MaskingFilter` (the message with its
arguments) and `MaskingFormatter` (the formatted line including any traceback), so an ID number
or a mobile number never reaches the log file in full.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .config import data_dir
from .core.masking import mask_text

LOG_NAME = "window-app.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class MaskingFilter(logging.Filter):
    """Renders the message with its arguments, then masks it; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001  (a bad format string must not lose the record)
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = mask_text(message), None
        return True


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted line, tracebacks and stack info included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_text(super().format(record))


def install_masking(handler: logging.Handler) -> logging.Handler:
    handler.addFilter(MaskingFilter())
    fmt = handler.formatter
    handler.setFormatter(MaskingFormatter(fmt._fmt if fmt else FORMAT))  # noqa: SLF001
    return handler


def log_path(directory: Path | None = None) -> Path:
    return (directory or data_dir() / "logs") / LOG_NAME


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Attach the rotating masked file handler to the root logger (idempotent); returns its path."""
    import logging.handlers  # sockets, pickle, …: not loaded by a command before it logs

    path = log_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for existing in root.handlers:
        if (
            isinstance(existing, logging.handlers.RotatingFileHandler)
            and Path(existing.baseFilename) == path.resolve()
        ):
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(install_masking(handler))
    root.setLevel(level)
    return path


@contextmanager
def logging_to_file(directory: Path | None = None) -> Iterator[Path | None]:
    """setup_logging for one command: the handler is removed again when it ends (a command run
    in-process, as the tests do, leaves no open file behind). None when the log cannot be
    written (an unwritable data directory must not stop a command)."""
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path: Path | None = setup_logging(directory)
    except OSError:
        path = None
    try:
        yield path
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
