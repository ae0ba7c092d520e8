"""The main window: a thin wiring of Designer actions, tabbed pages and feature modules."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from .. import __version__
from ..services.context import ROLE_LABELS, Role
from . import dialogs
from .context import AppContext
from .features import install_all
from .generated.ui_main_window import Ui_MainWindow
from .settings import GEOMETRY, WINDOW_STATE

ROLE_MENUS = {
    "menuSupervise": {Role.SUPERVISOR, Role.ADMINISTRATOR},
    "menuAdmin": {Role.ADMINISTRATOR},
}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._application_opener: Callable[[str], None] | None = None
        self._status_labels()
        self._role_menus()
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.tabs.tabCloseRequested.connect(self._close_tab)
        install_all(self)
        self._restore_geometry()
        ctx.watcher.start()

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
        """Open one application wherever the request comes from (work list, board, scanner)."""
        if self._application_opener is not None:
            self._application_opener(number)

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_error(self, text: str) -> None:
        dialogs.error(self, self.tr("无法完成"), text)

    # --- internals ---------------------------------------------------------------------
    def _status_labels(self) -> None:
        actor = self.ctx.actor
        window = actor.window_number or self.tr("未绑定窗口")
        for text in (
            self.tr("窗口：%1").replace("%1", window),
            self.tr("%1：%2")
            .replace("%1", ROLE_LABELS[actor.role])
            .replace("%2", actor.display_name or actor.username),
            self.tr("数据库：%1").replace("%1", self.ctx.db.display_name()),
        ):
            label = QLabel(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addPermanentWidget(label)

    def _role_menus(self) -> None:
        for name, roles in ROLE_MENUS.items():
            menu = getattr(self.ui, name)
            menu.menuAction().setVisible(self.ctx.actor.role in roles)

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
        widget.deleteLater()

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.get(GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.ctx.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.ctx.watcher.stop()
        self.ctx.settings.set(GEOMETRY, self.saveGeometry())
        self.ctx.settings.set(WINDOW_STATE, self.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)
