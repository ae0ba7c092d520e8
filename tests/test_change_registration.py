"""Change registration (变更登记, SC-0004) on real SQLite and PostgreSQL: the USCC stays, the
register is updated, each item is kept in the history, the audit trail and a new licence."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from window_app.core import uscc
from window_app.core.idcard import check_digit
from window_app.services import code_segments, licence, registration
from window_app.services.change_registration import (
    ChangeError,
    EnterpriseChanges,
    change_history,
    change_registration,
)
from window_app.services.context import PermissionDenied
from window_app.services.registration import Investor, NameConflict, Person, RegistrationRequest
from window_app.storage.models import AuditEvent, Enterprise, EnterpriseChange, IssuedDocument

REGISTERED = date(2026, 11, 25)
CHANGED = date(2026, 11, 30)
OLD_NAME = "湛江市美味餐饮有限公司"
NEW_NAME = "湛江市鲜香餐饮有限公司"


def person_id(seq: int) -> str:
    first17 = f"44080219900101{seq:03d}"
    return first17 + check_digit(first17)


def company(name: str) -> RegistrationRequest:
    return RegistrationRequest(
        name=name, category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", person_id(123)), registered_capital=Decimal("50"),
        business_scope="餐饮服务", investors=(Investor("张三", person_id(123), Decimal("50")),),
    )  # fmt: skip


@pytest.fixture
def registered(hall):
    db, actors = hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    result = registration.register_enterprise(db, actors["clerk"], company(OLD_NAME), on=REGISTERED)
    return db, actors, result.uscc


def row(db, code: str) -> Enterprise:
    with db.reading() as s:
        return s.scalars(select(Enterprise).where(Enterprise.uscc == code)).one()


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "licence.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\n", "")


def test_name_change_keeps_the_code_and_prints_the_new_name(registered, tmp_path):
    db, a, code = registered
    result = change_registration(
        db, a["clerk"], code, EnterpriseChanges(name=NEW_NAME, domicile="湛江市霞山区海滨大道2号"),
        on=CHANGED,
    )  # fmt: skip
    assert result.uscc == code and uscc.is_valid(result.uscc)
    assert result.name == NEW_NAME
    assert [(i.item, i.before, i.after) for i in result.items] == [
        ("name", OLD_NAME, NEW_NAME),
        ("domicile", "湛江市赤坎区人民大道中1号", "湛江市霞山区海滨大道2号"),
    ]
    ent = row(db, code)
    assert (ent.uscc, ent.name, ent.domicile) == (code, NEW_NAME, "湛江市霞山区海滨大道2号")
    with db.reading() as s:
        history = s.scalars(select(EnterpriseChange).order_by(EnterpriseChange.id)).all()
        assert [(h.item, h.before, h.after, h.changed_on) for h in history] == [
            ("name", OLD_NAME, NEW_NAME, CHANGED),
            ("domicile", "湛江市赤坎区人民大道中1号", "湛江市霞山区海滨大道2号", CHANGED),
        ]
        assert all(h.clerk_id == a["clerk"].user_id for h in history)
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "enterprise.change")).one()
        assert event.entity_id == code
        assert event.before == {"name": OLD_NAME, "domicile": "湛江市赤坎区人民大道中1号"}
        assert event.after["name"] == NEW_NAME and event.after["licence"] == result.licence_document
        docs = s.scalars(
            select(IssuedDocument)
            .where(IssuedDocument.kind == "licence")
            .order_by(IssuedDocument.id)
        ).all()
        assert len(docs) == 2 and docs[1].doc_number == result.licence_document
        assert docs[1].issued_on == CHANGED and docs[1].payload["uscc"] == code
    text = pdf_text(licence.render_licence(db, code), tmp_path)
    assert NEW_NAME in text and OLD_NAME not in text
    assert code in text and "霞山区海滨大道2号" in text
    assert "2026年11月30日" in text  # the new licence is dated the day of the change
    assert [h.item for h in change_history(db, code)] == ["domicile", "name"]


def test_old_name_is_free_and_a_taken_name_is_refused(registered):
    db, a, code = registered
    other = registration.register_enterprise(db, a["clerk"], company(NEW_NAME), on=REGISTERED)
    with pytest.raises(NameConflict) as refused:
        change_registration(db, a["clerk"], code, EnterpriseChanges(name=NEW_NAME), on=CHANGED)
    assert refused.value.field == "name" and other.uscc in refused.value.message
    assert row(db, code).name == OLD_NAME
    change_registration(db, a["clerk"], code, EnterpriseChanges(name="湛江市百味餐饮有限公司"))
    again = registration.register_enterprise(db, a["clerk"], company(OLD_NAME), on=CHANGED)
    assert again.name == OLD_NAME and again.uscc not in (code, other.uscc)


def test_legal_representative_needs_a_valid_id(registered):
    db, a, code = registered
    bad = person_id(200)[:-1] + ("0" if person_id(200)[-1] != "0" else "1")
    with pytest.raises(registration.RegistrationError) as refused:
        change_registration(
            db, a["clerk"], code, EnterpriseChanges(legal_representative=Person("李四", bad))
        )
    assert refused.value.field == "legal_representative.id_number"
    assert "身份证" in refused.value.message and refused.value.english != refused.value.message
    new_id = person_id(201)
    result = change_registration(
        db, a["clerk"], code, EnterpriseChanges(legal_representative=Person("李四", new_id)), on=CHANGED
    )  # fmt: skip
    assert [i.item for i in result.items] == [
        "legal_representative",
        "legal_representative.id_number",
    ]
    ent = row(db, code)
    assert (ent.legal_rep_name, ent.legal_rep_id) == ("李四", new_id)
    with db.reading() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "enterprise.change")).one()
        assert event.after["legal_representative.id_number"] == "440802********" + new_id[-4:]


def test_no_change_and_bad_capital_are_refused(registered):
    db, a, code = registered
    same = EnterpriseChanges(name=OLD_NAME, domicile="湛江市赤坎区人民大道中1号",
                             registered_capital="50.00", business_scope="餐饮服务")  # fmt: skip
    for changes in (EnterpriseChanges(), same):
        with pytest.raises(ChangeError) as refused:
            change_registration(db, a["clerk"], code, changes)
        assert refused.value.message == "没有变更事项：新填写的内容与登记的内容相同"
    for capital in ("0", "-5"):
        with pytest.raises(registration.RegistrationError) as refused:
            change_registration(db, a["clerk"], code, EnterpriseChanges(registered_capital=capital))
        assert refused.value.field == "registered_capital"
    # a company's capital is the sum of its subscriptions (issue 14): alone it is refused
    with pytest.raises(registration.RegistrationError) as refused:
        change_registration(db, a["clerk"], code, EnterpriseChanges(registered_capital="80.5"))
    assert refused.value.field == "investors"
    raised = EnterpriseChanges(
        registered_capital="80.5",
        investors=(Investor("张三", person_id(123), Decimal("80.5")),),
    )
    result = change_registration(db, a["clerk"], code, raised)
    capital = [(i.before, i.after) for i in result.items if i.item == "registered_capital"]
    assert capital == [("50", "80.5")]
    assert row(db, code).registered_capital == Decimal("80.5")
    with db.reading() as s:
        assert "registered_capital" in s.scalars(select(EnterpriseChange.item)).all()


def test_unknown_code_and_roles_are_refused(registered):
    db, a, code = registered
    unknown = "91350100M000100Y43"  # a valid code (GB 32100 sample) registered elsewhere
    with pytest.raises(ChangeError) as refused:
        change_registration(db, a["clerk"], unknown, EnterpriseChanges(domicile="湛江市坡头区"))
    assert refused.value.field == "uscc" and unknown in refused.value.message
    assert unknown in refused.value.english
    with pytest.raises(ChangeError):
        change_registration(
            db, a["clerk"], code[:-1] + "X", EnterpriseChanges(domicile="湛江市坡头区")
        )
    with pytest.raises(PermissionDenied):
        change_registration(db, a["supervisor"], code, EnterpriseChanges(domicile="湛江市坡头区"))
    with db.reading() as s:
        assert s.scalar(select(EnterpriseChange)) is None


def test_history_is_newest_first(registered):
    db, a, code = registered
    change_registration(
        db, a["clerk"], code, EnterpriseChanges(domicile="湛江市坡头区1号"), on=CHANGED
    )
    change_registration(db, a["admin"], code, EnterpriseChanges(domicile="湛江市坡头区2号"),
                        on=date(2026, 12, 2))  # fmt: skip
    assert [(h.before, h.after, h.changed_on) for h in change_history(db, code)] == [
        ("湛江市坡头区1号", "湛江市坡头区2号", date(2026, 12, 2)),
        ("湛江市赤坎区人民大道中1号", "湛江市坡头区1号", CHANGED),
    ]


def test_capital_and_investors_change_together(registered):
    db, a, _code = registered
    request = replace(
        company("湛江市合众贸易有限公司"),
        investors=(Investor("张三", person_id(123), Decimal("30")),
                   Investor("李四", person_id(124), Decimal("20"))),
    )  # fmt: skip
    code = registration.register_enterprise(db, a["clerk"], request, on=REGISTERED).uscc
    with pytest.raises(registration.RegistrationError) as refused:
        change_registration(db, a["clerk"], code, EnterpriseChanges(registered_capital="80"))
    assert refused.value.field == "investors"
    investors = (Investor("张三", person_id(123), Decimal("60")),
                 Investor("李四", person_id(124), Decimal("20")))  # fmt: skip
    result = change_registration(
        db, a["clerk"], code, EnterpriseChanges(registered_capital="80", investors=investors)
    )
    assert [i.item for i in result.items] == ["registered_capital", "investors"]
    ent = row(db, code)
    assert ent.registered_capital == Decimal("80")
    assert [(i["name"], Decimal(str(i["subscribed"]))) for i in ent.investors] == [
        ("张三", Decimal("60")), ("李四", Decimal("20"))
    ]  # fmt: skip


def test_a_new_scope_item_needing_a_permit_is_referred_once(registered):
    """先照后证 on a change: only what the new scope newly needs is referred (and noticed)."""
    from window_app.storage.models import Referral

    db, actors, code = registered
    with db.reading() as s:
        before = s.scalars(select(Referral.scope_item)).all()
    assert before == ["餐饮服务"]  # told at registration

    result = change_registration(
        db,
        actors["clerk"],
        code,
        EnterpriseChanges(business_scope="餐饮服务；住宿服务"),
        on=CHANGED,
    )
    assert [(r.scope_item, r.department_code) for r in result.referrals] == [("住宿服务", "WJJ")]
    with db.reading() as s:
        told = s.execute(select(Referral.scope_item, Referral.department_code)).all()
        notices = s.scalars(
            select(IssuedDocument.doc_number).where(IssuedDocument.kind == "referral")
        ).all()
    assert sorted(told) == [("住宿服务", "WJJ"), ("餐饮服务", "SCJGJ")]
    assert result.referral_document in notices and len(notices) == 2
    with db.reading() as s:
        payload = s.scalars(
            select(IssuedDocument.payload).where(
                IssuedDocument.doc_number == result.referral_document
            )
        ).one()
    assert payload["header"]["catalogue_version"].startswith("SC-0004 v")  # the change matter

    again = change_registration(
        db,
        actors["clerk"],
        code,
        EnterpriseChanges(domicile="湛江市霞山区海滨大道2号"),
        on=CHANGED,
    )
    assert again.referral_document is None and again.referrals == ()
