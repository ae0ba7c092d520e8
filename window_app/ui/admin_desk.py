"""The administrator's desk: the 管理 menu's pages (users and windows, the holiday calendar,
the credit lists, backup and restore, audit verification, the hall's particulars), each a
tab opened once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

PAGES = {  # action -> (module, class, tab title)
    "actionUsers": ("users_admin", "UsersPage", QT_TRANSLATE_NOOP("AdminDesk", "用户与窗口")),
    "actionCalendar": ("calendar_admin", "CalendarPage",
                       QT_TRANSLATE_NOOP("AdminDesk", "节假日安排")),
    "actionBadCredit": ("credit_admin", "CreditListsPage",
                        QT_TRANSLATE_NOOP("AdminDesk", "信用名单")),
    "actionBackup": ("backup_admin", "BackupPage", QT_TRANSLATE_NOOP("AdminDesk", "备份与恢复")),
    "actionAuditVerify": ("audit_admin", "AuditPage",
                          QT_TRANSLATE_NOOP("AdminDesk", "审计日志校验")),
    "actionHallSettings": ("hall_settings_admin", "HallSettingsPage",
                           QT_TRANSLATE_NOOP("AdminDesk", "大厅信息")),
}  # fmt: skip


def open_page(window, action: str) -> QWidget:  # noqa: ANN001
    """The page of `action`: the open tab when there is one, else a new one."""
    import importlib

    module, cls, title = PAGES[action]
    page_class = getattr(importlib.import_module(f"{__package__}.{module}"), cls)
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if isinstance(widget, page_class):
            window.ui.tabs.setCurrentIndex(index)
            return widget
    page = page_class(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("AdminDesk", title))
    first = getattr(page, "first_field", None)  # the form's first field takes the typing
    if first is not None:
        first().setFocus()
    return page


def _opener(window, action: str) -> Callable[[], None]:  # noqa: ANN001
    return lambda: open_page(window, action)


def install(window) -> None:  # noqa: ANN001
    for action in PAGES:
        getattr(window.ui, action).triggered.connect(_opener(window, action))
