"""Migration 0028's re-seal of the audit trail: personal data out of old events, the new link.

Events written before migration 0027 hold investors' ID numbers (and other personal numbers)
in plain text in `before`/`after`. The re-seal, run once by `db upgrade`:
1. walks the old chain (the JSON form `legacy_message` reproduces) and refuses to go on if it
   does not verify with this hall's key: a broken chain is never laundered by a re-seal;
2. encrypts every personal number in the old payloads with the hall's data key (storage.pii):
   values under a personal key (`PII_KEYS`) and any string holding an ID or mobile number;
   `reason` likewise, `entity_id` (64 characters) masked;
3. re-links every event from the first with the message of `storage.audit_chain` (the old form
   cannot be computed by PL/pgSQL), page by page;
4. appends `audit.resealed`: the old head (id, hash) before, the new head after, how many
   events held personal data. An anchor a window kept before the re-seal is read against it.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Connection, text

from ..core.errors import DomainError
from ..core.masking import has_personal_number, mask_text
from . import pii
from .audit_chain import FIELDS, GENESIS, at_text, json_text, link, load_key, message

RESEALED = "audit.resealed"
PAGE = 2_000
PII_KEYS = frozenset({
    "identifier", "id_number", "legal_rep_id", "agent_id_number", "phone", "complainant_phone",
    "mobile", "id_card",
})  # fmt: skip

# --- the form before 0028 (JSON of the row, keys sorted) ----------------------------------------

_string = json.encoder.encode_basestring
_encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def _value(value: object) -> str:
    if type(value) is str:
        return _string(value)
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    return _encode(value)


def legacy_message(prev_hash: str, row: dict) -> str:
    """The message the link covered before 0028: `prev_hash` + the sorted JSON of the row."""

    def js(stored: str | None) -> str:
        return "null" if stored is None else _value(json.loads(stored))

    return prev_hash + (  # noqa: UP031 (the form as it was)
        '{"action": %s, "after": %s, "at": "%s", "before": %s, "entity": %s, "entity_id": %s, '
        '"id": %s, "reason": %s, "user_id": %s, "username": %s, "window": %s}'
    ) % (
        _value(row["action"]), js(row["after"]), row["at"].replace(" ", "T", 1), js(row["before"]),
        _value(row["entity"]), _value(row["entity_id"]), _value(row["id"]), _value(row["reason"]),
        _value(row["user_id"]), _value(row["username"]), _value(row["window"]),
    )  # fmt: skip


# --- personal data out --------------------------------------------------------------------------


def _scrub(value: object, key: str | None = None) -> object:
    if isinstance(value, dict):
        return {k: _scrub(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, key) for v in value]
    if (
        isinstance(value, str) and value and not value.startswith(pii.PREFIX)
        and (key in PII_KEYS or has_personal_number(value))
    ):  # fmt: skip
        return pii.encrypt(value)
    return value


def scrub(row: dict) -> bool:
    """Encrypt the personal numbers of one stored row (texts) in place; whether any changed."""
    changed = False
    for name in ("before", "after"):
        stored = row[name]
        if stored is None:
            continue
        value = json.loads(stored)
        clean = _scrub(value)
        if clean != value:
            row[name] = json_text(clean)
            changed = True
    if row["reason"] and has_personal_number(row["reason"]):
        row["reason"] = pii.encrypt(row["reason"])
        changed = True
    if row["entity_id"] and has_personal_number(row["entity_id"]):
        row["entity_id"] = mask_text(row["entity_id"])
        changed = True
    return changed


# --- the walk -----------------------------------------------------------------------------------


def _select(dialect: str) -> str:
    if dialect == "postgresql":
        at, before, after = "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')", "before::text", "after::text"
    else:
        at, before, after = "at", "before", "after"
    return (
        f'SELECT id, {at} AS at, user_id, username, "window", action, entity, '
        f"entity_id, {before} AS before, {after} AS after, reason, prev_hash, hash "
        "FROM audit_events WHERE id > :after_id ORDER BY id LIMIT :page"
    )


def _pages(conn: Connection, select) -> Iterator[list[dict]]:  # noqa: ANN001
    after_id = 0
    while True:
        page = [
            dict(r._mapping) for r in conn.execute(select, {"after_id": after_id, "page": PAGE})
        ]
        if page:
            yield page
        if len(page) < PAGE:
            return
        after_id = page[-1]["id"]


def _triggers(conn: Connection, on: bool) -> None:
    """The append-only triggers of migration 0002, off for the re-seal and on again."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"ALTER TABLE audit_events {'ENABLE' if on else 'DISABLE'} "
                          "TRIGGER audit_events_no_change"))  # fmt: skip
        return
    if on:
        for what in ("UPDATE", "DELETE"):
            conn.execute(text(
                f"CREATE TRIGGER audit_events_no_{what.lower()} BEFORE {what} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            ))  # fmt: skip
    else:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))


def _links(key: bytes, prev_hash: str, row: dict) -> bool:
    """Whether the row's stored hash is its link in the old form, or already in the new one."""
    for make in (legacy_message, message):
        digest = hmac.digest(key, make(prev_hash, row).encode(), "sha256").hex()
        if hmac.compare_digest(digest, row["hash"]):
            return True
    return False


def chain_breaks(
    conn: Connection, key: bytes, *, first_only: bool = False
) -> list[tuple[int, str]]:
    """(id, problem) of every event that breaks the chain, each link read in the form before
    0028 or the new one: a trail written before the re-seal (an old backup) is checked as it
    was sealed."""
    breaks: list[tuple[int, str]] = []
    prev, expected = GENESIS, 1
    for page in _pages(conn, text(_select(conn.dialect.name))):
        for row in page:
            if row["id"] != expected:
                breaks.append((row["id"], f"rows {expected}..{row['id'] - 1} removed"))
            if row["prev_hash"] != prev:
                breaks.append((row["id"], "previous-hash link broken (row removed or inserted)"))
            if not _links(key, prev, row):
                breaks.append((row["id"], "content does not match its hash (row altered)"))
            if breaks and first_only:
                return breaks
            prev, expected = row["hash"], row["id"] + 1
    return breaks


def _old_chain_refused(ident: int, problem: str) -> DomainError:
    return DomainError(
        f"升级前的审计记录校验未通过（事件{ident}：{problem}）：审计链未重新封存，数据库未升级；"
        "请用原审计密钥文件重试，或从备份恢复",
        english=f"The audit trail does not verify before the upgrade (event {ident}: {problem}); "
        "it was not re-sealed and the database was not upgraded. Retry with the original audit "
        "key file, or restore a backup.",
    )


def reseal(conn: Connection) -> dict | None:
    """Re-seal the trail (see the module's text); None when it is empty."""
    dialect = conn.dialect.name
    head = conn.execute(text("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")).first()
    if head is None:
        return None
    key = load_key(create=False)
    select = text(_select(dialect))
    json_bind = "CAST(:{} AS json)" if dialect == "postgresql" else ":{}"
    update = text(
        f"UPDATE audit_events SET before = {json_bind.format('before')}, "
        f"after = {json_bind.format('after')}, reason = :reason, entity_id = :entity_id, "
        "prev_hash = :new_prev, hash = :new_hash WHERE id = :id"
    )
    # first the old chain, whole: nothing is rewritten unless all of it verifies
    breaks = chain_breaks(conn, key, first_only=True)
    if breaks:
        raise _old_chain_refused(*breaks[0])
    if dialect == "sqlite":  # the plaintext an update replaces is zeroed in the file
        conn.execute(text("PRAGMA secure_delete = ON"))
    _triggers(conn, on=False)
    new_prev, scrubbed, first_changed = GENESIS, 0, None
    for page in _pages(conn, select):
        for row in page:
            scrubbed += scrub(row)
            row["new_prev"], row["new_hash"] = new_prev, link(key, new_prev, row)
            new_prev = row["new_hash"]
            if first_changed is None and new_prev != row["hash"]:
                first_changed = row["id"]
        conn.execute(update, page)
    _triggers(conn, on=True)
    if first_changed is None:  # already in the new form (upgraded, downgraded, upgraded again)
        return None
    now = datetime.now()
    event = {
        "id": head.id + 1, "at": at_text(now), "user_id": None, "username": "system",
        "window": "", "action": RESEALED, "entity": "audit", "entity_id": "0028",
        "before": json_text({"head": [head.id, head.hash]}),
        "after": json_text({"head": [head.id, new_prev], "from_event": first_changed,
                            "events_with_personal_data": scrubbed}),
        "reason": "db upgrade 0028: personal numbers encrypted, chain re-sealed",
    }  # fmt: skip
    event["prev_hash"], event["hash"] = new_prev, link(key, new_prev, event)
    columns = ", ".join('"window"' if c == "window" else c for c in (*FIELDS, "prev_hash", "hash"))
    values = ", ".join(
        json_bind.format(c) if c in ("before", "after") else f":{c}"
        for c in (*FIELDS, "prev_hash", "hash")
    )
    event_params = {**event, "at": now} if dialect == "postgresql" else event
    conn.execute(text(f"INSERT INTO audit_events ({columns}) VALUES ({values})"), event_params)
    return {"old_head": (head.id, head.hash), "new_head": (event["id"], event["hash"]),
            "scrubbed": scrubbed}  # fmt: skip
