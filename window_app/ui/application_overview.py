"""What the application page shows of one application: the overview (state, the deemed-acceptance
countdown, the light, matter, applicant, agent, receipt), the deadlines with their provisional
marks, the checklist's summary, the documents issued and the history with its notices.

A mixin of `application_view.ApplicationPage` (it reads the page's `ui`, `model` and `detail`):
it exists so that how an application is shown is read apart from what the clerk does with it
(`application_outcomes`) and from its registration box (`application_registration`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from ..core.checklist import ItemStatus
from ..core.states import State
from ..services import queries
from . import elide, history_notes, i18n, lights, state_names
from .checklist_model import STATUS
from .label_names import CHANNELS, ITEM_STATUSES


class ApplicationOverview:
    """Fills the page from a `queries.ApplicationDetail` (`_show`) and keeps the summary."""

    def _show(self, detail: queries.ApplicationDetail) -> None:
        self.detail = detail
        if State(detail.state) is not State.CORRECTION:
            self._returned = False
        ui = self.ui
        ui.state.setText(state_names.name(detail.state))
        left = detail.notice_days_left
        ui.deemed.setVisible(detail.deemed_accepted or left is not None)
        if detail.deemed_accepted:
            ui.deemed.setText(self.tr("视为受理"))
            ui.deemed.setToolTip(
                self.tr("材料不齐且五个工作日内未一次告知：自收到材料之日起即为受理")
            )
        elif left is not None:
            # the countdown of art. 32 from the first day, not only once it ran out
            ui.deemed.setText(
                self.tr("今日为一次性告知最后一日")
                if left == 0
                else self.tr("一次性告知期剩%1个工作日").replace("%1", str(left))
            )
            ui.deemed.setToolTip(
                self.tr(
                    "材料不齐的，应在收到材料后五个工作日内一次告知；逾期不告知的，自收到材料之日起即为受理"
                )
            )
        light = detail.light if detail.light in lights.LIGHTS else None
        ui.light.setVisible(light is not None)
        if light:
            ui.light.setText(lights.words(light))
            ui.light.setStyleSheet(lights.badge_style(light))
        commit = self.tr("　可告知承诺") if detail.allows_commitment else ""
        credit = ""
        if detail.credit_rule:  # the applicant was on a credit list at intake (信用联合惩戒)
            credit = "　【{}】".format(
                self.tr("信用名单：须加强审查")
                if detail.credit_rule == "extra_review"
                else self.tr("信用名单：不适用告知承诺")
                if detail.credit_rule == "refuse_commitment"
                else self.tr("信用名单：已提示")
            )
        elide.set_text(
            ui.matter,
            f"{detail.matter_name}（{detail.matter_code} v{detail.matter_version}）{commit}{credit}",
        )
        code = detail.applicant_code_masked
        phone = f"　{detail.applicant_phone_masked}" if detail.applicant_phone_masked else ""
        elide.set_text(ui.applicant, f"{detail.applicant_name}　{code}{phone}")
        ui.agent.setText(
            self.tr("代理人：%1（%2）")
            .replace("%1", detail.agent_name)
            .replace("%2", detail.agent_id_masked)
            if detail.agent_name
            else ""
        )
        ui.received.setText(
            self.tr("%1　%2接收　%3　%4　到窗%5次")
            .replace("%1", CHANNELS.name(detail.channel))
            .replace("%2", detail.received_on.isoformat())
            .replace("%3", detail.window)
            .replace("%4", detail.clerk)
            .replace("%5", str(detail.visits))
        )
        ui.deadline.setText(self._deadline_text(detail))
        self.model.set_rows(detail.checklist)
        self._fill_documents(detail.documents)
        self._fill_history(detail.transitions, detail.notices)
        in_correction = State(detail.state) is State.CORRECTION
        ui.inPersonReturn.setVisible(in_correction)
        self._set_buttons()
        if not self.busy:
            ui.message.clear()
        self._focus_checklist()
        self.loaded.emit()

    def _focus_checklist(self) -> None:
        """The clerk lands on the first item, ready for Space/1/2/3 and the F-keys."""
        view = self.ui.checklist
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.setCurrentIndex(self.model.index(0, STATUS))
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            view.setFocus()

    def _deadline_text(self, d: queries.ApplicationDetail) -> str:
        if d.promised_deadline is None:
            if d.commitment:
                return self.tr("告知承诺当场审批；核查期限：%1").replace(
                    "%1", d.verification_due.isoformat() if d.verification_due else "—"
                )
            return self.tr("受理后起算（受理之日不计入，按工作日计算）")
        mark = self.tr("（暂定）")
        promised = d.promised_deadline.isoformat() + (mark if d.promised_provisional else "")
        statutory = "—"
        if d.statutory_deadline:
            statutory = d.statutory_deadline.isoformat()
            statutory += mark if d.statutory_provisional else ""
        # the mark stands on the date it concerns
        text = self.tr("承诺 %1　法定 %2").replace("%1", promised).replace("%2", statutory)
        if d.deadline_explanation and i18n.short() == "zh":
            # the receipt's wording, stored in Chinese; the processing panel below explains the
            # same deadline in the UI's language (`Clock.explain`)
            text += f"\n{d.deadline_explanation}"
        if d.promised_provisional or d.statutory_provisional:
            text += self.tr(
                "\n（暂定）：节假日安排尚未公布，已排除法定节假日，调休公布后期限可能调整"
            )
        return text

    def _fill_documents(self, docs) -> None:  # noqa: ANN001
        table = self.ui.documents
        table.setRowCount(len(docs))
        for row, doc in enumerate(docs):
            for col, text in enumerate(
                (doc.title, doc.doc_number, doc.issued_on.isoformat(), str(doc.print_count))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc)
                table.setItem(row, col, item)
        if docs:
            table.setCurrentCell(len(docs) - 1, 0)

    def _fill_history(self, transitions, notices) -> None:  # noqa: ANN001
        rows = [
            (
                t.on.isoformat(),
                state_names.name(t.to_state),
                t.user,
                history_notes.text(t.reason, t.note_code, t.note_args),
            )
            for t in transitions
        ]
        for n in notices:
            items = self.tr("；").join(
                (self.tr("%1（%2：%3）") if reason else self.tr("%1（%2）"))
                .replace("%1", name)
                .replace("%2", ITEM_STATUSES.of_label(problem))
                .replace("%3", reason or "")
                for name, problem, reason in n.items
            )
            extra = (
                self.tr("　主管%1批准新增：%2").replace("%1", n.override_by or "").replace(
                    "%2", n.override_reason or "")
                if n.override_reason else ""
            )  # fmt: skip
            rows.append(
                (n.issued_on.isoformat(),
                 self.tr("第%1次一次性告知").replace("%1", str(n.sequence)), "", items + extra)
            )  # fmt: skip
        rows.sort(key=lambda r: r[0])
        table = self.ui.history
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))

    def _summarise(self, *_args) -> None:  # noqa: ANN002
        counts = self.model.counts()
        self.ui.checklistSummary.setText(
            self.tr("已收取 %1　缺少 %2　不符合要求 %3　未核验 %4　承诺代替 %5")
            .replace("%1", str(counts[ItemStatus.RECEIVED]))
            .replace("%2", str(counts[ItemStatus.MISSING]))
            .replace("%3", str(counts[ItemStatus.DEFECTIVE]))
            .replace("%4", str(counts[ItemStatus.PENDING]))
            .replace("%5", str(counts[ItemStatus.WAIVED]))
        )
