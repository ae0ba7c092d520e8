"""Users, windows, the append-only audit trail, and the change counter windows poll."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow


class Window(Base):
    __tablename__ = "windows"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))  # clerk | supervisor | administrator
    # deferred: on PostgreSQL no window login may read it (storage.pg_roles); read through
    # services.users._stored_hash
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True)
    must_change_password: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    department_code: Mapped[str | None] = mapped_column(String(32))  # migration 0016
    # Optimistic lock: every ORM update checks and bumps it, so a concurrent change on another
    # window is a refusal (storage.errors.Conflict), never a silently lost update (issue 15).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditEvent(Base):
    """Append-only, hash-chained: `hash` = HMAC(key, prev_hash + canonical row)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None]
    username: Mapped[str] = mapped_column(String(64), default="")
    window: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(48), index=True)
    entity: Mapped[str] = mapped_column(String(48), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[dict | None]
    after: Mapped[dict | None]
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChangeCounter(Base):
    """One row bumped by every write; other windows poll it cheaply to refresh."""

    __tablename__ = "change_counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class Counter(Base):
    """Named counters behind application and document numbers (one row locked per increment)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(48), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class DatabaseIdentity(Base):
    """One row: this database's identifier, made once by migration 0018 (or the first start).

    The audit anchor and the issued-serials ledger kept outside the database are keyed by it,
    so a second database (a demo, a training copy) is never checked against another's head,
    and a backup restored into this database is recognised as this hall's."""

    __tablename__ = "database_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    identifier: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
