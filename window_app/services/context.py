"""Who is acting, from which window, and what their role allows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..core.errors import DomainError


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    REVIEWER = "reviewer"  # 审批人员: works for one catalogue department (issue 19)


ROLE_LABELS = {
    Role.CLERK: "窗口人员",
    Role.SUPERVISOR: "督查/科室负责人",
    Role.ADMINISTRATOR: "系统管理员",
    Role.REVIEWER: "审批人员",
}


class PermissionDenied(DomainError):
    pass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    window_id: int | None = None
    window_number: str = ""
    display_name: str = ""
    department_code: str = ""  # the catalogue department a reviewer works for

    def require(self, *roles: Role) -> None:
        """Refuse unless the actor holds one of `roles`; enforced in services, not only menus."""
        if self.role not in roles:
            allowed = "、".join(ROLE_LABELS[r] for r in roles)
            raise PermissionDenied(
                f"无权限：此操作仅限{allowed}",
                english=f"Not permitted: only {' or '.join(str(r) for r in roles)} users may do this.",
            )

    def require_department(self, department_code: str) -> None:
        """A reviewer acts only on their own department's work; other roles are not limited here."""
        if self.role is Role.REVIEWER and self.department_code != department_code:
            raise PermissionDenied(
                f"无权限：此件属于部门{department_code}，不属于您的部门{self.department_code or '（未指定）'}",
                english=f"Not permitted: this item belongs to department {department_code}, not to yours ({self.department_code or 'none'}).",
            )


SYSTEM = Actor(user_id=None, username="system", role=Role.ADMINISTRATOR, display_name="系统")
