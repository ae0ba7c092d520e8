"""Registration finishes its application (issue 14, part 5): registering the enterprise of an
accepted SC-0001 application records the decision (licence issued), the result and the
delivery the applicant chose; the pickup slip names the authority that registered."""

from __future__ import annotations

import subprocess
from dataclasses import replace

from window_app.core.states import State
from window_app.services import change_registration, documents, queries, registration
from window_app.services.accept import accept
from window_app.services.change_registration import EnterpriseChanges
from window_app.services.intake import start_application

from test_change_registration import company  # isort: skip
from test_processing import all_received  # isort: skip
from test_registration_links import DAY, LATER, desk, founder  # isort: skip  # noqa: F401


def _accepted(db, clerk, matter, applicant, delivery):
    number = start_application(
        db, clerk, matter_code=matter, channel="in_person", on=DAY, applicant=applicant
    ).number
    accept(db, clerk, number, marks=all_received(db, number, DAY), delivery_method=delivery,
           on=DAY)  # fmt: skip
    return number


def _pdf_text(doc, tmp_path) -> str:
    path = tmp_path / "pickup.pdf"
    path.write_bytes(documents.render(doc))
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def test_a_district_registration_completes_its_application_with_post(desk, tmp_path):  # noqa: F811
    db, a = desk
    number = _accepted(db, a["clerk"], "SC-0001", founder(), "post")
    request = replace(company("湛江市霞山美味餐饮有限公司"), authority_code="440803")
    result = registration.register_enterprise(
        db, a["clerk"], request, on=DAY, application_number=number
    )
    detail = queries.application_detail(db, number, on=DAY)
    assert detail.state == State.COMPLETED and detail.completed_on == DAY
    assert detail.decided_on == DAY
    assert detail.delivery_method == "邮寄送达"  # what the applicant asked for, not the window
    pickup = next(d for d in detail.documents if d.kind == "pickup")
    text = _pdf_text(pickup, tmp_path)
    assert "湛江市霞山区市场监督管理局" in text
    assert result.uscc in text and "营业执照" in text
    # the transitions: accepted → approved → completed, all on the day of registration
    assert [t.to_state for t in detail.transitions][-2:] == ["approved", "completed"]


def test_a_change_registration_completes_its_application(desk):  # noqa: F811
    db, a = desk
    ent = registration.register_enterprise(
        db, a["clerk"], company("湛江市鲜香餐饮有限公司"), on=DAY
    )
    number = _accepted(db, a["clerk"], "SC-0004", founder(), "window")
    change_registration.change_registration(
        db, a["clerk"], ent.uscc, EnterpriseChanges(domicile="湛江市赤坎区海滨大道1号"),
        on=LATER, application_number=number,
    )  # fmt: skip
    detail = queries.application_detail(db, number, on=LATER)
    assert detail.state == State.COMPLETED and detail.delivery_method == "窗口领取"
