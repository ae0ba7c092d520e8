"""Service guides from the clerk's screen, and the feature module wiring the catalogue actions.

Ctrl+G opens a small matter picker (the current application's matter preselected); Enter opens
the guide's preview with Print focused. Batch printing writes one PDF per matter in the
background with a progress dialog that cancels. Database work and rendering go through
`ctx.runner`; printing reuses the shared helper `printing_qt`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import catalogue_browse, guides
from ..services.context import Role
from . import printing_qt
from .context import AppContext
from .generated.ui_guide_batch import Ui_GuideBatchDialog
from .generated.ui_print_preview import Ui_PrintPreviewDialog
from .label_names import GUIDE_VARIANTS
from .outcomes import Refused, call
from .settings import PRINTER_NAME


def _ask_save_path(parent: QWidget | None, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path or None


def _ask_directory(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


# Seams for tests (like dialogs.set_responder): replace with functions returning a path or None.
ask_save_path: Callable[[QWidget | None, str, str], str | None] = _ask_save_path
ask_directory: Callable[[QWidget | None, str], str | None] = _ask_directory


def variant_combo(combo: QComboBox) -> None:
    for key in guides.VARIANTS:
        combo.addItem(GUIDE_VARIANTS.name(key), key)


# --- the matter picker -----------------------------------------------------------------------


class MatterPicker(QDialog):
    """Type a name, code or pinyin initials; Enter takes the highlighted matter."""

    def __init__(self, ctx: AppContext, preselect: str | None = None, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx, self.preselect = ctx, preselect
        self.setWindowTitle(self.tr("打印办事指南 — 选择事项"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("事项名称、编码或拼音首字母"))
        self.list = QListWidget(self)
        self.variant = QComboBox(self)
        variant_combo(self.variant)
        self.english = QCheckBox(self.tr("附英文(&E)"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("预览并打印"))
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("版式："), self))
        options.addWidget(self.variant)
        options.addWidget(self.english)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (self.search, self.list):
            layout.addWidget(w)
        layout.addLayout(options)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.search.installEventFilter(self)
        self.resize(460, 420)
        self._search("")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt override)
        # Up/Down in the search field move the highlighted row.
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (watched is self.search and event.type() == event.Type.KeyPress
                and event.key() in arrows):  # fmt: skip
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        ctx = self.ctx
        call(ctx.runner, self, lambda: catalogue_browse.list_matters(ctx.db, text),
             lambda rows: self._listed(text, rows), lambda r: None)  # fmt: skip

    def _listed(self, text: str, rows: list) -> None:
        if text != self.search.text():
            return  # a newer query is on its way
        self.list.clear()
        current = 0
        for i, row in enumerate(rows):
            item = QListWidgetItem(f"{row.code}  {row.name}")
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            self.list.addItem(item)
            if row.code == self.preselect and not text:
                current = i
        if rows:
            self.list.setCurrentRow(current)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


# --- the guide preview -----------------------------------------------------------------------


class GuidePreview(QDialog):
    """The guide as it will print; variant and English column can be changed here too."""

    loaded = Signal()
    printed = Signal(str)  # the print target

    def __init__(self, ctx: AppContext, code: str, variant: str = "a4", english: bool = False,
                 parent=None):  # noqa: ANN001  # fmt: skip
        super().__init__(parent)
        self.ctx, self.code = ctx, code
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.pdf: bytes | None = None
        printing_qt.keep_pdfium_loaded()  # pdfium set up once, not per preview
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(self.view)
        self.variant = QComboBox(self)
        variant_combo(self.variant)
        self.variant.setCurrentIndex(guides.VARIANTS.index(variant))
        self.english = QCheckBox(self.tr("附英文(&E)"), self)
        self.english.setChecked(english)
        self.saveButton = QPushButton(self.tr("另存为PDF(&S)…"), self)
        self.ui.buttonRow.insertWidget(0, QLabel(self.tr("版式："), self))
        self.ui.buttonRow.insertWidget(1, self.variant)
        self.ui.buttonRow.insertWidget(2, self.english)
        self.ui.buttonRow.insertWidget(4, self.saveButton)
        self.ui.title.setText(self.tr("办事指南　%1").replace("%1", code))
        self.setWindowTitle(self.tr("办事指南预览 — %1").replace("%1", code))
        self.ui.printButton.clicked.connect(self.print_guide)
        self.saveButton.clicked.connect(self.save_pdf)
        self.ui.closeButton.clicked.connect(self.accept)
        self.variant.currentIndexChanged.connect(self._render)
        self.english.toggled.connect(self._render)
        self._render()

    def options(self) -> tuple[str, bool]:
        return self.variant.currentData(), self.english.isChecked()

    def _render(self, *_args) -> None:  # noqa: ANN002
        self.ui.printButton.setEnabled(False)
        self.ui.message.setText(self.tr("正在生成办事指南…"))
        ctx, code, (variant, english) = self.ctx, self.code, self.options()
        call(ctx.runner, self, lambda: guides.guide_pdf(ctx.db, code, variant, english),
             self._show, self._refused)  # fmt: skip

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.ui.pages.setText(self.tr("共%1页").replace("%1", str(self.document.pageCount())))
        self.ui.message.clear()
        self.ui.printButton.setEnabled(True)
        self.ui.printButton.setFocus()
        self.loaded.emit()

    def _refused(self, refused: Refused) -> None:
        self.ui.message.setText(refused.message)

    def print_guide(self) -> None:
        printer = printing_qt.choose_printer(self, self.ctx.settings.get(PRINTER_NAME))
        if printer is None or self.pdf is None:
            return
        problem = printing_qt.printer_problem(printer)
        if problem:
            self.ui.message.setText(problem)
            return
        if self.options()[0] == "trifold":  # both sides, turned on the short edge: it folds
            printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)
        self._printer = printer
        self.ui.printButton.setEnabled(False)
        self.ui.message.setText(self.tr("正在打印…"))
        ctx, code, pdf, (variant, english) = self.ctx, self.code, self.pdf, self.options()
        target, dpi = printing_qt.target_name(printer), printer.resolution()

        def job() -> list:
            guides.record_guide_print(ctx.db, ctx.actor, code, variant, english, target=target)
            return printing_qt.rasterise(pdf, dpi)

        call(ctx.runner, self, job, lambda images: self._paint(images, target), self._refused)

    def _paint(self, images: list, target: str) -> None:
        try:
            printing_qt.paint(self._printer, images)
        except printing_qt.PrintFailed as error:
            self.ui.message.setText(printing_qt.failure_message(error))
            self.ui.printButton.setEnabled(True)
            return
        self.ui.printButton.setEnabled(True)
        self.ui.message.setText(self.tr("已打印：%1").replace("%1", target))
        self.printed.emit(target)

    def save_pdf(self) -> None:
        path = ask_save_path(self, self.tr("保存办事指南"), f"{self.code}.pdf")
        if not path or self.pdf is None:
            return
        ctx, code, pdf, (variant, english) = self.ctx, self.code, self.pdf, self.options()

        def job() -> str:
            Path(path).write_bytes(pdf)
            guides.record_guide_print(ctx.db, ctx.actor, code, variant, english, target=path)
            return path

        call(ctx.runner, self, job,
             lambda p: self.ui.message.setText(self.tr("已保存：%1").replace("%1", p)),
             self._refused)  # fmt: skip


def open_guide(ctx: AppContext, code: str, parent: QWidget | None, variant: str = "a4",
               english: bool = False) -> GuidePreview:  # fmt: skip
    dialog = GuidePreview(ctx, code, variant, english, parent)
    dialog.resize(860, 980)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def current_matter_code(window) -> str | None:  # noqa: ANN001
    """The matter of the page the clerk is on (intake page or an application), if it says."""
    page = window.ui.tabs.currentWidget()
    if page is None:
        return None
    getter = getattr(page, "current_matter_code", None)
    if callable(getter):
        return getter()
    matter = getattr(page, "matter", None)
    code = getattr(matter, "code", None) or getattr(
        getattr(page, "detail", None), "matter_code", None
    )
    return code if isinstance(code, str) else None


def pick_and_preview(window) -> MatterPicker:  # noqa: ANN001
    ctx: AppContext = window.ctx
    picker = MatterPicker(ctx, current_matter_code(window), window)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        window.guide_preview = open_guide(ctx, picker.chosen(), window, *picker_options(picker))

    picker.accepted.connect(chosen)
    picker.open()
    window.guide_picker = picker
    return picker


def picker_options(picker: MatterPicker) -> tuple[str, bool]:
    return picker.variant.currentData(), picker.english.isChecked()


# --- batch -----------------------------------------------------------------------------------


class GuideBatchDialog(QDialog):
    """Whole catalogue or one department; runs in the background with progress and cancel."""

    finished_batch = Signal(object)  # guides.BatchResult or Refused

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_GuideBatchDialog()
        self.ui.setupUi(self)
        self.ui.departmentCombo.addItem(self.tr("全部事项"), None)
        variant_combo(self.ui.variantCombo)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始"))
        self.ui.buttons.accepted.connect(self.start)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.progress: QProgressDialog | None = None
        self.job = None
        call(ctx.runner, self, lambda: guides.departments(ctx.db), self._departments,
             lambda r: self.ui.message.setText(r.message))  # fmt: skip

    def _departments(self, rows: list[tuple[str, str]]) -> None:
        for code, name in rows:
            self.ui.departmentCombo.addItem(name, code)

    def _browse(self) -> None:
        path = ask_directory(self, self.tr("保存到文件夹"))
        if path:
            self.ui.dirEdit.setText(path)

    def start(self) -> None:
        out = self.ui.dirEdit.text().strip()
        if not out:
            self.ui.message.setText(self.tr("请选择保存的文件夹"))
            self.ui.dirEdit.setFocus()
            return
        ctx = self.ctx
        dept = self.ui.departmentCombo.currentData()
        variant = self.ui.variantCombo.currentData()
        english = self.ui.englishCheck.isChecked()
        self.progress = QProgressDialog(self.tr("正在生成办事指南…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("批量打印办事指南"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel)
        self.ui.buttons.setEnabled(False)

        def work(report) -> guides.BatchResult:  # noqa: ANN001
            return guides.render_all_guides(ctx.db, out, variant, dept, report, actor=ctx.actor,
                                            english=english)  # fmt: skip

        self.job = ctx.runner.run(work, self._done, self._failed, on_progress=self._progress)
        self.progress.show()

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress.wasCanceled():
            self.cancel()
        elif self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("正在生成办事指南 %1 / %2")
                                       .replace("%1", str(done)).replace("%2", str(total)))  # fmt: skip

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress = None
        self.ui.buttons.setEnabled(True)

    def _done(self, result: guides.BatchResult) -> None:
        self._close_progress()
        self.ctx.watcher.local_change()
        text = self.tr("已生成 %1 / %2 份办事指南（%3 秒），保存在 %4").replace(
            "%1", str(len(result.files))).replace("%2", str(result.total)).replace(
            "%3", f"{result.seconds:.1f}").replace("%4", self.ui.dirEdit.text())  # fmt: skip
        if result.cancelled:
            text = self.tr("已取消。") + text
        self.ui.message.setText(text)
        self.finished_batch.emit(result)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.ui.message.setText(message)
        self.finished_batch.emit(Refused(message, None, "Failed"))


def open_batch(window) -> GuideBatchDialog:  # noqa: ANN001
    dialog = GuideBatchDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.guide_batch = dialog
    return dialog


# --- feature module --------------------------------------------------------------------------


def install(window) -> None:  # noqa: ANN001
    from .catalogue_browser import open_browser

    ui = window.ui
    ui.actionPrintGuide.triggered.connect(lambda: pick_and_preview(window))
    ui.actionBatchGuides.triggered.connect(lambda: open_batch(window))
    ui.actionCatalogue.triggered.connect(lambda: open_browser(window))
    if window.ctx.actor.role != Role.ADMINISTRATOR:
        # Everyone reads the catalogue; the admin menu (and actionCatalogue) stays gated.
        # An explicit context: Qt Linguist files `window.tr()` under "window", Qt looks it up
        # under the window's class.
        text = QCoreApplication.translate("MainWindow", "事项目录（查阅）(&C)")
        read = QAction(text, window)
        read.setObjectName("actionCatalogueRead")
        read.triggered.connect(lambda: open_browser(window))
        ui.menuView.addAction(read)
        window.actionCatalogueRead = read
