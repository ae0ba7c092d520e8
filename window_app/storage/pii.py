"""ID-card and phone numbers (and free text holding personal data: delivery addresses, contact
phones) at rest: AES-GCM ciphertext in the column, and a keyed hash
(HMAC-SHA256) of the normalised value in an indexed column beside it for exact lookup.

The hall key (32 random bytes, hex) lives outside the database in a 0600 file: `data.key` beside
the database in the data directory, or `WINDOW_APP_DATA_KEY_FILE`. It is created at first run.
A copied database or backup without it holds no readable identity numbers; a hall that loses it
loses those numbers (names, applications and documents stay readable). Every window of a
PostgreSQL hall needs the same file, like the audit key.

Columns typed `Encrypted` encrypt on every write (ORM and Core alike: the services, the demo's
bulk load, the bench generator) and decrypt on every read, the fast read path included.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import JSON, LargeBinary, String, Text
from sqlalchemy.types import TypeDecorator

from ..config import DATA_DIR_ENV, data_dir, private
from .errors import StorageError

KEY_ENV = "WINDOW_APP_DATA_KEY_FILE"
PREFIX = "g1:"  # AES-GCM, 12-byte nonce, base64 (urlsafe, unpadded)
CIPHER_LENGTH = 120  # a 32-character value encrypts to 3 + 80 characters

__all__ = [
    "DOCUMENT_KEYS", "KEY_ENV", "DataKeyMissing", "Encrypted", "EncryptedBytes", "EncryptedText", "SealedJSON", "decrypt", "encrypt", "id_hash", "key_path",
    "load_key", "normalise_id", "normalise_phone", "phone_hash",
]  # fmt: skip


class DataKeyMissing(StorageError):
    """The hall's data key file is absent, unreadable or not the key these values were
    encrypted with."""


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or data_dir() / "data.key")


_KEYS: dict[tuple[str | None, str | None], tuple[AESGCM, bytes]] = {}


def _missing(path: Path, what: str, what_en: str) -> DataKeyMissing:
    return DataKeyMissing(
        f"数据密钥文件{what}：{path}；身份证号码和电话号码无法读写（请设置{KEY_ENV}指向本大厅的密钥文件）",
        english=f"The data key file {what_en}: {path}. ID and phone numbers cannot be read or written (set {KEY_ENV} to this hall's key file).",
    )


def load_key(create: bool = True) -> bytes:
    """The hall key; created 0600 at first use when `create`."""
    path = key_path()
    if not path.exists():
        if not create:
            raise _missing(path, "不存在", "does not exist")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
        except FileExistsError:
            pass  # another process created it first: read theirs
    private(path)
    try:
        key = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError) as exc:
        raise _missing(path, "无法读取或格式错误", "cannot be read or is malformed") from exc
    if len(key) != 32:
        raise _missing(path, "长度不对（应为 64 个十六进制字符）", "has the wrong length (64 hex digits expected)")  # fmt: skip
    return key


def _keys() -> tuple[AESGCM, bytes]:
    """(cipher, hash key) for the key file in force; two subkeys derived from the hall key."""
    where = (os.environ.get(KEY_ENV), os.environ.get(DATA_DIR_ENV))
    keys = _KEYS.get(where)
    if keys is None:
        # created by `db upgrade` (migration 0019) at first run, never silently here: a new key
        # beside ciphertext made under a lost one would mix two keys in one hall
        master = load_key(create=False)
        enc = hmac.new(master, b"window-app aes-gcm v1", hashlib.sha256).digest()
        mac = hmac.new(master, b"window-app lookup hmac v1", hashlib.sha256).digest()
        keys = _KEYS[where] = (AESGCM(enc), mac)
    return keys


def forget_keys() -> None:
    """Drop the cached keys (a test or a restore that changes the key file)."""
    _KEYS.clear()


def encrypt(value: str) -> str:
    nonce = os.urandom(12)
    sealed = _keys()[0].encrypt(nonce, value.encode("utf-8"), None)
    return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        raise DataKeyMissing(
            "数据库中有未加密的身份证号码或电话号码：请先运行 window-app db upgrade",
            english="The database holds unencrypted ID or phone numbers: run window-app db upgrade first.",
        )
    raw = base64.urlsafe_b64decode(stored[len(PREFIX) :] + "=" * (-len(stored) % 4))
    try:
        return _keys()[0].decrypt(raw[:12], raw[12:], None).decode("utf-8")
    except InvalidTag:
        raise _missing(key_path(), "不是加密这些数据所用的密钥", "is not the key these values were encrypted with") from None  # fmt: skip


BLOB_PREFIX = PREFIX.encode("ascii")  # a stored file: prefix, 12-byte nonce, ciphertext


def encrypt_bytes(data: bytes) -> bytes:
    nonce = os.urandom(12)
    return BLOB_PREFIX + nonce + _keys()[0].encrypt(nonce, data, None)


def decrypt_bytes(stored: bytes) -> bytes:
    if not stored.startswith(BLOB_PREFIX):
        raise DataKeyMissing(
            "数据库中有未加密的扫描件：请先运行 window-app db upgrade",
            english="The database holds unencrypted scanned files: run window-app db upgrade first.",
        )
    raw = stored[len(BLOB_PREFIX) :]
    try:
        return _keys()[0].decrypt(raw[:12], raw[12:], None)
    except InvalidTag:
        raise _missing(key_path(), "不是加密这些数据所用的密钥", "is not the key these values were encrypted with") from None  # fmt: skip


_NOT_DIGIT = re.compile(r"\D")


def normalise_phone(value: str | None) -> str | None:
    """Digits only (a leading + and hyphens, spaces dropped); None for nothing."""
    digits = _NOT_DIGIT.sub("", value or "")
    return digits or None


def normalise_id(value: str | None) -> str | None:
    text = "".join((value or "").split()).upper()
    return text or None


def _hash(kind: bytes, value: str) -> str:
    return hmac.new(_keys()[1], kind + b"\0" + value.encode("utf-8"), hashlib.sha256).hexdigest()


def id_hash(value: str | None) -> str | None:
    """The keyed hash of a normalised ID number (or USCC), for an index probe."""
    norm = normalise_id(value)
    return _hash(b"id", norm) if norm else None


def phone_hash(value: str | None) -> str | None:
    """The keyed hash of a phone number's digits, for an index probe."""
    norm = normalise_phone(value)
    return _hash(b"phone", norm) if norm else None


class Encrypted(TypeDecorator[str]):
    """A text column stored as AES-GCM ciphertext under the hall key (None stays NULL)."""

    impl = String(CIPHER_LENGTH)
    cache_ok = True

    def __init__(self, *, phone: bool = False):
        super().__init__()
        self.phone = phone  # store a phone number's digits only

    def process_bind_param(self, value: str | None, dialect) -> str | None:  # noqa: ANN001
        if self.phone:
            value = normalise_phone(value)
        return None if value is None else encrypt(value)

    def process_result_value(self, value: str | None, dialect) -> str | None:  # noqa: ANN001
        return None if value is None else decrypt(value)


class EncryptedText(Encrypted):
    """Encrypted, for values of any length (an enterprise change's value before and after)."""

    impl = Text
    cache_ok = True


# identity numbers, and a filing's contact phone (free text as typed; migration 0029)
SEALED_KEYS = frozenset({"identifier", "id_number", "contact"})
# an issued document's payload: the delivery address (a post address or an e-mail/online
# account) printed in full on the pickup slip (migration 0029)
DOCUMENT_KEYS = frozenset({"address"})


def seal(value: object, keys: frozenset[str] = SEALED_KEYS) -> object:
    """`value` (JSON: dicts, lists, scalars) with every string under a key of `keys` encrypted
    (an investor's identifier, a legal representative's ID number); idempotent."""
    if isinstance(value, dict):
        return {
            k: (encrypt(v) if k in keys and isinstance(v, str) and not v.startswith(PREFIX)
                else seal(v, keys))
            for k, v in value.items()
        }  # fmt: skip
    if isinstance(value, list):
        return [seal(v, keys) for v in value]
    return value


def unseal(value: object, keys: frozenset[str] = SEALED_KEYS) -> object:
    """The inverse of `seal`."""
    if isinstance(value, dict):
        return {
            k: (decrypt(v) if k in keys and isinstance(v, str) else unseal(v, keys))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [unseal(v, keys) for v in value]
    return value


class SealedJSON(TypeDecorator[object]):
    """A JSON column whose personal values (those under `keys`, SEALED_KEYS unless told) are
    stored encrypted: an enterprise's investors, a registration filing's request, an issued
    document's delivery address (DOCUMENT_KEYS)."""

    impl = JSON
    cache_ok = True

    def __init__(self, keys: frozenset[str] = SEALED_KEYS):
        super().__init__()
        self.keys = frozenset(keys)

    def process_bind_param(self, value: object, dialect) -> object:  # noqa: ANN001
        return None if value is None else seal(value, self.keys)

    def process_result_value(self, value: object, dialect) -> object:  # noqa: ANN001
        return None if value is None else unseal(value, self.keys)


class EncryptedBytes(TypeDecorator[bytes]):
    """A binary column stored as AES-GCM ciphertext: the case file's scans (ID cards among
    them), migration 0029."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect) -> bytes | None:  # noqa: ANN001
        return None if value is None else encrypt_bytes(bytes(value))

    def process_result_value(self, value: bytes | None, dialect) -> bytes | None:  # noqa: ANN001
        return None if value is None else decrypt_bytes(bytes(value))
