"""Personal data: masked in logs and exports, full value only on demand, audited; screen lock."""

from __future__ import annotations

import logging
from datetime import date

import pytest
import test_security_support as support
from sqlalchemy import select

from window_app.core.errors import DomainError
from window_app.logging_setup import setup_logging
from window_app.services import audit_verify, users
from window_app.services.context import PermissionDenied
from window_app.services.personal_data import mask_text, reveal_id, reveal_phone
from window_app.services.users import LoginError
from window_app.storage.models import Applicant, Application, AuditEvent, MatterVersion, User

ID = "44080219900101123X"
PHONE = "13812341234"


def _application(db, actor) -> tuple[str, int]:
    with db.transaction() as session:
        person = Applicant(kind="person", name="王小明", id_number=ID, phone=PHONE)
        session.add(person)
        session.flush()
        version = session.scalars(select(MatterVersion.id)).first()
        app = Application(number="20260302-0001", matter_version_id=version,
                          applicant_id=person.id, channel="in_person", state="received",
                          window_id=actor.window_id, clerk_id=actor.user_id, answers={},
                          received_on=date(2026, 3, 2))  # fmt: skip
        session.add(app)
        return app.number, person.id


def _last(db) -> AuditEvent:
    with db.reading() as session:
        return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()


def test_reveal_id_is_audited_without_the_value(fast_hall):
    db, actors = fast_hall
    number, applicant_id = _application(db, actors["clerk"])
    assert reveal_id(db, actors["clerk"], number, "核对身份证原件") == ID
    event = _last(db)
    assert (event.action, event.username, event.window) == ("personal.view", "clerk1", "A01")
    assert event.reason == "核对身份证原件" and event.entity_id == str(applicant_id)
    assert ID not in str(event.after) and event.after["field"] == "id_number"
    assert reveal_phone(db, actors["supervisor"], applicant_id, "投诉回访") == PHONE
    assert audit_verify.verify_database(db).ok


def test_reveal_needs_role_and_reason(fast_hall):
    db, actors = fast_hall
    number, _ = _application(db, actors["clerk"])
    with pytest.raises(PermissionDenied):
        reveal_id(db, actors["admin"], number, "好奇")
    with pytest.raises(DomainError, match="理由"):
        reveal_id(db, actors["clerk"], number, "   ")
    with pytest.raises(DomainError, match="不存在"):
        reveal_id(db, actors["clerk"], "20990101-9999", "核对")


@pytest.mark.parametrize(("raw", "masked"), [
    (f"身份证{ID}，电话{PHONE}", "身份证440802********123X，电话138****1234"),
    ("id=440802199001011237;", "id=440802********1237;"),
    ("+86 13812341234", "+86 138****1234"),
    ("申请编号20260302-0001 文号湛政服受〔2026〕000123号", "申请编号20260302-0001 文号湛政服受〔2026〕000123号"),
    ("9144080012345678XA 不是身份证", "9144080012345678XA 不是身份证"),
    ("1381234123456 太长不是手机", "1381234123456 太长不是手机"),
])  # fmt: skip
def test_mask_text(raw, masked):
    assert mask_text(raw) == masked
    assert mask_text(masked) == masked


def test_log_file_never_holds_full_numbers(tmp_path):
    path = setup_logging(tmp_path)
    log = logging.getLogger("window_app.test")
    log.info("applicant %s phone %s", ID, PHONE)
    log.warning(f"inline {ID}")
    try:
        raise ValueError(f"bad id {ID} / {PHONE}")
    except ValueError:
        log.exception("failed for %s", PHONE)
    for handler in logging.getLogger().handlers:
        handler.flush()
    body = path.read_text(encoding="utf-8")
    assert ID not in body and PHONE not in body
    assert body.count("440802********123X") == 3 and "138****1234" in body
    assert "Traceback" in body
    assert setup_logging(tmp_path) == path  # idempotent


def test_screen_lock_and_unlock(fast_hall):
    db, actors = fast_hall
    clerk = actors["clerk"]
    users.lock_screen(db, clerk)
    assert _last(db).action == "screen.lock"
    with pytest.raises(LoginError, match="密码错误"):
        users.unlock(db, clerk, "wrong-password")
    assert _last(db).action == "unlock.failed"
    users.unlock(db, clerk, "Counter#2026")
    assert _last(db).action == "screen.unlock"


def test_unlock_failures_lock_the_account(fast_hall):
    db, actors = fast_hall
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(LoginError):
            users.unlock(db, actors["clerk"], "wrong-password")
    with pytest.raises(LoginError, match="锁定"):
        users.unlock(db, actors["clerk"], "Counter#2026")
    with pytest.raises(LoginError, match="锁定"):
        users.login(db, "clerk1", "Counter#2026")


def _stored_hash(db, username: str) -> str:
    with db.reading() as session:
        return session.scalars(select(User.password_hash).where(User.username == username)).one()


def test_passwords_are_hashed_with_owasp_argon2id(fast_hall):
    """The parameters stand in the hash itself: read them back as argon2 encodes them."""
    db, _actors = fast_hall
    assert _stored_hash(db, "clerk1").startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_hash_with_other_settings_is_renewed_at_sign_in(fast_hall):
    from argon2 import PasswordHasher

    db, _actors = fast_hall
    library_default = PasswordHasher().hash("Counter#2026")  # 64 MiB, t=3, p=4
    assert library_default.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    with db.transaction() as session:
        session.scalars(
            select(User).where(User.username == "clerk1")
        ).one().password_hash = library_default
    with pytest.raises(LoginError):  # a wrong password renews nothing
        users.login(db, "clerk1", "wrong-password")
    assert _stored_hash(db, "clerk1") == library_default
    users.login(db, "clerk1", "Counter#2026")
    renewed = _stored_hash(db, "clerk1")
    assert renewed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    users.login(db, "clerk1", "Counter#2026")  # and the renewed hash still signs in
    assert _stored_hash(db, "clerk1") == renewed


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template
