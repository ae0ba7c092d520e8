"""The catalogue browser tab: search, versions, a diff between two versions, import and print.

Everyone reads; the import button is shown to administrators only (and the service refuses
anyone else). All reads and writes go through `ctx.runner`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from ..services import catalogue_browse, guides
from ..services.context import Role
from . import guide_printing
from .catalogue_diff import diff_html, version_name
from .catalogue_import_dialog import start_import
from .context import AppContext
from .generated.ui_catalogue_browser import Ui_CatalogueBrowser
from .label_names import matter_type
from .outcomes import Refused, call
from .record_model import RecordTableModel


def header(text: str) -> str:
    """A column header (marked with QT_TRANSLATE_NOOP) in the UI's language."""
    return QCoreApplication.translate("CatalogueBrowser", text)


class RowsModel(RecordTableModel):
    """A read-only table of dataclass rows; `columns` is (header, attribute or callable), the
    header marked for translation in the browser's context."""

    columns: tuple[tuple[str, Any], ...] = ()

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__([header(text) for text, _getter in self.columns], parent)

    def cells(self, row: Any) -> list[str]:
        return [
            str(getter(row) if callable(getter) else getattr(row, getter))
            for _header, getter in self.columns
        ]


def status(row: catalogue_browse.MatterRow) -> str:
    """现行, or the day the matter ended (abolished, turned into a filing)."""
    if row.withdrawn_from is None:
        return QCoreApplication.translate("CatalogueBrowser", "现行")
    return QCoreApplication.translate("CatalogueBrowser", "%1起停止办理").replace(
        "%1", row.withdrawn_from.isoformat()
    )


class MattersModel(RowsModel):
    columns = ((QT_TRANSLATE_NOOP("CatalogueBrowser", "编码"), "code"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "事项名称"), "name"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "类型"),
                lambda r: matter_type(r.matter_type)),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "实施部门"), "department"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "现行版本"), "version"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "施行日期"),
                lambda r: r.effective_from.isoformat()),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "版本数"), "versions"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "状态"), status))  # fmt: skip


class VersionsModel(RowsModel):
    columns = ((QT_TRANSLATE_NOOP("CatalogueBrowser", "版本"), "version"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "施行日期"),
                lambda r: r.effective_from.isoformat()),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "导入时间"),
                lambda r: r.imported_at.strftime("%Y-%m-%d %H:%M")),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "事项名称"), "name"),
               (QT_TRANSLATE_NOOP("CatalogueBrowser", "材料数"), "materials"))  # fmt: skip


class CatalogueBrowser(QWidget):
    def __init__(self, ctx: AppContext, window=None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx, self.window_ = ctx, window
        self.ui = Ui_CatalogueBrowser()
        self.ui.setupUi(self)
        self.setObjectName("catalogue")
        self.matters = MattersModel(self)
        self.versions = VersionsModel(self)
        self.ui.mattersView.setModel(self.matters)
        self.ui.versionsView.setModel(self.versions)
        for view in (self.ui.mattersView, self.ui.versionsView):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().hide()
        self.ui.splitter.setSizes([560, 480])
        for combo in (self.ui.fromCombo, self.ui.toCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        self.ui.importButton.setVisible(ctx.actor.role == Role.ADMINISTRATOR)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(self._debounce.start)
        self.ui.searchEdit.returnPressed.connect(self._focus_table)
        self.ui.mattersView.selectionModel().currentRowChanged.connect(self._matter_changed)
        self.ui.mattersView.activated.connect(lambda _i: self.print_guide())
        self.ui.diffButton.clicked.connect(self.show_diff)
        self.ui.guideButton.clicked.connect(self.print_guide)
        self.ui.listingButton.clicked.connect(self.print_listing)
        self.ui.importButton.clicked.connect(lambda: start_import(self, self.ctx, self.reload))
        ctx.watcher.changed.connect(self.reload)
        self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, query = self.ctx, self.ui.searchEdit.text()
        call(ctx.runner, self, lambda: catalogue_browse.list_matters(ctx.db, query),
             lambda rows: self._listed(query, rows), self._refused)  # fmt: skip

    def _listed(self, query: str, rows: list) -> None:
        if query != self.ui.searchEdit.text():
            return
        current = self.current_code()
        self.matters.set_records(rows)
        codes = [r.code for r in rows]
        row = codes.index(current) if current in codes else 0
        if rows:
            self.ui.mattersView.selectRow(row)
        self.ui.message.setText(self.tr("共%1项").replace("%1", str(len(rows))))

    def _focus_table(self) -> None:
        self.ui.mattersView.setFocus()

    def current_code(self) -> str | None:
        index = self.ui.mattersView.currentIndex()
        row = self.matters.record(index.row()) if index.isValid() else None
        return row.code if row else None

    current_matter_code = current_code  # Ctrl+G preselects the matter highlighted here

    def _matter_changed(self, *_args) -> None:  # noqa: ANN002
        code = self.current_code()
        if code is None:
            return
        ctx = self.ctx
        call(ctx.runner, self, lambda: catalogue_browse.matter_versions(ctx.db, code),
             lambda rows: self._versions(code, rows), self._refused)  # fmt: skip

    def _versions(self, code: str, rows: list) -> None:
        if code != self.current_code():
            return
        self.versions.set_records(rows)
        for combo in (self.ui.fromCombo, self.ui.toCombo):
            combo.clear()
            for r in rows:
                text = self.tr("%1（%2起）").replace("%1", version_name(r.version))
                combo.addItem(text.replace("%2", r.effective_from.isoformat()), r.version)
        if len(rows) >= 2:
            self.ui.fromCombo.setCurrentIndex(len(rows) - 2)
        self.ui.toCombo.setCurrentIndex(len(rows) - 1)
        self.ui.diffButton.setEnabled(len(rows) >= 2)
        self.ui.diffView.setHtml(
            self.tr("<p>%1 只有一个版本。</p>").replace("%1", escape(code)) if len(rows) < 2
            else ""
        )  # fmt: skip

    def show_diff(self) -> None:
        code = self.current_code()
        before, after = self.ui.fromCombo.currentData(), self.ui.toCombo.currentData()
        if code is None or before is None or after is None:
            return
        ctx = self.ctx
        call(ctx.runner, self,
             lambda: catalogue_browse.diff_versions(ctx.db, code, before, after),
             lambda d: self.ui.diffView.setHtml(diff_html(d, before, after)),
             self._refused)  # fmt: skip

    # --- printing --------------------------------------------------------------------------
    def print_guide(self) -> None:
        code = self.current_code()
        if code is not None:
            self.preview = guide_printing.open_guide(self.ctx, code, self)

    def print_listing(self) -> None:
        path = guide_printing.ask_save_path(self, self.tr("保存事项目录清单"), "catalogue.pdf")
        if not path:
            return
        ctx = self.ctx
        self.ui.message.setText(self.tr("正在生成目录清单…"))

        def job() -> str:
            Path(path).write_bytes(guides.render_catalogue_pdf(ctx.db, actor=ctx.actor,
                                                               target=path))  # fmt: skip
            return path

        call(ctx.runner, self, job,
             lambda p: self.ui.message.setText(self.tr("已保存：%1").replace("%1", p)),
             self._refused)  # fmt: skip

    def _refused(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)


def open_browser(window) -> CatalogueBrowser:  # noqa: ANN001
    page = CatalogueBrowser(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("CatalogueBrowser", "事项目录"))
    return page
