"""The application page's registration box, for a registration matter (SC-0001 establishment,
SC-0004 change …): what was registered for the application (`services.registration_links`),
the button opening the registration page bound to it (F10) and the licence's preview.

A mixin of `application_view.ApplicationPage`: it exists so that the registration matters'
part of the page is read on its own; the page reloads it whenever any window writes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..services import registration_links
from ..services.registration_links import ApplicationRegistration, Registered
from .change_registration import ITEM_NAMES
from .i18n import error_text
from .outcomes import call

REGISTER_BUTTONS = {  # the application's registration -> the button opening its page
    "establishment": QT_TRANSLATE_NOOP("ApplicationPage", "办理设立登记 (F10)…"),
    "exchange": QT_TRANSLATE_NOOP("ApplicationPage", "办理换照 (F10)…"),
    "change": QT_TRANSLATE_NOOP("ApplicationPage", "办理变更登记 (F10)…"),
}


class RegistrationBox:
    """Shows `self.registration` (an `ApplicationRegistration`, or None for other matters)."""

    def load_registration(self) -> None:
        ctx, number = self.ctx, self.number
        call(
            ctx.runner, self, lambda: registration_links.for_application(ctx.db, number),
            self._show_registration, self._load_failed,
        )  # fmt: skip

    def _show_registration(self, link: ApplicationRegistration | None) -> None:
        self.registration = link
        ui = self.ui
        ui.registrationBox.setVisible(link is not None)
        self._set_buttons()
        if link is None:
            return
        ui.registerButton.setText(self.tr(REGISTER_BUTTONS[link.kind]))
        lines = [self._registered_text(r) for r in link.registered]
        if not any(r.kind != "filing" or r.filing_status == "pending" for r in link.registered):
            lines.append(
                self.tr("尚未登记：按 F10 打开登记页面，登记结果记入本申请")
                if link.refusal is None
                else error_text(link.refusal)
            )
        ui.registrationText.setText("\n".join(lines))
        ui.licenceButton.setVisible(self._licence_code() is not None)

    def _registered_text(self, r: Registered) -> str:
        if r.kind == "filing":
            text = (
                self.tr("已提交待办登记：%1（编号%2）　%3受理，请在“待办登记”中办结")
                if r.filing_status == "pending"
                else self.tr("待办登记已撤回：%1（编号%2）　%3受理")
            )
            return (
                text.replace("%1", r.name).replace("%2", str(r.filing_id))
                .replace("%3", r.on.isoformat())
            )  # fmt: skip
        if r.kind == "change":
            items = "、".join(
                QCoreApplication.translate("ChangeRegistrationPage", ITEM_NAMES[i])
                for i in r.items
                if i in ITEM_NAMES
            )
            text = self.tr("已变更登记：%1　统一社会信用代码 %2（不变）　%3　变更事项：%4　执照 %5")
            text = text.replace("%4", items)
        else:
            text = self.tr("已登记：%1　统一社会信用代码 %2　%3　执照 %5")
        return (
            text.replace("%1", r.name).replace("%2", r.uscc or "").replace("%3", r.on.isoformat())
            .replace("%5", r.licence or "—")
        )  # fmt: skip

    def _licence_code(self) -> str | None:
        codes = (
            [r.uscc for r in self.registration.registered if r.uscc] if self.registration else []
        )
        return codes[-1] if codes else None

    def open_registration(self) -> None:
        """The registration page bound to this application (prefilled from the applicant)."""
        link = self.registration
        if self.busy or link is None or not link.can_register:
            return
        from . import change_registration, licence_exchange, registration  # noqa: PLC0415

        opener = {
            "establishment": registration.open_registration,
            "exchange": licence_exchange.open_exchange,
            "change": change_registration.open_change_registration,
        }[link.kind]
        opener(self.window, application=link)

    def show_licence(self) -> None:
        code = self._licence_code()
        if code is None:
            return
        from .licence_print import show_licence  # noqa: PLC0415 (printing: loaded when used)

        self.preview = show_licence(self.ctx, code, self, self._preview_closed)
