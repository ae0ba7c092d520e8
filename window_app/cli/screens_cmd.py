"""The hall's screens: `hall-display [--no-voice] [--cantonese] [--windowed]` (the TV: current
calls, the last calls, waiting per line, and the spoken call) and `evaluator --window A01
[--windowed]` (the counter's applicant-facing rating screen) and `kiosk [--paper 58|80]
[--printer NAME] [--no-print] [--windowed]` (the self-service ticket machine, printing on a
thermal roll). All run until closed. On a per-person PostgreSQL hall they connect as the
screens' login, whose password an administrator sets with `screens-login --password-stdin`."""

from __future__ import annotations

import getpass
import sys

from ..services import screens_login
from ..services.context import Role
from .common import cli_actor, open_database, public, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    d = sub.add_parser(
        "hall-display", help="the hall's call display (full screen)", parents=[common]
    )
    d.add_argument("--no-voice", dest="voice", action="store_false", help="no spoken calls")
    d.add_argument("--cantonese", action="store_true", help="also say each call in Cantonese")
    d.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    d.set_defaults(handler=_hall_display)
    e = sub.add_parser("evaluator", help="the counter's rating screen (好差评)", parents=[common])
    e.add_argument("--window", required=True, help="the window number it stands at, e.g. A01")
    e.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    e.set_defaults(handler=_evaluator)
    k = sub.add_parser(
        "kiosk", help="the self-service ticket kiosk (full screen)", parents=[common]
    )
    k.add_argument("--paper", type=int, choices=[58, 80], default=None,
                   help="thermal roll width, mm (default: the settings' queue-ticket paper, 80)")  # fmt: skip
    k.add_argument("--printer", default="",
                   help="printer name (default: the settings' queue-ticket printer, else the "
                   "documents' printer, else the system's default)")  # fmt: skip
    k.add_argument("--no-print", action="store_true", help="show the ticket without printing")
    k.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    k.set_defaults(handler=_kiosk)
    s = sub.add_parser(
        "screens-login",
        help="set the password of the screens' PostgreSQL login (administrators)",
        parents=[common],
    )
    s.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    s.set_defaults(handler=_screens_login)


@signed_in(Role.ADMINISTRATOR)
def _screens_login(args) -> int:  # noqa: ANN001
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("屏幕登录的新密码: ")
    name = screens_login.set_password(open_database(args), cli_actor(), password)
    print(
        f"{name}: 已设置密码；请把它放在各屏幕电脑的 {screens_login.password_path().name}（权限600）"
    )
    return 0


@public  # a GUI screen that runs unattended without sign-in by design (issue 18)
def _hall_display(args) -> int:  # noqa: ANN001
    from ..ui.screens import run_hall_display  # only these commands pay for importing Qt

    return run_hall_display(args)


@public  # a GUI screen that runs unattended without sign-in by design (issue 18)
def _evaluator(args) -> int:  # noqa: ANN001
    from ..ui.screens import run_evaluator

    return run_evaluator(args)


@public  # a GUI screen that runs unattended without sign-in by design (issue 18)
def _kiosk(args) -> int:  # noqa: ANN001
    from ..ui.screens import run_kiosk

    return run_kiosk(args)
