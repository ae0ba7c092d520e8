"""`window-app COMMAND …`: the administrator's scriptable interface.

Each command lives in its own module exposing `register(subparsers, common)`; names, output
formats and exit codes are part of the product (administrators script them).

A command starts fast: only the module(s) of `COMMAND_MODULES` whose source registers the
command named on the line are imported (`_modules_for`), and of the modules that extend it
(`list_cmd.add_list`) only the one adding the subcommand named (`list applications` loads no
complaints, credit or spot-check module); a command module imports the database layer inside
the handlers that open one, so `check`, `workdays` and `catalog` load neither Qt nor the ORM. Help, an unknown command, or a module that could not be read builds
the full parser from every module, exactly as before.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from ..command_line import command_word as _command_word
from ..core.errors import DomainError
from .common import add_sign_in_arguments, reset_sign_in, sign_in

COMMAND_MODULES = [
    "check",
    "workdays",
    "calendar",
    "db",
    "catalog",
    "demo",
    "audit_cmd",
    "users_cmd",
    "report",
    "list_cmd",
    "print_cmd",
    "badcredit",
    "register",
    "change",
    "enterprises",
    "complaints_cmd",
    "licence_cmd",
    "segments",
    "guide_print",
    "spotcheck",
    "queue_cmd",
    "evaluation_cmd",
    "screens_cmd",
    "settings_cmd",
    "backoffice_cmd",
    "resident_cmd",
]

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PROVISIONAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130

log = logging.getLogger("window_app.cli")


def build_parser() -> argparse.ArgumentParser:
    """The parser with every command."""
    return _build(COMMAND_MODULES)[0]


def _modules_for(command: str, subcommand: str | None = None) -> list[str] | None:
    """The modules of COMMAND_MODULES whose source adds a parser named `command`, and those
    that extend them (a module that adds `list enterprises` imports `list_cmd`), in list
    order; None when a module's source cannot be read (then every module is loaded).

    With `subcommand` (`list credit`'s `credit`), an extending module that adds another
    subcommand with `add_list` is left out, unless no loaded module adds `subcommand` at all
    (a mistyped word: every extension loads, so the refusal lists every choice)."""
    # `sub` is `register(sub, common)`'s: a command's own word, not `users list`'s `list`
    named = re.compile(r"\bsub\.add_parser\(\s*[\"']" + re.escape(command) + r"[\"']")
    here = Path(__file__).parent
    sources = {}
    for name in COMMAND_MODULES:
        try:
            sources[name] = (here / f"{name}.py").read_text(encoding="utf-8")
        except OSError:
            return None
    found = {name for name, source in sources.items() if named.search(source)}
    imports = {name: _sibling_imports(source) for name, source in sources.items()}
    while True:
        extending = {name for name in sources if name not in found and imports[name] & found}
        if not extending:
            wanted = found - _other_lists(sources, found, subcommand)
            return [name for name in COMMAND_MODULES if name in wanted]
        found |= extending


_SIBLING_IMPORT = re.compile(r"from \.(?: import (\w+)|(\w+) import)")


def _sibling_imports(source: str) -> set[str]:
    """The modules of this package a command module imports (`from . import m`, `from .m
    import …`; the first name of a `from . import` list)."""
    return {a or b for a, b in _SIBLING_IMPORT.findall(source)}


def _added_lists(source: str) -> set[str]:
    return set(re.findall(r"\badd_list\(\s*[\"']([\w-]+)[\"']", source))


def _other_lists(sources: dict[str, str], found: set[str], subcommand: str | None) -> set[str]:
    """The modules of `found` that only add `list` subcommands other than `subcommand` (none
    when `subcommand` is None or no module of `found` adds it)."""
    if subcommand is None:
        return set()
    own = re.compile(r"\.add_parser\(\s*[\"']" + re.escape(subcommand) + r"[\"']")
    adds = {name: _added_lists(sources[name]) for name in found}
    named = any(subcommand in words for words in adds.values()) or any(
        own.search(sources[name]) and not adds[name] for name in found
    )
    if not named:
        return set()
    return {name for name, words in adds.items() if words and subcommand not in words}


def _parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The parser for this command line: with the command's own module when it can be found
    (and really registers the command), otherwise with every module."""
    word = _command_word(argv)
    subcommand = _command_word(argv[argv.index(word) + 1 :]) if word else None
    modules = _modules_for(word, subcommand) if word else None
    if modules:
        parser, commands = _build(modules)
        if word in commands.choices:
            return parser
    return build_parser()


def _build(modules: Iterable[str]) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --database must not reset one given before the subcommand.
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL; default WINDOW_APP_DATABASE or the per-user file",
    )
    add_sign_in_arguments(common)
    parser = argparse.ArgumentParser(
        prog="window-app", description="Service-window desk (一窗受理)", parents=[common]
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user-interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"{__name__}.{name}").register(sub, common)
    return parser, sub


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when no command is named: the GUI starts without loading every command."""
    quick = argparse.ArgumentParser(prog="window-app", add_help=False)
    quick.add_argument("--database", default=None)
    quick.add_argument("--lang", choices=["zh_CN", "en"])
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def run(argv: list[str] | None = None) -> int:
    """Everything the app creates (database, backups, anchor, logs, exports) is private to its
    owner: the umask is 077 while the app runs."""
    old_umask = os.umask(0o077)
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    finally:
        os.umask(old_umask)


def _command_name(args: argparse.Namespace) -> str:
    """`users add`, `db restore`: the command without its arguments (which may be personal)."""
    parts = [args.command]
    for dest in ("op", "what", "kind"):
        value = getattr(args, dest, None)
        if isinstance(value, str):
            parts.append(value)
    return " ".join(parts)


def _run(argv: list[str]) -> int:
    gui = _gui_arguments(argv)
    if gui is not None:
        from ..ui.app import run_gui  # only the GUI path pays for importing Qt

        return run_gui(gui)
    from ..logging_setup import logging_to_file

    with logging_to_file() as log_file:
        return _command(argv, log_file)


def _command(argv: list[str], log_file: Path | None) -> int:
    parser = _parser_for(argv)
    try:
        args = parser.parse_args(argv)
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001  (an argument no parser rule foresaw)
        log.exception("arguments not understood")
        print("window-app: 参数无法识别", file=sys.stderr)
        return EXIT_USAGE
    args.database = getattr(args, "database", None)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    command = _command_name(args)
    try:
        sign_in(args)
        _collections_from_here()
        code = int(args.handler(args) or 0)
        log.info("%s: exit %d", command, code)
        return code
    except DomainError as exc:
        log.warning("%s refused: %s", command, exc.english)
        print(f"window-app: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("window-app: 已中断，未完成的操作未保存", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001  (a sentence for the person, the traceback for the log)
        log.exception("%s failed unexpectedly", command)
        where = f"（详情已记入日志 {log_file}）" if log_file else ""
        print(f"window-app: 内部错误，命令未完成{where}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        reset_sign_in()
        opened = getattr(args, "_database", None)
        if opened is not None:
            opened[0].dispose()


# Set by `main`: this process runs one command and ends (not a test calling `run`, not the GUI).
_OWN_PROCESS = [False]

#: A command's youngest generation: collected after this many new container objects, not
#: Python's 700. A long command's statements, rows and events die young, and with 700 the
#: collector ran 1,500 times in a 2,000-application demo and promoted enough of a day's
#: transaction to start ten full collections (1.1 CPU s of 23; with 10,000: 0.6 s, issue 17).
COMMAND_GC_THRESHOLD = 10_000


def _collections_from_here() -> None:
    """In a command's own process, garbage collection is off from its start until its handler
    runs: the imports and the sign-in create the ORM's classes, the models and the services
    (a few hundred thousand objects, few cycles), and each full collection would walk them all.
    What is alive then is frozen out of later collections (`gc.freeze`), as the GUI does after
    its start (`ui.app._collect_after_start`); a long command (a demo, an import) collects
    its own garbage as usual, its youngest generation larger (`COMMAND_GC_THRESHOLD`)."""
    if _OWN_PROCESS[0] and not gc.isenabled():
        gc.freeze()
        _, middle, oldest = gc.get_threshold()
        gc.set_threshold(COMMAND_GC_THRESHOLD, middle, oldest)
        gc.enable()


def main() -> None:
    """`window-app-cli`: as `window-app` (`window_app.__main__`), the resident first."""
    from ..__main__ import main as launcher

    launcher()


def in_process() -> None:
    """The `window-app` launcher's own path (after the resident declined). A command's process ends with `os._exit` once its output is
    flushed and the `atexit` handlers (the log file's, `weakref.finalize`'s) have run: every
    transaction is committed and the database disposed by then (`_command`), and the
    interpreter's own teardown (freeing every module and ORM object one by one: about 0.2 s of
    CPU after a signed-in command, issue 22) does nothing a finished command needs. The GUI, or
    a command that leaves a thread running, ends the ordinary way."""
    argv = sys.argv[1:]
    command = _gui_arguments(argv) is None
    if command:
        _OWN_PROCESS[0] = True
        gc.disable()
    try:
        code = run(argv)
    finally:
        gc.enable()
    if command:
        _end_command_process(code)
    sys.exit(code)


def _end_command_process(code: int) -> None:
    """`os._exit(code)` after flushing the output and running the `atexit` handlers; returns
    (for the ordinary exit) when a thread other than a daemon is still running or the output
    cannot be flushed (the ordinary exit then reports it as it always has)."""
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):  # fmt: skip
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()  # noqa: SLF001  (what the ordinary exit runs before its teardown)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code)
