"""A fresh demo shows everything: every feature works on it (the issue's "done when").

`window-app demo` on a fresh database, then the commands an administrator tries first: the
audit trail verifies, `print receipt|notice|refusal|commitment` reprint the demo's papers (bulk
and counter alike), `register --json` takes a new enterprise from a demo code segment,
`spotcheck draw --population enterprises` draws from the demo's enterprises, and the credit
lists, complaints and plans are there."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import password_file, sqlite_database
from sqlalchemy import func, select

from window_app.cli import run
from window_app.core.divisions import ZHANJIANG_AUTHORITIES
from window_app.core.idcard import check_digit
from window_app.core.states import State
from window_app.services import audit, code_segments, demo, metrics, users
from window_app.storage.database import Database
from window_app.storage.models import (
    Application,
    AuditEvent,
    BadCreditEntry,
    Enterprise,
    HandoverItem,
    IssuedDocument,
    Transition,
)

ID = "44080219900101123" + check_digit("44080219900101123")
REGISTRY_KINDS = ("licence", "referral")  # issued with a registration, not documents.issue


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo of the default size for the module (its audit key in the module's folder)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WINDOW_APP_DATA_DIR", str(folder))
        mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        assert run(["--database", url, "demo", "--applications", str(demo.DEMO_APPLICATIONS)]) == 0
    return folder, url


@pytest.fixture
def cli(demo_db, monkeypatch, capsys):
    folder, url = demo_db
    monkeypatch.setenv("WINDOW_APP_DATA_DIR", str(folder))
    monkeypatch.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
    capsys.readouterr()

    # The demo's own accounts (password DEMO_PASSWORD); its administrator may run every command.
    password = str(password_file(demo.DEMO_PASSWORD))

    def call(*args: str, user: str = "admin") -> tuple[int, str, str]:
        code = run(["--database", url, "--user", user, "--password-file", password, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


def test_the_audit_trail_of_the_demo_verifies_and_tells_what_happened(cli, demo_db):
    code, out, _ = cli("audit", "verify")
    assert code == 0 and out.startswith("ok ")
    db = Database(demo_db[1])
    with db.reading() as session:
        counts = dict(session.execute(
            select(AuditEvent.action, func.count()).group_by(AuditEvent.action)).all())  # fmt: skip
        # a licence is in the trail with its registration (enterprise.establishment), a
        # referral notice as referral.issue
        documents = session.scalar(
            select(func.count())
            .select_from(IssuedDocument)
            .where(IssuedDocument.kind.not_in(REGISTRY_KINDS))
        )
        referrals = session.scalar(
            select(func.count())
            .select_from(IssuedDocument)
            .where(IssuedDocument.kind == "referral")
        )
        kinds = set(session.scalars(select(IssuedDocument.kind).distinct()))
        applications = session.scalar(select(func.count()).select_from(Application))
        transitions = session.scalar(select(func.count()).select_from(Transition))
        moved = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action.like("application.%"))
            .where(AuditEvent.action != "application.materials")  # the checklist's marks
        )
        writers = set(session.scalars(
            select(AuditEvent.username).where(AuditEvent.action.like("application.%")).distinct()
        ))  # fmt: skip
        issued_events = set(
            session.scalars(
                select(AuditEvent.entity_id).where(AuditEvent.action == "document.issue")
            )
        )
        unaudited = [
            number for kind, number in session.execute(
                select(IssuedDocument.kind, IssuedDocument.doc_number))
            if kind not in REGISTRY_KINDS and number not in issued_events
        ]  # fmt: skip
        states = set(session.scalars(select(Application.state).distinct()))
    db.dispose()
    # every paper issued is in the trail: receipts, notices, refusals, commitment letters, the
    # pickup slips of completed applications and the licences of the registrations
    assert counts["document.issue"] == documents > demo.DEMO_APPLICATIONS and unaudited == []
    assert counts.get("referral.issue", 0) == referrals
    assert kinds >= {"receipt", "notice", "refusal", "commitment", "pickup", "licence"}
    # the history went through the services: one received event per application (bulk and
    # counter alike), one audit event per transition, written by the demo's signed-in clerks
    assert counts["application.received"] == applications >= demo.DEMO_APPLICATIONS
    assert moved == transitions > 2 * applications
    clerks = {"clerk1", "clerk2", "clerk3", "clerk4", "clerk5", "clerk6"}
    assert writers <= clerks | {"rev-wjj"}  # the department revoked the untrue commitment
    assert len(writers & clerks) == 6
    assert counts["login"] >= 8  # every demo user signed in to do its part
    assert states >= {"correction", "accepted", "in_review", "delivered", "refused"}
    for action in ("segment.create", "enterprise.establishment", "badcredit.import",
                   "complaint.register", "complaint.answer", "spotcheck.drawn",
                   "commitment.signed", "application.refused",
                   "application.delivered", "application.materials"):  # fmt: skip
        assert counts.get(action, 0) > 0, action
    assert (
        sum(counts.values()) > 10 * demo.DEMO_APPLICATIONS / 3
    )  # not 43 events for 500 applications


def test_the_default_demo_holds_every_state_a_hall_can_have(cli, demo_db):
    """Issue 17: received, correction, accepted, in review, suspended, approved, denied,
    withdrawn, completed (待取件), delivered, refused and revoked, each reached through the
    services (its transitions audited), and an application waiting in a department's inbox."""
    db = Database(demo_db[1])
    with db.reading() as session:
        states = set(session.scalars(select(Application.state).distinct()))
        moved_to = set(session.scalars(select(Transition.to_state).distinct()))
        waiting = session.scalar(
            select(func.count()).select_from(HandoverItem).where(HandoverItem.received_at.is_(None))
        )
    db.dispose()
    assert states == {str(s) for s in State}
    assert moved_to >= {str(s) for s in State} - {str(State.RECEIVED)}
    assert waiting >= 1
    # the revoked commitment has its 撤销决定书, and its applicant is on the bad-credit list
    (revoked,) = _numbers(cli, "revoked")
    db = Database(demo_db[1])
    with db.reading() as session:
        papers = set(session.scalars(
            select(IssuedDocument.kind).join(Application, Application.id == IssuedDocument.application_id)
            .where(Application.number == revoked)
        ))  # fmt: skip
        listed = session.scalar(
            select(func.count()).select_from(BadCreditEntry)
            .where(BadCreditEntry.source.contains(revoked))
        )  # fmt: skip
    db.dispose()
    assert {"commitment", "revocation"} <= papers and listed == 1


def test_the_registrations_of_the_history_completed_their_applications(demo_db):
    """An approved establishment application (SC-0001/2/3) of the history was decided by its
    registration: the enterprise names the application, which is completed with a licence."""
    db = Database(demo_db[1])
    with db.reading() as session:
        rows = session.execute(
            select(Application.number, Application.state, Enterprise.uscc).join(
                Enterprise, Enterprise.application_id == Application.id
            )
        ).all()
    db.dispose()
    assert len(rows) > 20
    assert {state for _n, state, _u in rows} <= {"completed", "delivered"}


def _numbers(cli, state: str) -> list[str]:
    code, out, _ = cli("list", "applications", "--state", state)
    assert code == 0
    return [line.split("\t")[0] for line in out.splitlines()]


@pytest.mark.parametrize(
    ("kind", "state", "title"),
    [("receipt", "accepted", "受理通知书"), ("receipt", "delivered", "受理通知书"),
     ("notice", "correction", "一次性告知书"), ("refusal", "refused", "不予受理通知书")],
)  # fmt: skip
def test_print_reprints_the_demos_papers(cli, tmp_path, kind, state, title):
    numbers = _numbers(cli, state)
    assert numbers
    for number in (numbers[0], numbers[-1]):
        out = tmp_path / f"{number}.pdf"
        code, _, err = cli(
            "print", kind, number, "--out", str(out), "--reason", "原件遗失", user="clerk1"
        )
        assert code == 0, err
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        assert title in text and number in text and "补打" in text


def test_print_commitment_letter_of_a_demo_commitment(cli, demo_db, tmp_path):
    db = Database(demo_db[1])
    with db.reading() as session:
        number = (
            session.scalars(select(IssuedDocument).where(IssuedDocument.kind == "commitment"))
            .first()
            .payload["application_number"]
        )
    db.dispose()
    out = tmp_path / "c.pdf"
    assert (
        cli(
            "print", "commitment", number, "--out", str(out), "--reason", "原件遗失", user="clerk1"
        )[0]
        == 0
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "承诺" in text and number in text


def test_every_authority_has_a_segment_and_register_json_works(cli, demo_db, tmp_path):
    db = Database(demo_db[1])
    admin = users.login(db, "admin", demo.DEMO_PASSWORD)
    segments = code_segments.list_segments(db, admin)
    db.dispose()
    assert {s.authority_code for s in segments} == set(ZHANJIANG_AUTHORITIES)
    assert set(ZHANJIANG_AUTHORITIES) == {
        "440800",
        "440802",
        "440803",
        "440804",
        "440811",
        "440823",
        "440825",
        "440881",
        "440882",
        "440883",
    }
    entry = {"name": "遂溪县海风小吃店", "category": "2", "enterprise_type": "个体工商户",
             "domicile": "遂溪县遂城镇中山路8号", "authority": "440823",
             "legal_representative": {"name": "李四", "id_number": ID},
             "registered_capital": 3, "currency": "人民币", "business_scope": "小吃服务"}  # fmt: skip
    src = tmp_path / "new.json"
    src.write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("register", "--json", str(src), user="clerk1")
    assert code == 0, err
    uscc = out.split("\t")[0]
    assert uscc.startswith("92440823MA5F")  # from 遂溪县's demo segment
    code, out, _ = cli("print", "licence", uscc, "--out", str(tmp_path / "l.pdf"))
    assert code == 0


def test_enterprises_of_each_kind_and_a_spot_check_draw(cli):
    code, out, _ = cli("list", "enterprises", "--format", "json")
    listed = json.loads(out)
    assert {e["category"] for e in listed} == {"1", "2", "3"}
    assert len({e["enterprise_type"] for e in listed}) >= 7
    assert len({e["authority"] for e in listed}) == 10
    code, out, err = cli("spotcheck", "draw", "--population", "enterprises", "--count", "2",
                         "--seed", "demo")  # fmt: skip
    assert code == 0, err
    plan = out.splitlines()[0].split("\t")
    assert plan[0] == "PLAN" and int(plan[3]) >= 14
    assert cli("spotcheck", "verify", plan[1])[0] == 0


def test_credit_lists_complaints_and_plans_are_there(cli):
    code, out, _ = cli("list", "credit")
    lists = {line.split("\t")[0] for line in out.splitlines()}
    assert lists == {"bad_credit", "abnormal"}
    code, out, _ = cli("list", "complaints", "--state", "all")
    assert len(out.splitlines()) == 3
    code, out, _ = cli("list", "spotchecks")
    assert {line.split("\t")[2] for line in out.splitlines()} >= {"enterprises"}


def test_audit_key_is_the_demos(demo_db):
    assert Path(demo_db[0], "audit.key").exists()
    assert audit.KEY_ENV == "WINDOW_APP_AUDIT_KEY_FILE"


def test_a_second_demo_on_the_same_database_is_refused_clearly(cli):
    code, out, err = cli("demo", "--applications", "10")
    assert code == 1 and "已有申请" in err and "Traceback" not in err


def test_the_receipts_barcode_reads_back(cli, tmp_path):
    number = _numbers(cli, "accepted")[0]
    out = tmp_path / "r.pdf"
    assert cli("print", "receipt", number, "--out", str(out), "--reason", "原件遗失")[0] == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "r")], check=True)  # fmt: skip
    png = next(tmp_path.glob("r-*.png"))
    decoded = subprocess.run(["zbarimg", "--nodbus", "-q", str(png)], capture_output=True,
                             text=True).stdout  # fmt: skip
    assert decoded.strip() == f"CODE-128:{number}"


def test_an_organisations_demo_receipt_prints_its_uscc_in_full(cli, demo_db, tmp_path):
    """The demo's papers follow the documents' rule (`documents.printed_codes`): a person's ID
    masked, an organisation's USCC in full under its own label."""
    from window_app.storage.models import Applicant, Application

    db = Database(demo_db[1])
    with db.reading() as session:
        number, uscc = session.execute(
            select(Application.number, Applicant.uscc)
            .join(Applicant, Applicant.id == Application.applicant_id)
            .join(IssuedDocument, IssuedDocument.application_id == Application.id)
            .where(Applicant.kind == "organisation", IssuedDocument.kind == "receipt")
            .limit(1)
        ).one()
    db.dispose()
    out = tmp_path / "org.pdf"
    assert cli("print", "receipt", number, "--out", str(out), "--reason", "原件遗失")[0] == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "统一社会信用代码" in text and uscc in text


def test_the_default_demo_shows_the_boards_work(cli, demo_db):
    """The default size is small (the first `./scripts/demo` is quick) but the board still has
    overdue and due-soon work and non-trivial figures to show."""
    db = Database(demo_db[1])
    supervisor = users.login(db, "super", demo.DEMO_PASSWORD)
    with db.reading() as session:
        first = session.scalar(select(Application.received_on).order_by(Application.id).limit(1))
    board = metrics.board(db, supervisor, first, date.today())
    db.dispose()
    assert board.overdue and board.warnings
    totals = board.totals
    assert totals.received >= demo.DEMO_APPLICATIONS and totals.completed > totals.received / 2
    assert totals.notices > 0 and totals.refusals > 0 and totals.commitments > 0
    assert len(board.windows) >= 6 and len(board.matters) >= 8


def _states_by_number(path: Path, seed: int, today: date) -> tuple[list[tuple], date]:
    db = sqlite_database(path)
    summary = demo.generate(db, 21, seed=seed, today=today, days=30)
    with db.reading() as session:
        rows = session.execute(
            select(Application.number, Application.state, Application.received_on)
            .order_by(Application.number)
        ).all()  # fmt: skip
    db.dispose()
    return [tuple(r) for r in rows], summary.last_day


@pytest.mark.parametrize("today", [date(2026, 12, 6), date(2026, 12, 7)])  # a Sunday, a Monday
def test_the_states_of_a_demo_are_the_seeds_whatever_the_weekday(tmp_path, today):
    """The same seed, the same history; on a Sunday the states are reached on the working days
    before it (the last on the Friday), and still every state the scripted lives add is there."""
    first, last_day = _states_by_number(tmp_path / "a.sqlite3", 5, today)
    second, _ = _states_by_number(tmp_path / "b.sqlite3", 5, today)
    assert first == second
    assert last_day == (date(2026, 12, 4) if today.weekday() == 6 else today)
    assert {state for _n, state, _r in first} >= {
        "received", "suspended", "denied", "withdrawn", "completed", "revoked", "accepted"
    }  # fmt: skip
    assert max(received for _n, _s, received in first) <= last_day


def test_a_weekend_demo_does_nothing_after_the_halls_last_working_day(tmp_path):
    """On a Sunday every step of the history is on a working day up to the Friday: a delivery
    or suspension drawn for the Sunday came after the scripted hand-over of the Friday (a
    weekend demo of 2,000 was refused there: 该申请已移交部门JTYSJ审批)."""
    db = sqlite_database(tmp_path / "sunday.sqlite3")
    summary = demo.generate(db, 40, seed=1, today=date(2026, 12, 6), days=7)
    with db.reading() as session:
        last_step = session.scalar(select(func.max(Transition.on)))
    db.dispose()
    assert summary.last_day == date(2026, 12, 4)
    assert last_step == summary.last_day
