"""The hall's own screens, each its own process without a clerk signing in:
`window-app hall-display` (the TV), `window-app evaluator --window A01` (the counter's
applicant-facing screen), `window-app kiosk` (the self-service ticket machine). They open the database like the desk does
and show one window; on a per-person PostgreSQL hall they sign in as the screens' login
(services.screens_login), and the owner's `db upgrade` migrates."""

from __future__ import annotations

from ..config import database_url
from ..services import screens_login
from ..storage import migrate
from ..storage.database import Database
from .app import make_application, prepare
from .settings import TICKET_PAPER, TICKET_PRINTER, Settings, printer_for


def _start(args):  # noqa: ANN001, ANN202
    app = make_application()
    prepare(app, Settings(), getattr(args, "lang", None))
    db = Database(database_url(getattr(args, "database", None)))
    if db.per_person:
        screens_login.connect(db)
    else:
        migrate.upgrade(db)
    return app, db


def run_hall_display(args) -> int:  # noqa: ANN001
    from .hall_display import HallDisplay, espeak_announcer

    app, db = _start(args)
    announcer = espeak_announcer(args.cantonese) if args.voice else None
    display = HallDisplay(db, announcer)
    if args.windowed:
        display.resize(1280, 720)
        display.show()
    else:
        display.showFullScreen()
    code = app.exec()
    db.dispose()
    return code


def run_evaluator(args) -> int:  # noqa: ANN001
    from .evaluator import EvaluatorWindow

    app, db = _start(args)
    screen = EvaluatorWindow(db, args.window)
    if args.windowed:
        screen.resize(1280, 800)
        screen.show()
    else:
        screen.showFullScreen()
    code = app.exec()
    db.dispose()
    return code


def ticket_paper(args, settings: Settings) -> tuple[int, str]:  # noqa: ANN001
    """The kiosk's roll width and printer: the command line's, else those chosen under 设置 on
    this machine (排队小票打印机, else the documents' printer; "" = the system's default)."""
    paper = args.paper or settings.get(TICKET_PAPER)
    return (paper if paper in (58, 80) else 80), args.printer or printer_for(
        settings, TICKET_PRINTER
    )


def run_kiosk(args) -> int:  # noqa: ANN001
    from .kiosk import KioskWindow, roll_printer

    app, db = _start(args)
    kiosk = KioskWindow(
        db, None if args.no_print else roll_printer(*ticket_paper(args, Settings()))
    )
    if args.windowed:
        kiosk.resize(1080, 1920 // 2)
        kiosk.show()
    else:
        kiosk.showFullScreen()
    code = app.exec()
    db.dispose()
    return code
