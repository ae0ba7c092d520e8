"""The ORM models load on first use (storage/models/__init__.py, issue 22's usable start).

Each module of models can be used alone: its foreign keys point at tables that load with it
(or, `FLUSH_NEEDS`, before its first flush), so its rows can be flushed (the unit of work sorts
a mapper's tables by them) as soon as it is in.
And a module loads under SQLAlchemy's configure lock: the start-up loads the work list's models
on a worker while the sign-in queries on another thread; a query that configured the mappers
between `Application` and `ApplicationMaterial` (which its relationship orders by) failed with
"expression 'ApplicationMaterial.position' failed to locate a name" (seen in 1 of 7 starts)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from window_app.storage import models

ALONE = """
import json, sys
import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
from window_app.storage import models
from window_app.storage.base import Base
module = models._load(sys.argv[1])
configure_mappers()
for needed in models.FLUSH_NEEDS.get(sys.argv[1], ()):  # what its first flush loads
    models._load(needed)
classes = [c for c in vars(module).values()
           if isinstance(c, type) and issubclass(c, Base) and c is not Base]
for cls in classes:
    mapper = sa.inspect(cls)
    list(mapper._sorted_tables)  # what a flush of its rows sorts by: every foreign key resolved
    for fk in mapper.local_table.foreign_keys:
        fk.column
loaded = sorted(n.rpartition(".")[2] for n in sys.modules
                if n.startswith("window_app.storage.models."))
print(json.dumps({"classes": sorted(c.__name__ for c in classes), "loaded": loaded}))
"""


def _run(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", models.MODULES)
def test_each_module_of_models_works_alone(module):
    got = _run(ALONE, module)
    assert got["classes"] == sorted(n for n, m in models.WHERE.items() if m == module)
    assert module in got["loaded"]


def test_the_sign_in_tables_load_without_the_others():
    got = _run(ALONE, "security")
    assert got["loaded"] == ["security"]


def test_every_name_is_where_it_says_and_load_all_maps_every_table():
    code = """
import json
from window_app.storage import models
from window_app.storage.base import Base
models.load_all()
names = {n: getattr(models, n).__module__.rpartition(".")[2] for n in models.__all__}
print(json.dumps({"names": names,
                  "mapped": sorted(m.class_.__name__ for m in Base.registry.mappers)}))
"""
    got = _run(code)
    assert got["names"] == models.WHERE
    assert got["mapped"] == sorted(models.WHERE)


FLUSH = """
import json, sys
import sqlalchemy as sa
from sqlalchemy.orm import Session
from window_app.storage import models
doc = models.IssuedDocument(kind="receipt", doc_number="X-1", issued_on=__import__("datetime").date(2026, 12, 1), payload={})
before = "window_app.storage.models.registry" in sys.modules
engine = sa.create_engine("sqlite://")  # no tables: the INSERT itself fails, after the sort
with Session(engine) as session:
    session.add(doc)
    try:
        session.flush()
        error = None
    except Exception as exc:
        error = type(exc).__name__
print(json.dumps({"registry_before": before, "error": error,
                  "registry_after": "window_app.storage.models.registry" in sys.modules}))
"""


def test_a_flush_loads_the_tables_its_foreign_keys_point_at_first():
    """The work list maps `applications` without `registry`; an issued document's flush sorts
    its table by `enterprise_id`, so `registry` is loaded first (without it SQLAlchemy raised
    NoReferencedTableError); here the INSERT then fails only for want of a table."""
    got = _run(FLUSH)
    assert got == {"registry_before": False, "error": "OperationalError", "registry_after": True}


RACE = """
import json, sys, threading
from sqlalchemy.orm import configure_mappers
from window_app.storage import models
models.User  # the sign-in's tables, configured as the login's first query does
configure_mappers()
seen = {}

def configure():
    try:
        configure_mappers()
        seen["configured"] = True
    except Exception as exc:
        seen["error"] = f"{type(exc).__name__}: {exc}"[:300]

def tracer(frame, event, arg):
    # `Application` is mapped; `ApplicationMaterial`'s class body is about to run
    if event == "call" and frame.f_code.co_name == "ApplicationMaterial" and "thread" not in seen:
        thread = seen["thread"] = threading.Thread(target=configure)
        thread.start()
        thread.join(2.0)
        seen["finished_while_loading"] = not thread.is_alive()
    return None

sys.settrace(tracer)
models.Application  # the worker's load of the work list's models
sys.settrace(None)
seen.pop("thread").join()
print(json.dumps(seen))
"""


def test_a_query_on_another_thread_waits_for_a_module_being_loaded():
    got = _run(RACE)
    assert got == {"finished_while_loading": False, "configured": True}


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        exec("from window_app.storage.models import NoSuchModel")  # noqa: S102
