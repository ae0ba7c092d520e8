"""The back office's hand-over (issue 19) on both engines: the reviewer role tied to one
department, hand-over batches and their receipt (also from the command line, with barcodes
that decode), custody, the department's decision and the return to the window for delivery
(统一出件), and the department's figures on the board. Set-up: back_office.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.back_office import DAY, as_user, reviewer
from tests.conftest import TEST_PASSWORD
from tests.pdf_checks import decoded_codes, pdf_text
from tests.test_processing import accepted, app_row
from window_app.cli import run
from window_app.core.errors import DomainError
from window_app.services import completion, department_decisions, handover, processing, users
from window_app.services.context import PermissionDenied, Role
from window_app.storage.models import AuditEvent, Suspension


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
    code = run(as_user(db, "clerk1", "handover", "create", "--department", "CGJ", "--on",
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
    assert run(as_user(db, "clerk1", "handover", "receive", "YJ20260925-001")) == 1
    assert "无权限" in capsys.readouterr().err
    assert run(as_user(db, "clerk1", "handover", "create", "--department", "CGJ")) == 1
    assert "没有待移交" in capsys.readouterr().err
    assert run(as_user(db, "rev-cgj", "handover", "receive", "YJ20260925-001")) == 0
    assert capsys.readouterr().out.splitlines() == [f"received\t{first}", f"received\t{second}"]

    assert run(as_user(db, "clerk1", "decide", first, "approve")) == 1  # a reviewer's command
    assert "审批人员" in capsys.readouterr().err
    assert run(as_user(db, "rev-cgj", "decide", second, "refuse", "--reason", "不符合条件")) == 1
    assert "法律依据" in capsys.readouterr().err
    assert run(as_user(db, "rev-cgj", "decide", first, "approve", "--on", "2026-09-28")) == 0
    assert capsys.readouterr().out.strip() == f"{first}\tapproved\t湛政服决〔2026〕1号"
    assert run(as_user(db, "clerk1", "handover", "custody", first)) == 0
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
