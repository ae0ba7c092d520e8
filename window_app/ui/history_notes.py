"""A transition's note (the history's 说明) in the UI's language.

The services store every transition's reason in Chinese: the audit trail, the command line and
paper read it. A note a service writes itself also carries its code and arguments
(`core.transition_notes`), and `text()` says it again in the UI's language from those. What a
person typed is shown exactly as typed: a reason without a code, the note of a suspension. So is
every reason stored before the code was (migration 0006), and one whose code this UI does not
know.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..core import suspensions
from ..core import transition_notes as notes
from .i18n import in_ui_language
from .label_names import DELIVERY_METHODS


def suspension_reason(code: str) -> str:
    """A reason from the closed list of `core.suspensions` in the UI's language."""
    reason = suspensions.REASONS[code]
    return in_ui_language(reason.zh, reason.en)


def text(reason: str | None, code: str | None, args: Mapping | None) -> str:
    """The note of one transition: from its code and arguments, else its reason as stored."""
    args = args or {}
    try:
        if code == notes.COMMITMENT_APPROVAL:
            return QCoreApplication.translate("HistoryNotes", "告知承诺当场审批")
        if code == notes.SUSPENDED:
            label = suspension_reason(args["reason"])
            typed = args.get("note")
            if not typed:
                return label
            return (
                QCoreApplication.translate("HistoryNotes", "%1：%2")
                .replace("%1", label)
                .replace("%2", str(typed))
            )
        if code == notes.RESUMED:
            return QCoreApplication.translate(
                "HistoryNotes", "恢复审查，中止%n个工作日", None, int(args["workdays"])
            )
        if code == notes.DELIVERED and args["method"] in DELIVERY_METHODS.labels:
            return DELIVERY_METHODS.name(args["method"])
    except (KeyError, TypeError, ValueError):
        pass  # arguments this UI cannot read: the stored Chinese is still right
    return reason or ""
