"""The main window: a thin wiring of Designer actions, tabbed pages and feature modules.

It is built in two steps so the clerk sees it at once: the shell (`MainWindow(settings=…)`:
menus, toolbar, geometry) is shown before the database is opened and anyone signs in, and
`begin(ctx)` then adds who is signed in and installs the features. `MainWindow(ctx)` does both.
The shell imports nothing but Qt: the services and their libraries load off the UI thread
(`preload`) while the window is already on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QStyle, QWidget

from .. import __version__
from ..services.context import ROLE_LABELS, Role
from . import dialogs
from .features import FEATURES, install
from .generated.ui_main_window import Ui_MainWindow
from .preload import FIRST_SCREEN_FEATURES
from .settings import GEOMETRY, IDLE_LOCK_MINUTES, LANGUAGE, WINDOW_STATE, Settings

if TYPE_CHECKING:
    from .context import AppContext
    from .preload import FeatureLoad

ROLE_MENUS = {
    "menuComplaints": {Role.CLERK, Role.SUPERVISOR},  # services.complaints: register / handle
    "menuSupervise": {Role.SUPERVISOR, Role.ADMINISTRATOR},
    "menuAdmin": {Role.ADMINISTRATOR},
}

ROLE_NAMES = {  # the services' Chinese labels, translatable on screen
    Role.CLERK: QT_TRANSLATE_NOOP("MainWindow", "窗口人员"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("MainWindow", "督查/科室负责人"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("MainWindow", "系统管理员"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("MainWindow", "审批人员"),
}

# Toolbar icons: the desktop theme's when there is one, else Qt's standard pixmaps.
_T, _S = QIcon.ThemeIcon, QStyle.StandardPixmap
ACTION_ICONS = {
    "actionNewApplication": (_T.DocumentNew, _S.SP_FileIcon),
    "actionLookup": (_T.EditFind, _S.SP_FileDialogContentsView),
    "actionWorkList": (_T.ViewRefresh, _S.SP_BrowserReload),
    "actionPrintGuide": (_T.DocumentPrint, _S.SP_FileDialogDetailedView),
    "actionRegisterEnterprise": (_T.DocumentOpen, _S.SP_DirIcon),
    "actionBoard": (_T.DocumentProperties, _S.SP_FileDialogInfoView),
    "actionLock": (_T.SystemLockScreen, _S.SP_DialogNoButton),
    "actionQuit": (_T.ApplicationExit, _S.SP_DialogCloseButton),
}


# What the shell offers before anyone has signed in; every other action waits for begin().
SHELL_ACTIONS = ("actionQuit", "actionAbout", "actionSettings")


class _AfterPaint(QObject):
    """Calls `then` once `widget` has painted next (then goes)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the paint itself
            self.deleteLater()
        return False


class MainWindow(QMainWindow):
    ready = Signal()  # begin() has installed every feature

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ):
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.settings = settings if settings is not None else ctx.settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._application_opener: Callable[[str], None] | None = None
        self._loading: FeatureLoad | None = None  # the features still loading (begin)
        self._opening: list[str] = []  # applications asked for meanwhile
        # pages whose tab was closed, kept for their next opening (`kept_when_closed`), by name
        self.closed_pages: dict[str, QWidget] = {}
        self.logged_out = False
        self.reopen_requested = False  # the language changed: reopen signed in (ui/app.py)
        self.is_ready = False
        self._polish()
        self._session_actions(False)
        for name in ROLE_MENUS:  # shown by begin() to the roles that may use them
            getattr(self.ui, name).menuAction().setVisible(False)
        self.ui.actionSettings.triggered.connect(self._settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.tabs.tabCloseRequested.connect(self._close_tab)
        self._restore_geometry()
        if ctx is not None:
            self.begin(ctx, staged=False)

    def begin(
        self, ctx: AppContext, *, staged: bool = True, loading: FeatureLoad | None = None
    ) -> None:
        """Start the signed-in session. Staged, each feature installs in its own event-loop turn,
        so the UI thread never stays busy for long; `ready` is emitted when all are in. With
        `loading` (the feature modules still loading, ui/preload), the first screen installs at
        once and the others once their modules are in; the session's actions are enabled then
        (until then the work list is the window), and applications asked for meanwhile open."""
        from . import lock  # needs the services: loaded by now, off the UI thread

        self.ctx = ctx
        self.statusBar().clearMessage()
        self._status_labels()
        if loading is None:
            self._session_actions(True)
            self._role_menus()
        else:
            self.show_status(QCoreApplication.translate("app", "正在启动…"), 0)
        self._title()
        self.idle_lock = lock.IdleLock(self, ctx.settings.get(IDLE_LOCK_MINUTES))
        self.idle_lock.logout_requested.connect(self.logout)
        self.ui.actionLock.triggered.connect(self.idle_lock.lock_now)
        self.ui.actionLogout.triggered.connect(self.logout)
        pending = list(FEATURES)
        self._loading = loading

        def next_feature() -> None:
            if self.logged_out:
                return
            if loading is not None and pending and pending[0] not in FIRST_SCREEN_FEATURES:
                if loading.outcome is None:
                    loading.when_done(next_feature, self)
                    return
                if not loading.outcome[0]:  # a broken installation: say so, never a traceback
                    dialogs.error(
                        self, QCoreApplication.translate("app", "错误"), str(loading.outcome[1])
                    )
                    self.close()
                    return
            if pending:
                install(self, pending.pop(0))
                if pending and pending[0] not in FIRST_SCREEN_FEATURES and loading is not None:
                    self._first_screen_installed(loading)
                if staged:
                    QTimer.singleShot(0, next_feature)
                    return
                next_feature()
                return
            if loading is not None:
                self.statusBar().clearMessage()
                self._session_actions(True)
                self._role_menus()
            self._restore_state()
            ctx.watcher.start()
            self.is_ready = True
            self._loading = None
            self.ready.emit()
            opening, self._opening = self._opening, []
            for number in opening:
                self.open_application(number)

        next_feature()

    def _first_screen_installed(self, loading: FeatureLoad) -> None:
        """The rest of the features load once the work list has been loaded and painted (or
        after `preload.REST_WAITS_AT_MOST_S`, if it is never painted)."""
        page = getattr(self, "work_list", None)
        if page is None or not page.loading:
            loading.go()
            return
        viewport = page.ui.table.viewport()
        page.first_loaded.connect(lambda: _AfterPaint(viewport, loading.go))

    # --- what feature modules use -------------------------------------------------------
    def add_page(self, widget: QWidget, title: str, *, closable: bool = True) -> None:
        """Show `widget` as a tab, reusing an open tab with the same object name."""
        name = widget.objectName()
        for index in range(self.ui.tabs.count()):
            if name and self.ui.tabs.widget(index).objectName() == name:
                self.ui.tabs.setCurrentIndex(index)
                widget.deleteLater()
                return
        index = self.ui.tabs.addTab(widget, title)
        if not closable:
            self.ui.tabs.tabBar().setTabButton(
                index, self.ui.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.ui.tabs.setCurrentIndex(index)

    def set_application_opener(self, opener: Callable[[str], None]) -> None:
        self._application_opener = opener

    def open_application(self, number: str) -> None:
        """Open one application wherever the request comes from (work list, board, scanner);
        asked for while the features still load, it opens once they are in."""
        if self._loading is not None:
            self._opening.append(number)
        elif self._application_opener is not None:
            self._application_opener(number)

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_error(self, text: str) -> None:
        dialogs.error(self, self.tr("无法完成"), text)

    def logout(self) -> None:
        """Close this window; the start-up loop shows the login dialog again."""
        self.logged_out = True
        self.close()

    # --- internals ---------------------------------------------------------------------
    def _status_labels(self) -> None:
        actor = self.ctx.actor
        window = actor.window_number or self.tr("未绑定窗口")
        for text in (
            self.tr("窗口：%1").replace("%1", window),
            self.tr("%1：%2")
            .replace("%1", self.tr(ROLE_NAMES.get(actor.role, ROLE_LABELS[actor.role])))
            .replace("%2", actor.display_name or actor.username),
            self.tr("数据库：%1").replace("%1", self.ctx.db.display_name()),
        ):
            label = QLabel(text)
            label.setContentsMargins(8, 0, 8, 0)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setToolTip(text)
            label.setMaximumWidth(420)  # a long database path never widens the window
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 400))
            self.statusBar().addPermanentWidget(label)

    def _session_actions(self, enabled: bool) -> None:
        for action in self.findChildren(QAction):
            if action.objectName() not in SHELL_ACTIONS and not action.menu():
                action.setEnabled(enabled)

    def _role_menus(self) -> None:
        """Hide gated menus and their actions (also on the toolbar, and their shortcuts)."""
        for name, roles in ROLE_MENUS.items():
            menu = getattr(self.ui, name)
            allowed = self.ctx.actor.role in roles
            menu.menuAction().setVisible(allowed)
            for action in menu.actions():
                action.setVisible(allowed)
                action.setEnabled(allowed)

    def _title(self) -> None:
        """Window title with the window number and who is signed in."""
        actor = self.ctx.actor
        self.setWindowTitle(
            self.tr("%1 — 窗口 %2 — %3")
            .replace("%1", self.windowTitle())
            .replace("%2", actor.window_number or self.tr("未绑定"))
            .replace("%3", actor.display_name or actor.username)
        )

    def _polish(self) -> None:
        """Toolbar texts without "(&N)"; standard icons."""
        for action in self.findChildren(QAction):
            text = re.sub(r"\s*\(&\w\)", "", action.text()).replace("&", "")
            action.setIconText(text.removesuffix("…").removesuffix("..."))
        for name, (theme, standard) in ACTION_ICONS.items():
            fallback = self.style().standardIcon(standard)
            getattr(self.ui, name).setIcon(QIcon.fromTheme(theme, fallback))

    def _settings(self) -> None:
        from . import settings_dialog  # printers and font lists: loaded when asked for

        dialog = settings_dialog.SettingsDialog(self.settings, self)
        language = self.settings.get(LANGUAGE)
        if self.ctx is not None:
            dialog.accepted.connect(
                lambda: self.idle_lock.set_minutes(self.settings.get(IDLE_LOCK_MINUTES))
            )
        dialog.accepted.connect(lambda: self._language_changed(language))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _language_changed(self, before: str) -> None:
        """A new language applies at once: the translators are replaced and the window is
        reopened for the same signed-in session (every page is built in the new language)."""
        from . import i18n

        language = self.settings.get(LANGUAGE)
        if language == before:
            return
        i18n.install(language)
        if self.ctx is None:
            self.ui.retranslateUi(self)  # the shell before sign-in: its menus are all there is
            return
        unsaved = any(
            getattr(self.ui.tabs.widget(i), "has_unsaved_input", lambda: False)()
            for i in range(self.ui.tabs.count())
        )
        if unsaved and not dialogs.question(
            self, self.tr("切换语言"),
            self.tr("有页面尚未保存。现在重新打开窗口将丢失未保存的内容；"
                    "否则新语言在下次打开窗口时生效。现在重新打开？"),
        ):  # fmt: skip
            return
        self.reopen_requested = True
        self.close()

    def _about(self) -> None:
        dialogs.information(
            self,
            self.tr("关于"),
            self.tr("政务服务窗口受理系统 %1\n一窗受理 · 一次告知 · 限时办结").replace(
                "%1", __version__
            ),
        )

    def _close_tab(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        if getattr(widget, "has_unsaved_input", lambda: False)() and not dialogs.question(
            self, self.tr("关闭"), self.tr("此页有尚未保存的内容，确定关闭？")
        ):
            return
        self.ui.tabs.removeTab(index)
        if getattr(widget, "kept_when_closed", False) and widget.objectName():
            # removed from the tabs, hidden, still the tab widget's child: shown again by its
            # next opening (ui/board.open_board, `reopened`); at most one per page name
            previous = self.closed_pages.pop(widget.objectName(), None)
            if previous is not None and previous is not widget:
                previous.deleteLater()
            self.closed_pages[widget.objectName()] = widget
            widget.tab_closed()
            return
        widget.deleteLater()

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def _restore_state(self) -> None:
        """Toolbars and docks: after the features have added theirs."""
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.ctx is not None:
            self.ctx.watcher.stop()
        self.settings.set(GEOMETRY, self.saveGeometry())
        if self.is_ready:
            self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.sync()
        super().closeEvent(event)
