"""Random spot checks (双随机抽查).

`spotcheck draw --population enterprises|commitments [--category C] [--authority CODE]
[--from D] [--to D] (--count N | --percent P) [--roles clerk,supervisor] [--seed S] [--date D]`
prints `PLAN<TAB>number<TAB>seed<TAB>population size<TAB>population digest`, then one pick a
line: `position<TAB>key<TAB>name<TAB>inspector<TAB>inspector`.

`spotcheck verify PLAN` redraws from the population stored with the plan at the draw (checked
against its published size and digest), the seed and the inspector pool: `PLAN<TAB>ok` (exit 0)
or `PLAN<TAB>mismatch<TAB>what differs` (exit 1). When the register, under the plan's criteria,
no longer selects that population (e.g. a later registration inside an open date range), a second
line follows for information, whatever the exit status:
`PLAN<TAB>register changed<TAB>now N (drawn from M)` (N objects match the criteria now, M is
the published population size). A plan drawn before migration 0010 has no
stored population: it is selected again from the register, as before (a change there is then a
mismatch, `population differs (now N)`, and no second line).

`spotcheck population PLAN`: the population the plan was drawn from (as stored at the draw; for
a plan drawn before migration 0010, as its criteria select it now), sorted, one object a line:
`key<TAB>handlers` (usernames, comma-separated): with the published seed and inspector pool
anyone can recompute the draw (`core.spot_checks`).

`spotcheck result PLAN KEY normal|problem [--note TEXT] [--date D]` records a result.

`spotcheck print PLAN --out F.pdf [--lang zh|en]`: the plan for publication (公示).

`list spotchecks [--format text|json]`: plans newest first; text `number, drawn_on, population,
population size, sample size, results recorded, seed`; JSON an array of plans with their picks.
"""

from __future__ import annotations

import json

from ..services import spot_checks as sc
from ..services.context import Role
from . import list_cmd
from .common import cli_actor, open_database, signed_in
from .list_cmd import _date as parse_date

EXIT_OK, EXIT_MISMATCH = 0, 1


def _roles(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("spotcheck", help="random spot checks (双随机抽查)", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    d = ops.add_parser("draw", help="draw a plan", parents=[common])
    d.add_argument("--population", choices=[sc.ENTERPRISES, sc.COMMITMENTS], default=sc.ENTERPRISES)
    d.add_argument("--category", choices=["1", "2", "3"], help="organisation category (USCC 2nd)")
    d.add_argument("--authority", help="registering authority (GB/T 2260 code)")
    d.add_argument("--from", dest="date_from", type=parse_date, help="first day (inclusive)")
    d.add_argument("--to", dest="date_to", type=parse_date, help="last day (inclusive)")
    size = d.add_mutually_exclusive_group(required=True)
    size.add_argument("--count", type=int, help="number of objects")
    size.add_argument("--percent", help="share of the population in percent, rounded up")
    d.add_argument("--roles", type=_roles, default=[Role.CLERK, Role.SUPERVISOR],
                   help="inspectors' roles, comma-separated (clerk,supervisor,administrator)")  # fmt: skip
    d.add_argument("--seed", help="published seed; default PLAN-NUMBER/DATE")
    d.add_argument("--date", type=parse_date, help="day of the draw (default today)")
    d.set_defaults(handler=_draw)
    v = ops.add_parser("verify", help="recompute a plan's draw", parents=[common])
    v.add_argument("plan")
    v.set_defaults(handler=_verify)
    o = ops.add_parser("population", help="a plan's population, to recompute it", parents=[common])
    o.add_argument("plan")
    o.set_defaults(handler=_population)
    r = ops.add_parser("result", help="record a drawn object's result", parents=[common])
    r.add_argument("plan")
    r.add_argument("key", help="USCC or application number")
    r.add_argument("result", choices=list(sc.RESULTS))
    r.add_argument("--note", default="")
    r.add_argument("--date", type=parse_date)
    r.set_defaults(handler=_result)
    n = ops.add_parser("print", help="the plan for publication (公示) as PDF", parents=[common])
    n.add_argument("plan")
    n.add_argument("--out", required=True, help="PDF file to write")
    n.add_argument("--lang", dest="doc_lang", choices=["zh", "en"], default="zh")
    n.set_defaults(handler=_print)


@signed_in(*sc.DRAW_ROLES)
def _draw(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        criteria = sc.Criteria(
            population=args.population, category=args.category, authority_code=args.authority,
            date_from=args.date_from, date_to=args.date_to,
        )  # fmt: skip
        plan = sc.draw_plan(
            db, cli_actor(db), criteria, count=args.count, percent=args.percent,
            inspector_roles=args.roles, seed=args.seed, on=args.date,
        )  # fmt: skip
    finally:
        db.dispose()
    print("\t".join(("PLAN", plan.number, plan.seed, str(plan.population_size),
                     plan.population_digest)))  # fmt: skip
    for p in plan.picks:
        print("\t".join((str(p.position), p.key, p.name, *p.inspectors)))
    return EXIT_OK


@signed_in(*sc.DRAW_ROLES)
def _verify(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        check = sc.verify_plan(db, cli_actor(), args.plan)
    finally:
        db.dispose()
    if check.ok:
        print(f"{check.number}\tok")
    else:
        what = []
        if not check.population_matches:
            what.append(
                f"stored population differs from its digest ({check.population_size} stored)"
                if check.frozen
                else f"population differs (now {check.population_size})"
            )
        if not check.picks_match:
            what.append("picks differ")
        print(f"{check.number}\tmismatch\t{'; '.join(what)}")
    if check.frozen and not check.register_matches:
        print(f"{check.number}\tregister changed\tnow {check.register_size}"
              f" (drawn from {check.published_size})")  # fmt: skip
    return EXIT_OK if check.ok else EXIT_MISMATCH


@signed_in(*sc.DRAW_ROLES)
def _population(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        rows = sc.population(db, cli_actor(), args.plan)
    finally:
        db.dispose()
    for c in rows:
        print(f"{c.key}\t{','.join(sorted(c.handlers))}")
    return EXIT_OK


@signed_in(*sc.DRAW_ROLES)
def _result(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        pick = sc.record_result(
            db, cli_actor(), args.plan, args.key, args.result, args.note, on=args.date
        )
    finally:
        db.dispose()
    print(f"{args.plan}\t{pick.key}\t{pick.result}")
    return EXIT_OK


@signed_in(*sc.DRAW_ROLES)
def _print(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        pdf = sc.notice_pdf(db, cli_actor(db), args.plan, lang=args.doc_lang)
    finally:
        db.dispose()
    with open(args.out, "wb") as out:
        out.write(pdf)
    return EXIT_OK


def as_json(plan: sc.PlanInfo) -> dict:
    return {
        "number": plan.number, "drawn_on": plan.drawn_on.isoformat(), "drawn_by": plan.drawn_by,
        "criteria": plan.criteria.as_json(), "count": plan.count, "percent": plan.percent,
        "seed": plan.seed, "algorithm": plan.algorithm,
        "inspector_roles": list(plan.inspector_roles),
        "inspector_pool": list(plan.inspector_pool), "population_size": plan.population_size,
        "population_digest": plan.population_digest, "sample_size": plan.sample_size,
        "picks": [
            {"position": p.position, "key": p.key, "name": p.name,
             "inspectors": list(p.inspectors), "result": p.result, "note": p.note,
             "result_on": p.result_on.isoformat() if p.result_on else None}
            for p in plan.picks
        ],
    }  # fmt: skip


def _build(ops, common) -> None:  # noqa: ANN001
    p = ops.add_parser("spotchecks", help="spot-check plans", parents=[common])
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_list)


@signed_in(*sc.DRAW_ROLES)
def _list(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        plans = sc.list_plans(db, cli_actor())
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([as_json(p) for p in plans], ensure_ascii=False, indent=2))
        return EXIT_OK
    for p in plans:
        print("\t".join((
            p.number, p.drawn_on.isoformat(), p.criteria.population, str(p.population_size),
            str(p.sample_size), str(p.recorded), p.seed,
        )))  # fmt: skip
    return EXIT_OK


list_cmd.add_list("spotchecks", _build)
