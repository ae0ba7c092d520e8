"""The register's ID numbers at rest (issue 15, migration 0027): investors' identifiers, the
legal representative's ID number in the change history, a filing's request and the credit
lists' codes are ciphertext in the rows and the file; the services read them back; the credit
check at intake finds a listed person by the keyed hash; a hall written before 0027 is
encrypted by the upgrade. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import select, text

from window_app.core.idcard import check_digit
from window_app.services import bad_credit, code_segments, intake, registration
from window_app.services.change_registration import (
    EnterpriseChanges,
    change_history,
    change_registration,
    registered_items,
)
from window_app.services.registration import Investor, Person, RegistrationRequest
from window_app.services.registration_filings import file_registration
from window_app.storage import backup, migrate, pii
from window_app.storage.models import RegistrationFiling


def person_id(seq: int) -> str:
    first17 = f"44080219850101{seq:03d}"
    return first17 + check_digit(first17)


FOUNDER, SUCCESSOR, LISTED, FILED = person_id(11), person_id(22), person_id(33), person_id(44)
LISTED_X = next(person_id(n) for n in range(100, 999) if person_id(n).endswith("X"))
IDS = (FOUNDER, SUCCESSOR, LISTED, FILED, LISTED_X)


def company(name: str, rep_id: str) -> RegistrationRequest:
    return RegistrationRequest(
        name=name, category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", rep_id), registered_capital=Decimal("50"),
        business_scope="餐饮服务", investors=(Investor("张三", rep_id, Decimal("50")),),
    )  # fmt: skip


@pytest.fixture
def register(hall):
    """An enterprise whose legal representative and investor changed, a pending filing and
    two credit-list entries (one ID number ends in X, listed in lower case)."""
    db, a = hall
    code_segments.create_segment(db, a["admin"], "2026年第一批", "MA4W", 0, 9999)
    made = registration.register_enterprise(
        db, a["clerk"], company("湛江市美味餐饮有限公司", FOUNDER), on=date(2026, 11, 25)
    )
    change_registration(
        db, a["clerk"], made.uscc,
        EnterpriseChanges(legal_representative=Person("李四", SUCCESSOR),
                          investors=(Investor("李四", SUCCESSOR, Decimal("50")),)),
        on=date(2026, 11, 30),
    )  # fmt: skip
    file_registration(
        db, a["clerk"], company("湛江市鲜香餐饮有限公司", FILED), on=date(2026, 12, 1)
    )
    entries = [bad_credit.Entry(LISTED, "王某", "拒不履行"),
               bad_credit.Entry(LISTED_X.lower(), "赵某", "拒不履行")]  # fmt: skip
    bad_credit.import_entries(db, a["admin"], entries, source="信用中国")
    return db, a, made.uscc


RAW = (
    "SELECT CAST(investors AS TEXT) FROM enterprises",
    "SELECT before FROM enterprise_changes",
    "SELECT after FROM enterprise_changes",
    "SELECT CAST(request AS TEXT) FROM registration_filings",
    "SELECT code FROM bad_credit_entries",
)


def raw_values(db) -> list[str]:
    with db.engine.connect() as conn:
        return [v for query in RAW for v in conn.scalars(text(query)) if v is not None]


def readable_ids(values: list[str]) -> set[str]:
    return {i for i in IDS for v in values if i in v.upper()}


def test_no_readable_id_number_in_the_rows_the_file_or_a_backup(register, tmp_path):
    db, _a, _code = register
    values = raw_values(db)
    assert len(values) >= 8
    assert readable_ids(values) == set()
    with db.engine.connect() as conn:
        codes = conn.execute(text("SELECT code, code_hash FROM bad_credit_entries")).all()
        history = conn.execute(text("SELECT item, before, after FROM enterprise_changes")).all()
    assert all(c.code.startswith(pii.PREFIX) and len(c.code_hash) == 64 for c in codes)
    assert {c.code_hash for c in codes} == {pii.id_hash(LISTED), pii.id_hash(LISTED_X)}
    assert all(h.before.startswith(pii.PREFIX) and h.after.startswith(pii.PREFIX) for h in history)
    if db.is_sqlite:
        saved = backup.backup_to(db, tmp_path / "copy.sqlite3")
        for path in (db.sqlite_path, db.sqlite_path.with_name(db.sqlite_path.name + "-wal"), saved):
            if path.exists():
                data = path.read_bytes()
                assert [i for i in IDS if i.encode() in data] == [], path


def test_the_services_read_the_numbers_back(register):
    db, _a, code = register
    items = registered_items(db, code)
    assert items.values["legal_representative.id_number"] == SUCCESSOR
    assert items.investors == (("李四", SUCCESSOR, "50"),)
    history = {h.item: (h.before, h.after) for h in change_history(db, code)}
    assert history["legal_representative.id_number"] == (FOUNDER, SUCCESSOR)
    assert FOUNDER in history["investors"][0] and SUCCESSOR in history["investors"][1]
    with db.reading() as session:
        filing = session.scalars(select(RegistrationFiling)).one()
        assert filing.request["legal_representative"]["id_number"] == FILED
        assert filing.request["investors"][0]["identifier"] == FILED
    listed = bad_credit.list_entries(db)
    assert sorted(e["code"] for e in listed) == sorted([LISTED, LISTED_X])


def test_the_credit_check_at_intake_finds_the_listed_person_by_hash(register):
    db, a, _code = register
    with db.reading() as session:
        hits = bad_credit.check_codes(session, {"applicant": LISTED_X, "agent": person_id(55)})
    assert [(h.party, h.code, h.name) for h in hits] == [("applicant", LISTED_X, "赵某")]
    who = intake.ApplicantInput("person", "王小明", id_number=LISTED)
    with pytest.raises(intake.CreditWarning, match="失信名单"):
        intake.start_application(db, a["clerk"], matter_code="SC-0006", applicant=who)
    again = bad_credit.import_entries(db, a["admin"], [bad_credit.Entry(LISTED, "王某", "更新")],
                                      source="信用中国")  # fmt: skip
    assert again == bad_credit.ImportResult(0, 1)  # the same person, found by the hash


def test_a_register_written_before_0027_is_encrypted_by_the_upgrade(register):
    """Down to 0019 the values are plaintext again (nothing lost); `db upgrade` encrypts them in
    place, the services read them, and a second run changes nothing."""
    db, _a, code = register
    cfg = migrate.alembic_config(db.url)
    command.downgrade(cfg, "0019")
    assert readable_ids(raw_values(db)) == {FOUNDER, SUCCESSOR, FILED, LISTED, LISTED_X}
    command.upgrade(cfg, "head")
    once = raw_values(db)
    assert readable_ids(once) == set()
    command.downgrade(cfg, "0019")
    with db.engine.begin() as conn:  # a row imported before 0027 in lower case
        conn.execute(text("UPDATE bad_credit_entries SET code = lower(code)"))
    command.upgrade(cfg, "head")
    command.upgrade(cfg, "head")  # a second run: nothing to do
    assert readable_ids(raw_values(db)) == set()
    assert registered_items(db, code).investors == (("李四", SUCCESSOR, "50"),)
    with db.reading() as session:
        hits = bad_credit.check_codes(session, {"applicant": LISTED_X})
    assert [h.code for h in hits] == [LISTED_X]
    history = {h.item: (h.before, h.after) for h in change_history(db, code)}
    assert history["legal_representative.id_number"] == (FOUNDER, SUCCESSOR)
