"""电子档案 on the application's page (issue 19): the scanned pages of each checklist item with
who attached them and when, and attaching more from a file (a scanner's folder) or one page
from a SANE scanner. Every rule is `services.case_file`'s."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..services import case_file, material_reuse
from . import dialogs
from .context import AppContext
from .generated.ui_case_file_panel import Ui_CaseFilePanel
from .outcomes import Refused, call


class CaseFilePanel(QWidget):
    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseFilePanel()
        self.ui.setupUi(self)
        self.ctx, self.number = ctx, number
        self.loading = self.busy = False
        self.records: list[case_file.Scan] = []
        table = self.ui.scans
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(
            [self.tr("材料"), self.tr("文件名"), self.tr("类型"), self.tr("大小"),
             self.tr("来源"), self.tr("附加人及时间"), self.tr("SHA-256")]
        )  # fmt: skip
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._sources = {"file": self.tr("文件"), "folder": self.tr("扫描文件夹"),
                         "scanner": self.tr("扫描仪"), "reuse": self.tr("复用")}  # fmt: skip
        self.offers: list = []
        can_attach = ctx.actor.role in case_file.ATTACH_ROLES
        for button in (self.ui.fileButton, self.ui.scanButton):
            button.setVisible(can_attach)
        self.ui.material.setVisible(can_attach)
        self.ui.materialLabel.setVisible(can_attach)
        self.ui.fileButton.clicked.connect(self.attach_file)
        self.ui.scanButton.clicked.connect(self.scan_page)
        self.ui.reuseButton.clicked.connect(self.reuse_all)
        self.ui.reuseButton.setVisible(False)

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        db, actor, number = self.ctx.db, self.ctx.actor, self.number
        can_attach = actor.role in case_file.ATTACH_ROLES
        call(self.ctx.runner, self,
             lambda: (case_file.checklist_items(db, actor, number),
                      case_file.scans(db, actor, number),
                      material_reuse.offers(db, actor, number) if can_attach else []),
             self._show, self._failed)  # fmt: skip

    def _show(self, result: tuple) -> None:
        self.loading = False
        items, self.records, self.offers = result
        self.ui.reuseButton.setVisible(bool(self.offers))
        self.ui.offers.setText(
            self.tr("申请人此前已提交、仍在有效期内：%1（可复用，无需再次提交）").replace(
                "%1", "、".join(f"{o.material}（{o.from_application}）" for o in self.offers))
            if self.offers else ""
        )  # fmt: skip
        current = self.ui.material.currentData()
        self.ui.material.clear()
        for key, name in items:
            self.ui.material.addItem(name, key)
        if current is not None:
            self.ui.material.setCurrentIndex(max(0, self.ui.material.findData(current)))
        table = self.ui.scans
        table.setRowCount(len(self.records))
        for row, s in enumerate(self.records):
            cells = [s.material, s.filename, s.media_type, f"{s.size:,}",
                     self._sources.get(s.source, s.source),
                     f"{s.attached_by} {s.attached_at:%Y-%m-%d %H:%M}", s.sha256]  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def _failed(self, refused: Refused) -> None:
        self.loading = self.busy = False
        self.ui.message.setText(refused.message)

    def _run(self, fn) -> None:  # noqa: ANN001
        if self.busy:
            return
        self.busy = True
        self.ui.message.clear()

        def done(hashes: list[str]) -> None:
            self.busy = False
            self.ui.message.setText(self.tr("已附加%1个文件").replace("%1", str(len(hashes))))
            self.ctx.watcher.local_change()
            self.reload()

        call(self.ctx.runner, self, fn, done, self._failed)

    def attach_file(self) -> None:
        key = self.ui.material.currentData()
        path = dialogs.open_file(self, self.tr("选择扫描件"),
                                 self.tr("图像或PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"))  # fmt: skip
        if key is None or not path:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.number
        self._run(lambda: case_file.attach(db, actor, number, key,
                                           [(Path(path).name, Path(path).read_bytes())]))  # fmt: skip

    def reuse_all(self) -> None:
        db, actor, number = self.ctx.db, self.ctx.actor, self.number
        keys = [o.material_key for o in self.offers]
        self._run(lambda: [material_reuse.reuse(db, actor, number, k).from_application
                           for k in keys])  # fmt: skip

    def scan_page(self) -> None:
        key = self.ui.material.currentData()
        if key is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.number
        self._run(lambda: [case_file.scan(db, actor, number, key)])
