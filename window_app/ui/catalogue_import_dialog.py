"""Import a changed catalogue directory: preview every change, then import exactly that."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from ..services import catalogue_browse
from . import dialogs, guide_printing
from .catalogue_diff import diff_lines
from .context import AppContext
from .generated.ui_catalogue_import_preview import Ui_CatalogueImportPreview
from .outcomes import Refused, call

STATUS = {
    "new": QT_TRANSLATE_NOOP("CatalogueImportDialog", "新增事项"),
    "changed": QT_TRANSLATE_NOOP("CatalogueImportDialog", "修改"),
    "unchanged": QT_TRANSLATE_NOOP("CatalogueImportDialog", "未变化"),
}


class CatalogueImportDialog(QDialog):
    def __init__(self, ctx: AppContext, preview: catalogue_browse.ImportPreview,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx, self.preview = ctx, preview
        self.ui = Ui_CatalogueImportPreview()
        self.ui.setupUi(self)
        self.ui.effectiveEdit.setDate(QDate.currentDate())
        self.ui.effectiveCheck.toggled.connect(self.ui.effectiveEdit.setEnabled)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("导入"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        tree = self.ui.changesTree
        tree.setColumnWidth(0, 260)
        if not preview.valid:
            ok.setEnabled(False)
            self.ui.summary.setText(self.tr("目录有 %1 个问题，不能导入：")
                                    .replace("%1", str(len(preview.issues))))  # fmt: skip
            for issue in preview.issues:
                QTreeWidgetItem(tree, [self.tr("问题"), issue])
            return
        changes = preview.changes
        ok.setEnabled(bool(changes))
        unchanged = len(preview.matters) - len(changes)
        self.ui.summary.setText(
            self.tr("%1：%2 项新增或修改，%3 项未变化。导入后每项变化生成新版本，"
                    "已受理的申请仍按原版本办理。")
            .replace("%1", str(preview.directory)).replace("%2", str(len(changes)))
            .replace("%3", str(unchanged))
        )  # fmt: skip
        for m in changes:
            top = QTreeWidgetItem(tree, [f"{m.code} {m.name}", self.tr(STATUS[m.status])])
            for line in diff_lines(m.diff):
                QTreeWidgetItem(top, ["", line])
            top.setExpanded(True)
        if not changes:
            QTreeWidgetItem(tree, [self.tr("无变化"), ""])

    def effective_from(self):  # noqa: ANN201
        if not self.ui.effectiveCheck.isChecked():
            return None
        return self.ui.effectiveEdit.date().toPython()


def start_import(owner: QWidget, ctx: AppContext, done: Callable[[], None]) -> None:
    """Ask for a directory, preview it in the background, show the preview, import on OK."""
    # Explicit contexts: Qt Linguist would file `owner.tr()` under "owner", Qt looks it up under
    # the owner's class.
    title = QCoreApplication.translate("CatalogueImportDialog", "导入事项目录")
    directory = guide_printing.ask_directory(
        owner, QCoreApplication.translate("CatalogueImportDialog", "选择事项目录文件夹")
    )
    if not directory:
        return

    def refused(r: Refused) -> None:
        dialogs.error(owner, title, r.message)

    def previewed(preview: catalogue_browse.ImportPreview) -> None:
        dialog = CatalogueImportDialog(ctx, preview, owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        owner.import_dialog = dialog

        def accepted() -> None:
            effective = dialog.effective_from()
            call(ctx.runner, owner,
                 lambda: catalogue_browse.apply_import(ctx.db, ctx.actor, preview,
                                                       effective_from=effective),
                 imported, refused)  # fmt: skip

        dialog.accepted.connect(accepted)
        dialog.open()

    def imported(plan) -> None:  # noqa: ANN001
        ctx.watcher.local_change()
        text = QCoreApplication.translate(
            "CatalogueImportDialog", "已导入：新增 %1 项，修改 %2 项。"
        )
        dialogs.information(owner, title, text.replace("%1", str(len(plan.new_matters)))
                            .replace("%2", str(len(plan.changed_matters))))  # fmt: skip
        done()

    call(ctx.runner, owner,
         lambda: catalogue_browse.preview_import(ctx.db, ctx.actor, directory),
         previewed, refused)  # fmt: skip
