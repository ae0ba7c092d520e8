"""The board's exports: the same board as an xlsx workbook or the daily report PDF, saved where
the supervisor chooses and written in the background (`services.exports.export_board`, audited).

A mixin of `board.BoardPage` (it reads the page's `ui`, `ctx`, `window`, `today` and `period`).
"""

from __future__ import annotations

from pathlib import Path

from ..services import exports
from . import dialogs
from .outcomes import Refused, call, write_file


class BoardExports:
    """Export (xlsx or pdf) with the buttons disabled meanwhile; a failure is the page's message."""

    def export(self, fmt: str) -> None:
        """Ask where to save, then export the board in the background (audited by the service)."""
        if self.exporting:
            return
        start, end = self.period()
        span = f"{start:%Y%m%d}" + ("" if end == start else f"-{end:%Y%m%d}")
        if fmt == "pdf":
            title, name = self.tr("导出日报 PDF"), self.tr("政务服务日报_%1.pdf")
            filters = self.tr("PDF 文件 (*.pdf)")
        else:
            title, name = self.tr("导出 Excel"), self.tr("督查看板_%1.xlsx")
            filters = self.tr("Excel 工作簿 (*.xlsx)")
        suggested = str(Path.home() / name.replace("%1", span))
        path = dialogs.save_file(self, title, suggested, filters)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.exporting = True
        self.ui.xlsxButton.setEnabled(False)
        self.ui.pdfButton.setEnabled(False)
        self.ui.busy.setText(self.tr("正在导出…"))
        ctx, as_of = self.ctx, self.today()
        cannot_write = self.tr("无法写入文件：%1").replace("%1", path)

        def job() -> str:
            result = exports.export_board(ctx.db, ctx.actor, fmt, start, end, on=as_of, target=path)
            write_file(path, result.content, cannot_write)
            return path

        call(ctx.runner, self, job, self._exported, self._export_failed)

    def _export_done(self) -> None:
        self.exporting = False
        self.ui.busy.clear()
        self.ui.xlsxButton.setEnabled(True)
        self.ui.pdfButton.setEnabled(True)

    def _exported(self, path: str) -> None:
        self._export_done()
        self._message("")
        self.window.show_status(self.tr("已导出：%1").replace("%1", path))

    def _export_failed(self, refused: Refused) -> None:
        self._export_done()
        self._message(refused.message)
