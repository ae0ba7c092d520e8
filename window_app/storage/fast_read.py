"""The fast read path: hot read-only SELECTs without SQLAlchemy's per-call machinery.

Why: the board and the exact lookups are single indexed SELECTs (or a handful) whose SQLite time
is tens of microseconds; around each one, a Core `Connection.execute` costs ten times that in
pool checkout, `BEGIN`, the rollback on return, the compiled-cache key and `Row` objects
(bench/README.md). Here a SQLAlchemy Core statement is compiled once per `Database` (SQL text,
the order of its parameters with their bind processors, each result column's processor, so a
`Date` still comes back as a `date`) and run straight on a DB-API cursor; rows are plain tuples.

Connections. On a SQLite file the reader keeps its own raw `sqlite3` connections, opened with the
engine's URL arguments and pragmas (plus `query_only`), in autocommit (`isolation_level=None`):
each lone SELECT is its own WAL read snapshot, so a write committed by another window is seen by
the next read, and `snapshot()` wraps several statements in one `BEGIN`/`COMMIT`. Idle
connections wait on a LIFO stack that any thread may take from (a Qt worker thread that ends
leaves nothing behind, unlike a thread-local). `dispose()` (called by `Database.dispose()`, which
a restore calls before it replaces the file) starts a new stack, a new generation, and closes
every idle connection of the old one, so a connection opened on a replaced file is never taken
again; one in use at that moment is closed when its reader hands it back. Elsewhere
(PostgreSQL, an in-memory SQLite) statements run on a raw connection from the engine's own pool,
which already pings, resets (rolls back) and disposes its connections.

Errors come out as Core's would: the DB-API error wrapped by SQLAlchemy, then `translated()` to
the clerk's Chinese `StorageError`; the connection that failed is discarded.

`listeners` is the statement hook: each is called with `(sql, parameters)` exactly as handed to
the DB-API, transaction control (`BEGIN`, `COMMIT`) included; the benchmark's raw floor replays
what it records (SQLAlchemy's engine events cannot see this path).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.sql import Executable

from .errors import translated

__all__ = ["FastReader", "Listener", "Prepared", "Snapshot"]

Listener = Callable[[str, Any], None]
Params = Mapping[str, Any] | None
SHAPES_KEPT = 200  # compiled shapes per reader (a name search builds its statement per call)
# How a snapshot starts and ends, per dialect. SQLite: BEGIN on an autocommit connection (WAL keeps
# the first read's snapshot until COMMIT). PostgreSQL: the driver begins the transaction itself;
# REPEATABLE READ makes every statement see the first one's snapshot; the pool rolls it back.
_SNAPSHOT = {
    "sqlite": ("BEGIN", "COMMIT"),
    "postgresql": ("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", None),
}


class _Required:
    """Stands for a bind parameter's value that the caller must pass (the statement has none)."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key


class _Shape:
    """One compiled statement shape: what all statements with the same cache key share."""

    __slots__ = ("binds", "compiled", "escaped", "expanding", "processors", "source_keys", "types")

    def __init__(self, stmt: Executable, dialect: Any, key_binds: Sequence):
        compiled = stmt.compile(dialect=dialect)
        self.compiled = compiled
        self.binds = tuple(compiled.bind_names.items())  # (BindParameter, compiled name)
        self.source_keys = tuple(b.key for b in key_binds)  # the cache key's binds, in order
        self.expanding = bool(compiled.post_compile_params or compiled.literal_execute_params)
        self.processors: dict[str, Callable] = {}
        for bind, name in self.binds:
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.processors[name] = process
        self.types = tuple(c.type.dialect_impl(dialect) for c in stmt.selected_columns)
        self.escaped = compiled.escaped_bind_names  # name -> as written in a named paramstyle


class Prepared:
    """A statement ready to run: its SQL text, how to bind the caller's values, how to read
    its rows. One per statement object (its own values for the binds the caller leaves out)."""

    __slots__ = ("_result", "defaults", "names", "optional", "required", "sql", "types")

    def __init__(self, shape: _Shape, values: Mapping[str, Any]):
        compiled = shape.compiled
        processors = shape.processors
        by_name = {name: values[bind.key] for bind, name in shape.binds}
        if shape.expanding:  # IN lists and literal values are rendered into the SQL once, here
            if any(isinstance(values[b.key], _Required) for b in compiled.post_compile_params):
                raise ValueError(
                    "an IN list or literal-execute value must be fixed in the statement"
                )
            expanded = compiled.construct_expanded_state(by_name, escape_names=False)
            self.sql, order = expanded.statement, expanded.positiontup
            by_name = dict(expanded.parameters)
            processors = {**processors, **expanded.processors}
        else:
            self.sql, order = compiled.string, compiled.positiontup
        # None for qmark (sqlite3: a tuple in `order`), else pyformat names (psycopg: a dict)
        self.names = None if order is not None else [shape.escaped.get(n, n) for n in by_name]
        order = order if order is not None else list(by_name)
        keys = {name: bind.key for bind, name in shape.binds}
        named = {name for bind, name in shape.binds if not bind.unique}  # not literal values
        # The statement's own values, processed for the driver; then, by position, the caller's
        # values by bind key: those it must pass, and those that may replace the statement's
        # own (a named bind parameter with a value, as `Connection.execute` allows).
        self.defaults: list = []
        required, optional = [], []
        for i, name in enumerate(order):
            value, process = by_name[name], processors.get(name)
            slot = (i, keys.get(name, name), process)
            if isinstance(value, _Required):
                self.defaults.append(None)
                required.append(slot)
            else:
                self.defaults.append(value if process is None else process(value))
                if name in named:
                    optional.append(slot)
        self.required, self.optional = tuple(required), tuple(optional)
        self.types = shape.types
        self._result: tuple[tuple[int, Callable], ...] | None = None

    def parameters(self, params: Params) -> tuple | dict:
        """The DB-API parameters: the caller's values (by bind key) over the statement's own."""
        values = self.defaults.copy()
        for i, key, process in self.required:
            value = params.get(key, _Required) if params else _Required
            if value is _Required:
                raise sa_exc.InvalidRequestError(f"A value is required for bind parameter {key!r}")
            values[i] = value if process is None else process(value)
        if params and self.optional:
            for i, key, process in self.optional:
                if key in params:
                    values[i] = params[key] if process is None else process(params[key])
        if self.names is not None:
            return dict(zip(self.names, values, strict=True))
        return tuple(values)

    def rows(self, raw: list, cursor: Any, dialect: Any) -> list[tuple]:
        """The fetched rows with each column's result processor applied (a Date as a date)."""
        result = self._result
        if result is None:  # the driver's column types, once (psycopg's OIDs; None on SQLite)
            result = self._result = tuple(
                (i, p)
                for i, (t, d) in enumerate(zip(self.types, cursor.description, strict=False))
                if (p := t.result_processor(dialect, d[1])) is not None
            )
        if not result:
            return raw
        out = []
        for row in raw:
            row = list(row)
            for i, process in result:
                row[i] = process(row[i])
            out.append(tuple(row))
        return out


class FastReader:
    """Runs prepared statements on raw connections; owned by `Database` (see the module doc)."""

    def __init__(self, engine: Engine, configure: Callable[[Any], None], file_db: bool):
        self.engine = engine
        self.dialect = engine.dialect
        self.listeners: list[Listener] = []
        self._error = engine.dialect.dbapi.Error
        # id(statement) -> (weak reference to it, Prepared): a statement built per call (a name
        # search) takes its entry with it; a module-level one keeps it for the process
        self._prepared: dict[int, tuple[weakref.ref, Prepared]] = {}
        self._shapes: dict = {}
        self._configure = configure
        # a SQLite file: our own connections; otherwise the engine's pool
        self._connect_args = engine.dialect.create_connect_args(engine.url) if file_db else None
        # The idle connections of the current generation: dispose() starts a new list, so a
        # connection handed back to an older one is closed instead of reused.
        self._idle: list[sqlite3.Connection] = []
        self._transaction = _SNAPSHOT.get(engine.dialect.name, (None, None))

    # -- statements -------------------------------------------------------------------------

    def prepare(self, stmt: Executable) -> Prepared:
        """A Core SELECT (or a union of them) compiled for this database: once per statement
        object, and once per shape (SQLAlchemy's cache key) for statements built per call with
        other values (a name search)."""
        entry = self._prepared.get(id(stmt))
        if entry is not None and entry[0]() is stmt:
            return entry[1]
        key = stmt._generate_cache_key()  # SQLAlchemy's own: the shape, the values apart
        if key is None:
            raise ValueError(f"the fast read path needs a cacheable statement: {stmt!r}")
        shape = self._shapes.get(key.key)
        if shape is None:
            if len(self._shapes) >= SHAPES_KEPT:  # statements built per call, many shapes:
                self._shapes.clear()  # start again (the prepared constants stay prepared)
            shape = self._shapes[key.key] = _Shape(stmt, self.dialect, key.bindparams)
        # This statement's own values: those of `.params()` (SQLAlchemy 2.1 keeps them beside
        # the binds), else those of its binds, matched to the shape's by their place in the key.
        given = getattr(key, "params", None) or {}
        own = dict(zip(shape.source_keys, key.bindparams, strict=True))
        values = {}
        for bind, _name in shape.binds:
            source = own.get(bind.key, bind)
            if bind.key in given:
                values[bind.key] = given[bind.key]
            elif source.required:
                values[bind.key] = _Required(bind.key)
            else:
                values[bind.key] = source.effective_value
        prepared = Prepared(shape, values)
        self._prepared[id(stmt)] = (weakref.ref(stmt, self._forget(id(stmt))), prepared)
        return prepared

    def _forget(self, ident: int) -> Callable[[weakref.ref], None]:
        """The callback that drops a collected statement's entry (not a newer one's: ids are
        reused)."""
        entries = self._prepared

        def forget(ref: weakref.ref) -> None:
            entry = entries.get(ident)
            if entry is not None and entry[0] is ref:
                del entries[ident]

        return forget

    # -- running ----------------------------------------------------------------------------

    def rows(self, stmt: Executable, params: Params = None) -> list[tuple]:
        """Every row of one SELECT, in its own read snapshot."""
        entry = self._prepared.get(id(stmt))
        prepared = entry[1] if entry is not None and entry[0]() is stmt else self.prepare(stmt)
        if self._connect_args is None:
            with self._connection() as conn:
                return self._run(conn, prepared, params)
        # the hot path (a SQLite file), as _connection() does it without a generator
        idle = self._idle
        try:
            conn = idle.pop()
        except IndexError:
            conn = self._open()
        try:
            out = self._run(conn, prepared, params)
        except BaseException:
            conn.close()
            raise
        self._hand_back(idle, conn)
        return out

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """Several SELECTs that see one state of the database: one read transaction (SQLite:
        BEGIN ... COMMIT; PostgreSQL: REPEATABLE READ, READ ONLY, rolled back by the pool)."""
        begin, end = self._transaction
        with self._connection() as conn:
            if begin:
                self._control(conn, begin)
            yield Snapshot(self, conn)
            if end:
                self._control(conn, end)

    def _run(self, conn: Any, prepared: Prepared, params: Params) -> list[tuple]:
        sql, parameters = prepared.sql, prepared.parameters(params)
        for listener in self.listeners:
            listener(sql, parameters)
        cursor = None
        try:
            cursor = conn.cursor()
            cursor.execute(sql, parameters)
            return prepared.rows(cursor.fetchall(), cursor, self.dialect)
        except self._error as error:
            self._raise(error, sql, parameters)
        finally:
            if cursor is not None:
                cursor.close()

    def _control(self, conn: Any, sql: str) -> None:
        for listener in self.listeners:
            listener(sql, ())
        cursor = None
        try:
            cursor = conn.cursor()
            cursor.execute(sql)
        except self._error as error:
            self._raise(error, sql, ())
        finally:
            if cursor is not None:
                cursor.close()

    def _raise(self, error: Exception, sql: str, parameters: Any) -> NoReturn:
        with translated():  # as Core would: SQLAlchemy's wrapper, then the Chinese StorageError
            raise sa_exc.DBAPIError.instance(sql, parameters, error, self._error) from error

    # -- connections ------------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """A connection for one use: from the idle stack (a SQLite file) or the engine's pool
        (which rolls it back when it returns); discarded when the use fails."""
        if self._connect_args is None:
            try:
                conn = self.engine.raw_connection()  # the pool lets the driver's errors through
            except self._error as error:
                self._raise(error, "connect", ())
            try:
                yield conn
            except BaseException:
                conn.invalidate()
                raise
            conn.close()
            return
        idle = self._idle
        try:
            conn = idle.pop()
        except IndexError:
            conn = self._open()
        try:
            yield conn
        except BaseException:
            conn.close()  # ends its transaction too
            raise
        self._hand_back(idle, conn)

    def _hand_back(self, idle: list, conn: sqlite3.Connection) -> None:
        """Back to the idle list it came from; closed with that list if dispose() ran since.

        No lock: the append comes before the check, and dispose() swaps the list before it
        empties the old one, so one of the two closes a connection handed back meanwhile."""
        idle.append(conn)
        if idle is not self._idle:
            _close_all(idle)

    def _open(self) -> sqlite3.Connection:
        args, kwargs = self._connect_args
        try:
            conn = self.dialect.dbapi.connect(
                *args, **{**kwargs, "check_same_thread": False, "isolation_level": None}
            )
        except self._error as error:
            self._raise(error, "connect", ())
        try:
            self._configure(conn)
            conn.execute("PRAGMA query_only=ON")  # this path only reads
        except self._error as error:
            conn.close()
            self._raise(error, "connect", ())
        return conn

    def dispose(self) -> None:
        """Close every idle connection; one in use is closed when it is handed back."""
        idle, self._idle = self._idle, []
        _close_all(idle)


def _close_all(idle: list) -> None:
    while True:
        try:
            conn = idle.pop()  # atomic: each connection is closed by one thread only
        except IndexError:
            return
        conn.close()


class Snapshot:
    """Statements run on one connection inside one read transaction (`FastReader.snapshot`)."""

    __slots__ = ("_conn", "_reader")

    def __init__(self, reader: FastReader, conn: Any):
        self._reader, self._conn = reader, conn

    def rows(self, stmt: Executable, params: Params = None) -> list[tuple]:
        """Every row of one SELECT, seeing what the snapshot's other statements see."""
        reader = self._reader
        return reader._run(self._conn, reader.prepare(stmt), params)
