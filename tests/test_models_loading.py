"""The models load by module, on first use, with the modules their foreign keys reach
(storage/models/__init__.py, issue 22). The package's tables agree with the classes on Base
and their foreign keys, and a fresh interpreter that asks for `Application` maps only the
tables it needs, all of whose foreign keys resolve."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from window_app.storage import models
from window_app.storage.base import Base


def _module(cls: type) -> str:
    return cls.__module__.rsplit(".", 1)[1]


def test_every_model_is_listed_under_its_module():
    models.load_all()
    on_base: dict[str, set[str]] = {}
    for mapper in Base.registry.mappers:
        on_base.setdefault(_module(mapper.class_), set()).add(mapper.class_.__name__)
    assert on_base == {module: set(names) for module, names in models._MODELS.items()}
    assert set(models.__all__) == {name for names in on_base.values() for name in names}


def test_the_foreign_keys_reach_the_modules_listed():
    models.load_all()
    module_of = {m.local_table.name: _module(m.class_) for m in Base.registry.mappers}
    refers: dict[str, set[str]] = {}
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            target = module_of[fk.column.table.name]
            if target != module_of[table.name]:
                refers.setdefault(module_of[table.name], set()).add(target)
    assert refers == {module: set(names) for module, names in models._REFERS_TO.items()}


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        exec("from window_app.storage.models import NoSuchModel")  # noqa: S102


PROBE = """
import json, sys
import sqlalchemy.orm
from window_app.storage.base import Base
from window_app.storage.models import Application
sqlalchemy.orm.configure_mappers()
for table in Base.metadata.tables.values():
    for fk in table.foreign_keys:
        fk.column  # raises NoReferencedTableError when the table it points at is not mapped
print(json.dumps(sorted(m for m in sys.modules if m.startswith("window_app.storage.models."))))
"""


def test_asking_for_one_model_maps_its_module_and_what_its_keys_reach():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, timeout=120)  # fmt: skip
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [
        f"window_app.storage.models.{m}"
        for m in ("applications", "catalogue", "parties", "registry", "security")
    ]
