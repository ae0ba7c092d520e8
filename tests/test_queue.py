"""The queue (排队叫号) on both back ends: lines, ticket numbers per line and day, waiting order
(priority, appointments keeping their place), calling, recall, no-show, transfer, hold, the
link to the application, and the rules of the core (spoken call, percentile)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from window_app.core import queue as rules
from window_app.core.errors import DomainError
from window_app.core.queue import QueueError
from window_app.services import queue_config, queue_tickets
from window_app.services.queue_tickets import KIOSK
from window_app.storage.models import AuditEvent, QueueCall, QueueTicket

DAY = date.today()
T0 = datetime.combine(DAY, datetime.min.time()).replace(hour=9)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def lines(db, actors) -> None:
    queue_config.configure_line(db, actors["admin"], "综合受理", "A", ["A01", "A02"])
    queue_config.configure_line(db, actors["admin"], "商事登记", "B", ["A02"], sort=1)


def test_lines_listed_with_windows_and_refused_to_clerks(hall):
    db, actors = hall
    lines(db, actors)
    got = [(x.name, x.prefix, x.windows) for x in queue_config.list_lines(db)]
    assert got == [("综合受理", "A", ("A01", "A02")), ("商事登记", "B", ("A02",))]
    with pytest.raises(DomainError, match="无权限"):
        queue_config.configure_line(db, actors["clerk"], "社会事务", "C", ["A01"])
    with pytest.raises(QueueError, match="前缀B已由“商事登记”使用"):
        queue_config.configure_line(db, actors["admin"], "社会事务", "B", ["A01"])
    with pytest.raises(QueueError, match="没有此窗口：Z9"):
        queue_config.configure_line(db, actors["admin"], "社会事务", "C", ["Z9"])


def test_tickets_numbered_per_line_and_positions(hall):
    db, actors = hall
    lines(db, actors)
    a1 = queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(0))
    a2 = queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(1))
    b1 = queue_tickets.take_ticket(db, KIOSK, "商事登记", at=at(2))
    assert (a1.number, a2.number, b1.number) == ("A001", "A002", "B001")
    assert (a2.position, a2.waiting) == (2, 1) and (b1.position, b1.waiting) == (1, 0)
    elder = queue_tickets.take_ticket(db, KIOSK, "综合受理", priority="elderly", at=at(3))
    assert (elder.number, elder.position, elder.waiting) == ("A003", 1, 0)  # served first
    with pytest.raises(QueueError, match="没有此业务队列：无此线"):
        queue_tickets.take_ticket(db, KIOSK, "无此线")
    with db.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions.count("queue.ticket") == 4


def test_call_order_and_window_lines(hall):
    db, actors = hall
    lines(db, actors)
    for m, line in enumerate(["综合受理", "商事登记", "综合受理"]):
        queue_tickets.take_ticket(db, KIOSK, line, at=at(m))
    # A01 serves only 综合受理: A001 then A002, then nobody (B001 is A02's)
    first = queue_tickets.call_next(db, actors["clerk"], at=at(10))
    assert (first.ticket, first.window, first.text) == ("A001", "A01", "请A001号到1号窗口办理")
    assert first.waited_seconds == 600
    assert queue_tickets.call_next(db, actors["clerk"], at=at(11)).ticket == "A002"
    assert queue_tickets.call_next(db, actors["clerk"], at=at(12)) is None
    assert queue_tickets.call_next(db, actors["clerk2"], at=at(13)).ticket == "B001"
    with db.reading() as session:
        states = dict(session.execute(select(QueueTicket.number, QueueTicket.state)).all())
    assert states == {"A001": "done", "A002": "called", "B001": "called"}  # next call finishes


def test_appointment_keeps_its_place(hall):
    """Booked for 9:05, arrived at 9:30: called before those who took tickets after 9:05."""
    db, actors = hall
    lines(db, actors)
    queue_config.add_appointment(
        db, actors["clerk"], "YY-1", "综合受理", at(5), "周敏", "13800001111"
    )
    queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(0))  # A001 before the slot
    queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(10))  # A002 after the slot
    t = queue_tickets.take_ticket(db, KIOSK, "综合受理", appointment="YY-1", at=at(30))
    assert (t.number, t.priority, t.position) == ("A003", "appointment", 2)
    again = queue_tickets.check_in(db, KIOSK, "YY-1", at=at(31))
    assert again.number == "A003"  # a second check-in is the same ticket
    called = [queue_tickets.call_next(db, actors["clerk"], at=at(40 + i)).ticket for i in range(3)]
    assert called == ["A001", "A003", "A002"]
    (info,) = queue_config.list_appointments(db, DAY)
    assert (info.ticket, info.phone_masked) == ("A003", "138****1111")
    with pytest.raises(QueueError, match="没有此预约"):
        queue_tickets.check_in(db, KIOSK, "NOPE")


def test_transfer_keeps_place_and_waiting_time(hall):
    db, actors = hall
    lines(db, actors)
    queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(0))  # A001
    queue_tickets.take_ticket(db, KIOSK, "商事登记", at=at(5))  # B001
    queue_tickets.call_next(db, actors["clerk"], at=at(10))
    queue_tickets.transfer(db, actors["clerk"], "A001", line="商事登记", at=at(12))
    call = queue_tickets.call_next(db, actors["clerk2"], at=at(20))
    assert call.ticket == "A001" and call.waited_seconds == 600  # ahead of B001 (9:00 < 9:05)
    queue_tickets.transfer(db, actors["clerk2"], "A001", to_window="A01", at=at(22))
    assert queue_tickets.call_next(db, actors["clerk2"], at=at(23)).ticket == "B001"
    assert queue_tickets.call_next(db, actors["clerk"], at=at(24)).ticket == "A001"
    with db.reading() as session:
        t = session.scalar(select(QueueTicket).where(QueueTicket.number == "A001"))
        assert t.transfers == 2 and t.first_called_at == at(10) and t.calls == 3


def test_recall_no_show_hold_resume_finish(hall):
    db, actors = hall
    lines(db, actors)
    for m in range(3):
        queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(m))
    clerk = actors["clerk"]
    queue_tickets.call_next(db, clerk, at=at(5))
    again = queue_tickets.recall(db, clerk, "A001", at=at(6))
    assert again.text == "请A001号到1号窗口办理"
    queue_tickets.no_show(db, clerk, "A001", at=at(7))
    with pytest.raises(QueueError, match="不是本窗口"):
        queue_tickets.recall(db, clerk, "A001", at=at(8))
    queue_tickets.call_next(db, clerk, at=at(9))
    queue_tickets.hold(db, clerk, "A002", at=at(10))
    assert [t.state for t in queue_tickets.window_tickets(db, "A01", on=DAY)] == ["held"]
    assert queue_tickets.call_next(db, actors["clerk2"], at=at(11)).ticket == "A003"
    queue_tickets.resume(db, clerk, "A002", at=at(12))
    assert queue_tickets.call_next(db, actors["clerk2"], at=at(13)) is None  # held for A01
    assert queue_tickets.call_next(db, clerk, at=at(14)).ticket == "A002"
    queue_tickets.finish(db, clerk, "A002", at=at(20))
    with db.reading() as session:
        rows = dict(session.execute(select(QueueTicket.number, QueueTicket.state)).all())
        calls = session.execute(select(QueueCall.recall)).scalars().all()
    assert rows == {"A001": "no_show", "A002": "done", "A003": "called"}
    assert calls.count(True) == 1 and calls.count(False) == 4


def test_rules_of_the_core():
    assert rules.call_text("A001", "A03") == "请A001号到3号窗口办理"
    assert rules.call_text("B012", "12") == "请B012号到12号窗口办理"
    assert rules.spoken_chinese("A001", "A12") == "请A零零一号到十二号窗口办理"
    assert rules.spoken_pinyin("A001", "A03").startswith("qing3 ei1 ling2 ling2 yi1 hao4 dao4 san1")
    assert rules.percentile([5, 1, 3, 2, 4, 6, 7, 8, 9, 10], 90) == 9
    assert rules.percentile([], 90) is None
    assert rules.percentile([7], 90) == 7
    with pytest.raises(QueueError):
        rules.check_prefix("a1")


def test_measures_per_line_window_and_clerk_on_the_board_and_daily_report(hall, tmp_path):
    """Waits of 1..10 minutes and a transferred ticket's 1 minute: average 56/11 = 5.1, p90
    (nearest rank, the 10th of 11) 9; one no-show, one transfer."""
    import io

    from openpyxl import load_workbook

    from window_app.services import exports, metrics, queue_stats

    db, actors = hall
    lines(db, actors)
    for i in range(10):
        queue_tickets.take_ticket(db, KIOSK, "综合受理", at=at(i))
    clerk = actors["clerk"]
    for i in range(10):  # ticket i (taken at 9:0i) called at 9:(2i+1): waits 1, 2, … 10 minutes
        call = queue_tickets.call_next(db, clerk, at=at(2 * i + 1))
        assert call.waited_seconds == (i + 1) * 60
        if i == 0:
            queue_tickets.no_show(db, clerk, call.ticket, at=at(2 * i + 1))
    queue_tickets.finish(db, clerk, "A010", at=at(25))
    queue_tickets.take_ticket(db, KIOSK, "商事登记", at=at(30))
    queue_tickets.call_next(db, actors["clerk2"], at=at(31))
    queue_tickets.transfer(db, actors["clerk2"], "B001", line="综合受理", at=at(32))
    got = {(m.group, m.name): m for m in queue_stats.measures(db, DAY, DAY)}
    line = got[("line", "综合受理")]
    assert (line.tickets, line.average_wait_minutes, line.p90_wait_minutes) == (11, 5.1, 9.0)
    assert (line.no_shows, line.transfers, line.served) == (1, 1, 9)
    assert line.average_service_minutes == 2.4  # 8 × 2 min and the last one 6 min, of 9 served
    assert got[("window", "A01")].tickets == 10 and got[("clerk", "张晓敏")].no_shows == 1
    assert got[("hall", "全大厅")].tickets == 11
    board = metrics.board(db, actors["supervisor"], DAY)
    data = board.as_dict()
    assert {"group": "line", "name": "综合受理", "p90_wait_minutes": 9.0}.items() <= next(
        q for q in data["queue"] if q["name"] == "综合受理"
    ).items()
    assert data["evaluations"]["followup_rate_denominator"] == 0
    wb = load_workbook(io.BytesIO(exports.to_xlsx(board)))
    rows = list(wb["排队"].iter_rows(values_only=True))
    assert rows[0][:6] == (
        "分组",
        "名称",
        "取号数",
        "已办理",
        "平均等候（分钟）",
        "90%等候（分钟）",
    )
    assert rows[2][:6] == ("业务队列", "综合受理", 11, 9, 5.1, 9)
    summary = {r[0]: r for r in wb["汇总"].iter_rows(values_only=True)}
    assert summary["实名差评回访率"][2:4] == (0, 0)  # numerator, denominator
    import subprocess

    pdf = tmp_path / "daily.pdf"
    pdf.write_bytes(exports.export_board(db, actors["supervisor"], "pdf", DAY).content)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "排队取号数" in text and "实名差评回访率" in text and "好差评满意率" in text
    assert [ln.split()[-1] for ln in text.splitlines() if "90%等候" in ln] == ["9.0"]


def test_a_matter_belongs_to_one_line_and_appointments_find_it(hall, tmp_path):
    db, actors = hall
    admin = actors["admin"]
    queue_config.configure_line(db, admin, "综合受理", "A", ["A01"], matters=["SC-0006"])
    queue_config.configure_line(db, admin, "商事登记", "B", ["A02"], matters=["SC-0001", "SC-0006"])
    assert queue_config.line_of_matter(db, "SC-0006") == "商事登记"  # moved, never in two lines
    assert [x.matters for x in queue_config.list_lines(db)] == [(), ("SC-0001", "SC-0006")]
    with pytest.raises(QueueError, match="目录中没有这些事项：XX-9999"):
        queue_config.configure_line(db, admin, "综合受理", "A", ["A01"], matters=["XX-9999"])
    csv = tmp_path / "yy.csv"
    csv.write_text(f"预约号,事项编码,预约时间,姓名\nYY-1,SC-0001,{DAY} 09:30,周敏\n"
                   f"YY-2,WJ-0001,{DAY} 09:40,李四\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(QueueError, match="第3行：事项WJ-0001未归入任何业务队列"):
        queue_config.import_appointments(db, actors["clerk"], csv)
    assert queue_config.list_appointments(db, DAY) == []  # all rows or none
    csv.write_text(
        f"预约号,事项编码,预约时间,姓名\nYY-1,SC-0001,{DAY} 09:30,周敏\n", encoding="utf-8"
    )
    assert queue_config.import_appointments(db, actors["clerk"], csv) == 1
    assert queue_config.list_appointments(db, DAY)[0].line == "商事登记"
