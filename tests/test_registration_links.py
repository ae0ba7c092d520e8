"""Registrations made for an accepted application (受理的申请) on real SQLite and PostgreSQL:
establishment (SC-0001), filing, change (SC-0004); the rules are the services' own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import cli_sign_in
from sqlalchemy import select
from stdnum.iso7064 import mod_11_10

from tests import test_registration as base
from window_app.core.states import State
from window_app.services import queries, registration, registration_filings
from window_app.services.accept import accept
from window_app.services.change_registration import EnterpriseChanges, change_registration
from window_app.services.checklist import ApplicationNotFound
from window_app.services.intake import ApplicantInput, start_application
from window_app.services.processing import decide
from window_app.services.registration_links import ApplicationLinkError, for_application
from window_app.storage.models import (
    Application,
    AuditEvent,
    CodeAllocation,
    Enterprise,
    EnterpriseChange,
    IssuedDocument,
    RegistrationFiling,
)

from test_change_registration import company, person_id  # isort: skip
from test_processing import all_received  # isort: skip

DAY = date(2026, 11, 25)
LATER = date(2026, 11, 30)
NAME = "湛江市美味餐饮有限公司"
OTHER_NAME = "湛江市鲜香餐饮有限公司"


def application(db, clerk, matter: str, applicant: ApplicantInput, *, accepted=True) -> str:
    number = start_application(
        db, clerk, matter_code=matter, channel="in_person", on=DAY, applicant=applicant
    ).number
    if accepted:
        accept(db, clerk, number, marks=all_received(db, number, DAY), on=DAY)
    return number


def founder(seq: int = 200) -> ApplicantInput:
    return ApplicantInput(kind="person", name="张三", id_number=person_id(seq))


def organisation(name: str, code: str) -> ApplicantInput:
    return ApplicantInput(kind="organisation", name=name, uscc=code)


def app_id(db, number: str) -> int:
    with db.reading() as s:
        return s.scalars(select(Application.id).where(Application.number == number)).one()


def rows(db, model, *where) -> list:
    with db.reading() as s:
        return list(s.scalars(select(model).where(*where)))


desk = base.desk  # the fixture: a hall with a code segment


def test_establishment_for_an_accepted_application_is_linked_and_shown(desk):
    db, a = desk
    number = application(db, a["clerk"], "SC-0001", founder())
    link = for_application(db, number)
    assert (link.kind, link.category, link.can_register) == ("establishment", "1", True)
    assert (link.legal_representative, link.name, link.uscc) == ("张三", "", "")
    assert link.registered == ()

    result = registration.register_enterprise(
        db, a["clerk"], company(NAME), on=DAY, application_number=number
    )
    ident = app_id(db, number)
    (ent,) = rows(db, Enterprise)
    assert (ent.uscc, ent.application_id) == (result.uscc, ident)
    docs = rows(db, IssuedDocument, IssuedDocument.enterprise_id == ent.id)
    # the licence and the referral notice (餐饮服务 needs a permit) carry the application
    assert sorted((d.kind, d.application_id) for d in docs) == [
        ("licence", ident), ("referral", ident)
    ]  # fmt: skip
    (event,) = rows(db, AuditEvent, AuditEvent.action == "enterprise.establishment")
    assert event.after["application"] == number

    link = for_application(db, number)
    (done,) = link.registered
    assert (done.kind, done.uscc, done.name, done.on) == ("establishment", result.uscc, NAME, DAY)
    assert done.licence == result.licence_document
    assert not link.can_register and result.uscc in link.refusal.message
    # the enterprise's papers are the registration's, not the application's document list
    kinds = [d.kind for d in queries.application_detail(db, number, on=DAY).documents]
    assert kinds == ["receipt", "pickup"]  # the registration completed it (issue 14)

    with pytest.raises(ApplicationLinkError) as again:
        registration.register_enterprise(
            db, a["clerk"], company(OTHER_NAME), on=DAY, application_number=number
        )
    assert "已办理设立登记" in again.value.message and result.uscc in again.value.english
    assert again.value.field == "application"
    assert len(rows(db, Enterprise)) == 1


def test_the_application_must_be_accepted_and_for_the_matter(desk):
    db, a = desk
    waiting = application(db, a["clerk"], "SC-0001", founder(201), accepted=False)
    food = application(db, a["clerk"], "SC-0006", founder(202))
    sole_trader = application(db, a["clerk"], "SC-0002", founder(203))
    refusals = {}
    for number in (waiting, food, sole_trader, "20991231-9999"):
        with pytest.raises((ApplicationLinkError, ApplicationNotFound)) as refused:
            registration.register_enterprise(
                db, a["clerk"], company(NAME), on=DAY, application_number=number
            )
        refusals[number] = refused.value
    assert "“已接收”" in refusals[waiting].message and "accepted" in refusals[waiting].english
    assert "食品经营许可" in refusals[food].message and "SC-0006" in refusals[food].english
    assert "不能办理企业设立登记" in refusals[sole_trader].message
    assert refusals[sole_trader].english.endswith(
        "cannot carry the establishment registration of an enterprise."
    )
    assert isinstance(refusals["20991231-9999"], ApplicationNotFound)
    # nothing was saved: no enterprise, no code used
    assert rows(db, Enterprise) == [] and rows(db, CodeAllocation) == []
    assert not for_application(db, waiting).can_register
    assert for_application(db, food) is None  # not a registration matter
    # filing and the licence exchange check the same way
    with pytest.raises(ApplicationLinkError):
        registration_filings.file_registration(
            db, a["clerk"], company(NAME), on=DAY, application_number=waiting
        )
    regno = "44080000000001" + mod_11_10.calc_check_digit("44080000000001")
    exchange = registration.ExchangeRequest(
        company(NAME), regno, "70846113-6", "440800708461136", date(2010, 1, 1)
    )
    with pytest.raises(ApplicationLinkError) as refused:
        registration.exchange_licence(db, a["clerk"], exchange, application_number=sole_trader)
    assert "换照" in refused.value.message
    assert rows(db, RegistrationFiling) == []


def test_a_filing_for_the_application_is_registered_to_it(desk):
    db, a = desk
    number = application(db, a["clerk"], "SC-0001", founder())
    filing = registration_filings.file_registration(
        db, a["clerk"], company(NAME), on=DAY, application_number=number
    )
    link = for_application(db, number)
    assert [(r.kind, r.filing_id, r.filing_status) for r in link.registered] == [
        ("filing", filing.id, "pending")
    ]
    assert not link.can_register and str(filing.id) in link.refusal.message
    with pytest.raises(ApplicationLinkError, match="待办登记"):
        registration.register_enterprise(
            db, a["clerk"], company(OTHER_NAME), on=DAY, application_number=number
        )

    result = registration_filings.complete_registration(db, a["clerk"], filing.id, on=LATER)
    (ent,) = rows(db, Enterprise)
    assert (ent.uscc, ent.application_id) == (result.uscc, app_id(db, number))
    (done,) = for_application(db, number).registered
    assert (done.kind, done.uscc, done.on) == ("establishment", result.uscc, LATER)


def test_a_filing_is_not_registered_once_its_application_is_withdrawn(desk):
    db, a = desk
    number = application(db, a["clerk"], "SC-0001", founder())
    filing = registration_filings.file_registration(
        db, a["clerk"], company(NAME), on=DAY, application_number=number
    )
    decide(db, a["clerk"], number, State.WITHDRAWN, "申请人撤回申请", on=DAY)
    with pytest.raises(ApplicationLinkError, match="撤回"):
        registration_filings.complete_registration(db, a["clerk"], filing.id, on=LATER)
    assert rows(db, Enterprise) == []
    assert rows(db, RegistrationFiling)[0].status == "pending"


def test_change_for_an_accepted_application_is_linked_and_shown(desk):
    db, a = desk
    first = application(db, a["clerk"], "SC-0001", founder())
    code = registration.register_enterprise(
        db, a["clerk"], company(NAME), on=DAY, application_number=first
    ).uscc
    other = registration.register_enterprise(db, a["clerk"], company(OTHER_NAME), on=DAY).uscc
    number = application(db, a["clerk"], "SC-0004", organisation(NAME, code))
    link = for_application(db, number)
    assert (link.kind, link.uscc, link.legal_representative) == ("change", code, "")

    with pytest.raises(ApplicationLinkError) as refused:  # another enterprise than the applicant
        change_registration(
            db, a["clerk"], other, EnterpriseChanges(domicile="湛江市霞山区海滨大道2号"),
            on=LATER, application_number=number,
        )  # fmt: skip
    assert refused.value.field == "uscc" and other in refused.value.english
    with pytest.raises(ApplicationLinkError, match="SC-0001"):  # the establishment application
        change_registration(
            db, a["clerk"], code, EnterpriseChanges(domicile="湛江市霞山区海滨大道2号"),
            on=LATER, application_number=first,
        )  # fmt: skip
    assert rows(db, EnterpriseChange) == []

    result = change_registration(
        db, a["clerk"], code,
        EnterpriseChanges(domicile="湛江市霞山区海滨大道2号", business_scope="餐饮服务；住宿服务"),
        on=LATER, application_number=number,
    )  # fmt: skip
    ident = app_id(db, number)
    assert {c.application_id for c in rows(db, EnterpriseChange)} == {ident}
    notice = rows(db, IssuedDocument, IssuedDocument.doc_number == result.referral_document)[0]
    licence = rows(db, IssuedDocument, IssuedDocument.doc_number == result.licence_document)[0]
    # the change's papers carry the change application, not the establishment's
    assert (notice.application_id, licence.application_id) == (ident, ident)
    (event,) = rows(db, AuditEvent, AuditEvent.action == "enterprise.change")
    assert event.after["application"] == number

    link = for_application(db, number)
    (done,) = link.registered
    assert (done.kind, done.uscc, done.on, done.licence) == (
        "change", code, LATER, result.licence_document
    )  # fmt: skip
    assert done.items == ("domicile", "business_scope")
    with pytest.raises(ApplicationLinkError, match="已办理变更登记"):
        change_registration(
            db, a["clerk"], code, EnterpriseChanges(domicile="湛江市坡头区1号"),
            on=LATER, application_number=number,
        )  # fmt: skip
    # the establishment application still shows only its establishment
    assert [r.kind for r in for_application(db, first).registered] == ["establishment"]


def test_unbound_registrations_stay_as_they_were(desk):
    db, a = desk
    result = registration.register_enterprise(db, a["clerk"], company(NAME), on=DAY)
    assert rows(db, Enterprise)[0].application_id is None
    assert {d.application_id for d in rows(db, IssuedDocument)} == {None}
    (event,) = rows(db, AuditEvent, AuditEvent.action == "enterprise.establishment")
    assert "application" not in event.after
    change_registration(
        db, a["clerk"], result.uscc, EnterpriseChanges(domicile="湛江市霞山区海滨大道2号"), on=LATER
    )
    assert rows(db, EnterpriseChange)[0].application_id is None


def test_the_command_line_links_too(desk, tmp_path, capsys):
    """`register` entries carry `application`; `change` takes `--application`."""
    import json

    from window_app.cli import run

    db, a = desk
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    first = application(db, a["clerk"], "SC-0001", founder())
    entry = {"name": NAME, "category": "1", "enterprise_type": "有限责任公司（自然人投资或控股）",
             "domicile": "湛江市赤坎区人民大道中1号", "authority": "440800",
             "legal_representative": {"name": "张三", "id_number": person_id(123)},
             "registered_capital": 50, "business_scope": "餐饮服务", "application": first,
             "investors": [{"name": "张三", "identifier": person_id(123), "subscribed": 50}]}  # fmt: skip
    src = tmp_path / "e.json"
    src.write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    assert run(["register", "--json", str(src), *url]) == 0
    code = capsys.readouterr().out.split("\t")[0]
    assert [(r.kind, r.uscc) for r in for_application(db, first).registered] == [
        ("establishment", code)
    ]  # fmt: skip
    # the same application again: one ERROR line, exit 1, nothing registered
    src.write_text(json.dumps([{**entry, "name": OTHER_NAME}], ensure_ascii=False), "utf-8")
    assert run(["register", "--json", str(src), *url]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"ERROR\t{OTHER_NAME}\t") and "已办理设立登记" in out
    assert len(rows(db, Enterprise)) == 1

    number = application(db, a["clerk"], "SC-0004", organisation(NAME, code))
    change = tmp_path / "c.json"
    change.write_text(
        json.dumps({"domicile": "湛江市霞山区海滨大道2号"}, ensure_ascii=False), "utf-8"
    )
    argv = ["change", "--uscc", code, "--json", str(change), "--date", LATER.isoformat(), *url]
    assert run([*argv, "--application", first]) == 1  # the establishment's application
    assert capsys.readouterr().out.startswith(f"ERROR\t{code}\t")
    assert run([*argv, "--application", number]) == 0
    assert capsys.readouterr().out == f"{code}\t{NAME}\tdomicile\n"
    assert {c.application_id for c in rows(db, EnterpriseChange)} == {app_id(db, number)}
