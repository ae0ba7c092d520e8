"""A command starts fast (issue 22): it loads its own module, not every command's, and a
command that needs no database loads neither Qt nor the ORM. Each probe runs in a fresh
interpreter and reports what the command imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from window_app import cli
from window_app.core.uscc import UsccParts

PROBE = """
import json, sys
from window_app import cli
code = cli.run(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

VALID_USCC = UsccParts("9", "1", "440802", "MA4B0001").compose()

# Everything `check uscc` may import from the project: the dispatcher, the shared plumbing
# (whose database layer loads only when a command opens one), the log's masking, the code's rules.
CHECK_USCC_MODULES = {
    "printing", "printing.masking",
    "window_app", "window_app.cli", "window_app.cli.check", "window_app.cli.common",
    "window_app.command_line",
    "window_app.config", "window_app.logging_setup",
    "window_app.core", "window_app.core.divisions", "window_app.core.errors",
    "window_app.core.masking", "window_app.core.orgcode", "window_app.core.uscc",
    "window_app.services", "window_app.services.context",
}  # fmt: skip
HEAVY = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "pydantic", "yaml",
         "argon2", "psycopg", "stdnum")  # fmt: skip


def imported(tmp_path, *argv: str) -> tuple[int, set[str]]:
    env = dict(os.environ, WINDOW_APP_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("WINDOW_APP_DATABASE", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip
    report = json.loads(out.stdout.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


def test_check_uscc_imports_only_its_own_modules(tmp_path):
    code, modules = imported(tmp_path, "check", "uscc", VALID_USCC)
    assert code == 0
    ours = {m for m in modules if m.split(".")[0] in ("window_app", "printing")}
    assert ours == CHECK_USCC_MODULES
    assert heavy(modules) == []


def test_check_id_loads_stdnum_but_no_database_or_qt(tmp_path):
    code, modules = imported(tmp_path, "check", "id", "11010519491231002X")
    assert code == 0
    assert "stdnum" in modules
    assert [m for m in heavy(modules) if not m.startswith("stdnum")] == []
    assert "window_app.cli.db" not in modules


def test_catalog_validate_loads_no_orm_and_no_qt(tmp_path):
    """The first run validates (pydantic, YAML); the second, on unchanged files, answers from
    the recorded result (core.catalogue_cache) and loads nothing heavy at all."""
    code, modules = imported(tmp_path, "catalog", "validate")
    assert code == 0
    assert {"pydantic", "yaml"} <= {m.split(".")[0] for m in modules}
    assert not any(m.split(".")[0] in ("PySide6", "sqlalchemy", "alembic") for m in modules)
    assert not any(m.startswith(("window_app.storage", "window_app.ui")) for m in modules)
    code, modules = imported(tmp_path, "catalog", "validate")
    assert code == 0
    assert heavy(modules) == []
    assert not any(m.startswith(("window_app.storage", "window_app.ui")) for m in modules)


def test_a_database_command_still_opens_the_database(tmp_path):
    database = f"sqlite:///{tmp_path / 'hall.sqlite3'}"
    code, modules = imported(tmp_path, "--database", database, "catalog", "list")
    assert code == 0
    assert "window_app.storage.database" in modules
    assert not any(m.startswith("PySide6") for m in modules)


def _hall_with_a_year(tmp_path):  # noqa: ANN001, ANN202
    """A migrated SQLite file with 2031's arrangement entered: a holiday and a make-up day.
    (Not inside a test that captures sys.stdout: alembic's Config keeps, as its default, the
    sys.stdout of its first import, and a closed capture broke later migrations.)"""
    from datetime import date

    from window_app.storage import migrate
    from window_app.storage.database import Database
    from window_app.storage.models import CalendarDay, CalendarYear

    path = tmp_path / "hall.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, backup=False)
    with db.transaction() as session:
        session.add(CalendarYear(year=2031, source="测试通知"))
        session.flush()
        session.add(CalendarDay(day=date(2031, 3, 4), year=2031, kind="holiday"))
        session.add(CalendarDay(day=date(2031, 3, 8), year=2031, kind="workday"))
    return db, path


def test_workdays_reads_the_calendar_without_the_orm_and_answers_the_same(tmp_path):
    from datetime import date

    from window_app.services.calendar import load_calendar

    db, path = _hall_with_a_year(tmp_path)
    with db.reading() as session:
        expected = load_calendar(session).add(date(2031, 3, 3), 4).day
    db.dispose()
    argv = ("--database", f"sqlite:///{path}", "workdays", "add", "2031-03-03", "4")
    code, modules = imported(tmp_path, *argv)
    assert code == 0
    assert heavy(modules) == []
    assert (
        "window_app.services.calendar" not in modules
        and "window_app.storage.database" not in modules
    )
    # the entered holiday (3-04) is skipped and the Saturday make-up day (3-08) counts
    assert expected == date(2031, 3, 8)
    env = dict(os.environ, WINDOW_APP_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "window_app", *argv], env=env,
                         capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    assert out.stdout.strip() == expected.isoformat()


def test_workdays_on_a_schema_to_migrate_takes_the_ordinary_path(tmp_path):
    import sqlite3

    db, path = _hall_with_a_year(tmp_path)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    from window_app.storage import light_sqlite

    assert light_sqlite.rows(f"sqlite:///{path}", "SELECT 1") is None
    assert light_sqlite.rows(f"sqlite:///{tmp_path / 'absent.sqlite3'}", "SELECT 1") is None
    assert light_sqlite.rows("postgresql+psycopg://u@h/db", "SELECT 1") is None


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["check", "uscc", "X"], "check"),
        (["--database", "sqlite:///x", "db", "backup", "p"], "db"),
        (["--lang", "en", "--user", "a", "--password-file", "f", "audit", "verify"], "audit"),
        (["--database=sqlite:///x", "workdays", "add"], "workdays"),
        (["--help", "check"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_past_the_options(argv, word):
    assert cli._command_word(argv) == word


def tree(parser) -> dict:  # noqa: ANN001
    """Every subcommand under `parser`, nested: what a command line can name."""
    out = {}
    for action in parser._actions:
        if isinstance(action.choices, dict):
            out.update({name: tree(sub) for name, sub in action.choices.items()})
    return out


def test_every_command_parses_as_with_every_module_loaded():
    """Lazy loading works for any module in COMMAND_MODULES: for each command the full parser
    knows, the parser built for its command line has the same subcommands, those added by
    other modules (`list enterprises`, `print guide`) included."""
    full = tree(cli.build_parser())
    assert {"check", "db", "list", "print", "audit", "kiosk"} <= set(full)
    assert "enterprises" in full["list"] and "guide" in full["print"]
    for name, subcommands in full.items():
        lazy = tree(cli._parser_for(["--lang", "en", name]))
        assert lazy.get(name) == subcommands, name


def test_an_unknown_command_is_refused_as_before(capsys):
    with pytest.raises(SystemExit) as exc:
        cli._parser_for(["no-such-command"]).parse_args(["no-such-command"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_catalog_list_reads_without_the_orm_and_answers_as_the_service(sqlite_hall, tmp_path):
    """`catalog list` on a SQLite file at the current schema reads with `sqlite3` alone, and its
    lines are the service's for a day before, between and after a matter's versions (a second
    version from 2031 renames one matter) and for the withdrawn matters of the catalogue."""
    from datetime import date

    from sqlalchemy import select

    from window_app.services import catalogue_status
    from window_app.storage.models import Matter, MatterVersion

    db, _actors = sqlite_hall
    with db.transaction() as session:
        first = session.scalars(select(MatterVersion).order_by(MatterVersion.id).limit(1)).one()
        session.add(MatterVersion(
            matter_id=first.matter_id, version=first.version + 1,
            effective_from=date(2031, 1, 1), name="二〇三一年起的新名称",
            matter_type=first.matter_type, statutory_days=first.statutory_days,
            promised_days=first.promised_days,
            definition=first.definition, content_hash="0" * 64,
        ))  # fmt: skip
        code = session.get(Matter, first.matter_id).code
    path = db.sqlite_path
    env = dict(os.environ, WINDOW_APP_DATA_DIR=str(tmp_path))
    lines_by_day = {}
    for day in (date(2000, 1, 1), date.today(), date(2031, 6, 1)):
        expected = [
            f"{m.code}\t{m.name}\t"
            + ("current" if m.current else f"withdrawn {m.withdrawn_from.isoformat()}")
            for m in catalogue_status.statuses(db, on=day)
        ]
        argv = ("--database", f"sqlite:///{path}", "catalog", "list", "--date", day.isoformat())
        out = subprocess.run([sys.executable, "-m", "window_app", *argv], env=env,
                             capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
        assert out.stdout.splitlines() == expected
        lines_by_day[day] = expected
    assert any("withdrawn" in line for line in lines_by_day[date.today()])
    renamed = [line for line in lines_by_day[date(2031, 6, 1)] if line.startswith(f"{code}\t")]
    assert renamed and "二〇三一年起的新名称" in renamed[0]
    assert not any("二〇三一" in line for line in lines_by_day[date.today()])
    db.dispose()
    code_, modules = imported(tmp_path, "--database", f"sqlite:///{path}", "catalog", "list")
    assert code_ == 0
    assert heavy(modules) == []
    assert "window_app.services.catalogue_status" not in modules


def test_catalog_show_reads_without_the_orm_and_answers_as_the_service(sqlite_hall, tmp_path):
    """`catalog show` on a current SQLite file: for every matter, on a day before and after
    the catalogue's dates, exactly the service's definition (withdrawn ones included); an
    unknown code is refused in the service's words; and the command loads no ORM."""
    import argparse
    from datetime import date

    from sqlalchemy import select

    from window_app.cli import catalog
    from window_app.core.errors import DomainError
    from window_app.services import catalogue_status
    from window_app.storage.models import Matter

    db, _actors = sqlite_hall
    with db.reading() as session:
        codes = session.scalars(select(Matter.code)).all()
    url = f"sqlite:///{db.sqlite_path}"
    from window_app.storage import light_sqlite

    assert light_sqlite.rows(url, "SELECT 1") == [(1,)]  # the plain read serves this file
    statuses = set()
    for day in (date(2000, 1, 1), date(2031, 6, 1)):
        for code in codes:
            args = argparse.Namespace(database=url, code=f" {code.lower()}", date=day)
            shown = catalog._definition(args)
            assert shown == catalogue_status.current_definition(db, code, on=day)
            statuses.add(shown["status"])
    assert statuses == {"current", "withdrawn"}
    args = argparse.Namespace(database=url, code="XX-0000", date=None)
    with pytest.raises(DomainError) as light:
        catalog._definition(args)
    with pytest.raises(DomainError) as ordinary:
        catalogue_status.current_definition(db, "XX-0000")
    assert light.value.message == ordinary.value.message == "事项编码“XX-0000”不存在"
    db.dispose()
    code_, modules = imported(tmp_path, "--database", url, "catalog", "show", codes[0])
    assert code_ == 0
    assert heavy(modules) == []


# What a signed-in listing or the daily report must not load (issue 22): the other commands'
# services and models, the printing stack, Qt.
NOT_FOR_A_LISTING = (
    "window_app.services.complaints", "window_app.services.registration",
    "window_app.services.referrals", "window_app.services.spot_checks",
    "window_app.services.bad_credit", "window_app.services.complaint_export",
    "window_app.services.evaluation_cases", "window_app.cli.badcredit",
    "window_app.cli.complaints_cmd", "window_app.cli.spotcheck", "window_app.cli.enterprises",
    "window_app.storage.models.hall", "window_app.storage.models.backoffice",
    "window_app.storage.models.complaints", "window_app.storage.models.spot_checks",
    "reportlab", "openpyxl", "PySide6", "pydantic", "alembic",
)  # fmt: skip
# The daily board counts complaints, ratings and the queue: it needs their services and models.
NOT_FOR_THE_REPORT = tuple(
    m for m in NOT_FOR_A_LISTING
    if not m.startswith(("window_app.services.complaints", "window_app.services.evaluation_cases",
                         "window_app.storage.models.hall", "window_app.storage.models.backoffice",
                         "window_app.storage.models.complaints"))
)  # fmt: skip

# Only the PDF's header needs the documents' service (and through it numbering, the ledger and
# the registry's models): the JSON report loads none of them.
NOT_FOR_THE_JSON_REPORT = (
    "window_app.services.documents", "window_app.services.numbering",
    "window_app.services.ledger", "window_app.storage.models.registry",
)  # fmt: skip


def _audited_logins(db) -> int:  # noqa: ANN001
    from sqlalchemy import func, select

    from window_app.storage.models import AuditEvent

    with db.reading() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "login")
        )


def test_signed_in_listing_and_report_load_only_what_they_need(sqlite_hall, tmp_path):
    """`list applications` and `report daily`, signed in, load neither the other commands'
    services and models (registration, referrals, spot checks, credit; for the listing also
    complaints, ratings, the queue and the back office) nor the printing stack or Qt; the sign-in is still written to the audit trail, and the report is
    still refused to a clerk (the role is checked by the service layer's sign-in)."""
    from conftest import cli_sign_in

    db, _actors = sqlite_hall
    url = f"sqlite:///{db.sqlite_path}"
    before = _audited_logins(db)
    clerk, supervisor = cli_sign_in(db, "clerk1"), cli_sign_in(db, "super1")
    code, modules = imported(tmp_path, "--database", url, *clerk, "list", "applications")
    assert code == 0
    assert "window_app.services.queries" in modules
    assert [m for m in modules if m.startswith(NOT_FOR_A_LISTING)] == []
    daily = ("report", "daily", "--date", "2026-12-01")
    code, modules = imported(tmp_path, "--database", url, *supervisor, *daily)
    assert code == 0
    assert "window_app.services.metrics" in modules
    assert [m for m in modules if m.startswith(NOT_FOR_THE_REPORT)] == []
    assert [m for m in modules if m.startswith(NOT_FOR_THE_JSON_REPORT)] == []
    code, _modules = imported(tmp_path, "--database", url, *clerk, *daily)
    assert code == 1  # a clerk may not read the hall's figures
    assert _audited_logins(db) == before + 3


def test_a_list_loads_the_module_of_its_own_subcommand_only():
    """`list credit` loads the credit commands and not the complaints'; every `list WHAT` still
    parses; a mistyped WHAT is refused with every choice named, as with every module loaded."""
    assert cli._modules_for("list", "credit") == ["list_cmd", "badcredit"]
    assert cli._modules_for("list", "applications") == ["list_cmd"]
    full = tree(cli.build_parser())["list"]
    assert {"applications", "credit", "complaints", "spotchecks", "enterprises"} <= set(full)
    for what, subcommands in full.items():
        assert tree(cli._parser_for(["list", what]))["list"][what] == subcommands, what
    assert tree(cli._parser_for(["list", "no-such-list"]))["list"].keys() == full.keys()


def test_the_report_formats_are_the_services():
    from window_app.cli import report
    from window_app.services import complaint_export, evaluation_cases

    assert report.COMPLAINT_FORMATS == complaint_export.FORMATS
    assert report.EVALUATION_FORMATS == evaluation_cases.EXPORT_FORMATS


def test_a_signed_in_write_loads_neither_the_listing_nor_printing(sqlite_hall, tmp_path):
    """`badcredit import` (an administrator's write) adds `list credit` through `list_cmd`, but
    loads neither the listing's service nor printing or Qt; the sign-in and the import are
    audited."""
    from conftest import cli_sign_in
    from sqlalchemy import select

    from window_app.core.uscc import UsccParts
    from window_app.storage.models import AuditEvent

    db, _actors = sqlite_hall
    entry = tmp_path / "credit.csv"
    code = UsccParts("9", "1", "440802", "MA4B0B01").compose()
    entry.write_text(f"code,name,reason\n{code},测试企业,未按规定公示年度报告\n", encoding="utf-8")
    argv = ("--database", f"sqlite:///{db.sqlite_path}", *cli_sign_in(db, "admin1"),
            "badcredit", "import", str(entry))  # fmt: skip
    done, modules = imported(tmp_path, *argv)
    assert done == 0
    assert "window_app.services.bad_credit" in modules
    assert "window_app.services.queries" not in modules
    # of the modules a listing must not load, only the command's own
    assert sorted(m for m in modules if m.startswith(NOT_FOR_THE_REPORT)) == [
        "window_app.cli.badcredit", "window_app.services.bad_credit",
    ]  # fmt: skip
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2)
        ).all()
    assert actions == ["badcredit.import", "login"]


# The launcher (`window-app`, `python -m window_app`) with two witnesses: an object whose
# finaliser runs only in the interpreter's teardown, and an `atexit` handler reporting the
# collector's state once the command is over.
LAUNCHER = """
import atexit, gc, json, sys


class Teardown:
    def __del__(self):
        sys.stderr.write("TEARDOWN\\n")


witness = Teardown()
atexit.register(lambda: sys.stderr.write("ATEXIT " + json.dumps(
    {"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
     "threshold": gc.get_threshold()}) + "\\n"))
sys.argv[0] = "window-app"
from window_app.cli import main
main()
"""


def launched(tmp_path, *argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, WINDOW_APP_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("WINDOW_APP_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-c", LAUNCHER, *argv], env=env, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip


def test_a_command_process_ends_after_its_work_without_the_interpreters_teardown(
    sqlite_hall, tmp_path
):
    """A command's process ends with `os._exit` (issue 22: the teardown cost about 0.2 s of
    CPU after a signed-in listing): its whole output is there, the `atexit` handlers ran (the
    log's line is written), the sign-in is audited, the exit code is the command's (a refusal
    too), and garbage collection was back on, with the start-up's objects frozen out of it and
    a larger youngest generation (issue 17: a long command's garbage dies young)."""
    from conftest import cli_sign_in
    from test_processing import received

    from window_app.services.queries import list_applications

    db, actors = sqlite_hall
    for seq in (1, 2, 3):
        received(db, actors["clerk"], date(2026, 12, 1), seq=seq)
    url = f"sqlite:///{db.sqlite_path}"
    before = _audited_logins(db)
    done = launched(tmp_path, "--database", url, *cli_sign_in(db, "clerk1"), "list", "applications")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(list_applications(db)) > 0
    assert "TEARDOWN" not in done.stderr
    state = json.loads(done.stderr.split("ATEXIT ", 1)[1].splitlines()[0])
    assert state["enabled"] is True
    assert state["frozen"] > 10_000  # the imports, the models and the sign-in's objects
    assert state["threshold"][0] == cli.COMMAND_GC_THRESHOLD  # the youngest generation only
    assert "list applications: exit 0" in (tmp_path / "logs" / "window-app.log").read_text("utf-8")
    refused = launched(tmp_path, "--database", url, *cli_sign_in(db, "clerk1"),
                       "report", "daily", "--date", "2026-12-01")  # fmt: skip
    assert refused.returncode == 1
    assert "TEARDOWN" not in refused.stderr
    assert refused.stderr.startswith("window-app: ")
    assert _audited_logins(db) == before + 2


def test_run_in_process_leaves_the_collector_alone(sqlite_hall, tmp_path, capsys):
    """`cli.run` (the tests', a script's) neither switches garbage collection off nor freezes
    anything: only the launcher's own process does."""
    import gc

    db, _actors = sqlite_hall
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    assert cli.run(["--database", f"sqlite:///{db.sqlite_path}", "check", "uscc", VALID_USCC]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == threshold


def test_a_command_checks_the_files_pages_and_the_gui_the_whole_content(sqlite_hall, capsys):
    """Before each command a SQLite file is checked with `quick_check` (its pages), not
    `integrity_check` (issue 22: 0.2-0.3 s of every command on a 24 MB hall): an index that
    disagrees with its table (content, not a damaged page) does not stop a command, while the
    full check (the GUI's start, the day's first backup, a restore) still refuses the file.
    A damaged page is refused by both (tests/test_faults_storage.py)."""
    from conftest import cli_sign_in
    from test_backup_steps import _index_against_its_table

    from window_app.storage import health

    db, _actors = sqlite_hall
    url = f"sqlite:///{db.sqlite_path}"
    clerk = cli_sign_in(db, "clerk1")
    db.dispose()
    _index_against_its_table(db.sqlite_path)
    assert not health.check_database(url).ok
    assert health.check_database(url, pages_only=True).ok
    assert cli.run(["--database", url, *clerk, "list", "applications", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
