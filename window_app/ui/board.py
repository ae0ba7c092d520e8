"""The supervisor's board: the measures of a day or a range, broken down, charted and exported.

Every number comes from one `services.metrics.board()` call run in the background; the page
only lays them out, each rate with its numerator, denominator and definition. It refreshes by
itself (debounced) when any window writes (`ctx.watcher.changed`), and exports the same board
as xlsx or the daily report PDF through `services.exports.export_board`.

The cards are `board_cards`, the charts `board_charts`, the tables' models `board_models`, and
the exports a mixin of their own (`board_exports`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import board_definitions, board_results, metrics
from . import columns, i18n, lights
from .board_cards import COUNT_CARDS, GRID_COLUMNS, RATE_CARDS, Card
from .board_charts import RatesChart, VolumeChart
from .board_exports import BoardExports
from .board_models import (
    NUMBER_ROLE,
    SORT_ROLE,
    AlertTableModel,
    BackOfficeModel,
    MeasureTableModel,
    QueueTableModel,
    rate_text,
)  # fmt: skip
from .context import AppContext
from .generated.ui_board import Ui_BoardPage
from .outcomes import Refused, call
from .steps import Steps

PAGE_NAME = "supervisor-board"
DEBOUNCE_MS = 100  # several writes in a burst make one query


class BoardPage(BoardExports, QWidget):
    loaded = Signal(object)  # board_results.Board

    def _fit_to_screen(self) -> None:
        """The exports sit on the complaints' line: one row of dates, shortcuts and exports
        was wider than 1280 px with text at 150% (issue 14)."""
        ui = self.ui
        for button in (ui.xlsxButton, ui.pdfButton):
            ui.rangeRow.removeWidget(button)
        index = ui.layout.indexOf(ui.complaints)
        ui.layout.removeWidget(ui.complaints)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(ui.complaints)
        row.addStretch(1)
        row.addWidget(ui.xlsxButton)
        row.addWidget(ui.pdfButton)
        ui.layout.insertLayout(index, row)
        ui.updated.setMinimumWidth(0)
        policy = ui.updated.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        ui.updated.setSizePolicy(policy)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_BoardPage()
        self.ui.setupUi(self)
        self._fit_to_screen()
        self.setObjectName(PAGE_NAME)
        self.ctx, self.window = ctx, window
        self.today: Callable[[], date] = date.today  # tests fix the day
        self.result: board_results.Board | None = None
        self.loading = False
        self.exporting = False
        self._again = False
        self._load_failed = False
        self.updated_at: datetime | None = None
        self.lang = i18n.short()  # the installed language (the setting or --lang)
        self.definitions = board_definitions.DEFINITIONS
        # 超期整改N is a link (mouse or Tab + Enter) to the overdue cases themselves
        self.ui.hallFigures.setTextFormat(Qt.TextFormat.RichText)
        self.ui.hallFigures.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.ui.hallFigures.linkActivated.connect(lambda _href: self.open_overdue_cases())
        self._cards()
        self._tables()
        self.volume_chart = VolumeChart(self)
        self.rates_chart = RatesChart(self)
        for chart in (self.volume_chart, self.rates_chart):
            self.ui.chartsLayout.addWidget(chart)
        self.ui.horizontalSplitter.setStretchFactor(0, 1)
        self.ui.horizontalSplitter.setStretchFactor(1, 1)
        self.ui.horizontalSplitter.setSizes([760, 840])
        self.ui.message.setVisible(False)
        self.ui.verticalSplitter.setStretchFactor(0, 1)
        self.ui.verticalSplitter.setStretchFactor(1, 1)

        self.steps = Steps(self)
        # The first show lays out and paints the page in three event-loop turns (header and
        # cards, then the breakdown tables, then the alerts and charts): as one, it was the
        # longest the UI thread was busy at start (bench: ui_thread_max_ms).
        self._unrevealed = [self.ui.breakdownTabs, self.ui.horizontalSplitter]
        for part in self._unrevealed:
            part.setVisible(False)
        self.reveal = Steps(self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        ctx.watcher.changed.connect(self.debounce.start)
        self.ui.fromDate.dateChanged.connect(lambda _d: self.debounce.start())
        self.ui.toDate.dateChanged.connect(lambda _d: self.debounce.start())
        self.ui.todayButton.clicked.connect(self.show_today)
        self.ui.weekButton.clicked.connect(self.show_week)
        self.ui.monthButton.clicked.connect(self.show_month)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.xlsxButton.clicked.connect(lambda: self.export("xlsx"))
        self.ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        self.set_range(self.today(), self.today())

    kept_when_closed = True  # main_window: its tab's closing keeps the page for the next opening

    def tab_closed(self) -> None:
        """Kept closed: no longer listening to the hall's changes (the watcher then stops
        reading the hall's counter for it, ui.context.ChangeWatcher.names)."""
        self.debounce.stop()
        self.ctx.watcher.changed.disconnect(self.debounce.start)

    def reopened(self) -> None:
        """Shown again as a new board would be: listening, today's, refreshed."""
        self.ctx.watcher.changed.connect(self.debounce.start)
        self.show_today()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if self._unrevealed and not self.reveal.running:
            parts, self._unrevealed = self._unrevealed, []
            self.reveal.run([lambda: None, *(part.show for part in parts)])  # from the next turn

    # --- building -------------------------------------------------------------------------
    def _cards(self) -> None:
        grid = self.ui.cardsGrid
        self.cards: dict[str, Card] = {}
        for column in range(GRID_COLUMNS):
            grid.setColumnStretch(column, 1)
        for i, name in enumerate(COUNT_CARDS):
            card = self._card(name)
            grid.addWidget(card, 0, i * 5, 1, 5)
        for i, name in enumerate(RATE_CARDS):
            card = self._card(name)
            grid.addWidget(card, 1, i * 8, 1, 8)

    def _card(self, name: str) -> Card:
        d = self.definitions[name]
        card = Card(d.label(self.lang), d.text(self.lang), self.ui.cards)
        card.setObjectName("card")
        card.value.setProperty("measure", name)
        self.cards[name] = card
        return card

    def _tables(self) -> None:
        d, lang = self.definitions, self.lang
        self.models = {
            "windows": MeasureTableModel(self.tr("窗口"), d, lang, self),
            "clerks": MeasureTableModel(self.tr("账号"), d, lang, self),
            "matters": MeasureTableModel(self.tr("事项编码"), d, lang, self),
            "departments": MeasureTableModel(self.tr("部门编码"), d, lang, self),
        }
        self.overdue_model = AlertTableModel(self)
        self.warning_model = AlertTableModel(self)
        # the queue per line, window and clerk: waiting, called, served, no-shows, the waits
        # and service times, refreshed with the rest of the board at every write (live)
        self.queue_model = QueueTableModel(self)
        self.queueTable = QTableView()
        self.queueTable.setObjectName("queueTable")
        page = QWidget()
        page.setObjectName("queuePage")
        QVBoxLayout(page).addWidget(self.queueTable)
        self.ui.breakdownTabs.addTab(page, self.tr("排队（分业务线、窗口、人员）"))
        self._attach(self.queueTable, self.queue_model, stretch=1)
        self.back_office_model = BackOfficeModel(self)
        views = {
            "windows": self.ui.windowsTable,
            "clerks": self.ui.clerksTable,
            "matters": self.ui.mattersTable,
            "departments": self.ui.departmentsTable,
        }
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        for name, view in views.items():
            self.proxies[name] = self._attach(view, self.models[name], stretch=1)
        self._attach(self.ui.backOfficeTable, self.back_office_model, stretch=0)
        self._attach(self.ui.overdueTable, self.overdue_model, stretch=9)
        self._attach(self.ui.warningsTable, self.warning_model, stretch=9)
        for view in (self.ui.overdueTable, self.ui.warningsTable):
            view.activated.connect(self._open)
            view.setToolTip(self.tr("双击或按回车打开申请"))

    def _attach(self, view: QTableView, model, *, stretch: int) -> QSortFilterProxyModel:  # noqa: ANN001
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        columns.fit_once(view, stretch)
        return proxy

    # --- the range ------------------------------------------------------------------------
    def set_range(self, start: date, end: date) -> None:
        for edit, day in ((self.ui.fromDate, start), (self.ui.toDate, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()

    def show_today(self) -> None:
        self.set_range(self.today(), self.today())

    def show_week(self) -> None:
        today = self.today()
        self.set_range(today - timedelta(days=today.weekday()), today)

    def show_month(self) -> None:
        today = self.today()
        self.set_range(today.replace(day=1), today)

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Query the board in the background; a request while one runs queues one more."""
        self.debounce.stop()
        if self.loading:
            self._again = True
            return
        self.loading = True
        self.ui.busy.setText(self.tr("正在统计…"))
        ctx, (start, end), as_of = self.ctx, self.period(), self.today()
        call(
            ctx.runner, self,
            lambda: metrics.board(ctx.db, ctx.actor, start, end, on=as_of),
            self._loaded, self._failed,
        )  # fmt: skip

    def _loaded(self, result: board_results.Board) -> None:
        self.loading = False
        self.ui.busy.clear()
        if self._load_failed:  # an export's message stays until the next export
            self._load_failed = False
            self._message("")
        self.result = result
        self._show(result)

    def _shown(self, result: board_results.Board) -> None:
        """The last step of showing a result."""
        self.updated_at = datetime.now()
        self.ui.updated.setText(
            self.tr("更新于 %1").replace("%1", self.updated_at.strftime("%H:%M:%S"))
        )
        self.loaded.emit(result)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, refused: Refused) -> None:
        self.loading = False
        self.ui.busy.clear()
        self._load_failed = True
        self._message(refused.message)
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, result: board_results.Board) -> None:
        """Fill the page one part per event-loop turn (`Steps`); `loaded` follows the last."""
        self.steps.run(
            [
                lambda: self._show_cards(result),
                *(
                    partial(model.set_records, getattr(result, n))
                    for n, model in self.models.items()
                ),
                lambda: self.back_office_model.set_records(result.back_office),
                lambda: self.overdue_model.set_records(result.overdue),
                lambda: self.warning_model.set_records(result.warnings),
                partial(self.queue_model.set_records, result.queue),
                lambda: self._show_alert_tabs(result),
                partial(self.volume_chart.set_rows, result.windows),
                partial(self.rates_chart.set_rows, result.windows),
                lambda: self._shown(result),
            ]
        )

    def _show_hall(self, result: board_results.Board) -> None:
        """The queue's and 好差评's figures of the period, in one line."""
        hall = next((m for m in result.queue if m.group == "hall"), None)
        none = self.tr("—")

        def minutes(value: float | None) -> str:
            return none if value is None else f"{value:.1f}"

        text = (
            self.tr("排队：取号%1　平均等候%2分钟　90%等候%3分钟　过号%4　转移%5")
            .replace("%1", str(hall.tickets if hall else 0))
            .replace("%2", minutes(hall.average_wait_minutes if hall else None))
            .replace("%3", minutes(hall.p90_wait_minutes if hall else None))
            .replace("%4", str(hall.no_shows if hall else 0))
            .replace("%5", str(hall.transfers if hall else 0))
        )
        e = result.evaluations
        if e is not None:
            rate = none if e.satisfaction_rate is None else f"{e.satisfaction_rate:.0%}"
            follow = none if e.followup_rate is None else f"{e.followup_rate:.0%}"
            text += self.tr("　好差评：满意率%1　差评%2　实名差评回访率%3（%4/%5）　超期整改%6").replace(
                "%1", rate).replace("%2", str(e.bad)).replace("%3", follow).replace(
                "%4", str(e.followed_up)).replace("%5", str(e.real_name_bad))  # fmt: skip
        link = (
            f'<a href="overdue-cases">{e.overdue_cases}</a>' if e is not None else ""
        )  # the number opens the list of the cases (open_overdue_cases)
        self.ui.hallFigures.setText(html.escape(text, quote=False).replace("%6", link))
        late = e is not None and (e.overdue_cases or (e.followup_rate or 1) < 1)
        self.ui.hallFigures.setStyleSheet(lights.badge_style("red" if late else "green"))

    def open_overdue_cases(self):  # noqa: ANN201
        """The rectification page, filtered to the overdue cases (the board's 超期整改N)."""
        from .rectification import open_rectification

        page = open_rectification(self.window)
        page.ui.filter.setCurrentIndex(max(page.ui.filter.findData("overdue"), 0))
        return page

    def _show_cards(self, result: board_results.Board) -> None:
        c = result.complaints
        self.ui.complaints.setText(
            self.tr("投诉：本期接收%1件　未办结%2件　其中超期%3件")
            .replace("%1", str(c.received)).replace("%2", str(c.open))
            .replace("%3", str(c.overdue))
        )  # fmt: skip
        self.ui.complaints.setStyleSheet(lights.badge_style("red" if c.overdue else "green"))
        self._show_hall(result)
        t = result.totals
        for name in COUNT_CARDS:
            self.cards[name].set_value(str(getattr(t, name)))
        for name in ("completion", "on_time", "zero_trip", "at_most_one"):
            rate = getattr(t, name)
            self.cards[name].set_value(
                rate.percent,
                self.tr("%1 ÷ %2").replace("%1", str(rate.numerator))
                .replace("%2", str(rate.denominator)),
            )  # fmt: skip
        avg = t.average_workdays
        self.cards["average_workdays"].set_value(
            "—" if avg.value is None else self.tr("%1 个工作日").replace("%1", f"{avg.value:.2f}"),
            self.tr("%1 ÷ %2 件").replace("%1", str(avg.total)).replace("%2", str(avg.count)),
        )

    def _show_alert_tabs(self, result: board_results.Board) -> None:
        tabs = self.ui.alertTabs
        tabs.setTabText(0, self.tr("超期（%1）").replace("%1", str(len(result.overdue))))
        tabs.setTabText(1, self.tr("临期（%1）").replace("%1", str(len(result.warnings))))
        sizes = (len(result.overdue), len(result.warnings))
        if not sizes[tabs.currentIndex()] and sizes[1 - tabs.currentIndex()]:
            tabs.setCurrentIndex(1 - tabs.currentIndex())  # show the list that has rows
        self.ui.alertTabs.setToolTip(
            self.tr("统计截止 %1：超期为已过承诺期限，临期为剩余两个工作日以内").replace(
                "%1", result.as_of.isoformat()
            )
        )

    def _message(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    def rate_caption(self, name: str) -> str:
        """The rate as the board shows it, for tests and the accessibility tree."""
        if self.result is None:
            return ""
        return rate_text(getattr(self.result.totals, name))

    def _open(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.window.open_application(number)


def open_board(window) -> BoardPage:  # noqa: ANN001
    """Show the board tab (one per window), refreshed. Closing its tab keeps the page (hidden,
    not listening to changes: `kept_when_closed`) and the next opening shows it again: building the page
    (cards, tables, charts) held the UI thread 40–80 ms at every opening, and each page built
    and deleted again left the heap a little larger (issue 22)."""
    tabs = window.ui.tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if isinstance(page, BoardPage):
            tabs.setCurrentIndex(index)
            page.refresh()
            return page
    page = window.closed_pages.pop(PAGE_NAME, None)
    if page is not None and page.ctx is window.ctx:
        # a board closed before is shown again as a new one would be: today's, refreshed
        window.add_page(page, QCoreApplication.translate("BoardPage", "督查看板"))
        page.reopened()
        return page
    if page is not None:  # another session's
        page.deleteLater()
    page = BoardPage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("BoardPage", "督查看板"))
    return page


def install(window) -> None:  # noqa: ANN001
    """Ctrl+B opens the board; 日报导出 opens it and exports today's daily report PDF.
    The menu is hidden from clerks by the main window; the service refuses them anyway."""
    window.ui.actionBoard.triggered.connect(lambda: open_board(window))
    window.ui.actionDailyReport.triggered.connect(lambda: open_board(window).export("pdf"))
