"""What the registration page checks while the clerk fills it in: the authority's code capacity
before the clerk starts, the name and the ID number as the clerk leaves them, the permits the
business scope needs (先照后证), and the investors' identifiers and total.

A mixin of `registration.RegistrationPage` (it reads the page's `ui`, `ctx`, `window`,
`messages`, `investors`, `extension` and its signals): the checks are read apart from the
registering itself.
"""

from __future__ import annotations

from ..core import idcard
from ..core.errors import DomainError
from ..services import code_segments, referrals, registration
from .i18n import error_text
from .investors import add_row, identifier_problem, remove_current
from .outcomes import Refused, call

_WARN_STYLE = "color: #8a5a00; background: #fff8e1; padding: 4px;"
_ERROR_STYLE = "color: #c62828; background: #fff5f5; padding: 6px; font-weight: bold;"


class RegistrationChecks:
    """The checks run off the UI thread, each showing its result beside its field."""

    # --- capacity: before the clerk starts ----------------------------------------------------
    def check_capacity(self) -> None:
        if self.extension is not None and not self.extension.uses_segment:
            self.exhausted = False
            self.capacity_checked.emit()
            return
        db, authority = self.ctx.db, self.authority()
        call(
            self.ctx.runner, self, lambda: code_segments.check_capacity(db, authority),
            self._capacity, self._no_capacity,
        )  # fmt: skip

    def _capacity(self, capacity: code_segments.Capacity) -> None:
        self.exhausted = False
        banner = self.ui.capacity
        if capacity.low:
            banner.setStyleSheet(_WARN_STYLE)
            banner.setText(
                self.tr("代码号段即将用尽：本登记机关仅剩%1个代码，请通知系统管理员添加号段。")
                .replace("%1", str(capacity.remaining))
            )  # fmt: skip
            banner.setVisible(True)
        else:
            banner.setVisible(False)
        self._set_busy(self.busy)
        self.capacity_checked.emit()

    def _no_capacity(self, refused: Refused) -> None:
        self.exhausted = refused.kind == "SegmentExhausted"
        banner = self.ui.capacity
        banner.setStyleSheet(_ERROR_STYLE)
        banner.setText(refused.message)
        banner.setVisible(True)
        self._set_busy(self.busy)
        self.capacity_checked.emit()

    # --- checks as the clerk leaves a field ---------------------------------------------------
    def check_name(self) -> None:
        name = self.ui.name.text().strip()
        if not name:
            return
        self._name_generation += 1
        generation, db, authority = self._name_generation, self.ctx.db, self.authority()
        call(
            self.ctx.runner, self, lambda: registration.check_name(db, name, authority),
            lambda _key: self._name_ok(generation), lambda r: self._name_refused(generation, r),
        )  # fmt: skip

    def _name_ok(self, generation: int) -> None:
        if generation == self._name_generation:
            self.messages.clear("name")
            self.window.show_status(self.tr("名称可以使用"))
            self.name_checked.emit()

    def _name_refused(self, generation: int, refused: Refused) -> None:
        if generation != self._name_generation:
            return
        focus = self.focusWidget()
        self.messages.show("name", refused.message)
        if focus is not None and focus is not self.ui.name:
            focus.setFocus()  # the clerk has moved on: show the message, don't pull them back
        self.name_checked.emit()

    def check_id(self) -> bool:
        text = self.ui.repId.text().strip()
        if not text:
            return True
        try:
            idcard.validate(text)
        except DomainError as exc:
            self.messages.show("legal_representative.id_number", error_text(exc))
            return False
        self.messages.clear("legal_representative.id_number")
        return True

    def _id_entered(self) -> None:
        if self.check_id():
            self.ui.businessScope.setFocus()

    def _permit_hint(self) -> None:
        scope = self.ui.businessScope.toPlainText().strip()
        if not scope:
            self.ui.permitHint.clear()
            return
        call(
            self.ctx.runner, self, lambda: referrals.referrals_for_scope(scope),
            self._show_permits, lambda _r: self.ui.permitHint.clear(),
        )  # fmt: skip

    def _show_permits(self, items: list) -> None:
        if not items:
            self.ui.permitHint.clear()
            return
        lines = "；".join(f"{i.scope_item}：{i.permit}（{i.department}）" for i in items)
        self.ui.permitHint.setText(
            self.tr("先照后证：登记后将打印双告知书，申请人须另行办理 %1").replace("%1", lines)
        )

    # --- investors ---------------------------------------------------------------------------
    def add_investor(self) -> None:
        add_row(self.ui.investors, self.investors)

    def remove_investor(self) -> None:
        remove_current(self.ui.investors, self.investors)

    def _investors_changed(self, *_args) -> None:  # noqa: ANN002
        problems = [
            self.tr("第%1位股东：%2").replace("%1", str(n)).replace("%2", problem)
            for n, (_name, ident, _amount) in enumerate(self.investors.rows(), start=1)
            if (problem := identifier_problem(ident))
        ]
        if problems:
            self.messages.show("investors", "；".join(problems))
            self.ui.investors.setFocus()
        else:
            self.messages.clear("investors")
        total = self.investors.total()
        self.ui.investorTotal.setText(
            "" if not self.investors.rowCount() or total is None
            else self.tr("合计 %1 万元").replace("%1", f"{total.normalize():f}")
        )  # fmt: skip
