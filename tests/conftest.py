"""Fixtures: a real SQLite file per test, and the real PostgreSQL server the test command starts.

`WINDOW_APP_TEST_PG` (set by scripts/test) is an admin URL; each test gets a fresh database on
it. Storage and service tests take `any_db` to run on both back ends.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from window_app.core.catalogue import default_catalogue_dir
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import SYSTEM, Actor, Role
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.services.hall_settings import save_hall_settings
from window_app.services.users import create_user, create_window, login
from window_app.storage import migrate
from window_app.storage.database import Database

# Property tests judge inputs, not speed: on a shared 2-core machine one example may take longer
# than hypothesis's 200 ms default deadline, which failed runs for no fault of the code.
settings.register_profile("window_app", deadline=None)
settings.load_profile("window_app")

PG_ENV = "WINDOW_APP_TEST_PG"
TEST_PASSWORD = "Counter#2026"


# One data key (storage.pii) for the whole session, never the user's: every seeded template and
# its copies, and the command-line subprocesses and workers, encrypt ID and phone numbers with
# it (a test of a missing or foreign key moves it aside and puts it back).
os.environ["WINDOW_APP_DATA_KEY_FILE"] = os.path.join(
    tempfile.mkdtemp(prefix="window-app-test-key-"), "data.key"
)

# A resident helper the developer started (same user, same checkout) must not take the suite's
# commands: the subprocesses run in-process unless a test of the resident says otherwise
# (tests/test_resident.py gives each its own resident and runtime directory).
os.environ["WINDOW_APP_RESIDENT"] = "off"

# Qt's print support asks CUPS for the machine's printers (the settings dialog, the licence
# and preview dialogs). The suite never uses the machine's print service: a cupsd that the
# test machine's package install started, or its network browsing, must not answer (or stall)
# the GUI tests; tests/test_cups_printing.py points its processes at a private cupsd of its own.
os.environ["CUPS_SERVER"] = os.path.join(
    tempfile.mkdtemp(prefix="window-app-no-cups-"), "cups.sock"
)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch) -> None:
    """Audit key, backups and settings never touch the real user's data directory."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WINDOW_APP_DATA_DIR", str(data))
    monkeypatch.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(data / "audit.key"))
    monkeypatch.delenv("WINDOW_APP_DATABASE", raising=False)


def sqlite_database(path: Path) -> Database:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return db


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


def create_pg_database() -> str:
    """A fresh database on the test server; returns its SQLAlchemy URL."""
    admin = pg_admin_url()
    if not admin:
        pytest.skip("PostgreSQL not started (run scripts/test)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:
    db = sqlite_database(tmp_path / "window.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def pg_db() -> Iterator[Database]:
    db = Database(create_pg_database())
    migrate.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path) -> Iterator[Database]:
    """The same test on a real SQLite file and on the real PostgreSQL server."""
    if request.param == "sqlite":
        db = sqlite_database(tmp_path / "window.sqlite3")
    else:
        db = Database(create_pg_database())
        migrate.upgrade(db)
    yield db
    db.dispose()


def seed_hall(db: Database) -> dict[str, Actor]:
    """Catalogue, two windows and one user of each role; returns logged-in actors."""
    import_catalogue(db, SYSTEM, default_catalogue_dir())
    save_hall_settings(db, SYSTEM, DEMO_HALL_SETTINGS)  # what every document prints of the hall
    create_window(db, SYSTEM, "A01", "综合受理一号窗口")
    create_window(db, SYSTEM, "A02", "综合受理二号窗口")
    users = {
        "clerk": ("clerk1", "张晓敏", Role.CLERK, "A01"),
        "clerk2": ("clerk2", "李建国", Role.CLERK, "A02"),
        "supervisor": ("super1", "陈主任", Role.SUPERVISOR, None),
        "admin": ("admin1", "王管理", Role.ADMINISTRATOR, None),
    }
    actors = {}
    for key, (username, name, role, window) in users.items():
        create_user(db, SYSTEM, username, name, role, TEST_PASSWORD, window, must_change=False)
        actors[key] = login(db, username, TEST_PASSWORD)
    return actors


@pytest.fixture(scope="session")
def _sqlite_hall_template(tmp_path_factory) -> tuple[Path, dict[str, Actor]]:
    """Seed once per session (argon2 hashing and the catalogue import take seconds)."""
    folder = tmp_path_factory.mktemp("hall-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WINDOW_APP_DATA_DIR", str(folder))
        mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
        db = sqlite_database(folder / "hall.sqlite3")
        actors = seed_hall(db)
        db.dispose()
    return folder, actors


@pytest.fixture(scope="session")
def _pg_hall_template(tmp_path_factory) -> tuple[str, Path, dict[str, Actor]]:
    """A seeded PostgreSQL database used as the TEMPLATE of each test's database."""
    url = create_pg_database()
    folder = tmp_path_factory.mktemp("pg-hall-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WINDOW_APP_DATA_DIR", str(folder))
        mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(folder / "audit.key"))
        db = Database(url)
        migrate.upgrade(db)
        actors = seed_hall(db)
        db.dispose()
    return url.rsplit("/", 1)[1], folder, actors


def _copy_key(folder: Path) -> None:
    """The copied hall's audit chain was keyed with the template's key."""
    target = Path(os.environ["WINDOW_APP_AUDIT_KEY_FILE"])
    target.write_bytes((folder / "audit.key").read_bytes())


def _sqlite_hall_copy(template, tmp_path: Path) -> tuple[Database, dict[str, Actor]]:
    folder, actors = template
    shutil.copy(folder / "hall.sqlite3", tmp_path / "hall.sqlite3")
    _copy_key(folder)
    return Database(f"sqlite:///{tmp_path / 'hall.sqlite3'}"), actors


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hall(request, tmp_path) -> Iterator[tuple[Database, dict[str, Actor]]]:
    """A seeded hall on both back ends, copied from a per-session template."""
    if request.param == "sqlite":
        db, actors = _sqlite_hall_copy(request.getfixturevalue("_sqlite_hall_template"), tmp_path)
    else:
        name, folder, actors = request.getfixturevalue("_pg_hall_template")
        admin = pg_admin_url()
        copy = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"'))
        engine.dispose()
        _copy_key(folder)
        db = Database(admin.rsplit("/", 1)[0] + f"/{copy}")
    yield db, actors
    db.dispose()


@pytest.fixture
def sqlite_hall(_sqlite_hall_template, tmp_path) -> Iterator[tuple[Database, dict[str, Actor]]]:
    db, actors = _sqlite_hall_copy(_sqlite_hall_template, tmp_path)
    yield db, actors
    db.dispose()


CLI_USERS = {Role.CLERK: "clerk1", Role.SUPERVISOR: "super1", Role.ADMINISTRATOR: "admin1"}


def ensure_user(db: Database, username: str, role: Role, password: str = TEST_PASSWORD) -> None:
    """An account (no forced password change) unless one of that name exists."""
    from sqlalchemy import select

    from window_app.storage.models import User

    with db.reading() as session:
        if session.scalars(select(User.id).where(User.username == username)).first():
            return
    create_user(db, SYSTEM, username, username, role, password, must_change=False)


def password_file(password: str = TEST_PASSWORD) -> Path:
    """A password file private to its owner (mode 600), as `--password-file` requires."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="window-app-pw-")) / "password"
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def cli_sign_in(db: Database | str, role: Role | str = Role.ADMINISTRATOR) -> list[str]:
    """The extra arguments that sign a command in: ["--user", NAME, "--password-file", FILE].

    `role` is a role (its user as in the seeded hall: clerk1, super1, admin1) or a user name of
    the seeded hall; the user is created in `db` (a Database or a URL) when missing."""
    by_name = {name: r for r, name in CLI_USERS.items()} | {"clerk2": Role.CLERK}
    if role in by_name:
        username, role = role, by_name[role]
    else:
        role = Role(role)
        username = CLI_USERS[role]
    opened = Database(db) if isinstance(db, str) else db
    try:
        if isinstance(db, str):
            migrate.upgrade(opened)
        ensure_user(opened, username, role)
    finally:
        if isinstance(db, str):
            opened.dispose()
    return ["--user", username, "--password-file", str(password_file())]


@pytest.fixture
def cli_user():
    """cli_user(db, role=Role.ADMINISTRATOR): `cli_sign_in` as a fixture."""
    return cli_sign_in


@pytest.fixture
def gui_hall(sqlite_hall):
    """The seeded hall for GUI tests; modal dialogs answer 'yes' unless a test says otherwise."""
    from window_app.ui import dialogs  # Qt only where a GUI test asks for it

    dialogs.set_responder(lambda kind, title, text: True)
    yield sqlite_hall
    dialogs.set_responder(None)


@pytest.fixture
def application_page(qtbot, tmp_path):
    """open_(db, actor, number, language): the application's page in that UI language, shown and
    loaded; Chinese is installed again afterwards."""
    from PySide6.QtCore import QSettings  # Qt only where a GUI test asks for it

    from window_app.ui import i18n
    from window_app.ui.application_view import ApplicationPage
    from window_app.ui.context import AppContext
    from window_app.ui.settings import Settings

    pages = []

    def open_(db: Database, actor: Actor, number: str, language: str) -> ApplicationPage:
        i18n.install(language)
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        page = ApplicationPage(AppContext.create(db, actor, settings), None, number)
        qtbot.addWidget(page)
        pages.append(page)
        page.resize(1100, 760)
        page.show()
        page.reload()
        qtbot.waitUntil(
            lambda: page.detail is not None and not page.ctx.runner.busy, timeout=10_000
        )
        return page

    yield open_
    for page in pages:
        qtbot.waitUntil(lambda p=page: not p.ctx.runner.busy, timeout=10_000)
    i18n.install("zh_CN")
