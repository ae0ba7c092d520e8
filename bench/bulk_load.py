"""The generator's bulk path on PostgreSQL: COPY into bare tables, then index once (issue 22).

`hall_generator.generate(..., bulk=True)` builds the same rows as its insert path and hands each
chunk to a `CopySink` instead of executemany and `audit_append`:

1. `prepare`: for the tables the generator writes, every index and every PRIMARY KEY, UNIQUE and
   FOREIGN KEY constraint is dropped (their definitions kept from `pg_get_indexdef` and
   `pg_get_constraintdef`, with the FKs of other tables that point at them), and their user
   triggers disabled: 0004's bigram trigger on `applicants`, 0030's gram-page triggers on
   `applications`, the audit trail's append-only guards. CHECK and NOT NULL stay and are checked
   row by row during the load. This needs the schema owner (a bench database).
2. `write`: each chunk of rows goes in by `COPY ... FROM STDIN` (psycopg's `cursor.copy()`),
   with the columns' Python defaults (the hashed ID and phone columns) and bind processing (the
   encrypted PII) applied as a Core insert would. The audit events are linked here, in Python,
   in key order, from the chain's head: the message and HMAC of `storage.audit_chain.link`,
   which `audit_append` computes in PL/pgSQL; `at` and the JSON are stored as the very texts
   hashed.
3. `finish`: 0004's bigram rows and 0030's gram pages are built set-based in one
   `INSERT ... SELECT` each, the same statements as the triggers' (only for the rows loaded),
   then the constraints come back (PRIMARY KEY and UNIQUE first, then every FOREIGN KEY,
   validated against the whole table: a row the load got wrong fails here) and the indexes are
   built with `maintenance_work_mem` raised (PostgreSQL builds a btree with parallel workers
   where it can), the triggers are enabled, the head anchor written, and the loaded tables
   vacuumed (their visibility map set, as autovacuum leaves a hall's) and analysed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime

from psycopg.types.json import _JsonWrapper
from sqlalchemy import Table, text

from window_app.services import audit
from window_app.storage.audit_anchor import write_anchor
from window_app.storage.audit_chain import GENESIS, at_text, json_text, load_key
from window_app.storage.audit_walk import Hasher
from window_app.storage.database import Database
from window_app.storage.models import AuditEvent, DatabaseIdentity

#: the gram tables the triggers keep (migrations 0004 and 0030): built after the load
BIGRAMS, PAGES = "applicant_name_bigrams", "application_name_grams"
GRAMS = "LATERAL (SELECT DISTINCT lower(substr({n}, n, 2)) AS g FROM generate_series(1, length({n}) - 1) n)"
MAINTENANCE_WORK_MEM = "1GB"


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_field(value: object) -> str:
    """One value in COPY's text format: NULL is \\N; backslash, tab, newline and carriage
    return escaped; dates and times as ISO text, booleans as t/f."""
    if value is None:
        return "\\N"
    kind = type(value)
    if kind is str:
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return value.translate(_ESCAPES)
        return value
    if kind is bool:
        return "t" if value else "f"
    if kind is int:
        return str(value)
    if kind is datetime or kind is date:
        return value.isoformat()
    if isinstance(value, _JsonWrapper):  # a JSON column's bind value (SQLAlchemy's psycopg)
        return (value.dumps or json.dumps)(value.obj).translate(_ESCAPES)
    return str(value).translate(_ESCAPES)


def copy_line(values: Iterable[object]) -> str:
    return "\t".join(map(copy_field, values)) + "\n"


class _Context:
    """What a Core column default sees of its row (`context.get_current_parameters()`)."""

    def __init__(self, row: dict) -> None:
        self.row = row

    def get_current_parameters(self) -> dict:
        return self.row


class _Table:
    """How one table's rows become COPY rows: its columns, their defaults and bind processors."""

    def __init__(self, table: Table, keys: Iterable[str], dialect) -> None:  # noqa: ANN001
        given = list(keys)
        defaults = [
            c for c in table.columns
            if c.name not in given and c.default is not None and not c.default.is_sequence
        ]  # fmt: skip
        self.given = given
        self.defaults = [(c.name, c.default) for c in defaults]
        self.columns = given + [c.name for c in defaults]
        procs = [table.columns[n].type._cached_bind_processor(dialect) for n in self.columns]
        self.procs = list(enumerate(procs))
        quoted = ", ".join(f'"{n}"' for n in self.columns)
        self.sql = f"COPY {table.name} ({quoted}) FROM STDIN"

    def values(self, row: dict) -> list:
        out = [row[n] for n in self.given]
        for _name, default in self.defaults:
            arg = default.arg
            out.append(arg(_Context(row)) if default.is_callable else arg)
        for i, proc in self.procs:
            if proc is not None and out[i] is not None:
                out[i] = proc(out[i])
        return out


class CopySink:
    """Receives the generator's chunks (rows per table, audit events) and COPYs them."""

    def __init__(self, db: Database, tables: list[Table], log: Callable[[str], None] | None = None):
        self.db = db
        self.tables = tables
        self.names = [t.name for t in tables] + [AuditEvent.__tablename__, BIGRAMS, PAGES]
        self.log = log or (lambda _m: None)
        self.shapes: dict[tuple[str, tuple], _Table] = {}
        self.constraints: list[tuple[str, str, str, str]] = []  # table, name, type, definition
        self.indexes: list[str] = []
        self.audit_rows = 0
        self.timings: dict[str, float] = {}
        self.json: dict[object, str] = {}  # the JSON texts events repeat (a state, a day)
        self.actors: dict[object, tuple[str, str]] = {}
        # COPY runs in a thread of its own while the next chunk is generated: the server's
        # work overlaps the generator's (psycopg waits on the socket without the GIL)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="copy")
        self.sending: Future | None = None

    # --- before -----------------------------------------------------------------------------

    def prepare(self) -> None:
        started = time.perf_counter()
        with self.db.transaction() as s:
            names = list(self.names)
            # every constraint that is an index or leans on one (FKs of other tables included)
            self.constraints = [tuple(r) for r in s.execute(text(
                "SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid) "
                "FROM pg_constraint c WHERE c.contype IN ('p', 'u', 'f') AND "
                "(c.conrelid::regclass::text = ANY(:t) OR c.confrelid::regclass::text = ANY(:t)) "
                "ORDER BY c.contype = 'f' DESC"), {"t": names})]  # fmt: skip
            for table, name, _kind, _definition in self.constraints:
                s.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
            self.indexes = list(s.scalars(text(
                "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "WHERE i.indrelid::regclass::text = ANY(:t)"), {"t": names}))  # fmt: skip
            for (index,) in s.execute(text(
                "SELECT i.indexrelid::regclass::text FROM pg_index i "
                "WHERE i.indrelid::regclass::text = ANY(:t)"), {"t": names}):  # fmt: skip
                s.execute(text(f"DROP INDEX {index}"))
            for table in names:
                s.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": audit._PG_CHAIN_LOCK})
            head = s.execute(
                text("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
            ).first()
            self.head_id, self.head_hash = (head[0], head[1]) if head else (0, GENESIS)
            self.database = s.scalar(text(
                f"SELECT identifier FROM {DatabaseIdentity.__tablename__} ORDER BY id LIMIT 1"))  # fmt: skip
            audit.bump_changes(s)
        self.hasher = Hasher(load_key(create=self.head_id == 0))
        self.timings["prepare_s"] = time.perf_counter() - started

    # --- during -----------------------------------------------------------------------------

    def _shape(self, table: Table, row: dict) -> _Table:
        key = (table.name, tuple(row))
        shape = self.shapes.get(key)
        if shape is None:
            shape = self.shapes[key] = _Table(table, row, self.db.engine.dialect)
        return shape

    def _link(self, events: list[tuple]) -> Iterable[str]:
        """The COPY lines of the audit rows of (actor, action, entity, entity_id, before,
        after, at) events, linked from the chain's head exactly as `audit_chain.link` links a
        stored row (the message: each column as `<length>:<text>`, `-` for NULL)."""
        digest = self.hasher.hex
        ident, prev = self.head_id, self.head_hash
        memo, actors = self.json, self.actors
        for actor, action, entity, entity_id, before, after, at in events:
            ident += 1
            at_s = at_text(at)
            b, a = self._json(memo, before), self._json(memo, after)
            who = actors.get(actor)
            if who is None:  # the actor's three columns, as message and as COPY text
                uid, user, window = str(actor.user_id), actor.username, actor.window_number
                who = actors[actor] = (
                    f"{len(uid)}:{uid}{len(user)}:{user}{len(window)}:{window}",
                    "\t".join(map(copy_field, (actor.user_id, user, window))),
                )
            sid, eid = str(ident), str(entity_id)
            message = (
                f"{prev}{len(sid)}:{sid}{len(at_s)}:{at_s}{who[0]}{len(action)}:{action}"
                f"{len(entity)}:{entity}{len(eid)}:{eid}"
                f"{'-' if b is None else f'{len(b)}:{b}'}{'-' if a is None else f'{len(a)}:{a}'}-"
            )
            h = digest(message.encode())
            yield (f"{sid}\t{at_s}\t{who[1]}\t{copy_field(action)}\t{copy_field(entity)}\t"
                   f"{copy_field(eid)}\t{copy_field(b)}\t{copy_field(a)}\t\\N\t{prev}\t{h}\n")  # fmt: skip
            prev = h
        self.head_id, self.head_hash = ident, prev

    @staticmethod
    def _json(memo: dict, value: dict | None) -> str | None:
        """`json_text(value)`, remembered for the small values events repeat."""
        if value is None:
            return None
        if "state" in value and len(value) <= 2:
            key = tuple(value.items())
            text_ = memo.get(key)
            if text_ is None:
                text_ = memo[key] = json_text(value)
            return text_
        return json_text(value)

    def write(self, rows: dict[Table, list[dict]], events: list[tuple]) -> None:
        """Format the chunk as COPY text here; send it from the writer thread."""
        data: list[tuple[str, str]] = []
        for table, batch in rows.items():
            if batch:
                shape = self._shape(table, batch[0])
                data.append((shape.sql, "".join(copy_line(shape.values(r)) for r in batch)))
        if events:
            data.append((
                'COPY audit_events (id, at, user_id, username, "window", action, entity, '
                "entity_id, before, after, reason, prev_hash, hash) FROM STDIN",
                "".join(self._link(events)),
            ))  # fmt: skip
            self.audit_rows += len(events)
        self.wait()
        self.sending = self.writer.submit(self._send, data)

    def _send(self, data: list[tuple[str, str]]) -> None:
        with self.db.transaction() as s:
            cur = s.connection().connection.driver_connection.cursor()
            for sql, body in data:
                with cur.copy(sql) as copy:
                    copy.write(body.encode())

    def wait(self) -> None:
        """Until the chunk being sent is in (its error raised here)."""
        if self.sending is not None:
            self.sending.result()
            self.sending = None

    # --- after ------------------------------------------------------------------------------

    def finish(self, first_applicant: int, first_application: int) -> dict[str, float]:
        self.wait()
        self.writer.shutdown()
        timed = self.timings

        def step(name: str, statements: list[str]) -> None:
            started = time.perf_counter()
            with self.db.transaction() as s:
                # a 10M hall's set-based steps run for many minutes: not the window's timeout
                s.execute(text("SET LOCAL statement_timeout = 0"))
                s.execute(text(f"SET LOCAL maintenance_work_mem = '{MAINTENANCE_WORK_MEM}'"))
                s.execute(text("SET LOCAL max_parallel_maintenance_workers = 2"))
                for statement in statements:
                    s.execute(text(statement))
            timed[name] = round(time.perf_counter() - started, 1)
            self.log(f"{name}: {timed[name]} s")

        # the triggers' own statements (migrations 0004 and 0030), over the rows loaded
        step("bigrams_s", [
            f"INSERT INTO {BIGRAMS} (gram, id) SELECT DISTINCT lower(substr(b.name, n, 2)), b.id "
            f"FROM applicants b, generate_series(1, length(b.name) - 1) n WHERE b.id >= {first_applicant}"
        ])  # fmt: skip
        step("gram_pages_s", [
            f"INSERT INTO {PAGES} (gram, received_on, number, applicant_id) "
            f"SELECT ng.g, n.received_on, n.number, n.applicant_id FROM applications n "
            f"JOIN applicants ap ON ap.id = n.applicant_id, {GRAMS.format(n='ap.name')} ng "
            f"WHERE n.id >= {first_application}"
        ])  # fmt: skip
        keys = [c for c in self.constraints if c[2] in ("p", "u")]
        step("keys_s", [f'ALTER TABLE {t} ADD CONSTRAINT "{n}" {d}' for t, n, _k, d in keys])
        step("indexes_s", list(self.indexes_left()))
        fks = [c for c in self.constraints if c[2] == "f"]
        step("foreign_keys_s", [f'ALTER TABLE {t} ADD CONSTRAINT "{n}" {d}' for t, n, _k, d in fks])
        step("triggers_s", [f"ALTER TABLE {t} ENABLE TRIGGER USER" for t in self.names])
        # VACUUM (outside a transaction) sets the visibility map, which ANALYZE alone does
        # not: without it the gram pages' index-only scan fetches every row from the heap, as
        # no hall that autovacuum has visited does
        started = time.perf_counter()
        with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("SET statement_timeout = 0"))
            conn.execute(text(f"SET maintenance_work_mem = '{MAINTENANCE_WORK_MEM}'"))
            conn.execute(text(f"VACUUM (ANALYZE) {', '.join(self.names)}"))
            conn.execute(text("ANALYZE"))
        timed["vacuum_analyze_s"] = round(time.perf_counter() - started, 1)
        self.log(f"vacuum_analyze_s: {timed['vacuum_analyze_s']} s")
        if self.audit_rows:
            write_anchor(self.head_id, self.head_hash, self.database)
        return timed

    def indexes_left(self) -> Iterable[str]:
        """The dropped indexes that the constraints put back did not (those are their own)."""
        with self.db.reading() as s:
            present = set(s.scalars(text(
                "SELECT i.indexrelid::regclass::text FROM pg_index i "
                "WHERE i.indrelid::regclass::text = ANY(:t)"), {"t": self.names}))  # fmt: skip
        for definition in self.indexes:
            name = definition.split(" INDEX ", 1)[1].split(" ON ", 1)[0]
            if name not in present:
                yield definition


def stamp(day: date, hour: int, minute: int = 0) -> datetime:
    """An event's time on `day`."""
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)
