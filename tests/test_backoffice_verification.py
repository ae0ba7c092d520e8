"""Verifying approvals on commitment (告知承诺, issue 19): a failed verification revokes the
approval and lists the applicant as of bad credit; a failure after the verification period is
recorded without revocation; the demo has a reviewer per department and verifications due.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.back_office import as_user, reviewer
from tests.pdf_checks import pdf_text
from tests.test_processing import app_row
from window_app.cli import run
from window_app.core.errors import DomainError
from window_app.services import users
from window_app.services.context import PermissionDenied
from window_app.storage.models import AuditEvent


def test_a_failed_verification_revokes_and_lists_the_applicant(hall, tmp_path, capsys):
    """告知承诺: the department's verification tasks by due day; a failure revokes the
    approval with its 撤销决定书 and puts the applicant on the bad-credit list, so the next
    commitment is refused; `list applications --format json` shows the commitment."""
    import json

    from tests.test_intake_services import MON, person, received, start
    from window_app.services import commitment, verification

    db, actors = hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    rev = reviewer(db, "rev-scjgj", "SCJGJ")
    cgj = reviewer(db)
    keys = ("application_form", "business_licence")
    honest = start(db, clerk, marks=received(*keys), applicant=person("111", "赵诚实"))
    liar = start(db, clerk, marks=received(*keys), applicant=person("222", "钱不实"))
    for s in (honest, liar):
        commitment.approve_on_commitment(db, clerk, s.number, signer="本人", on=MON)
    box = verification.tasks(db, rev, on=date(2025, 12, 2))
    assert [(t.number, t.due_on, t.overdue) for t in box] == [
        (honest.number, date(2025, 12, 1), True), (liar.number, date(2025, 12, 1), True),
    ]  # fmt: skip
    assert verification.tasks(db, cgj) == []  # another department's
    from window_app.services import department_figures

    (scj,) = department_figures.figures(db, boss, MON, MON, on=date(2025, 12, 2))  # the board's
    assert (scj.code, scj.handed_over, scj.verifications_overdue) == ("SCJGJ", 0, 2)
    with pytest.raises(PermissionDenied):
        verification.verify(db, cgj, honest.number, True)
    with pytest.raises(PermissionDenied):  # the window does not close the loop
        verification.verify(db, clerk, honest.number, True)
    with pytest.raises(DomainError, match="核查不通过的情况"):
        verification.verify(db, rev, liar.number, False, on=date(2025, 11, 20))

    code = run(as_user(db, "rev-scjgj", "list", "applications", "--format", "json"))
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    assert code == 0 and rows[honest.number]["commitment"] is True
    assert rows[honest.number]["verification_due"] == "2025-12-01"

    assert (
        verification.verify(db, rev, honest.number, True, on=date(2025, 11, 20)).state == "approved"
    )
    with pytest.raises(DomainError, match="已核查"):
        verification.verify(db, rev, honest.number, False, "x", on=date(2025, 11, 20))
    pdf = tmp_path / "revocation.pdf"
    code = run(as_user(db, "rev-scjgj", "verify", liar.number, "fail", "--note",
                   "现场核查无食品安全管理制度", "--on", "2025-11-20", "--pdf", str(pdf)))  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[0] == f"{liar.number}\trevoked\t湛政服撤〔2025〕1号"
    text = pdf_text(pdf.read_bytes(), tmp_path, layout=False)
    assert "撤销行政许可决定书" in "".join(text.split())
    assert "现场核查无食品安全管理制度" in "".join(text.split())
    # the remedies run from receipt of this 决定书, not of a 通知书
    assert "自收到本决定书之日起六十日内" in "".join(text.split())
    assert "通知书" not in "".join(text.split())
    assert app_row(db, liar.number).state == "revoked"
    assert [t.number for t in verification.tasks(db, boss)] == []
    rows = {r["number"]: r for r in _json_list(db, capsys)}
    assert rows[liar.number]["verification_due"] is None and rows[liar.number]["state"] == "revoked"

    # the credit record bars the next commitment of the same applicant
    from window_app.services.intake import CreditWarning

    with pytest.raises(CreditWarning, match="不适用告知承诺制"):  # the window is warned at intake
        start(db, clerk, marks=received(*keys), applicant=person("222", "钱不实"),
              on=date(2025, 11, 21))  # fmt: skip
    again = start(db, clerk, marks=received(*keys), applicant=person("222", "钱不实"),
                  on=date(2025, 11, 21), credit_ack=True)  # fmt: skip
    with pytest.raises(commitment.CommitmentRefused, match="失信名单"):
        commitment.approve_on_commitment(db, clerk, again.number, signer="本人",
                                         on=date(2025, 11, 21))  # fmt: skip
    with db.reading() as session:
        from window_app.storage.models import BadCreditEntry

        entry = session.scalars(select(BadCreditEntry)).one()
        assert entry.listed_on == date(2025, 11, 20) and liar.number in entry.reason
        assert entry.authority == "湛江市市场监督管理局"


def test_a_failure_after_the_verification_period_is_recorded_without_revocation(hall, capsys):
    """Only a failed verification within the period revokes (the issue's words); one recorded
    after the due day is kept and audited, the approval stands and nobody is listed."""
    from tests.test_intake_services import MON, person, received, start
    from window_app.services import commitment
    from window_app.storage.models import BadCreditEntry, VerificationTask

    db, actors = hall
    clerk = actors["clerk"]
    reviewer(db, "rev-scjgj", "SCJGJ")
    keys = ("application_form", "business_licence")
    late = start(db, clerk, marks=received(*keys), applicant=person("333", "孙迟查"))
    commitment.approve_on_commitment(db, clerk, late.number, signer="本人", on=MON)
    # due 1 Dec 2025: the next day is after the period
    code = run(as_user(db, "rev-scjgj", "verify", late.number, "fail", "--note", "未见健康证明",
                   "--on", "2025-12-02"))  # fmt: skip
    assert code == 0 and capsys.readouterr().out.strip() == f"{late.number}\tfailed"
    assert app_row(db, late.number).state == "approved"
    with db.reading() as session:
        task = session.scalars(select(VerificationTask)).one()
        assert (task.status, task.note) == ("failed", "未见健康证明")
        assert session.scalars(select(BadCreditEntry)).all() == []
        assert session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == late.number,
                                            AuditEvent.action == "commitment.verify")
        ).all() == ["commitment.verify"]  # fmt: skip


def _json_list(db, capsys) -> list[dict]:
    import json

    assert run(as_user(db, "super1", "list", "applications", "--format", "json")) == 0
    return json.loads(capsys.readouterr().out)


def test_the_demo_has_a_reviewer_per_department_and_verifications_due(any_db):
    """The demo: one rev-<code> per catalogue department (the demo password), and its
    commitment approvals hold verification tasks, open, some already past their day."""
    from window_app.services import demo, verification

    demo.generate(any_db, 200, days=60)
    admin = users.login(any_db, "admin", demo.DEMO_PASSWORD)
    listed = {u["username"]: u for u in users.list_users(any_db, admin)}
    reviewers = {n: u for n, u in listed.items() if u["role"] == "reviewer"}
    assert len(reviewers) == len(users.list_departments(any_db, admin)) > 10
    rev = users.login(any_db, "rev-scjgj", demo.DEMO_PASSWORD)
    assert rev.department_code == "SCJGJ" and reviewers["rev-scjgj"]["department"] == "SCJGJ"
    due = verification.tasks(any_db, rev)
    assert due and all(t.department_code == "SCJGJ" and t.status == "open" for t in due)
    assert [t.due_on for t in due] == sorted(t.due_on for t in due)
    assert any(t.overdue for t in due)  # 60 days back: some are past their 20 working days
