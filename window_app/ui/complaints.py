"""投诉登记: the complaint register (work plan item 6), from the 投诉 menu (Ctrl+T).

Left, the list (open ones by reply deadline with the deadline light in words and colour; a
filter for open / overdue / all; the complainant's phone masked) and the actions on the
selected complaint: 转办 (the supervisor picks a handler account, a clerk or supervisor shown
by display name and username, and optionally the department), 答复 (the reply and the
complainant's satisfaction: the assigned handler or a supervisor), 不属实关闭 (the supervisor,
with the reason). 导出Excel / 导出PDF (supervisors) write the complaints received in a period to an
xlsx workbook or the A4 投诉登记表 off the UI thread, the phone masked
(`services.complaint_export`). Right, the
form to register one, keyboard first (Ctrl+Enter registers): a refused value gets its message
beside the field and everything typed stays. Every rule is the services' (`services.complaints`);
every call runs off the UI thread. The dialogs are in `ui/complaint_dialogs.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..core.complaints import REPLY_DAYS
from ..services import complaint_export, complaints
from ..services.complaints import ComplaintForm, ComplaintInfo, HandlerChoice
from . import columns, dialogs, label_names, lights
from .action_list import ActionListPage, open_page
from .code_fields import FieldMessages
from .complaint_dialogs import AnswerDialog, AssignDialog, ExportDialog, account
from .context import AppContext
from .generated.ui_complaints import Ui_ComplaintsPage
from .outcomes import Refused, call, write_file
from .processing_dialogs import ReasonDialog
from .record_model import BACKGROUND, FOREGROUND, TOOLTIP, RecordTableModel

PAGE_NAME = "complaints"
LIGHT_COLUMN = 9
FORM_FIELDS = (
    "received_at", "channel", "name", "phone", "application", "window", "category", "content",
)  # fmt: skip


class ComplaintsModel(RecordTableModel):
    """Rows are `services.complaints.ComplaintInfo`s in the services' order."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("编号"), self.tr("接收时间"), self.tr("渠道"), self.tr("投诉人"),
                self.tr("联系电话"), self.tr("涉及"), self.tr("类别"), self.tr("状态"),
                self.tr("答复期限"), self.tr("时限"),
            ],
            parent,
        )  # fmt: skip
        self._lights = lights.brushes()
        self._channels = label_names.COMPLAINT_CHANNELS.names()
        self._categories = label_names.COMPLAINT_CATEGORIES.names()
        self._states = label_names.COMPLAINT_STATES.names()
        self._provisional = self.tr("（暂定）")
        self._none = self.tr("—")

    def cells(self, c: ComplaintInfo) -> list[str]:
        light = self._lights.get(c.light or "")
        concerns = c.application_number or (
            self.tr("窗口%1").replace("%1", c.window) if c.window else self._none
        )
        return [
            str(c.id),
            f"{c.received_at:%Y-%m-%d %H:%M}",
            self._channels.get(c.channel, c.channel),
            c.complainant,
            c.phone_masked,
            concerns,
            self._categories.get(c.category, c.category),
            self._states.get(c.state, c.state),
            c.reply_deadline.isoformat() + (self._provisional if c.deadline_provisional else ""),
            light[0] if light else self._none,
        ]

    def number(self, c: ComplaintInfo) -> str:
        return str(c.id)

    def style(self, c: ComplaintInfo, column: int, role: int) -> object:
        if column == LIGHT_COLUMN and (light := self._lights.get(c.light or "")):
            return {BACKGROUND: light[1], FOREGROUND: light[2]}.get(role)
        if column == 3 and role == TOOLTIP:
            return c.content
        return None


class ComplaintsPage(ActionListPage):
    """投诉登记: the register's list, the supervisor's actions and the form to register one."""

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_ComplaintsPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.model = ComplaintsModel(self)
        self.start(ctx, window)
        columns.fit_once(self.ui.table, 3)
        role = ctx.actor.role
        self.can_register = role in complaints.REGISTER_ROLES
        self.can_handle = role in complaints.HANDLE_ROLES
        self.can_reveal = role in complaints.REVEAL_ROLES
        self.can_export = role in complaint_export.EXPORT_ROLES
        self.handlers: list[HandlerChoice] = []
        self.registering = False
        self.exporting = False
        ui = self.ui
        ui.subtitle.setText(
            self.tr("答复期限：接收次日起%1个工作日").replace("%1", str(REPLY_DAYS))
        )
        for code, label in (
            ("open", self.tr("未办结")), ("overdue", self.tr("已超期")), ("all", self.tr("全部")),
        ):  # fmt: skip
            ui.filter.addItem(label, code)
        for code, label in label_names.COMPLAINT_CHANNELS.names().items():
            ui.channel.addItem(label, code)
        for code, label in label_names.COMPLAINT_CATEGORIES.names().items():
            ui.category.addItem(label, code)
        self.messages = FieldMessages(ui.formMessage)
        for field, editor in zip(FORM_FIELDS, (
            ui.receivedAt, ui.channel, ui.name, ui.phone, ui.application, ui.window,
            ui.category, ui.content,
        ), strict=True):  # fmt: skip
            self.messages.add(field, editor, getattr(ui, f"{editor.objectName()}Error"))
        ui.content.textChanged.connect(lambda: self.messages.clear("content"))
        ui.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.registerButton.clicked.connect(self.register)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.assignButton.clicked.connect(self.assign)
        ui.answerButton.clicked.connect(self.answer)
        ui.closeButton.clicked.connect(self.close_unfounded)
        ui.phoneButton.clicked.connect(self.reveal_phone)
        ui.exportButton.clicked.connect(lambda: self.export("xlsx"))
        ui.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, ui.formBox)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.register)
        ui.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        if not self.can_handle:
            tip = self.tr("转办和关闭须由督查（科室负责人）办理")
            for button in (ui.assignButton, ui.closeButton):
                button.setToolTip(tip)
            ui.answerButton.setToolTip(self.tr("答复须由承办人或督查办理"))
        if not self.can_export:
            for button in (ui.exportButton, ui.exportPdfButton):
                button.setToolTip(self.tr("导出须由督查办理"))
        ui.formBox.setEnabled(self.can_register)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        # the received time follows the clock until the clerk changes it (a letter that came in
        # earlier): a form cleared hours ago must not register its old "now"
        self._time_set_by_clerk = False
        ui.receivedAt.dateTimeChanged.connect(self._time_changed)
        self.clear_form()
        self.set_buttons()

    # --- the list ----------------------------------------------------------------------------
    def which(self) -> str:
        return self.ui.filter.currentData()

    def fetch(self) -> Callable[[], tuple[list[ComplaintInfo], list[HandlerChoice]]]:
        """The list, and for a supervisor the accounts to assign to (read with it, so the
        assign dialog opens at once with the current accounts)."""
        db, actor, which, can_handle = self.ctx.db, self.ctx.actor, self.which(), self.can_handle
        return lambda: (
            complaints.list_complaints(db, which=which),
            complaints.assignable_handlers(db, actor) if can_handle else [],
        )

    def show_records(self, loaded: tuple[list[ComplaintInfo], list[HandlerChoice]]) -> None:
        records, self.handlers = loaded
        self.model.set_records(records)
        found = [c.light for c in records]
        self.ui.summary.setText(
            self.tr("共%1件　临近期限%2件　超期%3件")
            .replace("%1", str(len(records)))
            .replace("%2", str(found.count("yellow")))
            .replace("%3", str(found.count("red")))
        )

    def set_buttons(self) -> None:
        chosen = self.current()
        can = chosen is not None and not self.busy and self.can_handle and chosen.is_open
        self.ui.assignButton.setEnabled(can)
        self.ui.closeButton.setEnabled(can)
        self.ui.answerButton.setEnabled(
            chosen is not None and not self.busy and chosen.may_answer(self.ctx.actor)
        )
        self.ui.phoneButton.setEnabled(chosen is not None and self.can_reveal)
        for button in (self.ui.exportButton, self.ui.exportPdfButton):
            button.setEnabled(self.can_export and not self.exporting)
        self._show_detail()

    def _show_detail(self) -> None:
        c = self.current()
        if c is None:
            self.ui.detail.clear()
            return
        lines = [self.tr("投诉内容：%1").replace("%1", c.content)]
        if c.clerk:
            lines.append(self.tr("涉及窗口人员：%1").replace("%1", c.clerk))
        if c.handler_id is not None:
            handler = account(c.handler_name or "", c.handler_username or "")
            lines.append(self.tr("承办人：%1").replace("%1", handler))
            if c.handler_department:
                lines.append(self.tr("承办科室：%1").replace("%1", c.handler_department))
        elif c.handler:
            lines.append(self.tr("承办人（原登记，未关联账号）：%1").replace("%1", c.handler))
        if c.reply:
            lines.append(
                self.tr("答复（%1，%2）：%3")
                .replace("%1", c.answered_on.isoformat() if c.answered_on else "")
                .replace("%2", label_names.SATISFACTION.name(c.satisfaction or ""))
                .replace("%3", c.reply)
            )
        if c.close_reason:
            lines.append(
                self.tr("不属实关闭（%1）：%2")
                .replace("%1", c.closed_on.isoformat() if c.closed_on else "")
                .replace("%2", c.close_reason)
            )
        self.ui.detail.setText("\n".join(lines))

    # --- registering -------------------------------------------------------------------------
    def form(self) -> ComplaintForm:
        ui = self.ui
        return ComplaintForm(
            channel=ui.channel.currentData(), name=ui.name.text(), phone=ui.phone.text(),
            category=ui.category.currentData(), content=ui.content.toPlainText(),
            application_number=ui.application.text(), window_number=ui.window.text(),
            received_at=self._received_at(),
        )  # fmt: skip

    def _time_changed(self, _when: QDateTime) -> None:
        self._time_set_by_clerk = True

    def _show_now(self) -> None:
        now = QDateTime.currentDateTime()
        # whole seconds: Qt's clock reads up to a millisecond ahead of Python's, and the service
        # refuses a time later than its own now (and stores whole seconds anyway)
        now = now.addMSecs(-now.time().msec())
        editor = self.ui.receivedAt
        editor.blockSignals(True)  # the clock's change, not the clerk's
        editor.setMaximumDateTime(now.addSecs(60))
        editor.setDateTime(now)
        editor.blockSignals(False)

    def _received_at(self) -> datetime:
        if not self._time_set_by_clerk:
            self._show_now()
        return self.ui.receivedAt.dateTime().toPython()

    def has_unsaved_input(self) -> bool:
        ui = self.ui
        return any(
            (ui.name.text().strip(), ui.phone.text().strip(), ui.content.toPlainText().strip(),
             ui.application.text().strip(), ui.window.text().strip())
        )  # fmt: skip

    def register(self) -> None:
        if self.registering or not self.can_register:
            return
        self.messages.clear()
        if not self.messages.require(("name", "phone", "content")):
            return  # each empty one named beside it, the focus on the first
        self.registering = True
        self.ui.registerButton.setEnabled(False)
        ctx, form = self.ctx, self.form()
        call(
            ctx.runner, self, lambda: complaints.register_complaint(ctx.db, ctx.actor, form),
            self._registered, self._register_refused,
        )  # fmt: skip

    def _registered(self, info: ComplaintInfo) -> None:
        self.registering = False
        self.ui.registerButton.setEnabled(True)
        self.ctx.watcher.local_change()
        self.ui.result.setText(
            self.tr("已登记投诉%1（%2）　答复期限 %3")
            .replace("%1", str(info.id))
            .replace("%2", info.complainant)
            .replace("%3", info.reply_deadline.isoformat())
        )
        self.window.show_status(self.tr("已登记投诉%1").replace("%1", str(info.id)))
        self.clear_form()
        self.refresh()
        self.acted.emit(info)

    def _register_refused(self, refused: Refused) -> None:
        self.registering = False
        self.ui.registerButton.setEnabled(True)
        self.messages.show(refused.field, refused.message)  # everything typed stays
        self.refused.emit(refused.message)

    def clear_form(self) -> None:
        ui = self.ui
        self.messages.clear()
        for editor in (ui.name, ui.phone, ui.application, ui.window):
            editor.clear()
        ui.content.clear()
        ui.channel.setCurrentIndex(0)
        ui.category.setCurrentIndex(0)
        self._show_now()
        self._time_set_by_clerk = False

    # --- the supervisor's actions ------------------------------------------------------------
    def _intro(self, c: ComplaintInfo) -> str:
        return (
            self.tr("投诉%1：%2（%3）")
            .replace("%1", str(c.id))
            .replace("%2", c.complainant)
            .replace("%3", label_names.COMPLAINT_CATEGORIES.name(c.category))
        )

    def assign(self) -> AssignDialog | None:
        c = self.current()
        if c is None or self.busy or not self.can_handle:
            return None
        ctx, complaint_id = self.ctx, c.id
        dialog = AssignDialog(self._intro(c), self.handlers, c, self)

        def submit(values: dict) -> None:
            handler_id, department = values["handler_id"], values["department"]
            self._run(
                self.tr("正在转办…"),
                lambda: complaints.assign_complaint(
                    ctx.db, ctx.actor, complaint_id, handler_id, department=department
                ),
                self._acted(self.tr("投诉%1已转办：%2"), "handler_username"),
            )

        return self._open_dialog(dialog, submit)

    def answer(self) -> AnswerDialog | None:
        c = self.current()
        if c is None or self.busy or not c.may_answer(self.ctx.actor):
            return None
        ctx, complaint_id = self.ctx, c.id
        dialog = AnswerDialog(self._intro(c), self)

        def submit(values: dict) -> None:
            reply, satisfaction = values["reply"], values["satisfaction"]
            self._run(
                self.tr("正在保存答复…"),
                lambda: complaints.answer_complaint(
                    ctx.db, ctx.actor, complaint_id, reply, satisfaction
                ),
                self._acted(self.tr("投诉%1已答复：%2"), "satisfaction"),
            )

        return self._open_dialog(dialog, submit)

    def close_unfounded(self) -> ReasonDialog | None:
        c = self.current()
        if c is None or self.busy or not self.can_handle:
            return None
        ctx, complaint_id = self.ctx, c.id
        dialog = ReasonDialog(
            self.tr("投诉不属实，关闭"), self._intro(c), self.tr("关闭理由(&R)"), self
        )

        def submit(values: dict) -> None:
            reason = values["reason"]
            self._run(
                self.tr("正在关闭…"),
                lambda: complaints.close_complaint(ctx.db, ctx.actor, complaint_id, reason),
                self._acted(self.tr("投诉%1已关闭：%2"), "close_reason"),
            )

        return self._open_dialog(dialog, submit)

    def reveal_phone(self) -> None:
        """The complainant's full phone (to call back), for a reason the audit trail keeps."""
        c = self.current()
        if c is None or not self.can_reveal:
            return
        reason = dialogs.get_text(
            self, self.tr("显示完整电话"), self.tr("查看理由（将记入审计日志）：")
        )
        if not reason:
            return
        ctx, complaint_id, name = self.ctx, c.id, c.complainant
        call(
            ctx.runner, self,
            lambda: complaints.reveal_complainant_phone(ctx.db, ctx.actor, complaint_id, reason),
            lambda phone: self.ui.result.setText(
                self.tr("投诉人%1的电话：%2").replace("%1", name).replace("%2", phone)
            ),
            self._show_refused,
        )  # fmt: skip

    # --- the export ---------------------------------------------------------------------------
    def export(self, fmt: str = "xlsx") -> ExportDialog | None:
        """Ask for the period, then where to save the workbook (xlsx) or the A4 register (pdf);
        the export runs in the background (audited by the service)."""
        if self.exporting or not self.can_export:
            return None
        dialog = ExportDialog(date.today(), self)
        dialog.accepted.connect(lambda: self._export(*dialog.period(), fmt))
        dialog.open()
        return dialog

    def _export(self, start: date, end: date, fmt: str = "xlsx") -> None:
        span = f"{start:%Y%m%d}" + ("" if end == start else f"-{end:%Y%m%d}")
        suggested = str(Path.home() / self.tr("投诉登记_%1").replace("%1", span)) + f".{fmt}"
        title, kind = (
            (self.tr("导出 PDF"), self.tr("PDF 文件 (*.pdf)"))
            if fmt == "pdf"
            else (self.tr("导出 Excel"), self.tr("Excel 工作簿 (*.xlsx)"))
        )
        path = dialogs.save_file(self, title, suggested, kind)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.exporting = True
        self.set_buttons()
        self.ui.busy.setText(self.tr("正在导出…"))
        ctx = self.ctx
        cannot_write = self.tr("无法写入文件：%1").replace("%1", path)

        def job() -> tuple[str, int]:
            result = complaint_export.export_complaints(
                ctx.db, ctx.actor, fmt, start, end, target=path
            )
            write_file(path, result.content, cannot_write)
            return path, result.count

        call(ctx.runner, self, job, self._exported, self._export_failed)

    def _export_done(self) -> None:
        self.exporting = False
        self.ui.busy.clear()
        self.set_buttons()

    def _exported(self, done: tuple[str, int]) -> None:
        self._export_done()
        path, count = done
        self.ui.message.clear()
        self.ui.result.setText(
            self.tr("已导出%1件投诉：%2").replace("%1", str(count)).replace("%2", path)
        )
        self.window.show_status(self.tr("已导出：%1").replace("%1", path))

    def _export_failed(self, refused: Refused) -> None:
        self._export_done()
        self._show_refused(refused)

    def _acted(self, text: str, attribute: str) -> Callable[[ComplaintInfo], None]:
        def then(info: ComplaintInfo) -> None:
            value = getattr(info, attribute) or ""
            if attribute == "satisfaction":
                value = label_names.SATISFACTION.name(value)
            elif attribute == "handler_username":
                value = account(info.handler_name or "", value)
            self.ui.result.setText(text.replace("%1", str(info.id)).replace("%2", value))
            self.refresh()

        return then


def open_complaints(window) -> ComplaintsPage:  # noqa: ANN001
    """Show the register (one per window), refreshed."""
    page = open_page(
        window, PAGE_NAME, lambda: ComplaintsPage(window.ctx, window),
        QCoreApplication.translate("ComplaintsPage", "投诉登记"),
    )  # fmt: skip
    if page.can_register:  # the register's first field, where a clerk starts typing
        page.ui.channel.setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionComplaints.triggered.connect(lambda: open_complaints(window))
