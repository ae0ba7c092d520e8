"""The audit chain's link, byte for byte the same in Python, SQLite and PL/pgSQL (migration 0028).

Each event's `hash` is HMAC-SHA256(key, message), where the message is the previous event's
hash followed by the event's columns as stored, each written as `<length>:<text>` (length in
characters) or `-` for NULL, in this order: id, at, user_id, username, window, action, entity,
entity_id, before, after, reason. `at` is 'YYYY-MM-DD HH:MM:SS.ffffff'; `before`/`after` are
the JSON texts exactly as the database keeps them (SQLite: the text; PostgreSQL's `json` type
keeps its input verbatim). So nothing is decoded or re-encoded to check a row: the database
builds the message of a stored row itself (`message_sql`), and PL/pgSQL computes the same link
when it appends (`audit_append`, with the key's HMAC pads in `audit_chain_key`, a table only
the schema owner reads).

The key lives outside the database in a 0600 file (`audit.key` in the data directory, or
`WINDOW_APP_AUDIT_KEY_FILE`); on PostgreSQL `db upgrade` copies it (as its pads) into
`audit_chain_key` for the append function.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ..config import data_dir
from ..core.errors import DomainError

KEY_ENV = "WINDOW_APP_AUDIT_KEY_FILE"
GENESIS = "0" * 64
CHAIN_LOCK = 7_446_100_001  # the advisory lock serialising appends on PostgreSQL
AT_FORMAT_PG = "YYYY-MM-DD HH24:MI:SS.US"


class AuditKeyMissing(DomainError):
    """The HMAC key file is absent or unreadable: the chain cannot be checked (or extended)."""


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or data_dir() / "audit.key")


def load_key(create: bool = True) -> bytes:
    """The HMAC key; created 0600 on first use. Losing it makes the chain unverifiable."""
    path = key_path()
    if not path.exists():
        if not create:
            raise AuditKeyMissing(
                f"审计密钥文件不存在：{path}；无法校验审计记录（请设置{KEY_ENV}指向原密钥文件）",
                english=f"The audit key file does not exist: {path}. The audit records cannot be verified (set {KEY_ENV} to the original key file).",
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
        except FileExistsError:
            pass  # another process created it first: read theirs
    try:
        key = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError) as exc:
        raise AuditKeyMissing(
            f"审计密钥文件无法读取或格式错误：{path}",
            english=f"The audit key file cannot be read or is malformed: {path}",
        ) from exc
    if len(key) < 16:
        raise AuditKeyMissing(
            f"审计密钥文件内容过短：{path}", english=f"The audit key file is too short: {path}"
        )
    return key


def pads(key: bytes) -> tuple[bytes, bytes]:
    """HMAC-SHA256's inner and outer padded keys (RFC 2104): HMAC(k, m) =
    sha256(outer + sha256(inner + m)). PL/pgSQL computes the link from these with `sha256`."""
    if len(key) > 64:
        key = hashlib.sha256(key).digest()
    key = key.ljust(64, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


# --- the message ---------------------------------------------------------------------------------


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def json_text(value: object) -> str | None:
    """A `before`/`after` value as the JSON text stored (and hashed); None stays NULL."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_default)


def at_text(at: datetime) -> str:
    """`at` as SQLite stores it and PostgreSQL's `to_char(at, AT_FORMAT_PG)` writes it."""
    return at.isoformat(sep=" ", timespec="microseconds")


def _field(value: object) -> str:
    if value is None:
        return "-"
    text = value if type(value) is str else str(value)
    return f"{len(text)}:{text}"


#: the columns of the message after prev_hash, in order
FIELDS = ("id", "at", "user_id", "username", "window", "action", "entity", "entity_id",
          "before", "after", "reason")  # fmt: skip


def message(prev_hash: str, row: dict) -> str:
    """The text the link covers; `row` holds FIELDS as stored (`at` and the JSON as text)."""
    return prev_hash + "".join(_field(row[name]) for name in FIELDS)


def link(key: bytes, prev_hash: str, row: dict) -> str:
    return hmac.digest(key, message(prev_hash, row).encode(), "sha256").hex()


def _field_sql(expr: str, dialect: str) -> str:
    if dialect == "postgresql":
        return f"audit_field(({expr})::text)"
    return f"CASE WHEN {expr} IS NULL THEN '-' ELSE length({expr}) || ':' || {expr} END"


def message_sql(dialect: str) -> str:
    """The SQL expression of a stored row's message (prev_hash included) as UTF-8 bytes,
    computed by the database itself: verification reads one value per row and decodes and
    encodes nothing."""
    columns = {name: name for name in FIELDS}
    columns["window"] = '"window"'
    if dialect == "postgresql":
        columns["at"] = f"to_char(at, '{AT_FORMAT_PG}')"
    text = "prev_hash || " + " || ".join(_field_sql(columns[n], dialect) for n in FIELDS)
    return f"convert_to({text}, 'UTF8')" if dialect == "postgresql" else f"CAST({text} AS BLOB)"


# --- PostgreSQL: the function that computes the link ------------------------------------------

KEY_TABLE = """
CREATE TABLE IF NOT EXISTS audit_chain_key (
    id integer PRIMARY KEY CHECK (id = 1),
    inner_pad bytea NOT NULL,
    outer_pad bytea NOT NULL
)
"""

# A field of the message. Its body holds only immutable operators (`length(value)::text`:
# `integer || text` is STABLE), so PostgreSQL inlines it into a SELECT instead of calling it
# once per field: the verification's message costs ≈ 3 µs a row, not ≈ 26 (issue 22, 0034).
# It writes the same text as 0028's `CASE WHEN value IS NULL THEN '-' ELSE length(value) ||
# ':' || value END` for every value.
AUDIT_FIELD = """
CREATE OR REPLACE FUNCTION audit_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(length(value)::text || ':' || value, '-')
$fn$
"""

# Who the event's actor is comes from the session, not from the caller: a person's own login
# (`<database>.<username>`) is that user; the screens' login records its screens' names (none a
# user's); only the schema owner (db upgrade, a bulk load) or a superuser names the actor and
# time itself. The link is always computed here: a caller sending id, prev_hash or hash is
# refused.
AUDIT_APPEND = f"""
CREATE OR REPLACE FUNCTION audit_append(events json)
RETURNS TABLE (id bigint, at timestamp, user_id integer, username text, hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
#variable_conflict use_column
DECLARE
    k record;
    e json;
    trusted boolean;
    screens boolean := session_user = current_database() || '_screens';
    head_id bigint;
    head_hash text;
    v_at timestamp;
    v_uid integer;
    v_user text;
    v_before json;
    v_after json;
    v_msg text;
BEGIN
    PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
    SELECT inner_pad, outer_pad INTO k FROM audit_chain_key WHERE audit_chain_key.id = 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'audit_append: the chain key is not installed (run db upgrade)';
    END IF;
    trusted := session_user = (SELECT tableowner FROM pg_tables
                               WHERE schemaname = 'public' AND tablename = 'audit_events')
               OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false);
    IF NOT trusted AND NOT screens THEN
        SELECT u.id, u.username INTO v_uid, v_user FROM users u
            WHERE current_database() || '.' || u.username = session_user;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'audit_append: % is not a person of this hall', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT a.id, a.hash INTO head_id, head_hash FROM audit_events a ORDER BY a.id DESC LIMIT 1;
    head_id := coalesce(head_id, 0);
    head_hash := coalesce(head_hash, repeat('0', 64));
    FOR e IN SELECT * FROM json_array_elements(events) LOOP
        IF (e::jsonb) ?| ARRAY['id', 'prev_hash', 'hash'] THEN
            RAISE EXCEPTION 'audit_append: the chain link is computed by the database, not sent'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_at := clock_timestamp()::timestamp;
        IF trusted THEN
            v_at := coalesce((e->>'at')::timestamp, v_at);
            v_uid := (e->>'user_id')::integer;
            v_user := coalesce(e->>'username', '');
        ELSIF screens THEN
            v_uid := NULL;
            v_user := coalesce(e->>'username', '');
            IF EXISTS (SELECT 1 FROM users u WHERE u.username = v_user) THEN
                RAISE EXCEPTION 'audit_append: the screens cannot act as user %', v_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        v_before := CASE WHEN coalesce(json_typeof(e->'before'), 'null') = 'null'
                         THEN NULL ELSE e->'before' END;
        v_after := CASE WHEN coalesce(json_typeof(e->'after'), 'null') = 'null'
                        THEN NULL ELSE e->'after' END;
        head_id := head_id + 1;
        v_msg := head_hash || audit_field(head_id::text)
            || audit_field(to_char(v_at, '{AT_FORMAT_PG}')) || audit_field(v_uid::text)
            || audit_field(v_user) || audit_field(coalesce(e->>'window', ''))
            || audit_field(e->>'action') || audit_field(coalesce(e->>'entity', ''))
            || audit_field(coalesce(e->>'entity_id', '')) || audit_field(v_before::text)
            || audit_field(v_after::text) || audit_field(e->>'reason');
        INSERT INTO audit_events (id, at, user_id, username, "window", action, entity,
                                  entity_id, before, after, reason, prev_hash, hash)
        VALUES (head_id, v_at, v_uid, v_user, coalesce(e->>'window', ''), e->>'action',
                coalesce(e->>'entity', ''), coalesce(e->>'entity_id', ''), v_before, v_after,
                e->>'reason', head_hash,
                encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(v_msg, 'UTF8'))),
                       'hex'))
        RETURNING audit_events.hash INTO head_hash;
        id := head_id; at := v_at; user_id := v_uid; username := v_user; hash := head_hash;
        RETURN NEXT;
    END LOOP;
END
$fn$
"""


def install_key(conn, key: bytes) -> None:  # noqa: ANN001
    """PostgreSQL: the key's pads into `audit_chain_key` (as the schema owner, at db upgrade).
    A different key already installed is refused: the chain would no longer verify."""
    from sqlalchemy import text

    inner, outer = pads(key)
    stored = conn.execute(text("SELECT inner_pad FROM audit_chain_key WHERE id = 1")).first()
    if stored is None:
        conn.execute(
            text("INSERT INTO audit_chain_key (id, inner_pad, outer_pad) VALUES (1, :i, :o)"),
            {"i": inner, "o": outer},
        )
    elif bytes(stored[0]) != inner:
        raise AuditKeyMissing(
            f"审计密钥文件与数据库中的审计链密钥不一致：{key_path()}（请设置{KEY_ENV}指向本大厅的原密钥文件）",
            english=f"The audit key file is not the key this database's chain uses: {key_path()} (set {KEY_ENV} to this hall's original key file).",
        )
