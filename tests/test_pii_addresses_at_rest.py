"""Free text holding personal data at rest (issue 15, migration 0029): a delivery address (post
or e-mail), an enterprise's contact phone, a filing's contact and a scanned ID card in the case
file are ciphertext in the rows, the SQLite file, its backup and a pg_dump; the audit trail
keeps the address masked; the app reads them back and the pickup slip prints the address in
full; a hall written before 0029 is encrypted by the upgrade. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from test_processing import accepted

from window_app.core.idcard import check_digit
from window_app.core.masking import mask_address
from window_app.services import (
    case_file,
    code_segments,
    completion,
    documents,
    processing,
    queries,
)
from window_app.services.registration import (
    Investor,
    Person,
    RegistrationRequest,
    register_enterprise,
)
from window_app.services.registration_filings import file_registration
from window_app.storage import backup, migrate, pii
from window_app.storage.models import Enterprise, RegistrationFiling, StoredFile

PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
POST = "广东省湛江市霞山区海滨大道南58号海景花园3栋1201房"
EMAIL = "lin.xiaohong@example.cn"
CONTACT = "0759-3388123转806"
FILED_CONTACT = "13926001234（王经理）"
SECRETS = (POST, EMAIL, CONTACT, FILED_CONTACT)
# a scanned ID card: a PNG with the card's text in it, as a scanner's OCR layer would carry
SCAN_TEXT = "居民身份证 林小红 440802199001011237 湛江市霞山区海滨大道南58号"
SCAN = (
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000185d3b2a90000000049454e44ae426082"
    )
    + SCAN_TEXT.encode()
)
DAY = date(2026, 11, 2)


def _rep_id(seq: int) -> str:
    first17 = f"44080219850101{seq:03d}"
    return first17 + check_digit(first17)


def _company(name: str, contact: str, seq: int) -> RegistrationRequest:
    return RegistrationRequest(
        name=name, category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", _rep_id(seq)), registered_capital=Decimal("50"),
        business_scope="餐饮服务", investors=(Investor("张三", _rep_id(seq), Decimal("50")),),
        contact=contact,
    )  # fmt: skip


def _delivered(db, clerk, method: str, address: str, seq: int) -> str:
    number = accepted(db, clerk, DAY, seq=seq)
    processing.start_review(db, clerk, number, on=date(2026, 11, 3))
    processing.decide(db, clerk, number, "approved", on=date(2026, 11, 5))
    completion.complete(db, clerk, number, "准予许可", delivery_method=method, address=address,
                        on=date(2026, 11, 5))  # fmt: skip
    completion.deliver(db, clerk, number, method, address=address, on=date(2026, 11, 6),
                       tracking_number="EMS1234567890CN" if method == "post" else "")  # fmt: skip
    return number


@pytest.fixture
def at_rest(hall):
    """A posted and an e-mailed delivery, an enterprise with a contact phone, a pending filing
    with a contact."""
    db, a = hall
    posted = _delivered(db, a["clerk"], "post", POST, 1)
    key = case_file.checklist_items(db, a["clerk"], posted)[0][0]
    case_file.attach(db, a["clerk"], posted, key, [("id-card.png", SCAN)])
    mailed = _delivered(db, a["clerk"], "electronic", EMAIL, 2)
    code_segments.create_segment(db, a["admin"], "2026年第一批", "MA4W", 0, 9999)
    made = register_enterprise(db, a["clerk"], _company("湛江市美味餐饮有限公司", CONTACT, 11),
                               on=date(2026, 11, 25))  # fmt: skip
    file_registration(db, a["clerk"], _company("湛江市鲜香餐饮有限公司", FILED_CONTACT, 12),
                      on=date(2026, 12, 1))  # fmt: skip
    return db, a, posted, mailed, made.uscc


RAW = (
    "SELECT delivery_detail FROM applications",
    "SELECT CAST(payload AS TEXT) FROM issued_documents",
    "SELECT contact FROM enterprises",
    "SELECT CAST(request AS TEXT) FROM registration_filings",
    "SELECT CAST(after AS TEXT) FROM audit_events",
    "SELECT CAST(before AS TEXT) FROM audit_events",
)


def raw_values(db) -> list[str]:
    with db.engine.connect() as conn:
        return [v for query in RAW for v in conn.scalars(text(query)) if v is not None]


def readable(values: list[str]) -> set[str]:
    """The secrets readable in `values` (JSON text may escape non-ASCII characters)."""
    found = set()
    for secret in SECRETS:
        escaped = json.dumps(secret)[1:-1]
        if any(secret in v or escaped in v for v in values):
            found.add(secret)
    return found


def _pg_dump(db) -> str:
    url = make_url(db.url)
    done = subprocess.run(
        [PG_DUMP, "-h", url.host, "-p", str(url.port), "-U", url.username, "-d", url.database],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout


def test_no_readable_address_or_contact_in_the_rows_the_file_a_backup_or_a_dump(at_rest, tmp_path):
    db, _a, _posted, _mailed, _uscc = at_rest
    values = raw_values(db)
    assert readable(values) == set()
    with db.engine.connect() as conn:
        details = conn.scalars(text("SELECT delivery_detail FROM applications "
                                    "WHERE delivery_detail IS NOT NULL")).all()  # fmt: skip
        contact = conn.scalar(text("SELECT contact FROM enterprises"))
        slips = [json.loads(p) if isinstance(p, str) else p for p in conn.scalars(text(
            "SELECT payload FROM issued_documents WHERE kind = 'pickup'"))]  # fmt: skip
        trail = " ".join(conn.scalars(text(
            "SELECT CAST(after AS TEXT) FROM audit_events WHERE action = 'application.delivered'")))  # fmt: skip
    assert len(details) == 2 and all(d.startswith(pii.PREFIX) for d in details)
    with db.engine.connect() as conn:
        (stored,) = conn.scalars(text("SELECT content FROM stored_files")).all()
    assert bytes(stored).startswith(pii.BLOB_PREFIX) and SCAN_TEXT.encode() not in bytes(stored)
    assert contact.startswith(pii.PREFIX)
    assert sorted(s["delivery"]["address"][:3] for s in slips) == [pii.PREFIX] * 2
    # the trail keeps who, when and how, with the address masked
    for masked in (mask_address(POST), mask_address(EMAIL)):
        assert masked in trail or json.dumps(masked)[1:-1] in trail
    assert mask_address(EMAIL) == "l***********@example.cn"
    if db.is_sqlite:
        saved = backup.backup_to(db, tmp_path / "copy.sqlite3")
        for path in (db.sqlite_path, db.sqlite_path.with_name(db.sqlite_path.name + "-wal"), saved):
            if path.exists():
                data = path.read_bytes()
                assert [s for s in SECRETS if s.encode() in data] == [], path
                assert SCAN_TEXT.encode() not in data, path
    else:
        dump = _pg_dump(db)
        assert "COPY public.applications" in dump and "COPY public.issued_documents" in dump
        assert readable([dump]) == set()
        assert "COPY public.stored_files" in dump and SCAN[:8].hex() not in dump  # bytea: hex
        assert SCAN_TEXT.encode().hex() not in dump


def test_the_app_reads_them_back_and_the_pickup_slip_prints_the_address(at_rest, tmp_path):
    db, a, posted, mailed, uscc = at_rest
    detail = queries.application_detail(db, posted)
    assert detail.delivery_detail == {"tracking_number": "EMS1234567890CN", "address": POST}
    assert queries.application_detail(db, mailed).delivery_detail == {"address": EMAIL}
    with db.reading() as session:
        assert session.scalar(select(Enterprise.contact).where(Enterprise.uscc == uscc)) == CONTACT
        assert session.scalars(select(RegistrationFiling)).one().request["contact"] == FILED_CONTACT
    with db.reading() as session:
        assert session.scalars(select(StoredFile.content)).one() == SCAN
    assert [s.filename for s in case_file.scans(db, a["clerk"], posted)] == ["id-card.png"]
    for number, address in ((posted, POST), (mailed, EMAIL)):
        slip = documents.latest_document(db, number, "pickup")
        pdf = tmp_path / "slip.pdf"
        pdf.write_bytes(documents.record_print(db, a["clerk"], slip.id, "test").pdf)
        printed = re.sub(r"\s", "", subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)  # fmt: skip
        assert f"送达地址{address}" in printed, printed


def test_a_hall_written_before_0029_is_encrypted_by_the_upgrade(at_rest):
    """Down to 0027 the values are plaintext again (nothing lost); `db upgrade` encrypts them in
    place, the app reads them, and a second run changes nothing."""
    db, _a, posted, _mailed, uscc = at_rest
    cfg = migrate.alembic_config(db.url)
    command.downgrade(cfg, "0027")
    assert readable(raw_values(db)) == set(SECRETS)
    with db.engine.connect() as conn:
        assert bytes(conn.scalar(text("SELECT content FROM stored_files"))) == SCAN
    with db.engine.connect() as conn:
        assert POST in conn.scalar(text("SELECT delivery_detail FROM applications "
                                        "WHERE delivery_detail LIKE '%EMS%'"))  # fmt: skip
    command.upgrade(cfg, "head")
    once = raw_values(db)
    assert readable(once) == set()
    command.upgrade(cfg, "head")  # a second run: nothing to do
    assert raw_values(db) == once
    with db.reading() as session:
        assert session.scalars(select(StoredFile.content)).one() == SCAN
    assert queries.application_detail(db, posted).delivery_detail["address"] == POST
    with db.reading() as session:
        assert session.scalar(select(Enterprise.contact).where(Enterprise.uscc == uscc)) == CONTACT
        assert session.scalars(select(RegistrationFiling)).one().request["contact"] == FILED_CONTACT
        investors = session.scalar(select(Enterprise.investors).where(Enterprise.uscc == uscc))
    assert investors[0]["identifier"] == _rep_id(11)  # 0027's ID numbers untouched by 0029


def test_mask_address():
    assert mask_address("广东省湛江市霞山区海滨大道南58号1栋") == "广东省湛江市" + "*" * 13
    assert mask_address("湛江市赤坎区") == "湛江****"
    assert mask_address("a@b.cn") == "a@b.cn"
    assert mask_address("") == ""
    assert mask_address(mask_address(POST)) == mask_address(POST)
