"""Engine and sessions: SQLite tuned for a counter that must never lose a record.

WAL with synchronous=FULL survives power loss; write transactions BEGIN IMMEDIATE so two
windows never deadlock upgrading a read lock; reads stay deferred so they never block.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import Executable

from .errors import translated
from .fast_read import FastReader, Listener, Snapshot

BUSY_TIMEOUT_MS = 15_000  # a cold client on a loaded machine needs more than 5 s


def busy_timeout_ms() -> int:
    """BUSY_TIMEOUT_MS, or WINDOW_APP_SQLITE_BUSY_TIMEOUT (ms) where a test or kiosk sets it."""
    import os

    raw = os.environ.get("WINDOW_APP_SQLITE_BUSY_TIMEOUT", "")
    return int(raw) if raw.isdigit() else BUSY_TIMEOUT_MS


def configure_sqlite(dbapi_conn) -> None:  # noqa: ANN001
    """Every connection to the file, the engine's and the fast reader's, gets these."""
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        configure_sqlite(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        mode = "DEFERRED" if conn.get_execution_options().get("read_only") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _sqlite_pragmas(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = dict(kwargs.pop("connect_args", {}))
    options = " ".join(f"-c {name}={ms}" for name, ms in postgres_timeouts().items())
    connect_args["options"] = f"{connect_args.get('options', '')} {options}".strip()
    return create_engine(url, connect_args=connect_args, **kwargs)


# PostgreSQL waits no longer than this (ms; 0 turns one off), so a window or a psql session
# holding a lock (the audit chain's, a row's) cannot stall the hall: the waiting window gets
# "the database is busy" (storage.errors.Busy) and nothing half-saved.
PG_TIMEOUTS = {
    "lock_timeout": 10_000,
    "statement_timeout": 120_000,
    "idle_in_transaction_session_timeout": 60_000,
}


def postgres_timeouts() -> dict[str, int]:
    """PG_TIMEOUTS, each overridable by WINDOW_APP_PG_<NAME> (e.g. WINDOW_APP_PG_LOCK_TIMEOUT)."""
    import os

    values = {}
    for name, default in PG_TIMEOUTS.items():
        raw = os.environ.get(f"WINDOW_APP_PG_{name.upper()}", "")
        values[name] = int(raw) if raw.isdigit() else default
    return values


class BatchFailed(RuntimeError):
    """A unit of work inside `Database.batch()` failed: nothing of the batch was kept."""


class _BatchState(threading.local):
    """This thread's open batch (`Database.batch`), if any."""

    session: Session | None = None
    failed: BaseException | None = None


def _hold_loaded(session: Session) -> None:
    """Keep every row a batch's session loads or writes for as long as the batch: the identity
    map holds its objects weakly, so each service call of the batch would otherwise read again
    the application, applicant or matter version the call before it read (`session.get`
    answers from the identity map without SQL while the object lives)."""
    held: list[object] = []
    session.info["window_app.held"] = held
    event.listen(session, "loaded_as_persistent", lambda _s, obj: held.append(obj))
    event.listen(session, "pending_to_persistent", lambda _s, obj: held.append(obj))


class Database:
    """Owns the engine; hands out one session per user action, and plain rows for hot reads."""

    def __init__(self, url: str, engine: Engine | None = None):
        # A PostgreSQL URL without a login (a window's) is a hall where each person signs in to
        # the database as themselves (storage.pg_roles): nothing is opened until `sign_in_as`.
        parsed = make_url(url)
        self.per_person = parsed.get_backend_name() == "postgresql" and parsed.username is None
        self.base_url = url
        self.login: str | None = None  # the person's login role once signed in
        self._open(url, engine)

    def sign_in_as(self, login: str, password: str) -> None:
        """Reconnect as a person's own login role (a per-person PostgreSQL hall), closing the
        previous person's connections; the URL's other parts stay."""
        url = make_url(self.base_url).set(username=login, password=password)
        self.dispose()
        self._open(url.render_as_string(hide_password=False), None)
        self.login = login

    def _open(self, url: str, engine: Engine | None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._batch = _BatchState()
        self._read_engine = self.engine.execution_options(read_only=True)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        self._fast = FastReader(self.engine, configure_sqlite, file_db=self.sqlite_path is not None)
        # The statement hook of the fast read path: listeners called with (sql, parameters) as
        # they go to the DB-API cursor, BEGIN/COMMIT included (engine events do not see them).
        self.on_statement: list[Listener] = self._fast.listeners

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on any exception.

        Driver failures (disk full, read-only, locked, corrupt) surface as `errors.StorageError`.
        Inside `batch()` the unit is part of the batch's transaction (see there).
        """
        batch = self._batch.session
        if batch is not None:
            if self._batch.failed is not None:
                raise BatchFailed(
                    "a unit of work of this batch failed earlier"
                ) from self._batch.failed
            try:
                with translated():
                    yield batch
                    batch.flush()
            except BaseException as exc:
                self._batch.failed = exc
                raise
            return
        with translated(), self._writer.begin() as session:
            yield session

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A write unit of work that is always rolled back: what a write would store, seen and
        undone (a numbered document's preview before it is issued). It takes the write lock
        for as long as the work inside it, like `transaction`."""
        with translated(), self._writer() as session:
            session.begin()
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work; never takes the write lock (inside `batch()`: the batch's
        session, which sees the batch's own writes)."""
        if self._batch.session is not None:
            with translated():
                yield self._batch.session
            return
        with translated(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many units of work of this thread in one transaction: a bulk load that goes through
        the services (the demo's history), each service call writing exactly what it writes at
        the window, committed together at the end (one commit and one fsync instead of one per
        call). All or nothing: when any unit fails, the whole batch is rolled back and
        `BatchFailed` is raised at the end, even if the caller caught the unit's exception.
        The fast read path (`fetch_rows`, `read_snapshot`) does not see the batch's writes
        before it commits."""
        if self._batch.session is not None:
            raise RuntimeError("batches do not nest")
        with translated(), self._writer.begin() as session:
            self._batch.session, self._batch.failed = session, None
            _hold_loaded(session)
            try:
                yield
                if self._batch.failed is not None:
                    raise BatchFailed("a unit of work of this batch failed") from self._batch.failed
            finally:
                self._batch.session, self._batch.failed = None, None

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A read-only unit of work on a Core connection: SQLAlchemy rows, no ORM session;
        never takes the write lock."""
        with translated(), self._read_engine.begin() as conn:
            yield conn

    def fetch_rows(self, stmt: Executable, params: Mapping[str, Any] | None = None) -> list[tuple]:
        """Every row of one hot read-only SELECT, as tuples, on the fast read path
        (storage/fast_read.py): compiled once, run on a raw connection, its own read snapshot.
        `params` fill the statement's bind parameters by key, as `Connection.execute` does."""
        return self._fast.rows(stmt, params)

    def prepare(self, stmt: Executable) -> None:
        """Compile a fast-path statement now (SQLAlchemy's compilation of a large SELECT takes
        milliseconds of Python), so that its first run does not."""
        self._fast.prepare(stmt)

    def read_snapshot(self) -> AbstractContextManager[Snapshot]:
        """Several fast-path SELECTs (`snapshot.rows(stmt, params)`) in one read transaction,
        so they see one state of the database (the board's statements)."""
        return self._fast.snapshot()

    def display_name(self) -> str:
        """For the status bar: the file name or host/db, never a password."""
        url = make_url(self.url)
        if self.is_sqlite:
            return str(self.sqlite_path or ":memory:")
        return f"{url.get_backend_name()}://{url.host or ''}/{url.database or ''}"

    def dispose(self) -> None:
        """Close every connection (before the file is replaced, at exit); a later call reopens."""
        self.engine.dispose()
        self._fast.dispose()
