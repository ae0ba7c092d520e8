"""The complaint register (投诉登记): register, assign, answer, close, list, count.

Any clerk or supervisor registers a complaint (`register_complaint`); the reply is due
`core.complaints.REPLY_DAYS` working days after the day received, counted with the hall's
calendar. Only a supervisor (督查) assigns it to a handler (received → handling): an active
clerk or supervisor account (`assignable_handlers`), stored as its user id, with the department
it acts for as optional text (rows assigned before migration 0011 keep the handler typed as
text). The assigned handler or a supervisor answers it (handling → answered, with the
complainant's satisfaction); only a supervisor closes it as unfounded with a reason
(received/handling → closed). Every change records an audit event in its transaction;
the complainant's phone is kept in full in the table, masked in every list and audit event,
and shown in full only for a stated reason (`reveal_complainant_phone`, audited).

This package's names are the register's API (`services.complaints.register_complaint`, …);
each use case lives in its own module: `records` (roles, the form, one complaint as listed),
`register`, `handling` (assign, answer, close, reveal the phone), `listing`, `counts`.
"""

from ..personal_data import REVEAL_ROLES
from .counts import COUNTS, ComplaintCounts, complaint_counts, counts_params
from .handling import (
    answer_complaint,
    assign_complaint,
    assignable_handlers,
    close_complaint,
    reveal_complainant_phone,
)
from .listing import as_dict, list_complaints, received_between
from .records import (
    ANSWER_ROLES,
    FILTERS,
    HANDLE_ROLES,
    READ_ROLES,
    REGISTER_ROLES,
    ComplaintForm,
    ComplaintInfo,
    ComplaintNotFound,
    HandlerChoice,
)
from .register import check_form, register_complaint

__all__ = [
    "ANSWER_ROLES", "COUNTS", "FILTERS", "HANDLE_ROLES", "READ_ROLES", "REGISTER_ROLES",
    "REVEAL_ROLES", "ComplaintCounts", "ComplaintForm", "ComplaintInfo", "ComplaintNotFound",
    "HandlerChoice", "answer_complaint", "as_dict", "assign_complaint", "assignable_handlers",
    "check_form", "close_complaint", "complaint_counts", "counts_params", "list_complaints",
    "received_between", "register_complaint", "reveal_complainant_phone",
]  # fmt: skip
