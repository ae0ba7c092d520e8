"""All tables on one Base, each model's module loaded when one of its names is first used.

`from window_app.storage.models import User` loads `security` (and what its foreign keys refer
to) and nothing else: mapping all ~50 classes costs about 0.2 s of CPU, and the start-up needs
only the sign-in's tables before the password check (issue 22; the work list's load beside the
hash, the rest after the list's first paint). Every module imports the modules its foreign
keys point at, so a module's rows can be flushed and joined as soon as it is loaded.
`load_all()` registers every table (migrations, `alembic check`).

A module loads under SQLAlchemy's configure lock: the start-up loads models on a worker thread
while the sign-in queries on another, and a query configures every mapper registered so far; in
the middle of a module (`Application` mapped, `ApplicationMaterial`, which its relationship
orders by, not yet) that would fail. Holding the lock, the query waits for the whole module.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

# the lock `configure_mappers` holds (an RLock: a mapper's own construction takes it too); the
# module, not `sqlalchemy.orm.mapper`, the function of the same name
_CONFIGURE = importlib.import_module("sqlalchemy.orm.mapper")._CONFIGURE_MUTEX

# Where each name is defined.
WHERE = {
    "Application": "applications",
    "ApplicationMaterial": "applications",
    "IssuedDocument": "applications",
    "Notice": "applications",
    "PrintEvent": "applications",
    "Suspension": "applications",
    "Transition": "applications",
    "VerificationTask": "applications",
    "Visit": "applications",
    "CustodyEvent": "backoffice",
    "HandoverBatch": "backoffice",
    "HandoverItem": "backoffice",
    "MaterialGap": "backoffice",
    "MaterialScan": "backoffice",
    "StoredFile": "backoffice",
    "CalendarDay": "calendar",
    "CalendarYear": "calendar",
    "Department": "catalogue",
    "Fee": "catalogue",
    "MaterialRequirement": "catalogue",
    "Matter": "catalogue",
    "MatterVersion": "catalogue",
    "Complaint": "complaints",
    "Evaluation": "hall",
    "EvaluationRequest": "hall",
    "QueueAppointment": "hall",
    "QueueCall": "hall",
    "QueueLine": "hall",
    "QueueLineMatter": "hall",
    "QueueLineWindow": "hall",
    "QueueTicket": "hall",
    "RectificationCase": "hall",
    "Applicant": "parties",
    "BadCreditEntry": "parties",
    "CodeAllocation": "registry",
    "CodeSegment": "registry",
    "Enterprise": "registry",
    "EnterpriseChange": "registry",
    "PrinterOffset": "registry",
    "Referral": "registry",
    "RegistrationFiling": "registry",
    "AuditEvent": "security",
    "ChangeCounter": "security",
    "Counter": "security",
    "DatabaseIdentity": "security",
    "User": "security",
    "Window": "security",
    "HallSetting": "settings",
    "SpotCheckPick": "spot_checks",
    "SpotCheckPlan": "spot_checks",
}
MODULES = tuple(sorted(set(WHERE.values())))


def __getattr__(name: str) -> Any:  # noqa: ANN401  (PEP 562: a model class, loaded on first use)
    module = WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_load(module), name)
    globals()[name] = value
    return value


def _load(module: str) -> Any:  # noqa: ANN401
    with _CONFIGURE:  # no mapper configured while this module's classes are half defined
        return importlib.import_module(f"{__name__}.{module}")


# Foreign keys into a module that loads later: `IssuedDocument.enterprise_id` points at
# `registry` (enterprises), which the work list never reads; mapping it (7 classes, ~40 ms of
# CPU) waits for the first paint. A flush sorts each table's rows by its foreign keys, and that
# needs the table they point at: it is loaded before the first flush of such a module's rows.
FLUSH_NEEDS = {"applications": ("registry",)}


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if all(f"{__name__}.{m}" in sys.modules for later in FLUSH_NEEDS.values() for m in later):
        return  # the usual case once the start is over
    needed = {
        module
        for obj in (*session.new, *session.dirty, *session.deleted)
        for module in FLUSH_NEEDS.get(type(obj).__module__.rpartition(".")[2], ())
        if f"{__name__}.{module}" not in sys.modules
    }
    for module in sorted(needed):
        _load(module)


event.listen(Session, "before_flush", _before_flush)


def load_all() -> None:
    """Register every table on `Base.metadata` (what importing this package did before)."""
    for module in MODULES:
        _load(module)


__all__ = sorted(WHERE)
