"""Audit verification (administrators): walk the keyed hash chain in a worker with a progress
bar, then show the result: every event checked, or each broken row with what is wrong
(`services.audit_verify.verify_database`, the same walk as `window-app audit verify`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..services import audit_verify
from .context import AppContext
from .generated.ui_audit_admin import Ui_AuditPage


class AuditPage(QWidget):
    verified = Signal(object)  # audit_verify.VerifyResult, or the refusal's message (str)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.setObjectName("audit_admin")
        self.ctx, self.window = ctx, window
        ui = self.ui
        ui.breaks.setColumnCount(2)
        ui.breaks.setHorizontalHeaderLabels([self.tr("记录号"), self.tr("问题")])
        ui.breaks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.breaks.verticalHeader().setVisible(False)
        ui.breaks.setVisible(False)
        ui.layout.addStretch(1)  # the page's top holds together while there is no table
        ui.layout.setStretchFactor(ui.breaks, 100)
        ui.progress.setVisible(False)
        ui.verifyButton.clicked.connect(self.verify)

    def verify(self) -> None:
        ui, ctx = self.ui, self.ctx
        ui.verifyButton.setEnabled(False)
        ui.progress.setVisible(True)
        ui.progress.setRange(0, 0)  # busy until the first report gives the total
        ui.result.setStyleSheet("")
        ui.result.setText(self.tr("正在校验…"))
        ui.breaks.setVisible(False)
        ctx.runner.run(
            lambda report: audit_verify.verify_database(ctx.db, progress=report),
            self._done, self._failed, on_progress=self._progress,
        )  # fmt: skip

    def _progress(self, done: int, total: int) -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)
        self.ui.result.setText(
            self.tr("正在校验：%1 / %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _done(self, result: audit_verify.VerifyResult) -> None:
        ui = self.ui
        ui.verifyButton.setEnabled(True)
        ui.progress.setRange(0, max(result.events, 1))
        ui.progress.setValue(max(result.events, 1))
        if result.ok:
            ui.result.setStyleSheet("color: #1b5e20; font-size: 13pt;")
            ui.result.setText(
                self.tr("校验通过：%1条审计记录完整，未发现修改、删除或插入。").replace(
                    "%1", str(result.events)
                )
            )
        else:
            ui.result.setStyleSheet("color: #c62828; font-size: 13pt; font-weight: bold;")
            ui.result.setText(
                self.tr("校验未通过：%1条记录中发现%2处问题（见下表）。请保全数据库与密钥文件并上报。")
                .replace("%1", str(result.events)).replace("%2", str(len(result.breaks)))
            )  # fmt: skip
            ui.breaks.setRowCount(len(result.breaks))
            for row, item in enumerate(result.breaks):
                ui.breaks.setItem(row, 0, QTableWidgetItem(str(item.event_id)))
                ui.breaks.setItem(row, 1, QTableWidgetItem(item.problem))
            ui.breaks.setVisible(True)
        self.verified.emit(result)

    def _failed(self, message: str) -> None:
        ui = self.ui
        ui.verifyButton.setEnabled(True)
        ui.progress.setVisible(False)
        ui.result.setStyleSheet("color: #c62828; font-size: 13pt;")
        ui.result.setText(message)
        self.verified.emit(message)
