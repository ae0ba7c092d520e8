"""The back office's test set-up (issue 19): the day the hand-over tests start on, a reviewer
account tied to one department, the command line run as a signed-in user, and a one-pixel scan.

It exists so that the back-office tests, split by feature (test_backoffice_*.py), and the
reviewer's GUI tests make their people and scans the same way.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import TEST_PASSWORD, password_file
from window_app.services import users
from window_app.services.context import SYSTEM, Role

DAY = date(2026, 9, 25)  # a Friday; CG-0001 (城管局 CGJ): 10 promised working days


def reviewer(db, username="rev-cgj", department="CGJ"):
    users.create_user(db, SYSTEM, username, f"{department}审批员", Role.REVIEWER, TEST_PASSWORD,
                      must_change=False, department_code=department)  # fmt: skip
    return users.login(db, username, TEST_PASSWORD)


def as_user(db, username: str, *args: str) -> list[str]:
    return ["--database", db.url, "--user", username, "--password-file", str(password_file()),
            *args]  # fmt: skip


PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000185d3b2a90000000049454e44ae426082"
)
