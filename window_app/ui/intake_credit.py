"""The intake page's credit-list warning (信用联合惩戒): as soon as the applicant's ID number or
USCC is read, is the applicant (or an enterprise's legal representative) on a credit list? The
entries and the matter's credit rule show on the page; registering then asks the clerk to go on
or stop, and the choice is audited.

A mixin of `intake.IntakePage` (it reads the page's `ui`, `ctx`, `window`, `matter` and its
signals). Its messages stay in the IntakePage translation context where they were declared.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..services import bad_credit
from .outcomes import call

CREDIT_RULES = {  # the matter's credit rule (catalogue credit_rule), as the clerk reads it
    "refuse_commitment": QT_TRANSLATE_NOOP("IntakePage", "本事项不适用告知承诺制，按一般程序办理"),
    "extra_review": QT_TRANSLATE_NOOP("IntakePage", "本事项可以受理，须加强审查"),
    "inform": QT_TRANSLATE_NOOP("IntakePage", "本事项仅作提示，正常办理"),
}
PARTIES = {
    "applicant": QT_TRANSLATE_NOOP("IntakePage", "申请人"),
    "legal_rep": QT_TRANSLATE_NOOP("IntakePage", "法定代表人"),
}


class IntakeCredit:
    """Checks the codes against the credit lists and shows the warning; confirms on registering."""

    def _codes(self) -> dict[str, str | None]:
        ui = self.ui
        if ui.kindPerson.isChecked():
            return {"id_number": ui.idNumber.text().strip().upper() or None}
        return {"uscc_code": ui.uscc.text().strip().upper() or None}

    def _credit_check(self) -> None:
        """Is the applicant (or an enterprise's legal representative) on a credit list? Asked
        as soon as the code is read, so the clerk knows before anything is accepted."""
        ctx, codes = self.ctx, self._codes()
        call(ctx.runner, self, lambda: bad_credit.check(ctx.db, ctx.actor, **codes),
             lambda hits, c=codes: self._credit_result(c, hits),
             lambda r: self.ui.message.setText(r.message))  # fmt: skip

    def _credit_result(self, codes: dict, hits: list) -> None:
        if codes != self._codes():
            return  # the code was changed meanwhile: its own check is on its way
        self._credit_shown(hits)

    def _credit_shown(self, hits: list) -> None:
        from .credit_admin import list_name  # the lists' names in the UI's language

        self.credit_hits = list(hits)
        ui = self.ui
        if not hits:
            ui.creditWarning.clear()
            ui.creditWarning.setVisible(False)
            self.credit_checked.emit([])
            return
        rows = "".join(
            "<li>"
            + self.tr("%1 %2 在<b>%3</b>中：%4（认定机关：%5；来源：%6；列入日期：%7）")
            .replace("%1", self.tr(PARTIES[h.party])).replace("%2", escape(h.name or ""))
            .replace("%3", list_name(h.list_kind)).replace("%4", escape(h.reason or "—"))
            .replace("%5", escape(h.authority or "—")).replace("%6", escape(h.source or "—"))
            .replace("%7", h.listed_on.isoformat() if h.listed_on else "—")
            + "</li>"
            for h in hits
        )  # fmt: skip
        rule = ""
        if self.matter is not None and self.matter.definition is not None:
            key = self.matter.definition.credit_rule or "refuse_commitment"
            rule = f"<p><b>{self.tr(CREDIT_RULES[key])}</b></p>"
        ui.creditWarning.setText(
            f"<p><b>{self.tr('信用联合惩戒提示')}</b></p><ul>{rows}</ul>{rule}"
            f"<p>{self.tr('请告知申请人；登记时须确认是否继续。')}</p>"
        )
        ui.creditWarning.setVisible(True)
        self.credit_checked.emit(list(hits))

    def _confirm_credit(self, message: str) -> None:
        """The service found the applicant on a list: the clerk, having told the applicant,
        goes on (audited with the application) or stops (audited now)."""
        from . import dialogs

        self._credit_check()  # the panel shows the entries in the UI's language
        if dialogs.question(
            self, self.tr("信用联合惩戒提示"), message + "\n\n" + self.tr("继续登记？")
        ):
            self.credit_choice.emit("proceed")
            self.start(credit_ack=True)
            return
        ctx, code, codes = self.ctx, self.matter.code, self._codes()
        call(
            ctx.runner, self,
            lambda: bad_credit.record_choice(
                ctx.db, ctx.actor, bad_credit.check(ctx.db, ctx.actor, **codes), code, "stop"
            ),
            lambda _r: self.window.show_status(self.tr("已记录：申请人在信用名单中，未登记")),
            lambda r: self.ui.message.setText(r.message),
        )  # fmt: skip
        self.ui.message.setText(self.tr("未登记：已记录信用提示及您的选择。"))
        self.credit_choice.emit("stop")
