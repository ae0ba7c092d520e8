"""Enterprise registration on real SQLite and PostgreSQL: names, codes, licence, referrals, roles."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from window_app.core import uscc
from window_app.core.enterprise_names import authority_name, distinctive_words, validate_name
from window_app.core.errors import DomainError
from window_app.core.idcard import check_digit
from window_app.services import code_segments, licence, referrals, registration
from window_app.services import registration_filings as filings
from window_app.services.code_segments import SegmentError, SegmentExhausted
from window_app.services.context import PermissionDenied
from window_app.services.registration import (
    ExchangeRequest,
    Investor,
    NameConflict,
    Person,
    RegistrationRequest,
)
from window_app.storage.models import AuditEvent, CodeAllocation, IssuedDocument, Referral

DAY = date(2026, 11, 25)  # a Wednesday


def person_id(seq: int = 123) -> str:
    first17 = f"44080219900101{seq:03d}"
    return first17 + check_digit(first17)


def company(name="湛江市美味餐饮有限公司", **changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name=name,
        category="1",
        enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号",
        authority_code="440800",
        legal_representative=Person("张三", person_id()),
        registered_capital=Decimal("50"),
        business_scope="餐饮服务；食品销售；日用百货销售",
        investors=(Investor("张三", person_id(), Decimal("50")),),
    )
    return replace(base, **changes)


def individual(name="湛江市赤坎区好味道小吃店", **changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name=name,
        category="2",
        enterprise_type="个体工商户",
        domicile="湛江市赤坎区中山一路2号",
        authority_code="440802",
        legal_representative=Person("李四", person_id(124)),
        registered_capital=Decimal("3"),
        business_scope="小吃服务",
    )
    return replace(base, **changes)


def coop(**changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name="遂溪县丰收水果种植农民专业合作社",
        category="3",
        enterprise_type="农民专业合作社",
        domicile="遂溪县城月镇",
        authority_code="440823",
        legal_representative=Person("王五", person_id(125)),
        registered_capital=Decimal("20"),
        business_scope="组织成员种植、销售水果",
        investors=tuple(Investor(f"成员{n}", person_id(130 + n), Decimal("4")) for n in range(5)),
    )
    return replace(base, **changes)


@pytest.fixture
def desk(hall):
    db, actors = hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    return db, actors


# --- registration ----------------------------------------------------------------------------


def test_registers_three_categories_with_valid_codes(desk):
    db, a = desk
    results = [
        registration.register_enterprise(db, a["clerk"], req, on=DAY)
        for req in (company(), individual(), coop())
    ]
    codes = [r.uscc for r in results]
    assert [c[:2] for c in codes] == ["91", "92", "93"]
    assert [c[2:8] for c in codes] == ["440800", "440802", "440823"]
    assert [c[8:16] for c in codes] == ["MA4W0000", "MA4W0001", "MA4W0002"]
    assert all(uscc.validate(c) == c for c in codes)
    with db.reading() as s:
        rows = s.scalars(select(CodeAllocation).order_by(CodeAllocation.serial)).all()
        assert [(r.serial, r.status, r.uscc) for r in rows] == [
            (i, "used", c) for i, c in enumerate(codes)
        ]
        assert all(r.enterprise_id for r in rows)
        licences = s.scalars(select(IssuedDocument).where(IssuedDocument.kind == "licence")).all()
        assert len(licences) == 3
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "enterprise.establishment"))
    listed = registration.list_enterprises(db)
    assert {e.uscc for e in listed} == set(codes)
    assert registration.get_enterprise(db, codes[1].lower()).name == "湛江市赤坎区好味道小吃店"


CLOSE_NAMES = ["湛江市美味餐饮有限公司", "湛江美味餐饮有限责任公司", "广东美味餐饮股份有限公司",
               "美味餐饮（湛江）有限公司", "湛江市 美味餐饮 有限公司"]  # fmt: skip


def test_same_or_close_name_at_same_authority_is_refused(desk):
    db, a = desk
    first = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    for other in CLOSE_NAMES:
        etype = "股份有限公司（非上市、自然人投资或控股）" if "股份" in other else None
        req = company(other, **({"enterprise_type": etype} if etype else {}))
        with pytest.raises(NameConflict) as err:
            registration.register_enterprise(db, a["clerk2"], req, on=DAY)
        assert err.value.field == "name"
        assert err.value.conflict.uscc == first.uscc
        assert "湛江市美味餐饮有限公司" in err.value.message and first.uscc in err.value.message
        with pytest.raises(NameConflict):
            registration.check_name(db, other, "440800")
    # nothing was consumed by the refused registrations
    assert code_segments.list_segments(db, a["admin"])[0].next_serial == 1


def test_same_name_at_another_authority_is_allowed(desk):
    db, a = desk
    registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    other = registration.register_enterprise(
        db, a["clerk"], company(authority_code="440803"), on=DAY
    )
    assert other.uscc[2:8] == "440803"
    assert registration.check_name(db, "湛江市新鲜果蔬有限公司", "440800") == "新鲜果蔬"


def test_unique_constraint_guards_the_name_key(desk):
    db, a = desk
    first = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    # Bypass the service check: the database itself refuses a second row with the same key.
    from window_app.storage.models import Enterprise

    with pytest.raises(Exception), db.transaction() as s:  # noqa: B017, PT011
        e = s.scalars(select(Enterprise)).one()
        s.add(Enterprise(**{c.name: getattr(e, c.name) for c in Enterprise.__table__.columns
                            if c.name not in ("id", "uscc")}, uscc="91440800MA4W00011A"))  # fmt: skip
        s.flush()
    assert registration.get_enterprise(db, first.uscc)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "湛江市有限公司"}, "name"),
        ({"name": "湛江市美味餐饮店"}, "name"),  # a company's name must end with its form
        ({"category": "4"}, "category"),
        ({"enterprise_type": "个体工商户"}, "enterprise_type"),
        ({"domicile": " "}, "domicile"),
        ({"authority_code": "440801"}, "authority_code"),  # a grouping code, not an authority
        ({"authority_code": "440300"}, "authority_code"),
        ({"legal_representative": Person("", person_id())}, "legal_representative.name"),
        ({"legal_representative": Person("张三", "440802199001011230")},
         "legal_representative.id_number"),
        ({"registered_capital": Decimal("0")}, "registered_capital"),
        ({"registered_capital": Decimal("-1")}, "registered_capital"),
        ({"registered_capital": Decimal("1.00001")}, "registered_capital"),
        ({"currency": "比特币"}, "currency"),
        ({"business_scope": ""}, "business_scope"),
        ({"investors": (Investor("赵六", "440802199001011230", Decimal("50")),)},
         "investors[0].identifier"),
        ({"investors": (Investor("赵六", person_id(126), Decimal("0")),)},
         "investors[0].subscribed"),
        ({"investors": (Investor("赵六", person_id(126), Decimal("40")),)}, "investors"),
    ],
)  # fmt: skip
def test_validation_errors_name_the_field(changes, field):
    with pytest.raises(DomainError) as err:
        registration.validate_request(company(**changes))
    assert err.value.field == field, err.value.message


def test_investors_and_zero_capital_individual(desk):
    db, a = desk
    req = company(investors=(
        Investor("赵六", person_id(126), Decimal("30")),
        Investor("湛江某投资有限公司", "91440300708461136T", Decimal("20")),
    ))  # fmt: skip
    registration.register_enterprise(db, a["clerk"], req, on=DAY)
    registration.register_enterprise(
        db, a["clerk"], individual(registered_capital=Decimal("0")), on=DAY
    )
    with pytest.raises(DomainError) as err:
        registration.validate_request(coop(name="遂溪县丰收水果种植社"))
    assert err.value.field == "name"


# --- segments and capacity -------------------------------------------------------------------


def test_capacity_checked_before_and_inside_the_transaction(hall):
    db, a = hall
    with pytest.raises(SegmentExhausted):
        code_segments.check_capacity(db)
    with pytest.raises(SegmentExhausted):
        registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    code_segments.create_segment(db, a["admin"], "small", "MA4X00", 98, 99)
    cap = code_segments.check_capacity(db, "440800")
    assert cap.remaining == 2 and cap.low
    registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    registration.register_enterprise(db, a["clerk"], individual(), on=DAY)
    with pytest.raises(SegmentExhausted) as err:
        code_segments.check_capacity(db)
    assert "号段" in err.value.message
    with pytest.raises(SegmentExhausted):
        registration.register_enterprise(db, a["clerk"], coop(), on=DAY)
    assert len(registration.list_enterprises(db)) == 2


def test_segment_rules(hall):
    db, a = hall
    admin = a["admin"]
    seg = code_segments.create_segment(db, admin, "A", "MA4W", 0, 9999)
    assert (seg.first_body, seg.last_body, seg.remaining) == ("MA4W0000", "MA4W9999", 10000)
    for prefix, first, last, width, field in [
        ("MA4I", 0, 9, None, "prefix"),  # I never appears in a USCC
        ("MA4O", 0, 9, None, "prefix"),
        ("MA4Z", 0, 9, None, "prefix"),
        ("PDY", 1, 99999, None, "prefix"),  # reserved for internal use
        ("MA4Y", 0, 99999, 5, "width"),
        ("MA4Y", 5, 4, None, "first_serial"),
        ("MA4Y", 0, 10000, None, "first_serial"),
        ("MA4W0", 0, 999, None, "prefix"),  # overlaps MA4W0000–MA4W0999
        ("MA4W", 9999, 9999, None, "prefix"),
    ]:
        with pytest.raises(SegmentError) as err:
            code_segments.create_segment(db, admin, "x", prefix, first, last, width=width)
        assert err.value.field == field, (prefix, err.value.message)
    code_segments.create_segment(db, admin, "B", "MA4Y0", 0, 999, authority_code="440802")
    # the district's own segment is used first for its registrations
    r = registration.register_enterprise(db, a["clerk"], individual(), on=DAY)
    assert r.uscc[8:16] == "MA4Y0000"
    r = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    assert r.uscc[8:16] == "MA4W0000"


def test_void_code_is_skipped_and_accounted_for(desk):
    db, a = desk
    info = code_segments.void_code(db, a["admin"], "MA4W0001", "省系统已发放该代码")
    assert info.status == "void" and info.uscc is None and info.body.startswith("MA4W0001")
    with pytest.raises(SegmentError):
        code_segments.void_code(db, a["admin"], "MA4W0001", "again")
    with pytest.raises(SegmentError):
        code_segments.void_code(db, a["admin"], "MA4X0001", "not in a segment")
    with pytest.raises(SegmentError):
        code_segments.void_code(db, a["admin"], "MA4W0002", " ")
    codes = [
        registration.register_enterprise(db, a["clerk"], req, on=DAY).uscc
        for req in (company(), individual())
    ]
    assert [c[8:16] for c in codes] == ["MA4W0000", "MA4W0002"]
    with pytest.raises(SegmentError, match="已用于"):
        code_segments.void_code(db, a["admin"], "MA4W0000", "x")
    (audit,) = code_segments.audit_segments(db, a["admin"])
    assert (audit.issued, audit.used, audit.void, audit.missing) == (3, 2, 1, ())


# --- filing, deadline and extension ----------------------------------------------------------


def test_scope_with_permits_creates_referrals_and_notice(desk, tmp_path):
    db, a = desk
    req = company(business_scope="餐饮服务；食品销售；住宿服务；日用百货销售")
    result = registration.register_enterprise(db, a["clerk"], req, on=DAY)
    assert [(r.scope_item, r.department_code) for r in result.referrals] == [
        ("食品销售", "SCJGJ"), ("餐饮服务", "SCJGJ"), ("住宿服务", "WJJ"),
    ]  # fmt: skip
    assert result.referral_document and "告" in result.referral_document
    with db.reading() as s:
        assert len(s.scalars(select(Referral)).all()) == 3
        doc = s.scalars(select(IssuedDocument).where(IssuedDocument.kind == "referral")).one()
        assert doc.payload["uscc"] == result.uscc
    assert {r.permit for r in referrals.list_referrals(db, a["clerk"], department_code="WJJ")} == {
        "公共场所卫生许可证"
    }
    info = referrals.referral_document(db, result.uscc)
    from window_app.services import documents

    pdf = documents.record_print(db, a["clerk"], info.id).pdf
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for needle in ("食品经营许可证", "公共场所卫生许可证", result.uscc, "湛江市卫生健康局"):
        assert needle in text
    plain = registration.register_enterprise(db, a["clerk"], individual(), on=DAY)
    assert plain.referrals == () and plain.referral_document is None


# --- licence exchange (换照) -----------------------------------------------------------------


def test_licence_exchange_keeps_the_organisation_code(desk):
    db, a = desk
    from stdnum.iso7064 import mod_11_10

    regno = "44080000000001" + mod_11_10.calc_check_digit("44080000000001")
    req = ExchangeRequest(
        registration=company("湛江市老字号贸易有限公司", business_scope="日用百货销售"),
        old_registration_number=regno, org_code="70846113-6", tax_number="440800708461136",
        established_on=date(2003, 5, 8),
    )  # fmt: skip
    result = registration.exchange_licence(db, a["clerk"], req, on=DAY)
    assert result.uscc[8:17] == "708461136" and result.uscc[:8] == "91440800"
    assert uscc.is_valid(result.uscc)
    ent = registration.get_enterprise(db, result.uscc)
    assert ent.kind == "exchange" and ent.established_on == date(2003, 5, 8)
    with db.reading() as s:
        alloc = s.scalars(select(CodeAllocation).where(CodeAllocation.uscc == result.uscc)).one()
        assert alloc.segment_id is None and alloc.status == "used"
    assert licence.licence_data(db, result.uscc).established_on == date(2003, 5, 8)
    with pytest.raises(DomainError) as err:
        registration.exchange_licence(db, a["clerk"], req, on=DAY)
    assert err.value.field == "old_registration_number"
    for changes, field in [
        ({"org_code": "70846113-7"}, "org_code"),
        ({"old_registration_number": regno[:-1] + str((int(regno[-1]) + 1) % 10)},
         "old_registration_number"),
        ({"tax_number": "440800708461137"}, "tax_number"),
    ]:  # fmt: skip
        with pytest.raises(DomainError) as err:
            registration.validate_exchange(replace(req, **changes))
        assert err.value.field == field


# --- roles -----------------------------------------------------------------------------------


def test_each_service_refuses_the_wrong_role(desk):
    db, a = desk
    ok = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    denied = [
        (a["supervisor"], lambda x: registration.register_enterprise(db, x, individual())),
        (a["supervisor"], lambda x: filings.file_registration(db, x, individual())),
        (a["supervisor"], lambda x: filings.complete_registration(db, x, 1)),
        (a["supervisor"], lambda x: filings.withdraw_registration(db, x, 1, "r")),
        (a["supervisor"], lambda x: registration.exchange_licence(db, x, None)),
        (a["clerk"], lambda x: filings.extend_registration_deadline(db, x, 1, "r")),
        (a["admin"], lambda x: filings.extend_registration_deadline(db, x, 1, "r")),
        (a["clerk"], lambda x: code_segments.create_segment(db, x, "n", "MA4Y", 0, 9)),
        (a["supervisor"], lambda x: code_segments.create_segment(db, x, "n", "MA4Y", 0, 9)),
        (a["clerk"], lambda x: code_segments.list_segments(db, x)),
        (a["clerk"], lambda x: code_segments.set_segment_active(db, x, 1, False)),
        (a["clerk"], lambda x: code_segments.void_code(db, x, "MA4W0009", "r")),
        (a["supervisor"], lambda x: code_segments.void_code(db, x, "MA4W0009", "r")),
        (a["clerk"], lambda x: code_segments.audit_segments(db, x)),
        (a["clerk"], lambda x: licence.set_printer_offset(db, x, "P", 1, 1)),
        (a["supervisor"], lambda x: licence.set_printer_offset(db, x, "P", 1, 1)),
    ]
    for actor, call in denied:
        with pytest.raises(PermissionDenied):
            call(actor)
    assert licence.print_licence(db, a["supervisor"], ok.uscc).pdf.startswith(b"%PDF")
    assert code_segments.set_segment_active(db, a["admin"], 1, False).remaining == 0
    with pytest.raises(SegmentExhausted):
        code_segments.check_capacity(db)


# --- names (pure) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("湛江市赤坎区美味餐饮有限公司", "美味餐饮"),
        ("湛江美味餐饮有限责任公司", "美味餐饮"),
        ("广东美味餐饮股份有限公司", "美味餐饮"),
        ("美味餐饮（湛江）有限公司", "美味餐饮"),
        ("赤坎美味餐饮店", "美味餐饮"),
        ("湛江市遂溪县丰收农民专业合作社", "丰收"),
        ("霞山区张三小吃店", "张三小吃"),
        ("ＡＢＣ科技有限公司", "ABC科技"),
        ("廉江市美味餐饮厂", "美味餐饮"),
        ("湛江市有限公司", ""),
    ],
)
def test_distinctive_words(name, key):
    assert distinctive_words(name) == key


def test_name_validation_and_authority_names():
    with pytest.raises(DomainError) as err:
        validate_name("湛江市有限公司")
    assert err.value.field == "name"
    assert validate_name(" 湛江市 美味 有限公司 ") == "湛江市美味有限公司"
    assert authority_name("440802") == "湛江市赤坎区市场监督管理局"
    assert authority_name("440881") == "廉江市市场监督管理局"
