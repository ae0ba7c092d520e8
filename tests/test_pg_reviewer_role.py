"""A department's reviewer on PostgreSQL (issue 15 after issue 19): the reviewer's group role has
its own grants (services.db_roles.REVIEWER_TABLES), not a clerk's. Signed in to PostgreSQL as
themselves, reviewers sign for hand-over batches, suspend, resume and decide, print, verify a
commitment (a failure revokes and lists the applicant) and acknowledge referrals; with the same
credentials a direct connection cannot do a clerk's intake, hand over, register, administer
users or the catalogue, read complaints or the audit trail, or delete anything, while its
decision's own row writes go through. The clerk's login, the control, can do the intake insert,
and registers (drawing the next serial of an administrator's code segment, nothing more)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
import sqlalchemy as sa
from conftest import TEST_PASSWORD, password_file
from sqlalchemy.engine import make_url
from test_intake_services import MON, person, received, start
from test_processing import accepted
from test_readme_postgres import _url, fresh_server, seeded_hall  # noqa: F401  (a fixture)
from test_registration import company

from window_app import cli
from window_app.services import (
    case_file,
    code_segments,
    commitment,
    department_decisions,
    documents,
    handover,
    queries,
    referral_claims,
    users,
    verification,
)
from window_app.services.context import Role
from window_app.storage.database import Database

pytestmark = pytest.mark.postgres
DAY = date(2026, 9, 25)  # CG-0001 belongs to 城管局 (CGJ)


def _hall(admin: str, engine: sa.Engine, capsys) -> None:  # noqa: ANN001
    """The README's set-up with a window and its clerk, then the administrator (signed in as
    themselves) creates two departments' reviewers and a code segment."""
    boss_db, boss = seeded_hall(admin, engine, capsys)
    for username, dept in (("rev-cgj", "CGJ"), ("rev-scjgj", "SCJGJ")):
        users.create_user(boss_db, boss, username, f"{dept}审批员", Role.REVIEWER, TEST_PASSWORD,
                          must_change=False, department_code=dept)  # fmt: skip
    code_segments.create_segment(boss_db, boss, "2026年第一批", "MA4W", 0, 9999)
    boss_db.dispose()


def _connect(admin: str, login: str) -> psycopg.Connection:
    """A direct connection with a person's own credentials, as psql at a window would make."""
    url = make_url(admin)
    return psycopg.connect(host=url.host, port=url.port, dbname="window_app", user=login,
                           password=TEST_PASSWORD, connect_timeout=10)  # fmt: skip


def _try(conn: psycopg.Connection, statement: str) -> str | None:
    """Run `statement` in a transaction that is rolled back; the refusal's SQLSTATE, or None."""
    try:
        with conn.transaction():
            conn.execute(statement)
            raise _RolledBack
    except _RolledBack:
        return None
    except psycopg.Error as exc:
        return exc.sqlstate


class _RolledBack(Exception):
    pass


DENIED = "42501"  # insufficient_privilege
INTAKE = (
    "INSERT INTO applicants (kind, name, created_at) VALUES ('person', '王五', now())",
    "INSERT INTO applications (number) VALUES ('X')",
    "INSERT INTO application_materials (application_id) VALUES (1)",
    "INSERT INTO notices (application_id) VALUES (1)",
    "INSERT INTO visits (application_id) VALUES (1)",
)
REFUSED = (
    *INTAKE,
    "INSERT INTO handover_batches (number) VALUES ('YJ1')",  # the window hands over
    "DELETE FROM handover_items",
    "DELETE FROM applications",
    "DELETE FROM custody_events",
    "UPDATE applicants SET name = 'x'",
    "INSERT INTO enterprises (uscc) VALUES ('x')",  # registration
    "INSERT INTO code_allocations (body) VALUES ('x')",
    "INSERT INTO registration_filings (name) VALUES ('x')",
    "UPDATE enterprises SET name = 'x'",
    "SELECT complainant_name FROM complaints",
    "SELECT name FROM queue_appointments",
    "SELECT * FROM evaluations",
    "SELECT * FROM registration_filings",
    "SELECT * FROM enterprise_changes",
    "UPDATE departments SET name = 'x'",  # the catalogue
    "UPDATE matters SET code = 'x'",
    "UPDATE code_segments SET next_serial = next_serial + 1",  # the window's, not the reviewer's
    "INSERT INTO users (username, display_name, role, password_hash) "
    "VALUES ('x', 'x', 'administrator', 'x')",
    "UPDATE users SET role = 'administrator' WHERE username = 'rev-cgj'",
    "UPDATE users SET department_code = 'SCJGJ' WHERE username = 'rev-cgj'",
    "SELECT password_hash FROM users",
    "SELECT window_app_set_login('rev-cgj', 'Another#2026', 'administrator', true)",
    "SELECT action, username FROM audit_events",
    "UPDATE audit_events SET reason = 'x'",
    "SELECT nextval('applicants_id_seq')",
)


def test_a_reviewer_login_decides_and_cannot_do_a_clerks_intake(request, capsys):
    admin, engine = request.getfixturevalue("fresh_server")
    _hall(admin, engine, capsys)
    clerk_db = Database(_url(admin, "window_app.clerk1", TEST_PASSWORD))
    clerk = users.login(clerk_db, "clerk1", TEST_PASSWORD)
    first, second = (accepted(clerk_db, clerk, DAY, seq=s) for s in (1, 2))
    batch = handover.create_batch(clerk_db, clerk, "CGJ", on=DAY)
    keys = ("application_form", "business_licence")
    liar = start(clerk_db, clerk, marks=received(*keys), applicant=person("222", "钱不实"))
    commitment.approve_on_commitment(clerk_db, clerk, liar.number, signer="本人", on=MON)
    # the clerk's own login draws the code from the administrator's segment (its next serial
    # only: db_roles.ADMIN_TABLE_SHARES) and registers
    from window_app.services import registration

    registration.register_enterprise(clerk_db, clerk, company(business_scope="餐饮服务；食品销售"),
                                     on=date.today())  # fmt: skip

    # the reviewer's own login does the department's work through the services
    rev_db = Database(_url(admin, "window_app.rev-cgj", TEST_PASSWORD))
    rev = users.login(rev_db, "rev-cgj", TEST_PASSWORD)
    with rev_db.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT session_user")) == "window_app.rev-cgj"
    assert handover.receive(rev_db, rev, batch.number).batch_complete
    assert [i.number for i in department_decisions.inbox(rev_db, rev, on=DAY)] == [first, second]
    department_decisions.decide(rev_db, rev, first, "suspend", reason="利害关系人申请听证",
                                on=DAY, step="hearing")  # fmt: skip
    ok = department_decisions.decide(rev_db, rev, first, "approve", on=date(2026, 10, 12))
    no = department_decisions.decide(rev_db, rev, second, "refuse", reason="占道位置影响通行",
                                     legal_basis="《城市道路管理条例》第三十一条",
                                     on=date(2026, 10, 12))  # fmt: skip
    assert (ok.state, no.state) == ("approved", "denied")
    detail = queries.application_detail(rev_db, first)
    assert detail.documents  # the suspension's and resumption's notices
    for doc in detail.documents:
        assert documents.record_print(rev_db, rev, doc.id, "test").pdf.startswith(b"%PDF")
    assert [c.event for c in handover.custody(rev_db, rev, first)][-1] == "returned"
    assert case_file.scans(rev_db, rev, first) == [] and case_file.checklist_items(
        rev_db, rev, first
    )
    rev_db.dispose()
    server = make_url(admin)
    window_url = f"postgresql+psycopg://{server.host}:{server.port}/window_app"
    assert cli.run(["--database", window_url, "--user", "rev-cgj", "--password-file",
                    str(password_file()), "list", "applications"]) == 0, capsys.readouterr().err  # fmt: skip
    assert first in capsys.readouterr().out

    scj_db = Database(_url(admin, "window_app.rev-scjgj", TEST_PASSWORD))
    scj = users.login(scj_db, "rev-scjgj", TEST_PASSWORD)
    assert [t.number for t in verification.tasks(scj_db, scj, on=MON)] == [liar.number]
    revoked = verification.verify(scj_db, scj, liar.number, False, "现场核查无食品安全管理制度",
                                  on=date(2025, 11, 20))  # fmt: skip
    assert revoked.state == "revoked"
    assert verification.revocation_pdf(scj_db, scj, liar.number).startswith(b"%PDF")
    claim = referral_claims.claims(scj_db, scj)[0]
    assert referral_claims.acknowledge(scj_db, scj, claim.id).status == "acknowledged"
    scj_db.dispose()
    clerk_db.dispose()

    # psql-like, with the same credentials: what the reviewer may not do is refused ...
    with _connect(admin, "window_app.rev-cgj") as conn:
        refused = {s: _try(conn, s) for s in REFUSED}
        assert {s: c for s, c in refused.items() if c != DENIED} == {}
        # ... and the decision's own writes go through (rolled back here)
        for statement in (
            "UPDATE handover_items SET reason = reason",
            f"UPDATE applications SET version = version WHERE number = '{second}'",
            "INSERT INTO custody_events (application_id, holder, department_code, event, "
            "username, since) SELECT id, 'department', 'CGJ', 'received', 'rev-cgj', now() "
            "FROM applications LIMIT 1",
            "SELECT count(*) FROM applicants",
        ):
            assert _try(conn, statement) is None, statement
    # the control: the clerk's login does the intake insert the reviewer's cannot
    with _connect(admin, "window_app.clerk1") as conn:
        assert _try(conn, INTAKE[0]) is None
        # of the administrator's code segments the clerk writes only the next serial
        assert _try(conn, "UPDATE code_segments SET next_serial = next_serial") is None
        assert _try(conn, "UPDATE code_segments SET last_serial = 99999") == DENIED
