"""The case file (电子档案, issue 19): scanned materials, and the export for the archive.

Each checklist item can carry its scanned pages: files (images or PDF) from a scanner or
document camera through SANE (`scanimage`, package sane-utils), or from the folder such a device
saves into. A file is stored once, in the database, named by its SHA-256 (so every window sees
it and the same page attached twice is kept once), with who attached it to which item and when.

`export` writes an application's case file for the archive (GB/T 18894 electronic records): the
materials, the issued documents as PDF, the history (transitions, custody, audit events) and a
manifest with each file's SHA-256 and size; `verify` recomputes the manifest.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ..core.errors import DomainError
from ..storage.base import as_local, as_utc, utcnow
from ..storage.database import Database
from ..storage.models import (
    ApplicationMaterial,
    AuditEvent,
    CustodyEvent,
    IssuedDocument,
    MaterialScan,
    StoredFile,
    Transition,
    User,
)
from . import audit, documents
from .checklist import get_application
from .context import Actor, Role

ATTACH_ROLES = (Role.CLERK, Role.SUPERVISOR)
READ_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.REVIEWER)
MAX_BYTES = 30 * 1024 * 1024
_MAGIC = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"II*\x00", "image/tiff", "tif"),
    (b"MM\x00*", "image/tiff", "tif"),
)
EXTENSIONS = {media: ext for _m, media, ext in _MAGIC}
MANIFEST = "manifest.json"


class CaseFileError(DomainError):
    pass


@dataclass(frozen=True)
class Scan:
    material_key: str
    material: str
    sha256: str
    filename: str
    media_type: str
    size: int
    source: str
    attached_by: str
    attached_at: datetime


def media_type(content: bytes, name: str) -> str:
    """The file's type from its first bytes; anything but an image or a PDF is refused."""
    for magic, media, _ext in _MAGIC:
        if content.startswith(magic):
            return media
    raise CaseFileError(
        f"{name}不是图像（PNG、JPEG、TIFF）或PDF文件",
        english=f"{name} is not an image (PNG, JPEG, TIFF) or a PDF file.",
    )


def attach(
    db: Database,
    actor: Actor,
    number: str,
    material_key: str,
    files: list[tuple[str, bytes]],
    *,
    source: str = "file",
) -> list[str]:
    """Attach `files` ((name, bytes)) to one checklist item; returns their SHA-256s."""
    actor.require(*ATTACH_ROLES)
    if not files:
        raise CaseFileError("没有要附加的文件", english="There is no file to attach.")
    checked = []
    for name, content in files:
        if len(content) > MAX_BYTES:
            raise CaseFileError(f"{name}超过30MB", english=f"{name} is larger than 30 MB.")
        checked.append((name, content, media_type(content, name)))
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        keys = {m.key: m for m in session.scalars(
            select(ApplicationMaterial).where(ApplicationMaterial.application_id == app.id))}  # fmt: skip
        if material_key not in keys:
            raise CaseFileError(
                f"申请{number}的材料清单中没有“{material_key}”",
                english=f"The checklist of application {number} has no item “{material_key}”.",
                field="material",
            )
        hashes = []
        for name, content, media in checked:
            digest = hashlib.sha256(content).hexdigest()
            if session.get(StoredFile, digest) is None:
                session.add(StoredFile(sha256=digest, size=len(content), media_type=media,
                                       content=content))  # fmt: skip
                session.flush()
            session.add(MaterialScan(application_id=app.id, material_key=material_key,
                                     sha256=digest, filename=Path(name).name[:200],
                                     source=source, attached_by=actor.user_id))  # fmt: skip
            hashes.append(digest)
        audit.record(session, actor, "material.scan", "application", number,
                     after={"material": material_key, "files": hashes, "source": source})  # fmt: skip
        return hashes


def attach_folder(
    db: Database, actor: Actor, number: str, material_key: str, folder: Path
) -> list[str]:
    """Attach the files a scanner saved into `folder` (images and PDF, by name)."""
    try:
        paths = sorted(p for p in Path(folder).iterdir() if p.is_file())
    except OSError:
        raise CaseFileError(
            f"无法读取文件夹{folder}", english=f"The folder {folder} cannot be read."
        ) from None
    return attach(db, actor, number, material_key,
                  [(p.name, p.read_bytes()) for p in paths], source="folder")  # fmt: skip


def scan(
    db: Database, actor: Actor, number: str, material_key: str, *, device: str | None = None
) -> str:
    """One page from a SANE scanner or document camera (`scanimage`), attached as PNG."""
    actor.require(*ATTACH_ROLES)
    program = shutil.which("scanimage")
    if program is None:
        raise CaseFileError("未安装扫描程序 scanimage（sane-utils），可改用扫描仪保存的文件夹",
                            english="scanimage (sane-utils) is not installed; use the folder the scanner saves into.")  # fmt: skip
    cmd = [program, "--format=png", "--resolution", "300"] + (["-d", device] if device else [])
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        raise CaseFileError("扫描超时", english="The scan timed out.") from None
    if done.returncode != 0 or not done.stdout:
        why = done.stderr.decode("utf-8", "replace").strip()[:200]
        raise CaseFileError(f"扫描失败：{why}", english=f"The scan failed: {why}")
    name = f"scan-{utcnow():%Y%m%d%H%M%S}.png"
    return attach(db, actor, number, material_key, [(name, done.stdout)], source="scanner")[0]


def scans(db: Database, actor: Actor, number: str) -> list[Scan]:
    """The application's scanned materials, in the order they were attached."""
    actor.require(*READ_ROLES)
    with db.reading() as session:
        app = get_application(session, number)
        names = {m.key: m.name for m in session.scalars(
            select(ApplicationMaterial).where(ApplicationMaterial.application_id == app.id))}  # fmt: skip
        rows = session.execute(
            select(MaterialScan, StoredFile.media_type, StoredFile.size, User.username)
            .join(StoredFile, StoredFile.sha256 == MaterialScan.sha256)
            .outerjoin(User, User.id == MaterialScan.attached_by)
            .where(MaterialScan.application_id == app.id)
            .order_by(MaterialScan.id)
        ).all()
        return [
            Scan(
                s.material_key,
                names.get(s.material_key, s.material_key),
                s.sha256,
                s.filename,
                media,
                size,
                s.source,
                user or "",
                as_local(s.attached_at),  # stored in UTC, shown in local time
            )  # fmt: skip
            for s, media, size, user in rows
        ]


def checklist_items(db: Database, actor: Actor, number: str) -> list[tuple[str, str]]:
    """(key, name) of the application's checklist items, the places scans are attached to."""
    actor.require(*READ_ROLES)
    with db.reading() as session:
        app = get_application(session, number)
        return [(m.key, m.name) for m in session.scalars(
            select(ApplicationMaterial).where(ApplicationMaterial.application_id == app.id)
            .order_by(ApplicationMaterial.position))]  # fmt: skip


def _jsonable(value: object) -> object:
    """ISO text; a stored time (UTC, `utcnow`) carries its +00:00 so the archive knows the clock."""
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    return value.isoformat() if isinstance(value, date) else value


def export(db: Database, actor: Actor, number: str, out: Path) -> Path:
    """Write the case file into `out` (created; must be empty); returns the manifest's path."""
    actor.require(*READ_ROLES)
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise CaseFileError(f"目录{out}不是空目录", english=f"The folder {out} is not empty.")
    with db.reading() as session:
        app = get_application(session, number)
        files: dict[str, bytes] = {}
        for s, content, media in session.execute(
            select(MaterialScan, StoredFile.content, StoredFile.media_type)
            .join(StoredFile, StoredFile.sha256 == MaterialScan.sha256)
            .where(MaterialScan.application_id == app.id)
        ).all():
            files[f"materials/{s.material_key}/{s.sha256}.{EXTENSIONS[media]}"] = content
        docs = [documents.info_of(session, d) for d in session.scalars(
            select(IssuedDocument).where(IssuedDocument.application_id == app.id)
            .order_by(IssuedDocument.id))]  # fmt: skip
        history = {
            "application": app.number,
            "state": app.state,
            "transitions": [
                {"from": t.from_state, "to": t.to_state, "on": _jsonable(t.on),
                 "at": _jsonable(t.at), "reason": t.reason}
                for t in session.scalars(select(Transition).where(
                    Transition.application_id == app.id).order_by(Transition.id))
            ],
            "custody": [
                {"holder": c.holder, "department": c.department_code, "event": c.event,
                 "user": c.username, "since": _jsonable(c.since)}
                for c in session.scalars(select(CustodyEvent).where(
                    CustodyEvent.application_id == app.id).order_by(CustodyEvent.id))
            ],
            "audit": [
                {"id": a.id, "at": _jsonable(a.at), "user": a.username, "action": a.action,
                 "hash": a.hash}
                for a in session.scalars(select(AuditEvent).where(
                    AuditEvent.entity == "application", AuditEvent.entity_id == app.number
                ).order_by(AuditEvent.id))
            ],
        }  # fmt: skip
    for info in docs:
        safe = "".join(c if c.isalnum() else "_" for c in info.doc_number)
        files[f"documents/{info.kind}-{safe}.pdf"] = documents.render(info)
    files["history.json"] = json.dumps(history, ensure_ascii=False, indent=2).encode()
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for rel, content in sorted(files.items()):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        entries.append({"path": rel, "sha256": hashlib.sha256(content).hexdigest(),
                        "size": len(content)})  # fmt: skip
    manifest = {"application": number, "exported_at": _jsonable(utcnow()),
                "exported_by": actor.username, "algorithm": "SHA-256", "files": entries}  # fmt: skip
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
    with db.transaction() as session:
        audit.record(session, actor, "archive.export", "application", number,
                     after={"files": len(entries), "target": str(out)})  # fmt: skip
    return out / MANIFEST


def verify(folder: Path) -> list[str]:
    """Problems found when the manifest is checked against the files ([] when it verifies)."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        entries = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return [f"{MANIFEST}: missing or unreadable"]
    problems = []
    listed = set()
    for entry in entries:
        rel = entry["path"]
        listed.add(rel)
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            problems.append(f"{rel}: SHA-256 differs")
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MANIFEST and rel not in listed:
            problems.append(f"{rel}: not in the manifest")
    return problems
