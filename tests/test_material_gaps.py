"""容缺受理 (issue 19) on both engines: a 可容缺 material accepted missing against the
applicant's dated commitment, printed on the receipt, reminded before the date, and no decision
(window or department) until it arrives or a supervisor waives it with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, password_file
from tests.pdf_checks import pdf_text
from tests.test_processing import all_received, app_row, received
from window_app.cli import run
from window_app.core.catalogue import load_catalogue
from window_app.core.checklist import Mark
from window_app.core.errors import DomainError
from window_app.services import (
    department_decisions,
    documents,
    handover,
    material_gaps,
    processing,
    users,
)
from window_app.services.accept import accept
from window_app.services.checklist import get_checklist
from window_app.services.context import SYSTEM, PermissionDenied, Role
from window_app.storage.models import AuditEvent

DAY = date(2026, 9, 25)  # Friday
MATTER = "JT-0001"  # 道路运输经营许可: 企业负责人身份证明 is 可容缺
GAP = "principal_id"


def _without_gap(db, number: str) -> list[Mark]:
    return [m for m in all_received(db, number, DAY) if m.key != GAP]


def _words(pdf: bytes, tmp_path) -> str:
    return "".join(pdf_text(pdf, tmp_path, layout=False).split())


def test_the_catalogue_marks_secondary_copies_as_gap_tolerable():
    catalogue = load_catalogue()
    marked = {
        (code, m.key) for code, matter in catalogue.matters.items() for m in matter.materials
        if m.gap_tolerable
    }  # fmt: skip
    assert marked == {("JT-0001", "principal_id"), ("RS-0001", "assessor_certificates")}
    # a matter without the flag dumps as before (no new catalogue version at the next import)
    assert "gap_tolerable" not in str(catalogue.matters["CG-0001"].to_json_dict())
    assert material_gaps.tolerable(catalogue.matters[MATTER].to_json_dict()) == {
        GAP: "企业负责人身份证明"
    }


def test_accept_with_a_gap_remind_block_the_decision_then_supply(hall, tmp_path):
    db, actors = hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    number = received(db, clerk, DAY, matter=MATTER)
    # without the commitment the incomplete file is refused as before
    with pytest.raises(DomainError, match="材料未齐全"):
        accept(db, clerk, number, marks=_without_gap(db, number), on=DAY)
    # a material the catalogue does not mark 可容缺 cannot be owed
    with pytest.raises(DomainError, match="不是可容缺材料"):
        accept(db, clerk, number, marks=_without_gap(db, number), on=DAY,
               gaps={GAP: date(2026, 10, 9), "business_licence": date(2026, 10, 9)})  # fmt: skip
    with pytest.raises(DomainError, match="须晚于今天"):
        accept(db, clerk, number, marks=_without_gap(db, number), on=DAY, gaps={GAP: DAY})
    assert app_row(db, number).state == "received"  # nothing saved by the refusals

    out = accept(db, clerk, number, marks=_without_gap(db, number), on=DAY,
                 gaps={GAP: date(2026, 10, 9)})  # fmt: skip
    assert out.state == "accepted"
    pdf = documents.render(out.document)
    (tmp_path / "receipt.pdf").write_bytes(pdf)
    text = _words(pdf, tmp_path)
    assert "容缺受理" in text and "容缺材料及承诺补交日期" in text
    assert "企业负责人身份证明" in text and "2026年10月9日" in text
    assert "申请人承诺（签字）" in text
    (row,) = [r for r in get_checklist(db, number, on=DAY) if r.key == GAP]
    assert row.status != "received"

    # reminders: not yet 3 days before the date; then due soon; then late
    assert material_gaps.reminders(db, clerk, on=date(2026, 10, 5)) == []
    (soon,) = material_gaps.reminders(db, clerk, on=date(2026, 10, 7))
    assert (soon.number, soon.key, soon.days_left, soon.overdue) == (number, GAP, 2, False)
    (late,) = material_gaps.reminders(db, clerk, on=date(2026, 10, 12))
    assert late.overdue and late.status_zh == "逾期未补交"
    assert len(material_gaps.reminders(db, clerk, on=DAY, within_days=None)) == 1

    # no decision while it is owed: neither the window ...
    processing.start_review(db, clerk, number, on=date(2026, 9, 28))
    with pytest.raises(material_gaps.GapsOpen, match="容缺材料尚未补交"):
        processing.decide(db, clerk, number, "approved", on=date(2026, 9, 29))
    # ... nor the department
    users.create_user(db, SYSTEM, "rev-jt", "交通审批员", Role.REVIEWER, TEST_PASSWORD,
                      must_change=False, department_code="JTYSJ")  # fmt: skip
    rev = users.login(db, "rev-jt", TEST_PASSWORD)
    batch = handover.create_batch(db, clerk, "JTYSJ", on=date(2026, 9, 29))
    handover.receive(db, rev, batch.number)
    with pytest.raises(material_gaps.GapsOpen):
        department_decisions.decide(db, rev, number, "approve", on=date(2026, 9, 30))
    assert app_row(db, number).decision is None

    # the reviewer may not record the arrival; the window does
    with pytest.raises(PermissionDenied):
        material_gaps.supply(db, rev, number, GAP)
    done = material_gaps.supply(db, clerk, number, GAP, on=date(2026, 10, 8))
    assert done.status == "supplied" and done.closed_on == date(2026, 10, 8)
    (row,) = [r for r in get_checklist(db, number, on=date(2026, 10, 8)) if r.key == GAP]
    assert row.status == "received" and row.received_on == date(2026, 10, 8)
    with pytest.raises(DomainError, match="已补交"):
        material_gaps.supply(db, clerk, number, GAP)
    assert material_gaps.reminders(db, boss, on=date(2026, 10, 12)) == []
    decided = department_decisions.decide(db, rev, number, "approve", on=date(2026, 10, 9))
    assert decided.state == "approved"
    with db.reading() as session:
        actions = set(session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == number)))  # fmt: skip
    assert {"application.gap_accept", "application.gap_supplied"} <= actions


def test_a_supervisor_waives_with_a_reason_then_the_window_decides(hall):
    db, actors = hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    number = received(db, clerk, DAY, matter=MATTER)
    accept(db, clerk, number, marks=_without_gap(db, number), on=DAY,
           gaps={GAP: date(2026, 10, 9)})  # fmt: skip
    processing.start_review(db, clerk, number, on=date(2026, 9, 28))
    with pytest.raises(PermissionDenied):  # the clerk cannot waive
        material_gaps.waive(db, clerk, number, GAP, "法人已到场核验")
    with pytest.raises(DomainError, match="免于补交须写明理由"):
        material_gaps.waive(db, boss, number, GAP, "  ")
    with pytest.raises(DomainError, match="没有容缺材料"):
        material_gaps.waive(db, boss, number, "application_form", "x")
    gap = material_gaps.waive(db, boss, number, GAP, "负责人即法定代表人，身份证已核验",
                              on=date(2026, 9, 29))  # fmt: skip
    assert gap.status == "waived" and gap.waiver_reason == "负责人即法定代表人，身份证已核验"
    processing.decide(db, clerk, number, "approved", on=date(2026, 9, 29))
    assert app_row(db, number).state == "approved"
    with db.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.gap_waived")
        ).one()
    assert event.reason == "负责人即法定代表人，身份证已核验" and event.entity_id == number


def test_a_withdrawal_is_never_held_back_by_a_gap(hall):
    db, actors = hall
    clerk = actors["clerk"]
    number = received(db, clerk, DAY, matter=MATTER)
    accept(db, clerk, number, marks=_without_gap(db, number), on=DAY,
           gaps={GAP: date(2026, 10, 9)})  # fmt: skip
    processing.decide(db, clerk, number, "withdrawn", "申请人撤回", on=date(2026, 9, 28))
    assert app_row(db, number).state == "withdrawn"


def _as(db, username: str, *args: str) -> list[str]:
    return ["--database", db.url, "--user", username, "--password-file", str(password_file()),
            *args]  # fmt: skip


def test_cli_gaps_list_supply_waive(hall, capsys):
    db, actors = hall
    clerk = actors["clerk"]
    first = received(db, clerk, DAY, matter=MATTER, seq=1)
    second = received(db, clerk, DAY, matter=MATTER, seq=2)
    for number, by in ((first, date(2026, 10, 9)), (second, date(2026, 10, 20))):
        accept(db, clerk, number, marks=_without_gap(db, number), on=DAY, gaps={GAP: by})
    assert run(_as(db, "clerk1", "gaps", "list", "--on", "2026-10-10")) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{first}\t{GAP}\t企业负责人身份证明\t2026-10-09\toverdue"
    ]
    assert run(_as(db, "clerk1", "gaps", "list", "--all", "--on", "2026-10-01")) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [first, second]
    assert run(_as(db, "clerk1", "gaps", "waive", first, GAP, "--reason", "x")) == 1
    assert "无权限" in capsys.readouterr().err
    assert run(_as(db, "super1", "gaps", "waive", first, GAP, "--reason", "已当面核验")) == 0
    assert capsys.readouterr().out.strip() == f"{first}\t{GAP}\twaived"
    assert run(_as(db, "clerk1", "gaps", "supply", second, GAP)) == 0
    assert capsys.readouterr().out.strip() == f"{second}\t{GAP}\tsupplied"
    assert run(_as(db, "clerk1", "gaps", "supply", second, "nope")) == 1
    assert "没有容缺材料" in capsys.readouterr().err
