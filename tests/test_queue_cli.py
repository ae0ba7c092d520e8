"""`window-app queue …`: output formats, exit codes, eight processes taking tickets and calling
at once on both back ends (no number twice, no ticket called twice), and the spoken call."""

from __future__ import annotations

import subprocess
import sys
import wave
from datetime import date

import pytest
from conftest import cli_sign_in
from sqlalchemy import func, select

from window_app.cli import run
from window_app.services import queue_config
from window_app.services.context import SYSTEM
from window_app.services.users import create_window
from window_app.storage.models import QueueCall, QueueTicket

PROCESSES = 8


def test_cli_lines_ticket_call_and_exit_codes(sqlite_hall, capsys):
    db, actors = sqlite_hall
    admin = ["--database", db.url, *cli_sign_in(db, "admin1")]
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run(["queue", "line", "综合受理", "--prefix", "A", "--windows", "A01,A02", *url]) == 1
    assert run(["queue", "line", "综合受理", "--prefix", "A", "--windows", "A01,A02", *admin]) == 0
    assert run(["queue", "line", "商事登记", "--prefix", "B", "--windows", "A02", "--sort", "1",
                *admin]) == 0  # fmt: skip
    assert run(["queue", "ticket", "综合受理", "--database", db.url]) == 1  # no sign-in
    capsys.readouterr()
    assert run(["queue", "lines", *url]) == 0
    assert capsys.readouterr().out == "综合受理\tA01,A02\n商事登记\tA02\n"
    assert run(["queue", "ticket", "综合受理", *url]) == 0
    assert run(["queue", "ticket", "综合受理", *url]) == 0
    assert run(["queue", "ticket", "综合受理", "--priority", "disabled", *url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["A001\t综合受理\t1\t0", "A002\t综合受理\t2\t1", "A003\t综合受理\t1\t0"]
    assert run(["queue", "call", "A01", *url]) == 0
    assert capsys.readouterr().out == "A003\tA01\n"
    assert run(["queue", "recall", "A003", "A01", *url]) == 0
    assert run(["queue", "transfer", "A003", "A01", "--line", "商事登记", *url]) == 0
    capsys.readouterr()
    assert run(["queue", "call", "A02", *url]) == 0
    assert capsys.readouterr().out == "A003\tA02\n"  # kept its place ahead of A001
    assert run(["queue", "call", "B9", *url]) == 1
    assert "没有此窗口：B9" in capsys.readouterr().err
    for _ in range(2):
        assert run(["queue", "call", "A01", *url]) == 0
    assert run(["queue", "call", "A01", *url]) == 1  # nobody waits
    assert "没有等候的号" in capsys.readouterr().err
    assert run(["queue", "ticket", "没有的线", *url]) == 1
    assert "没有此业务队列" in capsys.readouterr().err


def test_cli_appointments_import_and_check_in(sqlite_hall, tmp_path, capsys):
    db, actors = sqlite_hall
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    queue_config.configure_line(db, actors["admin"], "综合受理", "A", ["A01"])
    today = date.today()
    csv = tmp_path / "yy.csv"
    csv.write_text(
        f"预约号,业务,预约时间,姓名,电话\nYY-7,综合受理,{today} 00:00,周敏,13800001111\n",
        encoding="utf-8",
    )
    assert run(["queue", "import-appointments", str(csv), *url]) == 0
    assert capsys.readouterr().out == "1\n"
    assert run(["queue", "ticket", "综合受理", *url]) == 0
    assert run(["queue", "ticket", "综合受理", "--appointment", "YY-7", *url]) == 0
    out = capsys.readouterr().out.splitlines()
    # booked for the day's first minute, so ahead of A001 whatever the time the test runs
    # (a slot later than now ranks the check-in at now: behind A001 before 8:00)
    assert out[1] == "A002\t综合受理\t1\t0"
    bad = tmp_path / "bad.csv"
    bad.write_text("预约号,业务,预约时间,姓名\nYY-8,综合受理,明天上午,李四\n", encoding="utf-8")
    assert run(["queue", "import-appointments", str(bad), *url]) == 1
    assert "第2行：预约时间“明天上午”不是“年-月-日 时:分”" in capsys.readouterr().err


def _cli(url: str, sign_in: list[str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "window_app", *args, "--database", url, *sign_in],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _all(procs: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    results = []
    for p in procs:
        out, err = p.communicate(timeout=240)
        results.append((p.returncode, out, err))
    return results


@pytest.mark.timeout(900)  # 40 interpreters starting on a loaded two-core machine
def test_eight_processes_take_and_call_without_duplicates(hall):
    db, _actors = hall
    windows = [f"C{i:02d}" for i in range(1, PROCESSES + 1)]
    for w in windows:
        create_window(db, SYSTEM, w, f"测试窗口{w}")
    queue_config.configure_line(db, SYSTEM, "综合受理", "A", windows)
    clerk = cli_sign_in(db, "clerk1")
    taken = []
    for _round in range(2):
        results = _all(
            [_cli(db.url, clerk, "queue", "ticket", "综合受理") for _ in range(PROCESSES)]
        )
        assert all(rc == 0 for rc, _, _ in results), results
        taken += [out.split("\t")[0] for _, out, _ in results]
    assert sorted(taken) == [f"A{i:03d}" for i in range(1, 2 * PROCESSES + 1)]  # 0 duplicates
    called = []
    for _round in range(2):
        results = _all([_cli(db.url, clerk, "queue", "call", w) for w in windows])
        assert all(rc == 0 for rc, _, _ in results), results
        called += [out.split("\t")[0] for _, out, _ in results]
    assert sorted(called) == sorted(taken)  # every ticket called once, none twice
    assert _all([_cli(db.url, clerk, "queue", "call", "C01")])[0][0] == 1  # nobody waits
    with db.reading() as session:
        per_ticket = session.execute(
            select(QueueCall.ticket_id, func.count()).group_by(QueueCall.ticket_id)
        ).all()
        assert len(per_ticket) == 2 * PROCESSES and {n for _, n in per_ticket} == {1}
        assert session.scalar(select(func.count()).where(QueueTicket.state == "waiting")) == 0


@pytest.mark.parametrize("cantonese", [False, True])
def test_announce_writes_a_speech_length_wav(tmp_path, capsys, cantonese):
    out = tmp_path / "call.wav"
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    args = ["queue", "announce", "A001", "A03", "--out", str(out), "--database", url,
            *cli_sign_in(url, "clerk1")]  # fmt: skip
    assert run(args + (["--cantonese"] if cantonese else [])) == 0
    printed = float(capsys.readouterr().out.split("\t")[1])
    with wave.open(str(out), "rb") as w:
        seconds = w.getnframes() / w.getframerate()
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        frames = w.readframes(w.getnframes())
    assert abs(seconds - printed) < 0.01
    assert (2.0 < seconds < 6.0) if not cantonese else (4.5 < seconds < 12.0)
    loud = sum(1 for i in range(0, len(frames), 2) if abs(int.from_bytes(frames[i:i + 2], "little", signed=True)) > 1000)  # fmt: skip
    assert loud > len(frames) // 2 // 10  # speech, not silence
