"""`catalog validate [DIR]`, `catalog import [DIR]`, `catalog list`, `catalog show CODE`,
`catalog referrals SCOPE`, `catalog search TEXT`.

`catalog search TEXT`: the matters in force today that the intake screen finds for TEXT (code,
name fragment, pinyin initials or full pinyin: `intake.search_matters`), best first, one a line
as code TAB name; exit 1 (and a note on stderr) when nothing matches."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path

from ..config import data_dir, database_url
from ..core import matter_status
from ..core.catalogue_cache import validated
from ..core.catalogue_terms import default_catalogue_dir
from ..services.context import Role
from .common import cli_actor, open_database, public, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("catalog", help="the matter catalogue", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    v = ops.add_parser("validate", help="check a catalogue directory", parents=[common])
    v.add_argument("dir", nargs="?", type=Path, default=None)
    v.set_defaults(handler=_validate)
    i = ops.add_parser("import", help="import as new versions", parents=[common])
    i.add_argument("dir", nargs="?", type=Path, default=None)
    i.add_argument("--effective", type=date.fromisoformat, help="effective date of new versions")
    i.set_defaults(handler=_import)
    ls = ops.add_parser(
        "list", help="one matter a line: code TAB name TAB current|withdrawn DATE", parents=[common]
    )
    ls.add_argument("--date", type=date.fromisoformat, default=None, help="as on this day")
    ls.set_defaults(handler=_list)
    show = ops.add_parser("show", help="the current version of one matter", parents=[common])
    show.add_argument("code")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.add_argument("--date", type=date.fromisoformat, default=None, help="as on this day")
    show.set_defaults(handler=_show)
    ref = ops.add_parser(
        "referrals",
        help="permits and filings a business scope needs: code TAB name TAB licence|filing",
        parents=[common],
    )
    ref.add_argument("scope", help="the business scope in the standard wording")
    ref.add_argument("dir", nargs="?", type=Path, default=None)
    ref.set_defaults(handler=_referrals)
    s = ops.add_parser(
        "search", help="find matters as the intake screen does (code TAB name)", parents=[common]
    )
    s.add_argument("text", nargs="+", help="code, name fragment, pinyin initials or pinyin")
    s.set_defaults(handler=_search)


@public
def _search(args) -> int:  # noqa: ANN001
    from ..services.intake import search_matters

    query = " ".join(args.text)
    found = search_matters(open_database(args), query)
    for choice in found:
        print(f"{choice.code}\t{choice.name}")
    if not found:
        print(f"没有找到匹配的事项：{query}", file=sys.stderr)
        return 1
    return 0


def _issues(directory: Path) -> list[str]:
    from ..core.catalogue import validate_catalogue  # pydantic: only when the files changed

    return [str(issue) for issue in validate_catalogue(directory)]


@public
def _validate(args) -> int:  # noqa: ANN001
    """The files are validated, or their last validation's result is reused when the files,
    the rules and the libraries are byte for byte those it was made from (core.catalogue_cache)."""
    directory = args.dir or default_catalogue_dir()
    issues, reused = validated(directory, data_dir() / "cache", _issues)
    if reused:
        logging.getLogger("window_app.cli").info("catalog validate: unchanged since validated")
    for issue in issues:
        print(issue, file=sys.stderr)
    if issues:
        print(f"{len(issues)} problem(s) in {directory}", file=sys.stderr)
        return 1
    print(f"ok\t{directory}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    from ..core.catalogue import CatalogueError
    from ..services.catalogue_import import import_catalogue  # the ORM: database commands only

    directory = args.dir or default_catalogue_dir()
    try:
        plan = import_catalogue(
            open_database(args), cli_actor(), directory, effective_from=args.effective
        )
    except CatalogueError as exc:  # nothing imported: every problem named, file and field
        for issue in exc.issues:
            print(str(issue), file=sys.stderr)
        print(f"{len(exc.issues)} problem(s) in {directory}: nothing imported", file=sys.stderr)
        return 1
    for code in plan.new_matters:
        print(f"new\t{code}")
    for code in plan.changed_matters:
        print(f"changed\t{code}")
    print(f"{len(plan.unchanged)} unchanged", file=sys.stderr)
    return 0


# each matter's versions, as services.catalogue_status.statuses reads them
_VERSIONS_SQL = (
    "SELECT m.code, v.version, v.name, v.effective_from, v.withdrawn_from FROM matters AS m "
    "JOIN matter_versions AS v ON v.matter_id = m.id ORDER BY m.code, v.version"
)


def _statuses(args) -> list:  # noqa: ANN001
    """The matters' statuses: read with the standard library from a SQLite file at the current
    schema (no ORM to import, as `workdays add` reads its calendar), otherwise through the
    opened, checked and migrated database."""
    from ..storage import light_sqlite

    day = args.date or date.today()
    rows = light_sqlite.rows(database_url(getattr(args, "database", None)), _VERSIONS_SQL)
    if rows is not None:
        return matter_status.statuses(
            ((code, number, name, date.fromisoformat(start), ended and date.fromisoformat(ended))
             for code, number, name, start, ended in rows),
            day,
        )  # fmt: skip
    from ..services import catalogue_status  # the ORM: the ordinary path

    return catalogue_status.statuses(open_database(args), on=day)


@public
def _list(args) -> int:  # noqa: ANN001
    for m in _statuses(args):
        state = "current" if m.current else f"withdrawn {m.withdrawn_from.isoformat()}"
        print(f"{m.code}\t{m.name}\t{state}")
    return 0


# one matter's versions with their stored definitions (SQLAlchemy's JSON: text on SQLite)
_DEFINITIONS_SQL = (
    "SELECT v.version, v.effective_from, v.withdrawn_from, v.definition FROM matters AS m "
    "JOIN matter_versions AS v ON v.matter_id = m.id WHERE m.code = ? ORDER BY v.version"
)


def _definition(args) -> dict:  # noqa: ANN001
    """`services.catalogue_status.current_definition`'s answer, read as `_statuses` reads."""
    from ..storage import light_sqlite

    day, code = args.date or date.today(), matter_status.matter_code(args.code)
    url = database_url(getattr(args, "database", None))
    rows = light_sqlite.rows(url, _DEFINITIONS_SQL, (code,))
    if rows is None:
        from ..services import catalogue_status  # the ORM: the ordinary path

        return catalogue_status.current_definition(open_database(args), code, on=day)
    chosen = matter_status.in_force(((code, date.fromisoformat(r[1]), r) for r in rows), day)
    if code not in chosen:
        raise matter_status.unknown_matter(code)
    number, start, ended, definition = chosen[code]
    return matter_status.definition_view(
        code, number, date.fromisoformat(start), ended and date.fromisoformat(ended),
        json.loads(definition), day,
    )  # fmt: skip


@public
def _show(args) -> int:  # noqa: ANN001
    data = _definition(args)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0

    def limit(x: dict | None) -> str:
        return "—" if x is None else f"{x['value']} {x['unit']}"

    print(f"{data['code']}\t{data['name']}\tv{data['version']}\t{data['status']}")
    print(f"statutory\t{limit(data['limits']['statutory'])}")
    print(f"promised\t{limit(data['limits']['promised'])}")
    for step in data["excluded_time"]:
        print(f"excluded\t{step['step']}\t{step['basis']}")
    for basis in data["legal_basis"]:
        print(f"basis\t{basis['law']}{basis['article']}")
    if data["withdrawal"]:
        w = data["withdrawal"]
        print(f"withdrawn\t{w['withdrawn_from']}\t{w['kind']}\t{w['reason']}")
    return 0


@public
def _referrals(args) -> int:  # noqa: ANN001
    from ..core.catalogue import load_catalogue  # pydantic: this command only

    catalogue = load_catalogue(args.dir or default_catalogue_dir())
    seen: set[tuple[str, str]] = set()
    for permit in catalogue.permits_for_scope(args.scope):
        code = permit.matter or "-"
        if (code, permit.permit) not in seen:
            seen.add((code, permit.permit))
            print(f"{code}\t{permit.permit}\t{permit.kind}")
    return 0
