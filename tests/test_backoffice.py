"""The back office (issue 19) on both engines: the reviewer role tied to one department,
hand-over batches and their receipt, custody, the department's decision and the return to
the window for delivery (统一出件)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, password_file
from tests.pdf_checks import decoded_codes, pdf_text
from tests.test_processing import accepted, app_row
from window_app.cli import run
from window_app.core.errors import DomainError
from window_app.services import completion, department_decisions, handover, processing, users
from window_app.services.context import SYSTEM, PermissionDenied, Role
from window_app.storage.models import AuditEvent, Suspension

DAY = date(2026, 9, 25)  # a Friday; CG-0001 (城管局 CGJ): 10 promised working days


def reviewer(db, username="rev-cgj", department="CGJ"):
    users.create_user(db, SYSTEM, username, f"{department}审批员", Role.REVIEWER, TEST_PASSWORD,
                      must_change=False, department_code=department)  # fmt: skip
    return users.login(db, username, TEST_PASSWORD)


def test_a_reviewer_belongs_to_one_department_of_the_catalogue(hall):
    db, actors = hall
    admin = actors["admin"]
    with pytest.raises(DomainError) as no_dept:
        users.create_user(db, admin, "rev-x", "某审批员", Role.REVIEWER, TEST_PASSWORD)
    assert "审批人员须属于" in no_dept.value.message and no_dept.value.field == "department"
    with pytest.raises(DomainError, match="不在事项目录中"):
        users.create_user(db, admin, "rev-x", "某审批员", Role.REVIEWER, TEST_PASSWORD,
                          department_code="NOPE")  # fmt: skip
    rev = reviewer(db)
    assert rev.role is Role.REVIEWER and rev.department_code == "CGJ"
    listed = {u["username"]: u for u in users.list_users(db, admin)}
    assert listed["rev-cgj"]["role"] == "reviewer" and listed["rev-cgj"]["department"] == "CGJ"
    with pytest.raises(DomainError, match="审批人员须属于"):  # nor can an edit drop it
        users.update_user(db, admin, "rev-cgj", display_name="x", role=Role.REVIEWER,
                          window_number=None, department_code=None)  # fmt: skip
    # the window's work is not the reviewer's
    with pytest.raises(PermissionDenied):
        accepted(db, rev, DAY)


def test_intake_to_handover_decision_and_delivery(hall):
    db, actors = hall
    clerk = actors["clerk"]
    rev = reviewer(db)
    other = reviewer(db, "rev-scjgj", "SCJGJ")
    first = accepted(db, clerk, DAY, seq=1)
    second = accepted(db, clerk, DAY, seq=2)
    assert handover.pending(db, clerk, "CGJ") == sorted([first, second])
    with pytest.raises(PermissionDenied):  # the department does not hand over to itself
        handover.create_batch(db, rev, "CGJ", on=DAY)
    batch = handover.create_batch(db, clerk, "cgj", on=DAY)
    assert batch.number == "YJ20260925-001" and batch.department_code == "CGJ"
    assert [i.number for i in batch.items] == sorted([first, second])
    assert handover.pending(db, clerk, "CGJ") == []
    with pytest.raises(DomainError, match="没有待移交"):
        handover.create_batch(db, clerk, "CGJ", on=DAY)

    # while the department holds it, the window neither decides nor suspends
    with pytest.raises(DomainError, match="已移交部门CGJ"):
        processing.decide(db, clerk, first, "approved", on=DAY)
    # another department's reviewer can neither sign for nor decide it
    with pytest.raises(PermissionDenied):
        handover.receive(db, other, batch.number)
    assert [i.number for i in department_decisions.inbox(db, other, on=DAY)] == []
    # not signed for yet: no decision
    with pytest.raises(DomainError, match="请先签收"):
        department_decisions.decide(db, rev, first, "approve", on=DAY)

    # signing for one item, then the batch: the second scan signs for the rest only
    one = handover.receive(db, rev, first)
    assert one.received == (first,) and not one.batch_complete
    rest = handover.receive(db, rev, batch.number.lower())
    assert rest.received == (second,) and rest.already == (first,) and rest.batch_complete
    assert handover.get_batch(db, rev, batch.number).received

    box = department_decisions.inbox(db, rev, on=date(2026, 10, 13))
    assert [i.number for i in box] == sorted([first, second])
    assert all(i.received and i.light == "yellow" for i in box)  # 15 Oct due: 2 days left
    assert box[0].promised_deadline == date(2026, 10, 15)

    # refusal needs reasons and legal basis
    with pytest.raises(DomainError, match="理由和法律依据"):
        department_decisions.decide(db, rev, second, "refuse", reason="不符合条件", on=DAY)
    with pytest.raises(DomainError, match="决定只能是"):
        department_decisions.decide(db, rev, second, "maybe", on=DAY)
    with pytest.raises(PermissionDenied):  # the clerk cannot take the department's decision
        department_decisions.decide(db, clerk, second, "approve", on=DAY)

    # CG-0001's law provides no expert review that stops the clock: refused, naming what may
    with pytest.raises(DomainError, match="可中止的环节：听证"):
        department_decisions.decide(db, rev, first, "suspend", reason="请专家论证", on=DAY)
    # a hearing (行政许可法 arts. 46-47) stops the clock and issues its notice
    susp = department_decisions.decide(db, rev, first, "suspend", reason="利害关系人申请听证",
                                       on=DAY, step="hearing")  # fmt: skip
    assert susp.state == "suspended" and susp.result_number == ""
    with db.reading() as session:
        row = session.scalars(select(Suspension)).one()
        assert row.reason_code == "hearing" and row.note == "利害关系人申请听证"
    # approving after the review resumes the clock first (5 working days suspended)
    ok = department_decisions.decide(db, rev, first, "approve", on=date(2026, 10, 12))
    assert ok.state == "approved" and ok.result_number == "湛政服决〔2026〕1号"
    no = department_decisions.decide(db, rev, second, "refuse", reason="占道位置影响通行",
                                      legal_basis="《城市道路管理条例》第三十一条",
                                      on=date(2026, 10, 12))  # fmt: skip
    assert no.state == "denied" and no.result_number == "湛政服决〔2026〕2号"
    assert app_row(db, second).decision_reason == (
        "占道位置影响通行（法律依据：《城市道路管理条例》第三十一条）"
    )
    assert department_decisions.inbox(db, rev, on=DAY) == []
    with pytest.raises(DomainError, match="未移交到部门"):  # decided once
        department_decisions.decide(db, rev, first, "approve", on=DAY)

    # back at the window: 统一出件 with the result document's number
    back = {r.number: r for r in department_decisions.returned(db, clerk)}
    assert back[first].result_number == "湛政服决〔2026〕1号" and back[first].outcome == "approve"
    done = completion.complete(db, clerk, first, f"准予许可决定书 {back[first].result_number}",
                               on=date(2026, 10, 13))  # fmt: skip
    assert done.number == first
    completion.deliver(db, clerk, first, "post", tracking_number="SF19", on=date(2026, 10, 14))
    assert app_row(db, first).state == "delivered"
    assert [r.number for r in department_decisions.returned(db, clerk)] == [second]

    # custody: the window, the department (handed over, received), the window again
    trail = handover.custody(db, clerk, first)
    assert [(c.holder, c.event) for c in trail] == [
        ("window", "accepted"), ("department", "handed_over"), ("department", "received"),
        ("window", "returned"),
    ]  # fmt: skip
    assert trail[2].username == "rev-cgj" and trail[1].batch == batch.number
    with pytest.raises(PermissionDenied):
        handover.custody(db, other, first)
    with db.reading() as session:
        actions = [a for (a,) in session.execute(
            select(AuditEvent.action).where(AuditEvent.entity_id.in_([first, batch.number]))
        )]  # fmt: skip
    for action in ("handover.create", "handover.receive", "department.decide",
                   "application.suspended", "application.approved"):  # fmt: skip
        assert action in actions, action


def _as(db, username: str, *args: str) -> list[str]:
    return ["--database", db.url, "--user", username, "--password-file", str(password_file()),
            *args]  # fmt: skip


def test_cli_handover_list_scanned_and_decided(hall, tmp_path, capsys):
    """`handover create` prints the batch and writes the list; its barcodes decode from a
    150 dpi render; `handover receive` signs for the scanned batch; `decide` needs the
    department's reviewer signed in."""
    db, actors = hall
    clerk = actors["clerk"]
    reviewer(db)
    first = accepted(db, clerk, DAY, seq=1)
    second = accepted(db, clerk, DAY, seq=2)
    pdf = tmp_path / "list.pdf"
    code = run(_as(db, "clerk1", "handover", "create", "--department", "CGJ", "--on",
                   DAY.isoformat(), "--pdf", str(pdf)))  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == "YJ20260925-001\tCGJ\t2"
    assert out[1:3] == [f"{first}\tCG-0001\t2026-10-15", f"{second}\tCG-0001\t2026-10-15"]
    data = pdf.read_bytes()
    assert sorted(decoded_codes(data, tmp_path)) == sorted(["YJ20260925-001", first, second])
    text = pdf_text(data, tmp_path)
    assert "移交清单" in text and "湛江市城市管理和综合执法局" in text and "林小红" in text

    # the window cannot sign for it; nothing waiting → exit 1 with the reason
    assert run(_as(db, "clerk1", "handover", "receive", "YJ20260925-001")) == 1
    assert "无权限" in capsys.readouterr().err
    assert run(_as(db, "clerk1", "handover", "create", "--department", "CGJ")) == 1
    assert "没有待移交" in capsys.readouterr().err
    assert run(_as(db, "rev-cgj", "handover", "receive", "YJ20260925-001")) == 0
    assert capsys.readouterr().out.splitlines() == [f"received\t{first}", f"received\t{second}"]

    assert run(_as(db, "clerk1", "decide", first, "approve")) == 1  # a reviewer's command
    assert "审批人员" in capsys.readouterr().err
    assert run(_as(db, "rev-cgj", "decide", second, "refuse", "--reason", "不符合条件")) == 1
    assert "法律依据" in capsys.readouterr().err
    assert run(_as(db, "rev-cgj", "decide", first, "approve", "--on", "2026-09-28")) == 0
    assert capsys.readouterr().out.strip() == f"{first}\tapproved\t湛政服决〔2026〕1号"
    assert run(_as(db, "clerk1", "handover", "custody", first)) == 0
    trail = [line.split("\t")[1:4] for line in capsys.readouterr().out.splitlines()]
    assert trail == [["window", "accepted", "clerk1"], ["department:CGJ", "handed_over", "clerk1"],
                     ["department:CGJ", "received", "rev-cgj"],
                     ["window:CGJ", "returned", "rev-cgj"]]  # fmt: skip


def test_department_figures_on_the_board(hall):
    """Handed over, received, decided, on time, overdue, days at the window and at the
    department: counted per department from the hand-over items, and on the board's JSON."""
    from datetime import datetime, timedelta

    from window_app.services import department_figures, metrics
    from window_app.storage.models import Application, HandoverItem

    db, actors = hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    rev = reviewer(db)
    on_time, late, waiting = (accepted(db, clerk, DAY, seq=i) for i in (1, 2, 3))
    batch = handover.create_batch(db, clerk, "CGJ", on=DAY)
    handover.receive(db, rev, on_time)
    handover.receive(db, rev, late)
    department_decisions.decide(db, rev, on_time, "approve", on=date(2026, 10, 15))  # the day due
    department_decisions.decide(db, rev, late, "approve", on=date(2026, 10, 16))  # a day late
    # fix the clock times: received 1 Sep 09:00, handed over 2 days later, back 3.5 days after
    start = datetime(2026, 9, 1, 9, 0)
    with db.transaction() as session:
        for item in session.scalars(select(HandoverItem)):
            item.handed_at = start + timedelta(days=2)
            if item.returned_at is not None:
                item.returned_at = start + timedelta(days=5, hours=12)
        for app in session.scalars(select(Application)):
            app.received_at = start
    day = (start + timedelta(days=2)).date()
    with pytest.raises(PermissionDenied):
        department_figures.figures(db, clerk, day, day)
    (cgj,) = department_figures.figures(db, boss, day, day, on=date(2026, 10, 20))
    assert (cgj.code, cgj.handed_over, cgj.received, cgj.decided) == ("CGJ", 3, 2, 2)
    assert (cgj.on_time, cgj.overdue) == (1, 2)  # the late decision, and the one still waiting
    assert cgj.window_days == 2.0
    assert cgj.department_days is not None and cgj.department_days > 3.5  # waiting: until now
    assert department_figures.figures(db, boss, DAY, DAY) == ()  # handed over on 3 Sep
    board = metrics.board(db, boss, day, day, on=date(2026, 10, 20))
    assert board.as_dict()["back_office"]["CGJ"]["overdue"] == 2
    assert batch.number == "YJ20260925-001"


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

    code = run(_as(db, "rev-scjgj", "list", "applications", "--format", "json"))
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    assert code == 0 and rows[honest.number]["commitment"] is True
    assert rows[honest.number]["verification_due"] == "2025-12-01"

    assert (
        verification.verify(db, rev, honest.number, True, on=date(2025, 11, 20)).state == "approved"
    )
    with pytest.raises(DomainError, match="已核查"):
        verification.verify(db, rev, honest.number, False, "x", on=date(2025, 11, 20))
    pdf = tmp_path / "revocation.pdf"
    code = run(_as(db, "rev-scjgj", "verify", liar.number, "fail", "--note",
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
    code = run(_as(db, "rev-scjgj", "verify", late.number, "fail", "--note", "未见健康证明",
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

    assert run(_as(db, "super1", "list", "applications", "--format", "json")) == 0
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


def test_referrals_arrive_and_are_acknowledged(hall, capsys):
    """先照后证: each permit's referral is delivered to its department's inbox at registration;
    the reviewer acknowledges (认领); unacknowledged after 5 working days it is overdue."""
    from tests.test_registration import company
    from window_app.services import code_segments, referral_claims, registration

    db, actors = hall
    admin = actors["admin"]
    code_segments.create_segment(db, admin, "2026年第一批", "MA4W", 0, 9999)
    result = registration.register_enterprise(
        db, actors["clerk"], company(business_scope="餐饮服务；食品销售；住宿服务"), on=date.today()
    )
    scj, wjj = reviewer(db, "rev-scjgj", "SCJGJ"), reviewer(db, "rev-wjj", "WJJ")
    today = date.today()
    mine = referral_claims.claims(db, scj, on=today)
    assert {(c.permit, c.status) for c in mine} == {("食品经营许可证", "delivered")}
    assert all(c.uscc == result.uscc for c in mine) and len(mine) == 2  # two scope items
    (other,) = referral_claims.claims(db, wjj, on=today)
    due = other.due_on
    assert referral_claims.claims(db, wjj, on=due)[0].status == "delivered"  # the last day
    assert referral_claims.claims(db, wjj, on=date.fromordinal(due.toordinal() + 1))[0].status == (
        "overdue"
    )
    with pytest.raises(PermissionDenied):  # another department's
        referral_claims.acknowledge(db, scj, other.id)
    with pytest.raises(PermissionDenied):  # the window does not acknowledge for them
        referral_claims.acknowledge(db, actors["clerk"], other.id)
    assert run(_as(db, "rev-wjj", "referrals", "ack", str(other.id))) == 0
    line = capsys.readouterr().out.strip().split("\t")
    assert (
        line[0] == str(other.id) and line[3] == "公共场所卫生许可证" and line[-1] == "acknowledged"
    )
    assert run(_as(db, "rev-wjj", "referrals", "ack", str(other.id))) == 1
    assert "已认领" in capsys.readouterr().err
    # the period is the hall's: 10 working days moves the due day
    assert run(_as(db, "admin1", "referrals", "ack-days", "10")) == 0
    capsys.readouterr()
    assert referral_claims.claims(db, scj)[0].due_on > mine[0].due_on
    assert run(_as(db, "rev-scjgj", "referrals", "list", "--open")) == 0
    rows = [r.split("\t") for r in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and {r[4] for r in rows} == {"SCJGJ"} and rows[0][-1] == "delivered"


PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000185d3b2a90000000049454e44ae426082"
)


def test_case_file_scans_and_archive_export_verify(hall, tmp_path, capsys, monkeypatch):
    """电子档案: scanned pages per checklist item (file, scanner folder, SANE scanimage), stored
    once by SHA-256 with who and when; `archive export` writes materials, documents, history and
    a manifest that `archive verify` checks (and that fails once a file is touched)."""
    import hashlib
    import json
    import os

    from window_app.services import case_file
    from window_app.services.checklist import get_checklist

    db, actors = hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, DAY, seq=1)
    keys = [m.key for m in get_checklist(db, number, on=DAY) if m.required]
    page = tmp_path / "page1.png"
    page.write_bytes(PNG_1X1)
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%fake but typed\n")
    assert run(_as(db, "clerk1", "archive", "attach", number, keys[0], str(page), str(pdf))) == 0
    out = capsys.readouterr().out.split()
    assert out[0] == hashlib.sha256(PNG_1X1).hexdigest()
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    assert run(_as(db, "clerk1", "archive", "attach", number, keys[0], str(junk))) == 1
    assert "不是图像" in capsys.readouterr().err
    assert run(_as(db, "clerk1", "archive", "attach", number, "nope", str(page))) == 1
    capsys.readouterr()
    folder = tmp_path / "scanner-out"
    folder.mkdir()
    (folder / "a.png").write_bytes(PNG_1X1)  # the same page again: stored once
    assert case_file.attach_folder(db, clerk, number, keys[1], folder) == [out[0]]
    # a SANE scanner: scanimage writes the page to stdout
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "scanimage"
    (bin_dir / "page.png").write_bytes(PNG_1X1)
    fake.write_text(f"#!/bin/sh\ncat '{bin_dir / 'page.png'}'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    assert case_file.scan(db, clerk, number, keys[1]) == out[0]
    listed = case_file.scans(db, clerk, number)
    assert [(s.material_key, s.source) for s in listed] == [
        (keys[0], "file"), (keys[0], "file"), (keys[1], "folder"), (keys[1], "scanner"),
    ]  # fmt: skip
    assert listed[0].attached_by == "clerk1"
    with db.reading() as session:
        from window_app.storage.models import StoredFile

        assert len(session.scalars(select(StoredFile)).all()) == 2  # the PNG once, the PDF

    target = tmp_path / "case"
    assert run(_as(db, "clerk1", "archive", "export", number, "--out", str(target))) == 0
    line = capsys.readouterr().out.strip().split("\t")
    # 3 material files (the page scanned twice into one item is one file), the receipt, history
    assert line[0] == "manifest" and line[2] == "5 files"
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    paths = [f["path"] for f in manifest["files"]]
    assert "history.json" in paths and any(p.startswith("documents/receipt-") for p in paths)
    history = json.loads((target / "history.json").read_text("utf-8"))
    assert [t["to"] for t in history["transitions"]] == ["received", "accepted"]
    receipt = next(target / p for p in paths if p.startswith("documents/receipt-"))
    assert number in "".join(pdf_text(receipt.read_bytes(), tmp_path, layout=False).split())
    assert run(["archive", "verify", str(target)]) == 0  # no sign-in: it reads only the folder
    assert capsys.readouterr().out.strip() == "ok\t5 files"
    receipt.write_bytes(receipt.read_bytes() + b"\n")
    (target / "extra.txt").write_text("x")
    assert run(["archive", "verify", str(target)]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert problems == [f"{receipt.relative_to(target).as_posix()}: SHA-256 differs",
                        "extra.txt: not in the manifest"]  # fmt: skip
    assert run(_as(db, "clerk1", "archive", "export", number, "--out", str(target))) == 1
    assert "不是空目录" in capsys.readouterr().err


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
    assert run(_as(db, "clerk1", "archive", "reuse", second, "business_licence")) == 0
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
    assert run(_as(db, "clerk1", "archive", "reuse", third, "business_licence")) == 1
    assert "没有可复用" in capsys.readouterr().err


def _enterprise_fields() -> dict:
    """The register's other columns for an enterprise row made directly in a test."""
    from decimal import Decimal

    return dict(name_key="某某餐饮", category="1", enterprise_type="有限责任公司",
                domicile="湛江市赤坎区", authority_code="440800", legal_rep_name="张三",
                legal_rep_id="440802199001011234", registered_capital=Decimal("50"),
                business_scope="餐饮服务", established_on=date(2025, 1, 2),
                registered_on=date(2025, 1, 2))  # fmt: skip


@pytest.fixture
def shanghai_time():
    """The process runs at a hall in China (UTC+8) for the test, as the halls do."""
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_custody_times_are_shown_in_local_time(hall, shanghai_time):
    """Custody is stored in UTC (utcnow) and shown in the hall's local time, like every other
    time the app shows; the case file's export marks its times +00:00."""
    from datetime import datetime, timedelta

    from window_app.storage.base import as_local, as_utc
    from window_app.storage.models import CustodyEvent

    assert as_local(datetime(2026, 1, 1, 16, 30)) == datetime(2026, 1, 2, 0, 30)
    assert as_utc(datetime(2026, 1, 1, 16, 30)).isoformat() == "2026-01-01T16:30:00+00:00"
    db, actors = hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, DAY)
    handover.create_batch(db, clerk, "CGJ", on=DAY)
    trail = handover.custody(db, clerk, number)
    with db.reading() as session:
        stored = session.scalars(select(CustodyEvent.since)).one()
    assert trail[1].event == "handed_over" and trail[1].since == stored + timedelta(hours=8)
