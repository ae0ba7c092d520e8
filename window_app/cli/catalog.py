"""`catalog validate [DIR]`, `catalog import [DIR]`, `catalog list`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..core.catalogue import default_catalogue_dir, validate_catalogue
from ..core.catalogue_schema import CatalogueError
from ..services.catalogue_import import import_catalogue
from ..services.context import Role
from ..storage.models import Matter, MatterVersion
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
    ops.add_parser("list", help="one matter a line: code TAB name", parents=[common]).set_defaults(
        handler=_list
    )


@public
def _validate(args) -> int:  # noqa: ANN001
    directory = args.dir or default_catalogue_dir()
    issues = validate_catalogue(directory)
    for issue in issues:
        print(str(issue), file=sys.stderr)
    if issues:
        print(f"{len(issues)} problem(s) in {directory}", file=sys.stderr)
        return 1
    print(f"ok\t{directory}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    directory = args.dir or default_catalogue_dir()
    try:
        plan = import_catalogue(
            open_database(args), cli_actor(), directory, effective_from=args.effective
        )
    except CatalogueError as exc:  # nothing was imported: the same report as `catalog validate`
        for issue in exc.issues:
            print(str(issue), file=sys.stderr)
        print(f"{len(exc.issues)} problem(s) in {directory}; nothing imported", file=sys.stderr)
        return 1
    for code in plan.new_matters:
        print(f"new\t{code}")
    for code in plan.changed_matters:
        print(f"changed\t{code}")
    print(f"{len(plan.unchanged)} unchanged", file=sys.stderr)
    return 0


@public
def _list(args) -> int:  # noqa: ANN001
    db = open_database(args)
    with db.reading() as session:
        rows = session.execute(
            select(Matter.code, MatterVersion.name)
            .join(MatterVersion, MatterVersion.matter_id == Matter.id)
            .order_by(Matter.code, MatterVersion.version.desc())
        ).all()
    seen: set[str] = set()
    for code, name in rows:
        if code not in seen:
            seen.add(code)
            print(f"{code}\t{name}")
    return 0
