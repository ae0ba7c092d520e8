"""Licence exchange (换照): the three old certificates become one licence with one code.

The registration page with an extra box for the old 15-digit registration number, the
organisation code (its GB 11714 check character verified as the clerk leaves the field, the
message beside it) and the tax registration number. The USCC keeps the organisation code as
positions 9–17; `services.registration.exchange_licence` issues it and the new licence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QGroupBox, QWidget

from ..core import orgcode, uscc
from ..core.errors import DomainError
from ..services import registration
from ..services.registration import ExchangeRequest, RegistrationRequest
from ..services.registration_links import ApplicationRegistration
from .code_fields import FieldMessages, make_code_field
from .generated.ui_licence_exchange import Ui_ExchangeBox
from .i18n import error_text
from .registration import RegistrationPage, open_page, page_name, title_for


def orgcode_problem(text: str) -> str | None:
    """What is wrong with a typed organisation code, naming the check character; None if valid."""
    code = text.replace("-", "").strip().upper()
    if not code:
        return None
    if len(code) != 9:
        return QCoreApplication.translate(
            "LicenceExchange", "组织机构代码应为9位（8位本体加1位校验码），输入为%1位"
        ).replace("%1", str(len(code)))
    if not code[:8].isalnum() or not code[:8].isascii():
        return QCoreApplication.translate("LicenceExchange", "组织机构代码本体只能含数字和大写字母")
    if not orgcode.is_valid(code):
        return (
            QCoreApplication.translate("LicenceExchange", "组织机构代码校验码错误：第9位为“%1”，按本体应为“%2”")
            .replace("%1", code[8]).replace("%2", orgcode.check_char(code[:8]))
        )  # fmt: skip
    return None


class ExchangeExtension(QObject):
    """Turns a RegistrationPage into the exchange screen (see registration.Extension)."""

    object_name = "licence_exchange"
    uses_segment = False  # the code keeps the existing organisation code

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.page: RegistrationPage | None = None
        self.box = QGroupBox()
        self.ui = Ui_ExchangeBox()
        self.ui.setupUi(self.box)

    def title(self) -> str:
        return self.tr("换发营业执照（三证合一）")

    def button_text(self) -> str:
        return self.tr("换照并发照 (Ctrl+Enter)")

    def attach(self, page: RegistrationPage) -> None:
        self.page = page
        ui = self.ui
        page.ui.extraLayout.addWidget(self.box)
        page.ui.subtitle.setText(self.tr("原注册号、组织机构代码、税务登记号 → 统一社会信用代码"))
        for edit in (ui.oldNumber, ui.orgCode, ui.taxNumber):
            make_code_field(edit)
        ui.establishedOn.setMaximumDate(QDate.currentDate())
        ui.establishedOn.setDate(QDate(2010, 1, 1))
        self.messages = FieldMessages(page.ui.message)
        self.messages.add("old_registration_number", ui.oldNumber, ui.oldNumberError)
        self.messages.add("org_code", ui.orgCode, ui.orgCodeError)
        self.messages.add("tax_number", ui.taxNumber, ui.taxNumberError)
        ui.orgCode.editingFinished.connect(self.check_orgcode)
        ui.orgCode.textEdited.connect(lambda _t: ui.usccPreview.clear())
        ui.oldNumber.returnPressed.connect(ui.orgCode.setFocus)
        ui.orgCode.returnPressed.connect(lambda: self.check_orgcode() and ui.taxNumber.setFocus())
        ui.taxNumber.returnPressed.connect(ui.establishedOn.setFocus)
        page.ui.category.currentIndexChanged.connect(lambda _i: self.check_orgcode())
        page.ui.authority.currentIndexChanged.connect(lambda _i: self.check_orgcode())
        page.setTabOrder(ui.establishedOn, page.ui.category)

    def first_field(self) -> QWidget:
        return self.ui.oldNumber

    def check_orgcode(self) -> bool:
        """Verify the check character now; show the USCC the enterprise will get."""
        ui, page = self.ui, self.page
        problem = orgcode_problem(ui.orgCode.text())
        ui.usccPreview.clear()
        if problem:
            self.messages.show("org_code", problem)
            return False
        self.messages.clear("org_code")
        text = ui.orgCode.text().strip()
        if text and page is not None:
            try:
                code = uscc.compose_from_orgcode("9", page.category(), page.authority(), text)
            except DomainError as exc:
                self.messages.show("org_code", error_text(exc))
                return False
            ui.orgCode.setText(orgcode.format_code(text))
            ui.usccPreview.setText(self.tr("将发放统一社会信用代码：%1").replace("%1", code))
        return True

    def check_all(self) -> bool:
        """Every empty field named beside it (focus on the first), then the check character."""
        self.messages.clear()
        required = ("old_registration_number", "org_code", "tax_number")
        return self.messages.require(required) and self.check_orgcode()

    def request(self, registration_request: RegistrationRequest) -> ExchangeRequest:
        ui = self.ui
        established: date = ui.establishedOn.date().toPython()  # type: ignore[assignment]
        return ExchangeRequest(
            registration=registration_request, old_registration_number=ui.oldNumber.text(),
            org_code=ui.orgCode.text(), tax_number=ui.taxNumber.text(), established_on=established,
        )  # fmt: skip

    def submit(self, request: RegistrationRequest) -> Callable[[], Any]:
        assert self.page is not None
        ctx, exchange, number = self.page.ctx, self.request(request), self.page.application_number
        return lambda: registration.exchange_licence(
            ctx.db, ctx.actor, exchange, application_number=number
        )

    def show_message(self, field: str, message: str) -> bool:
        return field in ("old_registration_number", "org_code", "tax_number") and bool(
            self.messages.show(field, message)
        )

    def has_input(self) -> bool:
        ui = self.ui
        return any(e.text().strip() for e in (ui.oldNumber, ui.orgCode, ui.taxNumber))

    def clear(self) -> None:
        ui = self.ui
        for edit in (ui.oldNumber, ui.orgCode, ui.taxNumber):
            edit.clear()
        ui.usccPreview.clear()
        self.messages.clear()


def open_exchange(
    window,  # noqa: ANN001
    application: ApplicationRegistration | None = None,
) -> RegistrationPage:
    page = open_page(window, page_name(ExchangeExtension.object_name, application))
    if page is None:
        extension = ExchangeExtension()
        page = RegistrationPage(window.ctx, window, extension=extension, application=application)
        extension.setParent(page)
        title = QCoreApplication.translate("ExchangeExtension", "换照")
        window.add_page(page, title_for(title, application))
    page.extension.first_field().setFocus()
    return page
