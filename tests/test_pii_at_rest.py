"""ID-card and phone numbers at rest (issue 15): AES-GCM ciphertext under the hall's data key,
a keyed hash beside them for exact lookup, a live hall's rows encrypted by the upgrade, and a
clear refusal without the key. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from window_app.services import demo, lookup
from window_app.storage import backup, migrate, pii
from window_app.storage.database import Database
from window_app.storage.models import Applicant, Application, Complaint


@pytest.fixture
def demo_db(any_db) -> Database:
    demo.generate(any_db, 60, days=20, seed=3)
    return any_db


def _people(db: Database) -> list[tuple[int, str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(Applicant.id, Applicant.id_number, Applicant.phone)
            .where(Applicant.kind == "person").order_by(Applicant.id)
        ).all()  # fmt: skip
    return [tuple(r) for r in rows]


def test_the_numbers_are_ciphertext_and_found_by_their_hash(demo_db):
    people = _people(demo_db)
    assert len(people) > 10
    with demo_db.engine.connect() as conn:
        raw = {r.id: r for r in conn.execute(text(
            "SELECT id, id_number, id_number_hash, phone, phone_hash FROM applicants"))}  # fmt: skip
    for ident, id_number, phone in people:
        stored = raw[ident]
        assert stored.id_number.startswith(pii.PREFIX) and id_number not in stored.id_number
        assert stored.phone.startswith(pii.PREFIX) and phone not in stored.phone
        assert stored.id_number_hash == pii.id_hash(id_number) and len(stored.id_number_hash) == 64
        assert stored.phone_hash == pii.phone_hash(phone)
    ident, id_number, phone = people[5]
    by_id = lookup.find_applications(demo_db, id_number.lower())
    by_phone = lookup.find_applications(demo_db, f"{phone[:3]}-{phone[3:7]}-{phone[7:]}")
    with demo_db.reading() as session:
        numbers = set(session.scalars(select(Application.number)
                                      .where(Application.applicant_id == ident)))  # fmt: skip
    assert numbers and {r.number for r in by_id} == numbers
    assert numbers <= {r.number for r in by_phone}
    assert by_id[0].applicant_code_masked.endswith(id_number[-4:])
    assert id_number not in by_id[0].applicant_code_masked


def test_neither_the_file_nor_its_backup_holds_a_readable_number(demo_db, tmp_path):
    if not demo_db.is_sqlite:
        pytest.skip("the file check is SQLite's")
    people = _people(demo_db)
    saved = backup.backup_to(demo_db, tmp_path / "copy.sqlite3")
    for path in (demo_db.sqlite_path, saved):
        data = path.read_bytes()
        for _ident, id_number, phone in people:
            assert id_number.encode() not in data and phone.encode() not in data, path


def test_the_key_is_private_and_required(demo_db):
    key = pii.key_path()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    _ident, id_number, _phone = _people(demo_db)[0]
    moved = key.with_name("data.key.away")
    key.rename(moved)
    pii.forget_keys()
    try:
        with pytest.raises(pii.DataKeyMissing) as refused:
            _people(demo_db)
        assert "数据密钥文件" in refused.value.message and str(key) in refused.value.message
        key.write_text(os.urandom(32).hex())  # another hall's key: refused, not garbage
        pii.forget_keys()
        assert lookup.find_applications(demo_db, id_number) == []  # its hash is another's
        with pytest.raises(pii.DataKeyMissing, match="不是加密这些数据所用的密钥"):
            _people(demo_db)
    finally:
        moved.replace(key)
        pii.forget_keys()
    assert _people(demo_db)


def test_a_live_hall_is_encrypted_by_the_upgrade(any_db):
    """Rows written before 0019 in plaintext: `db upgrade` encrypts them in place, fills the
    hashes (phones as digits), and the lookup finds them; a second run changes nothing."""
    cfg = migrate.alembic_config(any_db.url)
    command.downgrade(cfg, "0018")
    with any_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO applicants (id, kind, name, id_number, phone, created_at) VALUES "
            "(1, 'person', '李四', '11010519491231002X', '138-0013-8000', CURRENT_TIMESTAMP),"
            "(2, 'person', '王五', '440802198001010013', NULL, CURRENT_TIMESTAMP)"))  # fmt: skip
        conn.execute(text(
            "INSERT INTO complaints (received_at, received_on, channel, complainant_name, "
            "complainant_phone, category, content, state, reply_deadline, deadline_provisional,"
            " version, created_at) VALUES (CURRENT_TIMESTAMP, CURRENT_DATE, 'phone', '赵六', '0759-2222333',"
            " 'attitude', '态度', 'received', CURRENT_DATE, false, 1, CURRENT_TIMESTAMP)"))  # fmt: skip
    command.upgrade(cfg, "head")
    with any_db.engine.connect() as conn:
        raw = conn.execute(text("SELECT id_number, phone, phone_hash FROM applicants ORDER BY id")).all()  # fmt: skip
        complaint = conn.scalar(text("SELECT complainant_phone FROM complaints"))
    assert all(r.id_number.startswith(pii.PREFIX) for r in raw)
    assert raw[0].phone.startswith(pii.PREFIX) and raw[1].phone is None
    assert raw[0].phone_hash == pii.phone_hash("13800138000")
    assert complaint.startswith(pii.PREFIX)
    with any_db.reading() as session:
        people = session.execute(select(Applicant.id_number, Applicant.phone).order_by(Applicant.id)).all()  # fmt: skip
        assert session.scalar(select(Complaint.complainant_phone)) == "0759-2222333"
        found = session.scalar(
            select(Applicant.name).where(Applicant.id_number_hash == pii.id_hash("11010519491231002x"))
        )  # fmt: skip
    assert [tuple(p) for p in people] == [("11010519491231002X", "13800138000"), ("440802198001010013", None)]  # fmt: skip
    assert found == "李四"
    command.downgrade(cfg, "0018")  # and back: plaintext again, nothing lost
    with any_db.engine.connect() as conn:
        assert conn.scalar(text("SELECT id_number FROM applicants WHERE id = 1")) == "11010519491231002X"  # fmt: skip
    command.upgrade(cfg, "head")


def test_the_key_is_created_at_first_run(tmp_path, monkeypatch):
    monkeypatch.setenv(pii.KEY_ENV, str(tmp_path / "keys" / "hall.key"))
    pii.forget_keys()
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    migrate.upgrade(db)
    created = Path(os.environ[pii.KEY_ENV])
    assert stat.S_IMODE(created.stat().st_mode) == 0o600 and len(created.read_text().strip()) == 64
    db.dispose()
