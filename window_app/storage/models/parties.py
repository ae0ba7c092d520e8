"""Applicants and the bad-credit list consulted before commitment approval."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from .. import pii
from ..base import Base, utcnow


def _hash_of(column: str, hasher):  # noqa: ANN001, ANN202
    """A Core insert's default: the keyed hash of the plaintext given for `column`."""
    return lambda context: hasher(context.get_current_parameters().get(column))


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    name: Mapped[str] = mapped_column(String(200), index=True)
    # ID and phone numbers are AES-GCM ciphertext (storage.pii, migration 0019); exact lookup
    # probes the keyed hash of the normalised value. Phones are stored as digits only.
    id_number: Mapped[str | None] = mapped_column(pii.Encrypted())
    id_number_hash: Mapped[str | None] = mapped_column(
        String(64), index=True, default=_hash_of("id_number", pii.id_hash)
    )
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    phone: Mapped[str | None] = mapped_column(pii.Encrypted(phone=True))
    phone_hash: Mapped[str | None] = mapped_column(
        String(64), index=True, default=_hash_of("phone", pii.phone_hash)
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @validates("id_number")
    def _id_number(self, _key: str, value: str | None) -> str | None:
        self.id_number_hash = pii.id_hash(value)
        return value

    @validates("phone")
    def _phone(self, _key: str, value: str | None) -> str | None:
        value = pii.normalise_phone(value)
        self.phone_hash = pii.phone_hash(value)
        return value


class BadCreditEntry(Base):
    """An entry of a credit list (信用联合惩戒): `list_kind` is `bad_credit` (失信名单, barred from
    commitment approval) or `abnormal` (经营异常名录); an ID number or USCC (migration 0016)."""

    __tablename__ = "bad_credit_entries"
    __table_args__ = (Index("ix_bad_credit_entries_kind_code_hash", "list_kind", "code_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # encrypted (a person's ID number is one); looked up by its keyed hash (migration 0027)
    code: Mapped[str] = mapped_column(pii.Encrypted())
    code_hash: Mapped[str | None] = mapped_column(
        String(64), index=True, default=_hash_of("code", pii.id_hash)
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    listed_on: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(200), default="")
    list_kind: Mapped[str] = mapped_column(
        String(16), default="bad_credit", server_default="bad_credit"
    )
    authority: Mapped[str] = mapped_column(String(200), default="", server_default="")
    removed_on: Mapped[date | None]

    @validates("code")
    def _code(self, _key: str, value: str) -> str:
        value = pii.normalise_id(value) or ""
        self.code_hash = pii.id_hash(value)
        return value
