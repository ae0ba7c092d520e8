"""好差评 from the command line (scripted halls and tests).

`evaluation record NUMBER --level 1..5 [--tags 510,511] [--text T] [--encounter E]`: a rating of
application NUMBER (level in the national direction: 5 非常满意 … 1 非常不满意; the tags must
belong to that level), by the applicant under their real name; prints
`EVALUATION<TAB>NUMBER<TAB>level<TAB>attempt<TAB>case` (case: the rectification case a real-name
差评 opened, or empty).
`evaluation days --followup N --rectify N`: the 差评 follow-up and rectification working days.
`evaluation cases [--state open|overdue|all]`: `CASE<TAB>NUMBER<TAB>level<TAB>state<TAB>
followup due<TAB>rectify due<TAB>overdue`.
`report evaluations --from D --to D --format json|xlsx [--out F]` is in `report`.
"""

from __future__ import annotations

from ..core.evaluation import ENCOUNTERS
from ..services import evaluation, evaluation_cases
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("evaluation", help="好差评 ratings and 差评 cases", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    r = ops.add_parser("record", help="record a rating of an application", parents=[common])
    r.add_argument("number")
    r.add_argument("--level", type=int, required=True, choices=range(1, 6),
                   help="5 非常满意 … 1 非常不满意")  # fmt: skip
    r.add_argument("--tags", type=_tags, default=[], help="tag codes, comma-separated")
    r.add_argument("--text", default="")
    r.add_argument("--encounter", choices=ENCOUNTERS)
    r.set_defaults(handler=_record)
    d = ops.add_parser("days", help="follow-up and rectification working days", parents=[common])
    d.add_argument("--followup", type=int, required=True)
    d.add_argument("--rectify", type=int, required=True)
    d.set_defaults(handler=_days)
    c = ops.add_parser("cases", help="rectification cases of 差评", parents=[common])
    c.add_argument("--state", choices=["open", "overdue", "all"], default="open")
    c.set_defaults(handler=_cases)


@signed_in(Role.CLERK, Role.SUPERVISOR)
def _record(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        rated = evaluation.record_evaluation(
            db, cli_actor(), args.number, args.level, args.tags, args.text,
            encounter=args.encounter,
        )  # fmt: skip
    finally:
        db.dispose()
    case = "" if rated.case_id is None else str(rated.case_id)
    print(f"{rated.evaluation_id}\t{rated.case_number}\t{rated.level}\t{rated.attempt}\t{case}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _days(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        evaluation.set_case_days(db, cli_actor(), args.followup, args.rectify)
    finally:
        db.dispose()
    return 0


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _cases(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        cases = evaluation_cases.list_cases(db, cli_actor(), which=args.state)
    finally:
        db.dispose()
    for c in cases:
        print(f"{c.id}\t{c.case_number}\t{c.level}\t{c.state}\t{c.followup_due}\t"
              f"{c.rectify_due}\t{'overdue' if c.overdue else ''}")  # fmt: skip
    return 0
