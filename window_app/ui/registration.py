"""Establishment registration (Ctrl+E): 设立登记 at the window, USCC issued, licence printed.

The page is thin: the name check, the capacity check, validation and the registration itself are
services run off the UI thread (`services.registration`, `services.code_segments`); an ID number
is checked by `core.idcard` as soon as the reader has typed it. Every refusal is shown beside the
field it concerns and nothing typed is lost. After registering, the licence preview opens
(`licence_print`), then the 先照后证 referral notice when the business scope needs permits.
The checks while the clerk types are a mixin of their own (`registration_checks`).

The same page, given an `Extension` (see `licence_exchange`), serves the licence exchange (换照).
Opened from an accepted application (`application`: `registration_links.ApplicationRegistration`)
it is that application's own tab: the category is the matter's, the applicant prefills what it
can, and the registration (or filing) carries the application's number to the services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name
from ..services import code_segments, registration
from ..services.registration import Person, RegistrationRequest
from ..services.registration_links import ApplicationRegistration
from .code_fields import FieldMessages, make_code_field
from .context import AppContext
from .generated.ui_registration import Ui_RegistrationPage
from .investors import InvestorsModel, attach
from .outcomes import Refused, call
from .registration_checks import RegistrationChecks
from .registration_filings import FilingSubmission

if TYPE_CHECKING:
    from .licence_print import IssuedPapers

Index = QModelIndex | QPersistentModelIndex

CATEGORY_NAMES = {  # the services' categories with their USCC positions 1–2, translatable
    "1": QT_TRANSLATE_NOOP("RegistrationPage", "企业（91）"),
    "2": QT_TRANSLATE_NOOP("RegistrationPage", "个体工商户（92）"),
    "3": QT_TRANSLATE_NOOP("RegistrationPage", "农民专业合作社（93）"),
}
_OK_STYLE = "color: #1b5e20;"


# --- the page ----------------------------------------------------------------------------------


class Extension(Protocol):
    """What turns the registration page into another registration (the licence exchange)."""

    object_name: str
    uses_segment: bool

    def attach(self, page: RegistrationPage) -> None: ...
    def title(self) -> str: ...
    def button_text(self) -> str: ...
    def submit(self, request: RegistrationRequest) -> Callable[[], Any]: ...
    def check_all(self) -> bool: ...
    def show_message(self, field: str, message: str) -> bool: ...
    def first_field(self) -> QWidget: ...
    def has_input(self) -> bool: ...
    def clear(self) -> None: ...


class RegistrationPage(RegistrationChecks, QWidget):
    registered = Signal(object)  # registration.RegistrationResult
    capacity_checked = Signal()
    name_checked = Signal()

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None, *,  # noqa: ANN001
                 extension: Extension | None = None,
                 application: ApplicationRegistration | None = None):  # fmt: skip
        super().__init__(parent)
        self.ui = Ui_RegistrationPage()
        self.ui.setupUi(self)
        self.ctx, self.window, self.extension = ctx, window, extension
        self.application = application
        self.setObjectName(page_name(extension.object_name if extension else "registration",
                                     application))  # fmt: skip
        self.busy = False
        self.exhausted = False
        self.last_result: registration.RegistrationResult | None = None
        self.papers: IssuedPapers | None = None  # the licence and referral of the last registration
        self._name_generation = 0
        ui = self.ui
        for code, label in CATEGORY_NAMES.items():
            ui.category.addItem(self.tr(label), code)
        for code in ZHANJIANG_AUTHORITIES:
            ui.authority.addItem(f"{authority_name(code)}（{code}）", code)
        ui.currency.addItems(registration.CURRENCIES)
        ui.enterpriseType.setEditable(True)
        ui.enterpriseType.setInsertPolicy(ui.enterpriseType.InsertPolicy.NoInsert)
        make_code_field(ui.repId)
        make_code_field(ui.capital, uppercase=False)
        make_code_field(ui.contact, uppercase=False)
        self.investors = InvestorsModel(self)
        attach(ui.investors, self.investors)
        self.messages = FieldMessages(ui.message)
        for field, editor, label in (
            ("name", ui.name, ui.nameError),
            ("enterprise_type", ui.enterpriseType, ui.typeError),
            ("domicile", ui.domicile, ui.domicileError),
            ("registered_capital", ui.capital, ui.capitalError),
            ("legal_representative.name", ui.repName, ui.repNameError),
            ("legal_representative.id_number", ui.repId, ui.repIdError),
            ("business_scope", ui.businessScope, ui.scopeError),
            ("investors", ui.investors, ui.investorsError),
        ):
            self.messages.add(field, editor, label)
        ui.businessScope.textChanged.connect(lambda: self.messages.clear("business_scope"))
        ui.category.currentIndexChanged.connect(self._category_changed)
        ui.authority.currentIndexChanged.connect(self._authority_changed)
        ui.enterpriseType.currentTextChanged.connect(self._type_changed)
        ui.name.editingFinished.connect(self.check_name)
        ui.repId.editingFinished.connect(self.check_id)
        for edit, after in (
            (ui.domicile, ui.capital), (ui.capital, ui.contact), (ui.contact, ui.repName),
            (ui.repName, ui.repId),
        ):  # fmt: skip
            edit.returnPressed.connect(lambda a=after: a.setFocus())
        ui.name.returnPressed.connect(lambda: ui.enterpriseType.setFocus())
        ui.repId.returnPressed.connect(self._id_entered)
        # Enter in a combo moves on too (the type box is editable for enterprises only)
        self._enter_next = {ui.category: ui.authority, ui.authority: ui.name,
                            ui.enterpriseType: ui.domicile, ui.currency: ui.contact}  # fmt: skip
        for combo in self._enter_next:
            combo.installEventFilter(self)
        ui.addInvestor.clicked.connect(self.add_investor)
        ui.removeInvestor.clicked.connect(self.remove_investor)
        self.investors.dataChanged.connect(self._investors_changed)
        self.investors.rowsRemoved.connect(self._investors_changed)
        ui.capital.textChanged.connect(self._investors_changed)
        self._scope_timer = QTimer(self)
        self._scope_timer.setSingleShot(True)
        self._scope_timer.setInterval(400)
        self._scope_timer.timeout.connect(self._permit_hint)
        ui.businessScope.textChanged.connect(self._scope_timer.start)
        ui.registerButton.clicked.connect(self.register)
        ui.clearButton.clicked.connect(self.clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.register)
        ui.result.setStyleSheet(_OK_STYLE)
        ui.capacity.setVisible(False)
        if extension is not None:
            ui.title.setText(extension.title())
            extension.attach(self)
        ui.fileButton.setVisible(extension is None)  # filing: establishment only
        self.filing = FilingSubmission(self) if extension is None else None
        ui.applicationBadge.setVisible(application is not None)
        if application is not None:
            self._bind(application)
        self._category_changed()
        self._set_busy(False)
        self._start_on_an_authority_with_codes()

    def _start_on_an_authority_with_codes(self) -> None:
        """The form starts on an authority a code can be issued for (the first listed has
        none when the administrator configured segments for districts only), then checks."""
        if self.extension is not None and not self.extension.uses_segment:
            self.check_capacity()
            return
        db, listed = self.ctx.db, list(ZHANJIANG_AUTHORITIES)

        def chosen(usable: list[str]) -> None:
            if usable and self.authority() not in usable:
                self.ui.authority.setCurrentIndex(self.ui.authority.findData(usable[0]))
                return  # _authority_changed checks the capacity
            self.check_capacity()

        call(
            self.ctx.runner, self, lambda: code_segments.authorities_with_capacity(db, listed),
            chosen, lambda _refused: self.check_capacity(),
        )  # fmt: skip

    def _bind(self, application: ApplicationRegistration) -> None:
        """The application's category (its matter's) and what its applicant tells."""
        ui = self.ui
        ui.applicationBadge.setText(self.tr("受理申请 %1").replace("%1", application.number))
        ui.category.setCurrentIndex(max(ui.category.findData(application.category), 0))
        ui.category.setEnabled(False)
        ui.name.setText(application.name)
        ui.repName.setText(application.legal_representative)

    @property
    def application_number(self) -> str | None:
        return self.application.number if self.application is not None else None

    # --- what the clerk chooses -------------------------------------------------------------
    def category(self) -> str:
        return self.ui.category.currentData()

    def authority(self) -> str:
        return self.ui.authority.currentData()

    def _category_changed(self) -> None:
        combo = self.ui.enterpriseType
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(registration.ENTERPRISE_TYPES[self.category()])
        combo.setEditable(self.category() == "1")
        if combo.lineEdit() is not None:
            combo.lineEdit().installEventFilter(self)
        combo.blockSignals(False)
        self._type_changed(combo.currentText())
        self.messages.clear("enterprise_type")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt override)
        if (
            event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            combo = watched if watched in self._enter_next else watched.parent()
            if combo in self._enter_next:
                self._enter_next[combo].setFocus()
                return True
        return super().eventFilter(watched, event)

    def _type_changed(self, text: str) -> None:
        company = registration.is_company(text)
        listed = registration.takes_investors(self.category(), text)  # a cooperative's members
        self.ui.investorsBox.setVisible(listed)
        self.ui.noInvestors.setVisible(not listed)
        self.ui.investorsBox.setTitle(
            self.tr("股东（发起人）及认缴出资")
            if company or not listed
            else self.tr("成员及出资（农民专业合作社应有五名以上成员）")
        )
        self.ui.capitalLabel.setText(self.tr("注册资本(&Z)") if company else self.tr("出资额(&Z)"))

    def _authority_changed(self) -> None:
        self.check_capacity()
        if self.ui.name.text().strip():
            self.check_name()

    # --- registering -------------------------------------------------------------------------
    def request(self) -> RegistrationRequest:
        ui = self.ui
        etype = ui.enterpriseType.currentText().strip()
        return RegistrationRequest(
            name=ui.name.text().strip(), category=self.category(), enterprise_type=etype,
            domicile=ui.domicile.text().strip(), authority_code=self.authority(),
            legal_representative=Person(ui.repName.text().strip(), ui.repId.text().strip()),
            registered_capital=ui.capital.text().strip(),  # type: ignore[arg-type]  # checked by the service
            business_scope=ui.businessScope.toPlainText().strip(),
            currency=ui.currency.currentText(),
            investors=self.investors.investors()
            if registration.takes_investors(self.category(), etype) else (),
            contact=ui.contact.text().strip() or None,
        )  # fmt: skip

    def register(self) -> None:
        if self.busy:
            return
        if self.exhausted:
            self.ui.capacity.setVisible(True)
            return
        if self.extension is not None:
            self.submit(self.extension.submit, self._registered)
            return
        ctx, number = self.ctx, self.application_number
        self.submit(
            lambda request: (
                lambda: registration.register_enterprise(
                    ctx.db, ctx.actor, request, application_number=number
                )
            ),
            self._registered,
        )

    def submit(
        self,
        work_for: Callable[[RegistrationRequest], Callable[[], Any]],
        on_success: Callable[[Any], None],
        *,
        busy_text: str | None = None,
    ) -> None:
        """Check the form and run `work_for(request)` off the UI thread (every way of submitting
        the form: on the spot, the exchange, filing); a refusal shows beside its field."""
        if self.busy:
            return
        self.messages.clear()
        required = ("name", "enterprise_type", "domicile", "registered_capital",
                    "legal_representative.name", "legal_representative.id_number",
                    "business_scope")  # fmt: skip
        complete = self.messages.require(required)
        # the extension's fields (above the form's) are checked too, all at once; its first
        # wrong one then takes the focus, being first in reading order
        if self.extension is not None and not self.extension.check_all():
            return
        if not complete:
            return  # every empty one named beside it, the focus on the first
        work = work_for(self.request())
        self._set_busy(True, busy_text)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        call(self.ctx.runner, self, work, done, self._refused)

    def _set_busy(self, busy: bool, text: str | None = None) -> None:
        self.busy = busy
        if text is not None or not busy:
            self._busy_text = text
        button = self.ui.registerButton
        button.setEnabled(not busy and not self.exhausted)
        self.ui.fileButton.setEnabled(not busy)
        if busy:
            button.setText(self._busy_text or self.tr("正在登记…"))
        elif self.extension is not None:
            button.setText(self.extension.button_text())
        else:
            button.setText(self.tr("登记并发照 (Ctrl+Enter)"))

    def _refused(self, refused: Refused) -> None:
        self._set_busy(False)
        field = refused.field or ""
        if field == "segment":
            self._no_capacity(refused)
            return
        if field.startswith("investors"):
            field = "investors"
        if self.extension is not None and self.extension.show_message(field, refused.message):
            return
        if not self.messages.show(field, refused.message):
            self.ui.message.setText(refused.message)

    def _registered(self, result: registration.RegistrationResult) -> None:
        self.last_result = result
        self.ctx.watcher.local_change()
        text = (
            self.tr("已登记：%1　统一社会信用代码 %2　执照编号 %3")
            .replace("%1", result.name).replace("%2", result.uscc)
            .replace("%3", result.licence_document)
        )  # fmt: skip
        if result.referral_document:
            text += (
                self.tr("\n先照后证：已告知%1个部门，双告知书 %2")
                .replace("%1", str(len({r.department_code for r in result.referrals})))
                .replace("%2", result.referral_document)
            )
        self.ui.result.setText(text)
        self.window.show_status(self.tr("已发放统一社会信用代码 %1").replace("%1", result.uscc))
        self.registered.emit(result)
        self.clear(keep_result=True)
        self.check_capacity()
        from .licence_print import IssuedPapers  # noqa: PLC0415 (printing: loaded when used)

        self.papers = self.papers or IssuedPapers(self.ctx, self)
        self.papers.show(result.uscc, referral=bool(result.referral_document))

    def has_unsaved_input(self) -> bool:
        ui = self.ui
        typed = any(
            e.text().strip() for e in (ui.name, ui.domicile, ui.capital, ui.contact, ui.repName, ui.repId)
        ) or bool(ui.businessScope.toPlainText().strip()) or bool(self.investors.rowCount())  # fmt: skip
        return typed or bool(self.extension and self.extension.has_input())

    def clear(self, *, keep_result: bool = False) -> None:
        ui = self.ui
        for edit in (ui.name, ui.domicile, ui.capital, ui.contact, ui.repName, ui.repId):
            edit.clear()
        ui.businessScope.clear()
        ui.currency.setCurrentIndex(0)
        self.investors.clear()
        self._category_changed()
        self.messages.clear()
        if not keep_result:
            ui.result.clear()
        if self.extension is not None:
            self.extension.clear()
        (self.extension.first_field() if self.extension else ui.name).setFocus()


def page_name(base: str, application: ApplicationRegistration | None) -> str:
    """One tab for walk-in registrations, one per application registered from its view."""
    return f"{base}-{application.number}" if application is not None else base


def open_page(window, name: str) -> QWidget | None:  # noqa: ANN001
    """Bring forward the open tab called `name`, if there is one."""
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == name:
            window.ui.tabs.setCurrentIndex(index)
            return widget
    return None


def title_for(title: str, application: ApplicationRegistration | None) -> str:
    return f"{title} {application.number}" if application is not None else title


def open_registration(
    window,  # noqa: ANN001
    application: ApplicationRegistration | None = None,
) -> RegistrationPage:
    page = open_page(window, page_name("registration", application))
    if page is None:
        page = RegistrationPage(window.ctx, window, application=application)
        title = QCoreApplication.translate("RegistrationPage", "设立登记")
        window.add_page(page, title_for(title, application))
    page.ui.name.setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    from . import code_segments_admin, licence_exchange, licence_print  # noqa: PLC0415

    window.ui.actionRegisterEnterprise.triggered.connect(lambda: open_registration(window))
    window.ui.actionLicenceExchange.triggered.connect(
        lambda: licence_exchange.open_exchange(window)
    )
    window.ui.actionPrintLicence.triggered.connect(lambda: licence_print.open_print(window))
    window.ui.actionCodeSegments.triggered.connect(
        lambda: code_segments_admin.open_segments(window)
    )
