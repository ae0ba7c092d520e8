"""Restoring a SQLite backup without erasing history (issue 15).

A backup is checked before anything is replaced: a sound SQLite file with this app's schema,
an audit chain that verifies with this hall's key, and this hall's database identifier (a file
from another hall is refused). The restore is then recorded as an audit event in the restored
chain (which backup, its digest, the head it replaced), the counters are moved above the
serials already issued (the ledger kept beside the anchor), and the anchor follows the new head.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from ..storage import audit_reseal, backup, migrate, pii
from ..storage.backup import BackupError
from ..storage.database import Database
from ..storage.models import AuditEvent, DatabaseIdentity
from . import audit, audit_verify, ledger
from .context import SYSTEM, Actor, Role

APP_TABLES = {"alembic_version", "audit_events", "users", "applications", "enterprises"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    revision: str
    database: str | None  # None: made before migration 0018
    events: int
    head: tuple[int, str] | None


def _refuse(message: str, english: str) -> BackupError:
    return BackupError(message, english=english)


def inspect_backup(source: Path, key: bytes | None = None) -> BackupInfo:
    """The backup's facts, or BackupError saying why it is not a backup of this hall."""
    source = Path(source)
    if not source.is_file() or source.stat().st_size == 0:
        raise _refuse(f"备份文件不存在或为空：{source}",
                      f"The backup file does not exist or is empty: {source}")  # fmt: skip
    if not backup.integrity_ok(source):
        raise _refuse(f"备份文件无效或已损坏：{source}",
                      f"The backup file is invalid or damaged: {source}")  # fmt: skip
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= APP_TABLES:
            raise _refuse(f"该文件不是本系统的数据库备份：{source}",
                          f"The file is not a backup of this application's database: {source}")  # fmt: skip
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        identity = (
            conn.execute("SELECT identifier FROM database_identity ORDER BY id").fetchone()
            if "database_identity" in tables
            else None
        )
    if revision and revision[0] not in migrate.known_revisions():
        raise migrate.schema_newer(revision[0])  # a newer program's backup: refused before anything
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    # The chain is walked on a copy: opening the backup itself would switch it to WAL.
    with tempfile.TemporaryDirectory(prefix="window-app-restore-") as folder:
        copy = Path(folder) / "backup.sqlite3"
        shutil.copyfile(source, copy)
        check = Database(f"sqlite:///{copy}")
        try:
            with check.reading() as session:
                key = key or audit.load_key(create=False)
                if revision and revision[0] < "0028":  # sealed before the re-seal: its own form
                    found = audit_reseal.chain_breaks(session.connection(), key)
                    breaks = [audit_verify.ChainBreak(*b) for b in found]
                else:
                    breaks = audit_verify.verify(session, key, anchored=False)
                head = session.execute(
                    select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
                ).first()
                events = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) or 0
                sealed = session.scalar(text(
                    "SELECT id_number FROM applicants WHERE id_number LIKE :p LIMIT 1"
                ), {"p": pii.PREFIX + "%"})  # fmt: skip
        finally:
            check.dispose()
    if breaks:
        raise _refuse(
            f"备份的审计记录无法用本大厅的审计密钥校验（{len(breaks)}处问题，首处：事件{breaks[0].event_id}）："
            f"该备份不是本大厅的，或已被篡改",
            f"The backup's audit trail does not verify with this hall's audit key "
            f"({len(breaks)} problem(s), the first at event {breaks[0].event_id}): "
            "it is not this hall's backup, or it was tampered with.",
        )
    if sealed is not None:  # its ID numbers must open with this hall's data key
        try:
            pii.decrypt(sealed)
        except pii.DataKeyMissing as exc:
            raise _refuse(
                f"备份中的身份证号码无法用本大厅的数据密钥解密：{exc.message}",
                f"The backup's ID numbers cannot be decrypted with this hall's data key: {exc.english}",
            ) from None
    return BackupInfo(source, digest.hexdigest(), revision[0] if revision else "",
                      identity[0] if identity else None, events,
                      (head.id, head.hash) if head else None)  # fmt: skip


def _current(db: Database) -> tuple[str | None, tuple[int, str] | None]:
    """The live database's identifier and head, (None, None) when it is missing or unreadable."""
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None, None
    try:
        with db.reading() as session:
            head = session.execute(
                select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
            ).first()
            return audit.database_identifier(session), (head.id, head.hash) if head else None
    except Exception:  # noqa: BLE001  (a damaged file: what it held is read from the anchors)
        return None, None


def _known_databases() -> set[str]:
    """The databases this hall's key has anchored (files beside the key)."""
    key = audit.key_path()
    prefix = key.name + ".head."
    names = (p.name[len(prefix) :] for p in key.parent.glob(prefix + "*"))
    return {name for name in names if name and "." not in name}  # not a half-written one


def restore_backup(db: Database, source: Path, actor: Actor | None = None) -> BackupInfo:
    actor = actor or SYSTEM
    actor.require(Role.ADMINISTRATOR)
    info = inspect_backup(source)
    current, replaced = _current(db)
    known = _known_databases()
    if info.database is not None:
        if current is not None and info.database != current:
            raise _refuse("该备份来自另一个数据库（另一大厅或培训库），不能恢复到本数据库",
                          "The backup comes from another database (another hall or a training "
                          "database); it cannot be restored into this one.")  # fmt: skip
        if current is None and known and info.database not in known:
            raise _refuse("该备份不属于本大厅（其数据库标识不在本大厅的审计锚点中）",
                          "The backup does not belong to this hall (its database identifier is "
                          "not among this hall's audit anchors).")  # fmt: skip
    backup.restore_from(db, source)
    migrate.upgrade(db)
    with db.transaction() as session:
        row = session.scalars(select(DatabaseIdentity).order_by(DatabaseIdentity.id)).first()
        if info.database is None and row is not None:
            # made before migration 0018: the upgrade gave it a new identifier; it is this hall's
            adopt = current or (next(iter(known)) if len(known) == 1 else None)
            if adopt:
                row.identifier = adopt
        database = row.identifier if row is not None else None
        raised = ledger.raise_counters(session, database)
        audit.record(
            session, actor, "db.restore", "database", database or "",
            before={"head": replaced[0], "head_hash": replaced[1]} if replaced else None,
            after={"backup": info.path.name, "sha256": info.sha256, "backup_head": info.head[0] if info.head else 0,
                   "counters_raised": raised},
        )  # fmt: skip
    audit.rebase_anchor(db)
    return info
