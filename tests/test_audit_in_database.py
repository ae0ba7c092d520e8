"""PostgreSQL computes the audit link itself (migration 0028): a window's own login cannot
choose a link, an actor or a time, cannot read the chain key, and cannot write the trail other
than through `audit_append`; what it can do still verifies, and tampering is refused.

Set up as the README says (test_readme_postgres's server and SQL), with the hall's people."""

from __future__ import annotations

import io
import json

import pytest
import sqlalchemy as sa
from test_readme_postgres import _psql, _url, fresh_server, sql_block  # noqa: F401

from window_app import cli
from window_app.services import audit, audit_verify, users
from window_app.services.context import Role
from window_app.storage import pg_roles
from window_app.storage.database import Database

pytestmark = pytest.mark.postgres
CLERK, CLERK_PW = "window_app.clerk1", "Counter#2026"


def _hall(admin: str, engine, capsys, monkeypatch) -> str:  # noqa: ANN001
    with engine.connect() as conn:
        for statement in sql_block("-- as a superuser, on the server"):
            conn.execute(sa.text(statement))
    owner_url = _url(admin, "window_owner", "owner-secret")
    assert cli.run(["--database", owner_url, "db", "upgrade"]) == 0, capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Admin#2026x\n"))
    code = cli.run(["--database", owner_url, "users", "add", "admin", "--name", "管理员",
                    "--role", "administrator", "--password-stdin"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    admin_db = Database(_url(admin, "window_app.admin", "Admin#2026x"))
    boss = users.login(admin_db, "admin", "Admin#2026x")
    users.create_window(admin_db, boss, "A01", "综合受理一号窗口")
    users.create_user(admin_db, boss, "clerk1", "张晓敏", Role.CLERK, CLERK_PW, "A01",
                      must_change=False)  # fmt: skip
    admin_db.dispose()
    return owner_url


def _events(owner_url: str) -> list[dict]:
    db = Database(owner_url)
    with db.reading() as session:
        rows = session.execute(sa.text(
            "SELECT id, at, user_id, username, action, entity_id, prev_hash, hash "
            "FROM audit_events ORDER BY id"
        )).mappings().all()  # fmt: skip
    db.dispose()
    return [dict(r) for r in rows]


def test_a_windows_own_login_cannot_forge_the_trail(fresh_server, capsys, monkeypatch):  # noqa: F811
    admin, engine = fresh_server
    owner_url = _hall(admin, engine, capsys, monkeypatch)
    clerk_db = Database(_url(admin, CLERK, CLERK_PW))
    users.login(clerk_db, "clerk1", CLERK_PW)  # the app's own write, through audit_append
    clerk_db.dispose()
    clerk_id = next(e["user_id"] for e in _events(owner_url) if e["username"] == "clerk1")

    # the link, the id or the previous hash cannot be chosen
    for forged in ({"id": 999, "action": "x"}, {"prev_hash": "0" * 64, "action": "x"},
                   {"hash": "f" * 64, "action": "x"}):  # fmt: skip
        done = _psql(admin, CLERK, CLERK_PW,
                     f"SELECT * FROM audit_append('{json.dumps([forged])}')")  # fmt: skip
        assert done.returncode != 0 and "computed by the database" in done.stderr, done.stderr
    # nor the actor or the time: the event is the session's person's, now
    head = _events(owner_url)[-1]
    claim = [{"action": "forged.claim", "username": "admin", "user_id": 1,
              "at": "2020-01-01 00:00:00", "entity_id": "claimed"}]  # fmt: skip
    done = _psql(admin, CLERK, CLERK_PW, f"SELECT * FROM audit_append('{json.dumps(claim)}')")
    assert done.returncode == 0, done.stderr
    written = _events(owner_url)[-1]
    assert written["id"] == head["id"] + 1 and written["prev_hash"] == head["hash"]
    assert (written["username"], written["user_id"]) == ("clerk1", clerk_id)
    assert written["at"].year >= 2026
    # the chain key, the rows and the triggers are out of reach
    for attempt in (
        "SELECT * FROM audit_chain_key",
        "UPDATE audit_events SET reason = 'x'",
        "DELETE FROM audit_events WHERE id = 1",
        "TRUNCATE audit_events",
        'INSERT INTO audit_events (id, at, username, "window", action, entity, entity_id, '
        "prev_hash, hash) SELECT 999, now(), 'x', '', 'forged', '', '', '', ''",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "CREATE OR REPLACE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql "
        "AS $$ SELECT '' $$",
        "CREATE FUNCTION public.sha256(bytea) RETURNS bytea LANGUAGE sql AS $$ SELECT $1 $$",
    ):
        done = _psql(admin, CLERK, CLERK_PW, attempt)
        assert done.returncode != 0, attempt
        assert "permission denied" in done.stderr or "must be owner" in done.stderr, done.stderr
    # the hall's screens record their own names, never a person's
    admin_db = Database(_url(admin, "window_app.admin", "Admin#2026x"))
    with admin_db.engine.begin() as conn:
        pg_roles.set_screens_login(conn, "Screens#2026-long")
    admin_db.dispose()
    screens = ("window_app_screens", "Screens#2026-long")
    as_admin = json.dumps([{"action": "ticket.take", "username": "admin"}])
    done = _psql(admin, *screens, f"SELECT * FROM audit_append('{as_admin}')")
    assert done.returncode != 0 and "cannot act as user admin" in done.stderr, done.stderr
    as_kiosk = json.dumps([{"action": "ticket.take", "username": "kiosk", "user_id": 1}])
    done = _psql(admin, *screens, f"SELECT * FROM audit_append('{as_kiosk}')")
    assert done.returncode == 0, done.stderr
    assert (_events(owner_url)[-1]["username"], _events(owner_url)[-1]["user_id"]) == (
        "kiosk",
        None,
    )
    # everything the clerk could do verifies with the hall's key file (the chain key on the
    # server is the same key)
    owner = Database(owner_url)
    assert audit_verify.verify_database(owner).ok
    owner.dispose()


def test_the_server_refuses_another_key_file(fresh_server, capsys, monkeypatch, tmp_path):  # noqa: F811
    """`db upgrade` with a key file that is not the chain's is refused, not installed."""
    admin, engine = fresh_server
    owner_url = _hall(admin, engine, capsys, monkeypatch)
    right = audit.key_path()
    monkeypatch.setenv(audit.KEY_ENV, str(tmp_path / "other.key"))
    audit.load_key(create=True)
    assert cli.run(["--database", owner_url, "db", "upgrade"]) != 0
    assert "审计密钥文件与数据库中的审计链密钥不一致" in capsys.readouterr().err
    monkeypatch.setenv(audit.KEY_ENV, str(right))
    assert cli.run(["--database", owner_url, "db", "upgrade"]) == 0, capsys.readouterr().err


def test_a_fresh_demo_on_postgresql_verifies_and_fails_on_tampering(capsys):
    """The demo's events, linked by the database (`audit_append`), verify with the key file;
    one changed row (as the owner, triggers off) is named."""
    from conftest import create_pg_database, password_file

    from window_app.services import demo

    url = create_pg_database()
    assert cli.run(["--database", url, "demo", "--applications", "12"]) == 0, capsys.readouterr()
    sign_in = ["--database", url, "--user", "admin", "--password-file",
               str(password_file(demo.DEMO_PASSWORD))]  # fmt: skip
    capsys.readouterr()
    assert cli.run([*sign_in, "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("ok ")
    db = Database(url)
    with db.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
        conn.execute(sa.text("UPDATE audit_events SET reason = 'changed' WHERE id = 3"))
    db.dispose()
    assert cli.run([*sign_in, "audit", "verify"]) != 0
    assert "event 3: content does not match its hash" in capsys.readouterr().out


def test_pg_range_workers_name_the_breaks_one_walk_names(fresh_server, capsys, monkeypatch):  # noqa: F811
    """`audit verify` on PostgreSQL in ranges checked by worker processes (issue 22), signed in
    as a person's own login (the workers connect as that person and read in the caller's
    exported snapshot): a row altered in the middle of a range, one altered at a range's last
    row and rows removed at a range's first row and inside one are named exactly as the walk
    in one process names them."""
    from window_app.storage import audit_walk

    admin, engine = fresh_server
    owner_url = _hall(admin, engine, capsys, monkeypatch)
    owner = Database(owner_url)
    with owner.transaction() as session:
        audit.append_rows(
            session, [{"action": f"test.{i}", "reason": f"理由{i}"} for i in range(30)]
        )
    ids = [e["id"] for e in _events(owner_url)]
    low = ids[0]
    assert ids == list(range(low, low + len(ids))) and len(ids) >= 30
    monkeypatch.setattr(audit_verify, "PARALLEL_FROM", 1)
    monkeypatch.setattr(audit_verify, "PARALLEL_RANGE", 4)  # ranges low..low+3, low+4..low+7, ...
    monkeypatch.setattr(audit_walk, "PAGE", 3)  # pages end inside ranges too
    parallel = []
    real = audit_walk.check_in_parallel
    monkeypatch.setattr(audit_walk, "check_in_parallel",
                        lambda source, *a: parallel.append(source) or real(source, *a))  # fmt: skip
    person = Database(_url(admin, "window_app.admin", "Admin#2026x"))
    seen = []
    with person.reading() as session:
        assert audit_verify.verify(session, workers=2, anchored=False,
                            progress=lambda done, total: seen.append(done)) == []  # fmt: skip
    assert seen[-1] == len(ids) and seen == sorted(seen) and len(seen) >= len(ids) // 4
    middle, last_of_range, first_of_range = low + 5, low + 11, low + 8
    with owner.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
        conn.execute(sa.text("UPDATE audit_events SET reason = 'x' WHERE id IN (:a, :b)"),
                     {"a": middle, "b": last_of_range})  # fmt: skip
        conn.execute(sa.text("DELETE FROM audit_events WHERE id IN (:a, :b, :c)"),
                     {"a": first_of_range, "b": low + 17, "c": low + 18})  # fmt: skip
    with person.reading() as session:
        one = audit_verify.verify(session, workers=1, anchored=False)
        ranged = audit_verify.verify(session, workers=2, anchored=False)
    assert ranged == one
    assert len(parallel) == 2 and parallel[0][0]["user"] == "window_app.admin"
    # a worker that cannot connect (the server has no connection left for it): the same walk
    # in the verifying process, the same breaks, no traceback
    real_params = audit_walk.pg_params
    monkeypatch.setattr(audit_walk, "pg_params", lambda engine: {**real_params(engine), "port": 1})
    with person.reading() as session:
        assert audit_verify.verify(session, workers=2, anchored=False) == one
    assert len(parallel) == 3
    assert [b.event_id - low for b in one] == [5, 9, 9, 11, 19, 19]
    assert (
        "altered" in one[0].problem and f"rows {first_of_range}..{first_of_range}" in one[1].problem
    )
    person.dispose()
    owner.dispose()
