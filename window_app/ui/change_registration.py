"""Change registration (企业变更登记, SC-0004): the registered items beside their new values.

The clerk types or scans the USCC and presses Enter; the registered items appear read-only on
the left and prefilled for editing on the right. Submitting runs
`services.change_registration.change_registration` off the UI thread, which decides what changed
and refuses with a message beside the field; on success the changed items are listed and the
licence preview opens with the same code (一照一码).

Opened from an accepted change application (SC-0004, `application`), the page is that
application's own tab: the applicant's code is looked up at once and the change carries the
application's number to the service.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..core.masking import mask_id
from ..services import change_registration as service
from ..services.change_registration import (
    ChangeResult,
    EnterpriseChanges,
    RegisteredItems,
)
from ..services.registration import Person, is_company
from ..services.registration_links import ApplicationRegistration
from . import investors
from .code_fields import FieldMessages, make_code_field
from .context import AppContext
from .generated.ui_change_registration import Ui_ChangeRegistrationPage
from .investors import InvestorsModel
from .outcomes import Refused, call
from .registration import open_page, page_name, title_for

ITEM_NAMES = {  # the service's items, translatable
    "name": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "名称"),
    "domicile": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "住所"),
    "legal_representative": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "法定代表人"),
    "legal_representative.id_number": QT_TRANSLATE_NOOP(
        "ChangeRegistrationPage", "法定代表人身份证号码"
    ),
    "registered_capital": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "注册资本（万元）"),
    "business_scope": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "经营范围"),
    "investors": QT_TRANSLATE_NOOP("ChangeRegistrationPage", "投资人"),
}
_OK_STYLE = "color: #1b5e20;"


class ChangeRegistrationPage(QWidget):
    changed = Signal(object)  # ChangeResult

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None, *,  # noqa: ANN001
                 application: ApplicationRegistration | None = None):  # fmt: skip
        super().__init__(parent)
        self.ui = Ui_ChangeRegistrationPage()
        self.ui.setupUi(self)
        self.setObjectName(page_name("change_registration", application))
        self.ctx, self.window, self.application = ctx, window, application
        self.busy = False
        self.current: RegisteredItems | None = None
        self.last_result: ChangeResult | None = None
        self.papers = None  # licence_print.IssuedPapers, loaded when first used
        ui = self.ui
        make_code_field(ui.uscc)
        make_code_field(ui.newRepId)
        make_code_field(ui.newCapital, uppercase=False)
        self.messages = FieldMessages(ui.message)
        for field, editor, label in (
            ("uscc", ui.uscc, ui.usccError),
            ("name", ui.newName, ui.nameError),
            ("domicile", ui.newDomicile, ui.domicileError),
            ("legal_representative.name", ui.newRepName, ui.repNameError),
            ("legal_representative.id_number", ui.newRepId, ui.repIdError),
            ("registered_capital", ui.newCapital, ui.capitalError),
            ("business_scope", ui.newScope, ui.scopeError),
            ("investors", ui.investors, ui.investorsError),
        ):
            self.messages.add(field, editor, label)
        self.investors = InvestorsModel(self)
        investors.attach(ui.investors, self.investors)
        ui.addInvestor.clicked.connect(lambda: investors.add_row(ui.investors, self.investors))
        ui.removeInvestor.clicked.connect(
            lambda: investors.remove_current(ui.investors, self.investors)
        )
        self._show_investors(False)
        ui.newScope.textChanged.connect(lambda: self.messages.clear("business_scope"))
        ui.uscc.returnPressed.connect(self.lookup)
        ui.findButton.clicked.connect(self.lookup)
        ui.uscc.textEdited.connect(lambda _t: self._forget())
        for edit, after in (
            (ui.newName, ui.newDomicile), (ui.newDomicile, ui.newRepName),
            (ui.newRepName, ui.newRepId), (ui.newRepId, ui.newCapital),
            (ui.newCapital, ui.newScope),
        ):  # fmt: skip
            edit.returnPressed.connect(lambda a=after: a.setFocus())
        ui.changeButton.clicked.connect(self.submit)
        ui.clearButton.clicked.connect(self.clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        ui.result.setStyleSheet(_OK_STYLE)
        ui.applicationBadge.setVisible(application is not None)
        if application is not None:
            ui.applicationBadge.setText(self.tr("受理申请 %1").replace("%1", application.number))
            ui.uscc.setText(application.uscc)

    # --- the registered items ---------------------------------------------------------------

    def _text_editors(self) -> tuple:
        ui = self.ui
        return (ui.newName, ui.newDomicile, ui.newRepName, ui.newRepId, ui.newCapital, ui.newScope)

    def _editors(self) -> tuple:
        ui = self.ui
        return (*self._text_editors(), ui.investors, ui.addInvestor, ui.removeInvestor)

    def _show_investors(self, company: bool) -> None:
        """Only a company registers its shareholders (a sole trader or cooperative does not)."""
        ui = self.ui
        for widget in (ui.investorsLabel, ui.currentInvestors, ui.investors, ui.addInvestor,
                       ui.removeInvestor, ui.investorsError):  # fmt: skip
            widget.setVisible(company)

    def _company(self) -> bool:
        return self.current is not None and is_company(self.current.enterprise_type)

    def _current_labels(self) -> tuple:
        ui = self.ui
        return (ui.currentName, ui.currentDomicile, ui.currentRepName, ui.currentRepId,
                ui.currentCapital, ui.currentScope)  # fmt: skip

    def lookup(self) -> None:
        if self.busy:
            return
        self.messages.clear()
        code, db = self.ui.uscc.text(), self.ctx.db
        self._set_busy(True)
        call(self.ctx.runner, self, lambda: service.registered_items(db, code), self._loaded,
             self._refused)  # fmt: skip

    def _loaded(self, items: RegisteredItems) -> None:
        self._set_busy(False)
        self.current = items
        ui, v = self.ui, items.values
        ui.uscc.setText(items.uscc)
        ui.enterpriseSummary.setText(items.enterprise_type)
        shown = (v["name"], v["domicile"], v["legal_representative"],
                 mask_id(v["legal_representative.id_number"]), v["registered_capital"],
                 v["business_scope"])  # fmt: skip
        for label, text in zip(self._current_labels(), shown, strict=True):
            label.setText(text)
        for edit, key in zip(self._text_editors()[:5], ("name", "domicile", "legal_representative",
                             "legal_representative.id_number", "registered_capital"), strict=True):  # fmt: skip
            edit.setText(v[key])
        ui.newScope.setPlainText(v["business_scope"])
        rows = list(items.investors)
        self.investors.set_rows(rows)
        ui.currentInvestors.setText(
            "\n".join(
                self.tr("%1　%2　%3万元").replace("%1", name).replace("%2", mask_id(ident))
                .replace("%3", amount)
                for name, ident, amount in rows
            )
        )  # fmt: skip
        self._show_investors(self._company())
        for edit in self._editors():
            edit.setEnabled(True)
        ui.changeButton.setEnabled(True)
        if self.papers is None or self.papers.licence_dialog is None:  # not behind the licence
            ui.newName.setFocus()
            ui.newName.selectAll()

    def _show_registered_now(self, code: str) -> None:
        """Another window changed the enterprise: show what is registered now (the clerk's new
        values stay typed in) and submit against that version next time."""
        db = self.ctx.db

        def shown(items: RegisteredItems) -> None:
            if self.current is None or self.current.uscc != items.uscc:
                return
            self.current = items
            v = items.values
            texts = (v["name"], v["domicile"], v["legal_representative"],
                     mask_id(v["legal_representative.id_number"]), v["registered_capital"],
                     v["business_scope"])  # fmt: skip
            for label, text in zip(self._current_labels(), texts, strict=True):
                label.setText(text)

        call(self.ctx.runner, self, lambda: service.registered_items(db, code), shown,
             self._refused)  # fmt: skip

    def _forget(self) -> None:
        """The code was edited: what is shown no longer belongs to it."""
        if self.current is None:
            return
        self.current = None
        for widget in (*self._current_labels(), self.ui.currentInvestors):
            widget.clear()
        for edit in self._text_editors():
            edit.clear()
        for edit in self._editors():
            edit.setEnabled(False)
        self.investors.clear()
        self._show_investors(False)
        self.ui.enterpriseSummary.clear()
        self.ui.changeButton.setEnabled(False)

    # --- submitting ---------------------------------------------------------------------------

    def changes(self) -> EnterpriseChanges:
        """Every new value as typed; the service keeps those that differ from the register."""
        ui = self.ui
        return EnterpriseChanges(
            name=ui.newName.text(), domicile=ui.newDomicile.text(),
            legal_representative=Person(ui.newRepName.text(), ui.newRepId.text()),
            registered_capital=ui.newCapital.text(), business_scope=ui.newScope.toPlainText(),
            investors=self.investors.investors() if self._company() else None,
        )  # fmt: skip

    def submit(self) -> None:
        if self.busy or self.current is None:
            return
        self.messages.clear()
        required = ("name", "domicile", "legal_representative.name",
                    "legal_representative.id_number", "registered_capital", "business_scope")  # fmt: skip
        if not self.messages.require(required):
            return  # a registered item cannot be emptied: each named beside it
        ctx, code, changes = self.ctx, self.current.uscc, self.changes()
        number = self.application.number if self.application is not None else None
        version = self.current.version
        self._set_busy(True, self.tr("正在办理变更…"))
        call(ctx.runner, self,
             lambda: service.change_registration(ctx.db, ctx.actor, code, changes,
                                                 application_number=number,
                                                 expected_version=version),
             self._changed, self._refused)  # fmt: skip

    def _set_busy(self, busy: bool, text: str | None = None) -> None:
        self.busy = busy
        button = self.ui.changeButton
        button.setEnabled(not busy and self.current is not None)
        self.ui.findButton.setEnabled(not busy)
        button.setText(text if busy and text else self.tr("变更并换发执照 (Ctrl+Enter)"))

    def _refused(self, refused: Refused) -> None:
        self._set_busy(False)
        if refused.kind == "ChangedMeanwhile" and self.current is not None:
            self._show_registered_now(self.current.uscc)
        field = refused.field or ""
        if field == "legal_representative":
            field = "legal_representative.name"
        elif field.startswith("investors"):  # investors[2].identifier: the table
            field = "investors"
        if not self.messages.show(field, refused.message):
            self.ui.message.setText(refused.message)

    def _item_text(self, item: str, value: str) -> str:
        return mask_id(value) if item == "legal_representative.id_number" else value

    def _changed(self, result: ChangeResult) -> None:
        self._set_busy(False)
        self.last_result = result
        self.ctx.watcher.local_change()
        lines = [
            self.tr("已变更登记：%1　统一社会信用代码 %2（不变）　执照编号 %3")
            .replace("%1", result.name).replace("%2", result.uscc)
            .replace("%3", result.licence_document)
        ]  # fmt: skip
        for change in result.items:
            lines.append(
                self.tr("%1：%2 → %3")
                .replace("%1", self.tr(ITEM_NAMES[change.item]))
                .replace("%2", self._item_text(change.item, change.before))
                .replace("%3", self._item_text(change.item, change.after))
            )  # fmt: skip
        if result.referral_document:
            lines.append(
                self.tr("先照后证：新增经营项目已告知%1个部门，双告知书 %2")
                .replace("%1", str(len({r.department_code for r in result.referrals})))
                .replace("%2", result.referral_document)
            )
        self.ui.result.setText("\n".join(lines))
        self.window.show_status(self.tr("已变更登记 %1").replace("%1", result.uscc))
        self.changed.emit(result)
        self.lookup()  # the register as it now stands
        from .licence_print import IssuedPapers  # noqa: PLC0415 (printing: loaded when used)

        self.papers = self.papers or IssuedPapers(self.ctx, self)
        self.papers.show(result.uscc, referral=bool(result.referral_document))

    def clear(self) -> None:
        self._forget()
        self.ui.uscc.clear()
        self.ui.result.clear()
        self.messages.clear()
        self.ui.uscc.setFocus()


def open_change_registration(
    window,  # noqa: ANN001
    application: ApplicationRegistration | None = None,
) -> ChangeRegistrationPage:
    """Open the page (or bring back the open one); from an application, its own page with the
    applicant's code looked up."""
    page = open_page(window, page_name("change_registration", application))
    if page is None:
        page = ChangeRegistrationPage(window.ctx, window, application=application)
        title = QCoreApplication.translate("ChangeRegistrationPage", "变更登记")
        window.add_page(page, title_for(title, application))
        if application is not None and application.uscc:
            page.lookup()
            return page
    page.ui.uscc.setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionChangeRegistration.triggered.connect(lambda: open_change_registration(window))
