"""Random spot checks (双随机抽查, supervisors): draw a plan, see plans and picks, verify a draw,
record each object's result (`services.spot_checks`; the draw is `core.spot_checks`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name
from ..services import spot_checks as sc
from ..services.context import Role
from . import dialogs, i18n
from .code_fields import FieldMessages
from .context import AppContext
from .generated.ui_spot_checks import Ui_SpotChecksPage
from .label_names import SPOT_CHECK_POPULATIONS, SPOT_CHECK_RESULTS
from .outcomes import Refused, call
from .record_model import ALIGNMENT, FOREGROUND, RIGHT, RecordTableModel
from .registration import CATEGORY_NAMES

_OK, _BAD = "color: #1b5e20;", "color: #c62828;"


class PlansModel(RecordTableModel):
    """Rows are `spot_checks.PlanInfo`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("计划编号"), self.tr("抽取日期"), self.tr("抽查对象"), self.tr("对象总数"),
             self.tr("抽取数"), self.tr("已登记结果"), self.tr("抽取人")],
            parent,
        )  # fmt: skip
        self._populations = SPOT_CHECK_POPULATIONS.names()

    def cells(self, p: sc.PlanInfo) -> list[str]:
        return [
            p.number, p.drawn_on.isoformat(), self._populations[p.criteria.population],
            str(p.population_size), str(p.sample_size), f"{p.recorded}/{p.sample_size}",
            p.drawn_by,
        ]  # fmt: skip

    def style(self, p: sc.PlanInfo, column: int, role: int) -> object:
        if role == ALIGNMENT and 3 <= column <= 5:
            return RIGHT
        return None


class PicksModel(RecordTableModel):
    """Rows are `spot_checks.PickInfo`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("序号"), self.tr("统一社会信用代码/申请编号"), self.tr("名称"),
             self.tr("检查人员"), self.tr("结果"), self.tr("说明"), self.tr("登记日期")],
            parent,
        )  # fmt: skip
        self._results = SPOT_CHECK_RESULTS.names()
        self._problem = QBrush(QColor("#c62828"))

    def cells(self, p: sc.PickInfo) -> list[str]:
        return [
            str(p.position), p.key, p.name, self.tr("、").join(p.inspector_names),
            self._results[p.result] if p.result else self.tr("待检查"), p.note or "",
            p.result_on.isoformat() if p.result_on else "",
        ]  # fmt: skip

    def style(self, p: sc.PickInfo, column: int, role: int) -> object:
        if role == FOREGROUND and column == 4 and p.result == "problem":
            return self._problem
        return None


class SpotChecksPage(QWidget):
    loaded = Signal()
    done = Signal(object)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_SpotChecksPage()
        self.ui.setupUi(self)
        self.setObjectName("spot_checks")
        self.ctx, self.window = ctx, window
        self.selected: str | None = None
        ui = self.ui
        for key, name in SPOT_CHECK_POPULATIONS.names().items():
            ui.population.addItem(name, key)
        ui.category.addItem(self.tr("全部类别"), None)
        for code, label in CATEGORY_NAMES.items():
            ui.category.addItem(QCoreApplication.translate("RegistrationPage", label), code)
        ui.authority.addItem(self.tr("全部登记机关"), None)
        for code in ZHANJIANG_AUTHORITIES:
            ui.authority.addItem(f"{authority_name(code)}（{code}）", code)
        ui.sizeKind.addItem(self.tr("抽取数量"), "count")
        ui.sizeKind.addItem(self.tr("抽取比例 %"), "percent")
        for key, name in SPOT_CHECK_RESULTS.names().items():
            ui.result.addItem(name, key)
        today = QDate.currentDate()
        ui.dateFrom.setDate(today.addMonths(-1))
        ui.dateTo.setDate(today)
        self.plans, self.picks = PlansModel(self), PicksModel(self)
        for view, model, stretch in ((ui.plans, self.plans, 2), (ui.picks, self.picks, 2)):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.messages = FieldMessages(ui.message)
        self.messages.add("size", ui.size, ui.sizeError)
        self.messages.add("roles", ui.roleClerk, ui.rolesError)
        self.messages.add("date_from", ui.dateFrom, ui.datesError)
        self.messages.add("population", ui.population, ui.datesError)
        self.messages.add("note", ui.note, ui.noteError)
        ui.population.currentIndexChanged.connect(self._population_changed)
        ui.useDates.toggled.connect(self._dates_toggled)
        ui.size.returnPressed.connect(self.draw)
        ui.seed.returnPressed.connect(self.draw)
        ui.drawButton.clicked.connect(self.draw)
        ui.recordButton.clicked.connect(self.record)
        ui.note.returnPressed.connect(self.record)
        ui.verifyButton.clicked.connect(self.verify)
        ui.printButton.clicked.connect(self.save_notice)
        ui.plans.selectionModel().currentRowChanged.connect(lambda *_: self._plan_changed())
        self._dates_toggled(False)
        self._plan_shown(None)
        ctx.watcher.changed.connect(self.refresh)
        self.refresh()

    # --- the form --------------------------------------------------------------------------
    def _population_changed(self) -> None:
        enterprises = self.ui.population.currentData() == sc.ENTERPRISES
        self.ui.category.setEnabled(enterprises)
        self.ui.authority.setEnabled(enterprises)
        if not enterprises:
            self.ui.useDates.setChecked(True)

    def _dates_toggled(self, on: bool) -> None:
        self.ui.dateFrom.setEnabled(on)
        self.ui.dateTo.setEnabled(on)

    def criteria(self) -> sc.Criteria:
        ui = self.ui
        enterprises = ui.population.currentData() == sc.ENTERPRISES
        dates = ui.useDates.isChecked()
        return sc.Criteria(
            population=ui.population.currentData(),
            category=ui.category.currentData() if enterprises else None,
            authority_code=ui.authority.currentData() if enterprises else None,
            date_from=ui.dateFrom.date().toPython() if dates else None,
            date_to=ui.dateTo.date().toPython() if dates else None,
        )

    def roles(self) -> list[Role]:
        ui = self.ui
        boxes = ((ui.roleClerk, Role.CLERK), (ui.roleSupervisor, Role.SUPERVISOR),
                 (ui.roleAdmin, Role.ADMINISTRATOR))  # fmt: skip
        return [role for box, role in boxes if box.isChecked()]

    def draw(self) -> None:
        ui = self.ui
        self.messages.clear()
        ui.size.setAccessibleName(ui.sizeKind.currentText())  # its label is the kind chosen
        if not self.messages.require(("size",)):
            return
        text = ui.size.text().strip()
        by_count = ui.sizeKind.currentData() == "count"
        if by_count and not text.isdigit():
            self.messages.show("size", self.tr("抽取数量应为正整数"))
            return
        size = {"count": int(text)} if by_count else {"percent": text}
        ctx, criteria, roles, seed = self.ctx, self.criteria(), self.roles(), ui.seed.text()
        call(
            ctx.runner, self,
            lambda: sc.draw_plan(ctx.db, ctx.actor, criteria, inspector_roles=roles, seed=seed,
                                 **size),
            self._drawn, self._failed,
        )  # fmt: skip

    def _drawn(self, plan: sc.PlanInfo) -> None:
        self.selected = plan.number
        self.ui.seed.clear()
        self._say(
            _OK,
            self.tr("已生成抽查计划%1：从%2个对象中抽取%3个")
            .replace("%1", plan.number)
            .replace("%2", str(plan.population_size))
            .replace("%3", str(plan.sample_size)),
        )
        self.ctx.watcher.local_change()
        self.refresh()
        self.done.emit(plan)

    # --- plans and picks -------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        call(ctx.runner, self, lambda: sc.list_plans(ctx.db, ctx.actor), self._loaded,
             self._failed)  # fmt: skip

    def _loaded(self, plans: list[sc.PlanInfo]) -> None:
        self.plans.set_records(plans)
        numbers = [p.number for p in plans]
        if self.selected not in numbers:
            self.selected = numbers[0] if numbers else None
        if self.selected is not None:
            self.ui.plans.selectRow(numbers.index(self.selected))
        self._plan_shown(self.current_plan())
        self.loaded.emit()

    def current_plan(self) -> sc.PlanInfo | None:
        for plan in self.plans.records():
            if plan.number == self.selected:
                return plan
        return None

    def _plan_changed(self) -> None:
        row = self.ui.plans.currentIndex().row()
        records = self.plans.records()
        if 0 <= row < len(records) and records[row].number != self.selected:
            self.selected = records[row].number
            self._plan_shown(records[row])

    def _plan_shown(self, plan: sc.PlanInfo | None) -> None:
        ui = self.ui
        for widget in (ui.result, ui.note, ui.recordButton, ui.verifyButton, ui.printButton):
            widget.setEnabled(plan is not None)
        if plan is None:
            self.picks.set_records([])
            ui.planDetail.setText(self.tr("尚无抽查计划"))
            return
        row = ui.picks.currentIndex().row()
        self.picks.set_records(plan.picks)
        ui.picks.selectRow(max(row, 0))
        size = (self.tr("%1%（向上取整）").replace("%1", plan.percent) if plan.percent
                else str(plan.count))  # fmt: skip
        ui.planDetail.setText(
            self.tr("计划%1　抽取比例/数量：%2　随机种子：%3\n对象总数%4，摘要 %5\n检查人员名单：%6")
            .replace("%1", plan.number)
            .replace("%2", size)
            .replace("%3", plan.seed)
            .replace("%4", str(plan.population_size))
            .replace("%5", plan.population_digest[:16])
            .replace("%6", ", ".join(plan.inspector_pool))
        )  # fmt: skip

    # --- results and verification ----------------------------------------------------------
    def current_pick(self) -> sc.PickInfo | None:
        row = self.ui.picks.currentIndex().row()
        records = self.picks.records()
        return records[row] if 0 <= row < len(records) else None

    def record(self) -> None:
        self.messages.clear()
        pick, plan = self.current_pick(), self.selected
        if pick is None or plan is None:
            self._say(_BAD, self.tr("请先选择一个抽查对象"))
            return
        ctx, result, note = self.ctx, self.ui.result.currentData(), self.ui.note.text()
        call(
            ctx.runner, self,
            lambda: sc.record_result(ctx.db, ctx.actor, plan, pick.key, result, note),
            self._recorded, self._failed,
        )  # fmt: skip

    def _recorded(self, pick: sc.PickInfo) -> None:
        self.ui.note.clear()
        self._say(
            _OK,
            self.tr("已登记%1的检查结果：%2")
            .replace("%1", pick.key)
            .replace("%2", SPOT_CHECK_RESULTS.name(pick.result or "")),
        )
        self.ctx.watcher.local_change()
        self.refresh()
        self.done.emit(pick)

    def verify(self) -> None:
        self.messages.clear()
        ctx, plan = self.ctx, self.selected
        if plan is None:
            return
        call(ctx.runner, self, lambda: sc.verify_plan(ctx.db, ctx.actor, plan), self._verified,
             self._failed)  # fmt: skip

    def _verified(self, check: sc.Verification) -> None:
        if check.ok and check.frozen:
            text = self.tr("复核一致：按计划%1抽取时保存的对象名单和种子重新抽取，结果与保存的相同")
        elif check.ok:
            text = self.tr("复核一致：按计划%1的条件和种子重新抽取，结果与保存的相同")
        elif not check.population_matches and check.frozen:
            text = self.tr("复核不一致：计划%1保存的对象名单与公示的对象总数或摘要不符")
        elif not check.population_matches:
            text = self.tr("复核不一致：计划%1的抽查对象范围已变化（现有%2个对象）")
        else:
            text = self.tr("复核不一致：计划%1保存的抽取结果与重新抽取的不同")
        text = text.replace("%1", check.number).replace("%2", str(check.population_size))
        if check.frozen and not check.register_matches:  # information, not a failure of the draw
            text += self.tr("。另：抽取后登记簿已有变化，现按同一条件有%1个对象，不影响本次抽取"
                            ).replace("%1", str(check.register_size))  # fmt: skip
        self._say(_OK if check.ok else _BAD, text)
        self.done.emit(check)

    def save_notice(self) -> None:
        """Ask where to save the plan's public notice (公示), then write it in the background."""
        plan = self.selected
        if plan is None:
            return
        suggested = str(Path.home() / self.tr("双随机抽查公示_%1.pdf").replace("%1", plan))
        path = dialogs.save_file(
            self, self.tr("保存公示 PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        path = path if path.lower().endswith(".pdf") else f"{path}.pdf"
        ctx, lang = self.ctx, i18n.short()

        def job() -> str:
            Path(path).write_bytes(sc.notice_pdf(ctx.db, ctx.actor, plan, lang=lang))
            return path

        call(ctx.runner, self, job, self._saved, self._failed)

    def _saved(self, path: str) -> None:
        self._say(_OK, self.tr("公示文件已保存：%1").replace("%1", path))
        self.done.emit(path)

    def _say(self, style: str, text: str) -> None:
        self.ui.message.setStyleSheet(style)
        self.ui.message.setText(text)

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet(_BAD)
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)


def open_spot_checks(window) -> SpotChecksPage:  # noqa: ANN001
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == "spot_checks":
            window.ui.tabs.setCurrentIndex(index)
            return widget
    page = SpotChecksPage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("SpotChecksPage", "双随机抽查"))
    page.ui.size.setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionSpotChecks.triggered.connect(lambda: open_spot_checks(window))
