"""New application (Ctrl+N): channel, matter, applicant, optional agent, the matter's questions.

The matter is found by name, code or pinyin initials through `intake.search_matters`; answers to
the matter's questions show or hide materials live in the preview. Code fields take scanner
and ID-reader input; an invalid ID or USCC is explained beside the field and nothing typed is
lost. Registering calls `intake.start_application` and opens the application for the checklist.
The credit-list warning (信用联合惩戒) is a mixin of its own (`intake_credit`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidgetItem, QWidget

from ..core import idcard, uscc
from ..core.errors import DomainError
from ..services import intake, users
from .code_fields import FieldMessages, make_code_field
from .context import AppContext
from .generated.ui_intake import Ui_IntakePage
from .i18n import error_text
from .intake_credit import IntakeCredit
from .label_names import CHANNELS
from .material_text import form_and_copies
from .outcomes import OverrideDialog, Refused, call

CHOICE_ROLE = Qt.ItemDataRole.UserRole
_ACCELERATOR = re.compile(r"\(&.\)")  # "姓名(&M)" → "姓名"
# the focused widget is always visibly marked: check boxes and radio buttons show no frame of
# their own in several styles, and the matter list loses its highlight when unfocused


class IntakePage(IntakeCredit, QWidget):
    started = Signal(object)  # intake.StartedApplication
    matters_listed = Signal()
    credit_checked = Signal(list)  # the bad_credit.CreditHit list shown (empty: none)
    credit_choice = Signal(str)  # proceed | stop, after a credit warning

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self.setObjectName("intake")
        self.ctx, self.window = ctx, window
        self.matter: intake.MatterChoice | None = None
        self.busy = False
        self.dialog: OverrideDialog | None = None
        self._credit_acked = False  # the clerk went on after a credit-list warning
        self._questions: dict[str, QCheckBox] = {}
        ui = self.ui
        for key in intake.CHANNELS:
            ui.channel.addItem(CHANNELS.name(key), key)
        for edit in (ui.idNumber, ui.uscc, ui.agentId):
            make_code_field(edit)
        for edit in (ui.phone, ui.orgPhone):
            make_code_field(edit, uppercase=False)
        self.messages = FieldMessages(ui.message)
        self.messages.add("id_number", ui.idNumber, ui.idNumberError)
        self.messages.add("uscc", ui.uscc, ui.usccError)
        self.messages.add("agent_id_number", ui.agentId, ui.agentIdError)
        self.messages.add("matter", ui.matterSearch, ui.matterError)
        self.messages.add("phone", ui.phone, ui.phoneError)
        self.messages.add("person_name", ui.personName, ui.personNameError)
        self.messages.add("org_name", ui.orgName, ui.orgNameError)
        self.messages.add("agent_name", ui.agentName, ui.agentNameError)
        ui.kindPerson.toggled.connect(self._kind_changed)
        ui.agentBox.toggled.connect(lambda _on: self._preview())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._search)
        ui.matterSearch.textEdited.connect(lambda _t: self._search_timer.start())
        ui.matterSearch.returnPressed.connect(self._search_entered)
        ui.matterSearch.installEventFilter(self)
        ui.matterList.itemActivated.connect(self._choose_item)
        # checked as the clerk leaves the field: the message shows beside it, the focus stays
        # where the clerk went (Tab to the phone, and the phone typed is not lost)
        ui.idNumber.editingFinished.connect(lambda: self._check("id_number", focus=False))
        ui.uscc.editingFinished.connect(lambda: self._check("uscc", focus=False))
        ui.agentId.editingFinished.connect(lambda: self._check("agent_id_number", focus=False))
        for edit, after in (
            (ui.personName, ui.idNumber), (ui.idNumber, ui.phone), (ui.orgName, ui.uscc),
            (ui.uscc, ui.orgPhone), (ui.agentName, ui.agentId),
        ):  # fmt: skip
            edit.returnPressed.connect(lambda e=edit, a=after: self._next(e, a))
        ui.startButton.clicked.connect(lambda: self.start())
        ui.clearButton.clicked.connect(self.clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start)
        ui.creditWarning.setVisible(False)
        self.credit_hits: list = []
        self._kind_changed(True)

    # --- matter -----------------------------------------------------------------------------
    def _search(self) -> None:
        query = self.ui.matterSearch.text().strip()
        if not query:
            self.ui.matterList.clear()
            return
        db = self.ctx.db
        call(
            self.ctx.runner, self, lambda: intake.search_matters(db, query),
            lambda found, q=query: self._listed(q, found), lambda r: self.messages.show("matter", r.message),
        )  # fmt: skip

    def _listed(self, query: str, found: list) -> None:
        if query != self.ui.matterSearch.text().strip():
            return  # typed on meanwhile; a newer search is on its way
        self.ui.matterList.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.code}　{choice.name}")
            item.setData(CHOICE_ROLE, choice)
            self.ui.matterList.addItem(item)
        if found:
            self.ui.matterList.setCurrentRow(0)
            self.messages.clear("matter")
        else:
            self.messages.show("matter", self.tr("没有找到匹配的事项：%1").replace("%1", query))
            self.ui.matterSearch.setFocus()
        self.matters_listed.emit()

    def _search_entered(self) -> None:
        if self._search_timer.isActive() or not self.ui.matterList.count():
            self._search_timer.stop()
            self.matters_listed.connect(self._pick_first, Qt.ConnectionType.SingleShotConnection)
            self._search()
            return
        self._pick_first()

    def _pick_first(self) -> None:
        item = self.ui.matterList.currentItem() or self.ui.matterList.item(0)
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.choose(item.data(CHOICE_ROLE))

    def choose(self, choice: intake.MatterChoice) -> None:
        self.matter = choice
        commit = self.tr("　可告知承诺") if choice.allows_commitment else ""
        self.ui.matterInfo.setText(
            f"<b>{choice.name}</b>（{choice.code} v{choice.version}，"
            f"{choice.effective_from.isoformat()}{self.tr('起施行')}）{commit}"
        )
        self.messages.clear("matter")
        if self.credit_hits:  # the rule shown is the matter's
            self._credit_shown(self.credit_hits)
        self._build_questions(choice.questions)
        self._preview()
        # the applicant's name is what the clerk types next; the questions are on the tab
        # path right after the matter (Shift+Tab from the kind of applicant)
        self._first_applicant_field().setFocus()

    def _build_questions(self, questions) -> None:  # noqa: ANN001
        layout = self.ui.questionsLayout
        for box in self._questions.values():
            layout.removeWidget(box)
            box.deleteLater()
        self._questions = {}
        for key, text in questions:
            box = QCheckBox(text, self.ui.questionsBox)
            box.toggled.connect(lambda _on: self._preview())
            layout.addWidget(box)
            box.show()
            self._questions[key] = box
        self.ui.noQuestions.setVisible(not questions)
        self._tab_order()

    def _tab_order(self) -> None:
        """Top to bottom: the matter, its questions, the applicant, the agent, the buttons (the
        questions are built per matter, so Qt would put them last, after the buttons)."""
        ui = self.ui
        chain = [ui.channel, ui.matterSearch, ui.matterList, *self._questions.values(),
                 ui.kindPerson, ui.kindOrganisation, ui.personName, ui.idNumber, ui.phone,
                 ui.orgName, ui.uscc, ui.orgPhone, ui.agentBox, ui.agentName, ui.agentId,
                 ui.startButton, ui.clearButton]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def answers(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self._questions.items()}

    def _preview(self) -> None:
        """The materials this application will ask for, given the answers and the agent."""
        self.ui.materials.clear()
        if self.matter is None or self.matter.definition is None:
            return
        refused = intake.refusal_for(self.matter.definition, self.answers())
        if refused is not None:  # e.g. only pre-packaged food: the filing, not this licence
            self.messages.show("matter", error_text(refused))
            return
        self.messages.clear("matter")
        materials = self.matter.definition.materials_for(self.answers())
        if self.ui.agentBox.isChecked():
            materials += self.matter.agent_materials
        for material in materials:
            optional = "" if material.required or material.condition else self.tr("（可选）")
            form = form_and_copies(material.original, material.copies)
            self.ui.materials.addItem(f"{material.name}{optional}　{form}")

    def preview_names(self) -> list[str]:
        return [self.ui.materials.item(i).text() for i in range(self.ui.materials.count())]

    # --- applicant --------------------------------------------------------------------------
    def _kind_changed(self, person: bool) -> None:
        self.ui.applicantStack.setCurrentIndex(0 if person else 1)

    def _first_applicant_field(self) -> QLineEdit:
        return self.ui.personName if self.ui.kindPerson.isChecked() else self.ui.orgName

    def _next(self, edit: QLineEdit, after: QLineEdit) -> None:
        field = {self.ui.idNumber: "id_number", self.ui.uscc: "uscc"}.get(edit)
        if field is None or self._check(field):
            after.setFocus()

    def _check(self, field: str, *, focus: bool = True) -> bool:
        """Check an ID number or USCC as soon as it is typed or read; the message names the part."""
        edit, validate = {
            "id_number": (self.ui.idNumber, idcard.validate),
            "uscc": (self.ui.uscc, uscc.validate),
            "agent_id_number": (self.ui.agentId, idcard.validate),
        }[field]
        text = edit.text().strip()
        if not text:
            return True
        try:
            validate(text)
        except DomainError as exc:
            self.messages.show(field, error_text(exc), focus=focus)
            return False
        self.messages.clear(field)
        if field != "agent_id_number":
            self._credit_check()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt override)
        if (
            watched is self.ui.matterSearch
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.ui.matterList.count()
        ):
            self.ui.matterList.setFocus()
            return True
        return super().eventFilter(watched, event)

    # --- registering ------------------------------------------------------------------------
    def has_unsaved_input(self) -> bool:
        ui = self.ui
        return any(
            e.text().strip()
            for e in (ui.personName, ui.idNumber, ui.phone, ui.orgName, ui.uscc, ui.agentName)
        )

    def _inputs(self) -> tuple[intake.ApplicantInput, intake.AgentInput | None]:
        ui = self.ui
        if ui.kindPerson.isChecked():
            applicant = intake.ApplicantInput(
                kind="person", name=ui.personName.text().strip(),
                id_number=ui.idNumber.text().strip(), phone=ui.phone.text().strip() or None,
            )  # fmt: skip
        else:
            applicant = intake.ApplicantInput(
                kind="organisation", name=ui.orgName.text().strip(),
                uscc=ui.uscc.text().strip(), phone=ui.orgPhone.text().strip() or None,
            )  # fmt: skip
        agent = None
        if ui.agentBox.isChecked():
            agent = intake.AgentInput(ui.agentName.text().strip(), ui.agentId.text().strip())
        return applicant, agent

    def _missing(self) -> dict[str, str]:
        """Every required field left empty, in form order, with the message in its own label's
        words ("请填写姓名"): shown all at once beside the fields."""
        ui = self.ui
        required = [("matter", None, None)]
        if ui.kindPerson.isChecked():
            required += [("person_name", ui.personName, ui.personNameLabel),
                         ("id_number", ui.idNumber, ui.idNumberLabel)]  # fmt: skip
        else:
            required += [("org_name", ui.orgName, ui.orgNameLabel),
                         ("uscc", ui.uscc, ui.usccLabel)]  # fmt: skip
        if ui.agentBox.isChecked():
            required += [("agent_name", ui.agentName, ui.agentNameLabel),
                         ("agent_id_number", ui.agentId, ui.agentIdLabel)]  # fmt: skip
        missing: dict[str, str] = {}
        for field, edit, label in required:
            if field == "matter":
                if self.matter is None:
                    missing[field] = self.tr("请先选择办理事项")
            elif not edit.text().strip():
                words = _ACCELERATOR.sub("", label.text()).replace("&", "")
                missing[field] = self.tr("请填写%1").replace("%1", words)
        return missing

    def start(self, override: dict | None = None, credit_ack: bool = False) -> None:
        """Register; `override` is a supervisor's sign-in and reason (an unplaced ID address code),
        `credit_ack` the clerk's going on after a credit-list warning (kept for the override)."""
        credit_ack = credit_ack or (override is not None and self._credit_acked)
        self._credit_acked = credit_ack
        if self.busy:
            return
        self.messages.clear()
        missing = self._missing()
        if missing:
            for field, message in missing.items():
                self.messages.show(field, message, focus=False)
            first = next(iter(missing))
            {"matter": self.ui.matterSearch, "person_name": self.ui.personName,
             "id_number": self.ui.idNumber, "org_name": self.ui.orgName, "uscc": self.ui.uscc,
             "agent_name": self.ui.agentName, "agent_id_number": self.ui.agentId}[first].setFocus()  # fmt: skip
            return
        applicant, agent = self._inputs()
        ctx, code = self.ctx, self.matter.code
        channel, answers = self.ui.channel.currentData(), self.answers()
        supervisor_login = override or {}

        def fn() -> intake.StartedApplication:
            by = None
            if supervisor_login:
                by = users.login(ctx.db, supervisor_login["username"], supervisor_login["password"])
            return intake.start_application(
                ctx.db, ctx.actor, matter_code=code, applicant=applicant, channel=channel,
                agent=agent, answers=answers, credit_ack=credit_ack, id_override_by=by,
                id_override_reason=supervisor_login.get("reason") if supervisor_login else None,
            )  # fmt: skip

        self._set_busy(True)
        call(ctx.runner, self, fn, self._started, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.startButton.setEnabled(not busy)
        self.ui.startButton.setText(
            self.tr("正在登记…") if busy else self.tr("登记并核验材料 (Ctrl+Enter)")
        )

    def _refused(self, refused: Refused) -> None:
        self._set_busy(False)
        if self.dialog is not None:
            self.dialog.show_refused(refused)
            return
        if refused.kind == "CreditWarning":
            self._confirm_credit(refused.message)
            return
            return
        if refused.kind == "IdAddressUnknown":
            # a number the GB/T 2260 table cannot place: only with a supervisor and a reason
            self.messages.show("id_number", refused.message)
            self.dialog = OverrideDialog(refused.message, self)
            self.dialog.submitted.connect(self._override_submitted)
            self.dialog.rejected.connect(self._override_closed)
            self.dialog.open()
            return
        field = refused.field
        if field == "applicant_name":  # the name field of the kind of applicant shown
            field = "person_name" if self.ui.kindPerson.isChecked() else "org_name"
        self.messages.show(field, refused.message)

    def _override_submitted(self, values: dict) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(True)
        self.busy = False
        self.start(values)

    def _override_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.ui.idNumber.setFocus()

    def _started(self, started: intake.StartedApplication) -> None:
        self._set_busy(False)
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.rejected.disconnect(self._override_closed)
            dialog.done(0)
            dialog.deleteLater()
        self.ctx.watcher.local_change()
        self.window.show_status(self.tr("已登记申请 %1，请核验材料").replace("%1", started.number))
        self.started.emit(started)
        tabs = self.window.ui.tabs
        index = tabs.indexOf(self)
        if index >= 0:
            tabs.removeTab(index)
            self.deleteLater()
        self.window.open_application(started.number)

    def clear(self) -> None:
        ui = self.ui
        for edit in (ui.personName, ui.idNumber, ui.phone, ui.orgName, ui.uscc, ui.orgPhone,
                     ui.agentName, ui.agentId, ui.matterSearch):  # fmt: skip
            edit.clear()
        ui.matterList.clear()
        ui.agentBox.setChecked(False)
        self.matter = None
        self.ui.matterInfo.setText(self.tr("（未选择）"))
        self._build_questions(())
        self._preview()
        self.messages.clear()
        self._credit_shown([])
        ui.matterSearch.setFocus()


def new_application(window) -> IntakePage:  # noqa: ANN001
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == "intake":
            window.ui.tabs.setCurrentIndex(index)
            return widget
    page = IntakePage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("IntakePage", "新建申请"))
    page.ui.matterSearch.setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionNewApplication.triggered.connect(lambda: new_application(window))
