"""One declarative Base with a constraint naming convention so migrations stay stable."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict: JSON, list: JSON}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def as_local(stored: datetime) -> datetime:
    """A time stored by `utcnow` (naive UTC) as the hall's local wall-clock time (naive, like
    the times the rest of the app keeps and shows: complaints, queue tickets)."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def as_utc(stored: datetime) -> datetime:
    """A time stored by `utcnow`, marked as UTC (an export says which clock it is)."""
    return stored.replace(tzinfo=UTC)
