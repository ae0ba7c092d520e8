"""`demo [--applications N] [--seed S]`: a database to try the app on and to benchmark."""

from __future__ import annotations

import sys
import time

from sqlalchemy import select

from ..core.errors import DomainError
from ..services.context import Role
from ..services.demo import DEMO_APPLICATIONS, DEMO_PASSWORD, USERS, generate
from ..services.first_run import has_users
from ..storage.models import Application
from .common import open_database, signed_in

MAX_APPLICATIONS = 5_000_000  # the benchmark's ten busy years are 1,000,000


def _empty(args) -> bool:  # noqa: ANN001
    """A demo into a database without users creates the demo's users: no one to sign in as."""
    return not has_users(open_database(args))


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("demo", help="fill the database with a demo hall", parents=[common])
    p.add_argument("--applications", type=int, default=DEMO_APPLICATIONS, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--days", type=int, default=None, help="span of days ending today")
    p.set_defaults(handler=_demo)


@signed_in(Role.ADMINISTRATOR, unless=_empty)
def _demo(args) -> int:  # noqa: ANN001
    if not 0 <= args.applications <= MAX_APPLICATIONS:
        print(f"window-app: --applications must be 0 to {MAX_APPLICATIONS}", file=sys.stderr)
        return 2
    if args.days is not None and not 1 <= args.days <= 3650:
        print("window-app: --days must be 1 to 3650", file=sys.stderr)
        return 2
    db = open_database(args)
    with db.reading() as session:
        if session.scalar(select(Application.id).limit(1)) is not None:
            raise DomainError("数据库中已有申请：演示数据只能生成在没有申请的数据库中",
                              english="The database already holds applications; a demo can only "
                                      "be generated into a database without any.")  # fmt: skip
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    summary = generate(
        open_database(args), args.applications, seed=args.seed, days=args.days, progress=progress
    )
    print(file=sys.stderr)
    print(
        f"{summary.applications} applications {summary.first_day}..{summary.last_day} "
        f"in {time.perf_counter() - started:.1f}s"
    )
    users = ", ".join(u[0] for u in USERS)
    print(f"users: {users} (password {DEMO_PASSWORD})")
    print(f"reviewers (审批人员): rev-<department code>, e.g. rev-scjgj (password {DEMO_PASSWORD})")
    return 0
