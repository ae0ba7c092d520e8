"""Materials given once are offered again (issue 19): a still-valid copy the same applicant gave
before is offered at the next application and its reuse recorded.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.back_office import as_user
from window_app.cli import run
from window_app.storage.models import AuditEvent


def test_materials_given_once_are_offered_again(hall, capsys):
    """A still-valid copy the same applicant gave before (a business licence copy, an ID copy
    within its period) is offered at the next application and its reuse recorded; a licence
    copy from before a change registration is not offered."""
    from tests.test_intake_services import ORG, start
    from window_app.core.material_reuse import IDENTITY_DAYS, still_valid
    from window_app.services import case_file, intake, material_reuse
    from window_app.storage.models import Enterprise, EnterpriseChange

    assert still_valid("legal_rep_id", date(2025, 1, 1), date(2025, 12, 31))
    assert not still_valid("legal_rep_id", date(2025, 1, 1), date(2025, 1, 1).fromordinal(
        date(2025, 1, 1).toordinal() + IDENTITY_DAYS + 1))  # fmt: skip
    assert not still_valid("application_form", date(2025, 1, 1), date(2025, 1, 2))
    db, actors = hall
    clerk = actors["clerk"]
    org = intake.ApplicantInput("organisation", "湛江市某某餐饮有限公司", uscc=ORG)
    first = start(db, clerk, applicant=org).number
    case_file.attach(db, clerk, first, "business_licence", [("licence.pdf", b"%PDF-1.4\nL\n")])
    case_file.attach(db, clerk, first, "application_form", [("form.pdf", b"%PDF-1.4\nF\n")])
    second = start(db, clerk, applicant=org).number
    from tests.test_intake_services import UsccParts

    another = UsccParts("9", "1", "440800", "MA4UP002").compose()
    other = start(db, clerk, applicant=intake.ApplicantInput("organisation", "别家公司",
                                                              uscc=another)).number  # fmt: skip
    (offer,) = material_reuse.offers(db, clerk, second)
    assert (offer.material_key, offer.from_application) == ("business_licence", first)
    assert material_reuse.offers(db, clerk, other) == []  # another applicant's are never offered
    assert run(as_user(db, "clerk1", "archive", "reuse", second, "business_licence")) == 0
    assert capsys.readouterr().out.strip() == f"reused\tbusiness_licence\t{first}"
    assert [(s.material_key, s.source) for s in case_file.scans(db, clerk, second)] == [
        ("business_licence", "reuse")
    ]
    assert material_reuse.offers(db, clerk, second) == []  # taken
    with db.reading() as session:
        assert session.scalars(select(AuditEvent).where(
            AuditEvent.action == "material.reuse", AuditEvent.entity_id == second)).one()  # fmt: skip
    # a change registration after the copy: the licence copy no longer stands for the register
    with db.transaction() as session:
        ent = Enterprise(uscc=ORG, name="湛江市某某餐饮有限公司", **_enterprise_fields())
        session.add(ent)
        session.flush()
        session.add(EnterpriseChange(enterprise_id=ent.id, item="domicile", before="a",
                                     after="b", changed_on=date.today()))  # fmt: skip
    third = start(db, clerk, applicant=org).number
    assert material_reuse.offers(db, clerk, third, on=date.today()) == []
    assert run(as_user(db, "clerk1", "archive", "reuse", third, "business_licence")) == 1
    assert "没有可复用" in capsys.readouterr().err


def _enterprise_fields() -> dict:
    """The register's other columns for an enterprise row made directly in a test."""
    from decimal import Decimal

    return dict(name_key="某某餐饮", category="1", enterprise_type="有限责任公司",
                domicile="湛江市赤坎区", authority_code="440800", legal_rep_name="张三",
                legal_rep_id="440802199001011234", registered_capital=Decimal("50"),
                business_scope="餐饮服务", established_on=date(2025, 1, 2),
                registered_on=date(2025, 1, 2))  # fmt: skip
