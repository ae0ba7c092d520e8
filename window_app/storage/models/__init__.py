"""All tables on one Base. A model's module is imported when one of its names is first asked
for (`from window_app.storage.models import Application`, PEP 562's module `__getattr__`),
together with the modules its foreign keys refer to, so every table a loaded table points at
is in the metadata (joins and the unit of work's order need them). A command that lists
applications does not pay for mapping the queue, the back office or the complaints (issue 22:
the declarative mapping costs ≈ 4 ms of CPU per class). `load_all()` registers every table
(migrations compare the whole metadata). tests/test_models_loading.py holds `_MODELS` to the
classes on Base and `_REFERS_TO` to the foreign keys.
"""

from __future__ import annotations

import importlib
import threading

# the models of each module of this package
_MODELS: dict[str, tuple[str, ...]] = {
    "applications": (
        "Application", "ApplicationMaterial", "IssuedDocument", "Notice", "PrintEvent",
        "Suspension", "Transition", "VerificationTask", "Visit",
    ),
    "backoffice": (
        "CustodyEvent", "HandoverBatch", "HandoverItem", "MaterialGap", "MaterialScan",
        "StoredFile",
    ),
    "calendar": ("CalendarDay", "CalendarYear"),
    "catalogue": ("Department", "Fee", "MaterialRequirement", "Matter", "MatterVersion"),
    "complaints": ("Complaint",),
    "hall": (
        "Evaluation", "EvaluationRequest", "QueueAppointment", "QueueCall", "QueueLine",
        "QueueLineMatter", "QueueLineWindow", "QueueTicket", "RectificationCase",
    ),
    "parties": ("Applicant", "BadCreditEntry"),
    "registry": (
        "CodeAllocation", "CodeSegment", "Enterprise", "EnterpriseChange", "PrinterOffset",
        "Referral", "RegistrationFiling",
    ),
    "security": ("AuditEvent", "ChangeCounter", "Counter", "DatabaseIdentity", "User", "Window"),
    "settings": ("HallSetting",),
    "spot_checks": ("SpotCheckPick", "SpotCheckPlan"),
}  # fmt: skip

# the other modules whose tables a module's foreign keys refer to
_REFERS_TO: dict[str, tuple[str, ...]] = {
    "applications": ("catalogue", "parties", "registry", "security"),
    "backoffice": ("applications", "security"),
    "complaints": ("applications", "security"),
    "hall": ("applications", "security"),
    "registry": ("applications", "security"),
    "spot_checks": ("security",),
}

_MODULE_OF = {name: module for module, names in _MODELS.items() for name in names}
_lock = threading.RLock()

__all__ = sorted(_MODULE_OF)  # noqa: PLE0605  (`import *` loads every model)


def _needed(module: str) -> list[str]:
    """`module` and every module its foreign keys reach, directly or through another."""
    found, todo = [], [module]
    while todo:
        current = todo.pop()
        if current not in found:
            found.append(current)
            todo.extend(_REFERS_TO.get(current, ()))
    return found


def _load(module: str) -> None:
    with _lock:  # the GUI's preloading thread and the UI thread may ask at once
        for needed in _needed(module):
            loaded = importlib.import_module(f"{__name__}.{needed}")
            globals().update({name: getattr(loaded, name) for name in _MODELS[needed]})


def load_all() -> None:
    """Register every table on Base (its metadata is then the whole schema)."""
    for module in _MODELS:
        _load(module)


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _load(module)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
