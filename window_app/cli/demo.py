"""`demo [--applications N] [--seed S]`: a database to try the app on and to benchmark."""

from __future__ import annotations

import sys
import time

from ..services.context import Role
from ..services.demo import DEMO_PASSWORD, USERS, generate
from ..services.first_run import has_users
from .common import open_database, signed_in


def _empty(args) -> bool:  # noqa: ANN001
    """A demo into a database without users creates the demo's users: no one to sign in as."""
    return not has_users(open_database(args))


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("demo", help="fill the database with a demo hall", parents=[common])
    p.add_argument("--applications", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--days", type=int, default=None, help="span of days ending today")
    p.set_defaults(handler=_demo)


@signed_in(Role.ADMINISTRATOR, unless=_empty)
def _demo(args) -> int:  # noqa: ANN001
    if args.applications < 0:
        print("window-app: --applications must not be negative", file=sys.stderr)
        return 2
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
    return 0
