"""The back office from the command line (issue 19).

- `handover create --department CODE [--pdf FILE]` (window): every accepted application waiting
  for that department goes on a new hand-over list (移交清单); prints the batch line
  `BATCH<TAB>DEPARTMENT<TAB>COUNT` then one line per item `NUMBER<TAB>MATTER<TAB>DUE`.
- `handover receive CODE…` (reviewer): sign for a scanned batch (every item) or application
  number; prints `received<TAB>NUMBER` (or `already<TAB>NUMBER`) per item.
- `handover print BATCH --pdf FILE`: the hand-over list again; `handover custody NUMBER`: who
  held the file, from when.
- `decide NUMBER approve|refuse|suspend [--reason T] [--basis T] [--step S]` (reviewer): the
  department's decision; prints `NUMBER<TAB>STATE<TAB>RESULT_NUMBER`; a suspension pauses for
  `--step` (default expert_review; hearing, or a step the matter declares).

- `verify NUMBER pass|fail [--note T] [--pdf FILE]` (reviewer or supervisor): a commitment's
  verification; a failure revokes the approval (prints `NUMBER<TAB>revoked<TAB>DOC_NUMBER`; the
  撤销决定书 to FILE) and lists the applicant as untrustworthy. Otherwise `NUMBER<TAB>passed`.
- `referrals list [--open]` (a reviewer: their department's), `referrals ack ID…` (reviewer),
  `referrals ack-days N` (administrator): 先照后证 referrals, `ID<TAB>USCC<TAB>NAME<TAB>PERMIT<TAB>
  DEPARTMENT<TAB>DELIVERED<TAB>DUE<TAB>delivered|acknowledged|overdue`.
- `archive attach NUMBER KEY FILE…` / `archive folder NUMBER KEY DIR` / `archive scan NUMBER KEY
  [--device D]` (window): scanned pages of a checklist item (`SHA256<TAB>KEY` a line);
  `archive list NUMBER`; `archive export NUMBER --out DIR` (the case file with its manifest:
  `manifest<TAB>PATH<TAB>N files`); `archive verify DIR` (`ok<TAB>N files`, or one
  `PATH: problem` a line and exit 1); `archive reuse NUMBER [KEY]`: the still-valid copies the
  applicant gave before (`KEY<TAB>FROM_APPLICATION<TAB>GIVEN_ON<TAB>N files`), or take one
  (`reused<TAB>KEY<TAB>FROM_APPLICATION`).
- `verifications [--all]`: the open verification tasks by due day
  (`NUMBER<TAB>MATTER<TAB>DEPARTMENT<TAB>DUE<TAB>open|overdue`).
- `gaps list [--all] [--on D]` (window): 容缺 materials still owed, due within 3 days or late
  (`--all`: every open one), `NUMBER<TAB>KEY<TAB>MATERIAL<TAB>PROMISED_BY<TAB>open|overdue`;
  `gaps supply NUMBER KEY` (window: it arrived) and `gaps waive NUMBER KEY --reason T`
  (supervisor) print `NUMBER<TAB>KEY<TAB>supplied|waived`.

Exit codes: 0 done, 1 refused (the reason on standard error), 2 usage.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ..services import (
    case_file,
    department_decisions,
    handover,
    handover_print,
    material_gaps,
    material_reuse,
    referral_claims,
    verification,
)
from ..services.context import Role
from .common import cli_actor, inputs, open_database, public, signed_in


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{value}") from None


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("handover", help="hand-over lists to the departments (移交)",
                       parents=[common])  # fmt: skip
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    c = ops.add_parser("create", help="hand a department its waiting applications",
                       parents=[common])  # fmt: skip
    c.add_argument("--department", required=True, metavar="CODE")
    c.add_argument("--pdf", type=Path, metavar="FILE", help="also write the printed list")
    c.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    c.set_defaults(handler=_create)
    r = ops.add_parser("receive", help="sign for a scanned batch or application (reviewer)",
                       parents=[common])  # fmt: skip
    r.add_argument("codes", nargs="+", metavar="CODE", help="batch or application number; - reads stdin")  # fmt: skip
    r.set_defaults(handler=_receive)
    pr = ops.add_parser("print", help="the hand-over list as PDF", parents=[common])
    pr.add_argument("batch")
    pr.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    pr.set_defaults(handler=_print)
    cu = ops.add_parser("custody", help="who held an application's file, from when",
                        parents=[common])  # fmt: skip
    cu.add_argument("number")
    cu.set_defaults(handler=_custody)

    d = sub.add_parser("decide", help="the department's decision (reviewer)", parents=[common])
    d.add_argument("number")
    d.add_argument("outcome", choices=sorted(department_decisions.OUTCOMES))
    d.add_argument("--reason", default="", help="reasons (required to refuse)")
    d.add_argument("--basis", default="", help="legal basis (required to refuse)")
    d.add_argument("--step", default="expert_review",
                   help="suspend for this art. 45 step: expert_review (default), hearing, testing, "
                        "inspection — a hearing or a step the matter declares")  # fmt: skip
    d.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    d.set_defaults(handler=_decide)

    v = sub.add_parser("verify", help="record a commitment's verification", parents=[common])
    v.add_argument("number")
    v.add_argument("result", choices=["pass", "fail"])
    v.add_argument("--note", default="", help="what was found (required for fail)")
    v.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    v.add_argument("--pdf", type=Path, metavar="FILE", help="write the 撤销决定书 of a failure")
    v.set_defaults(handler=_verify)
    t = sub.add_parser("verifications", help="verification tasks by due day", parents=[common])
    t.add_argument("--all", action="store_true", help="also those already verified")
    t.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    t.set_defaults(handler=_verifications)

    g = sub.add_parser("gaps", help="materials accepted missing (容缺受理)", parents=[common])
    gops = g.add_subparsers(dest="op", required=True, metavar="OP")
    gl = gops.add_parser("list", help="materials owed, due soon or late", parents=[common])
    gl.add_argument("--all", action="store_true", help="every open one, whatever its date")
    gl.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    gl.set_defaults(handler=_gaps)
    gs = gops.add_parser("supply", help="the applicant brought the material", parents=[common])
    gs.add_argument("number")
    gs.add_argument("key", help="the checklist item's key")
    gs.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    gs.set_defaults(handler=_gap_supply)
    gw = gops.add_parser("waive", help="decide without it (supervisor)", parents=[common])
    gw.add_argument("number")
    gw.add_argument("key")
    gw.add_argument("--reason", required=True)
    gw.set_defaults(handler=_gap_waive)

    rf = sub.add_parser("referrals", help="先照后证 referrals and their acknowledgement (认领)",
                        parents=[common])  # fmt: skip
    rops = rf.add_subparsers(dest="op", required=True, metavar="OP")
    rl = rops.add_parser("list", help="referrals with their status", parents=[common])
    rl.add_argument("--open", action="store_true", help="only those not yet acknowledged")
    rl.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD")
    rl.set_defaults(handler=_referrals)
    ra = rops.add_parser("ack", help="acknowledge referrals (reviewer)", parents=[common])
    ra.add_argument("ids", nargs="+", type=int, metavar="ID")
    ra.set_defaults(handler=_acknowledge)
    rd = rops.add_parser("ack-days", help="the acknowledgement period (working days)",
                         parents=[common])  # fmt: skip
    rd.add_argument("days", type=int)
    rd.set_defaults(handler=_ack_days)

    ar = sub.add_parser("archive", help="the case file: scans and export (电子档案)",
                        parents=[common])  # fmt: skip
    aops = ar.add_subparsers(dest="op", required=True, metavar="OP")
    at = aops.add_parser("attach", help="attach files to a checklist item", parents=[common])
    at.add_argument("number")
    at.add_argument("key", help="the checklist item's key")
    at.add_argument("files", nargs="+", type=Path)
    at.set_defaults(handler=_attach)
    af = aops.add_parser("folder", help="attach what a scanner saved into DIR", parents=[common])
    af.add_argument("number")
    af.add_argument("key")
    af.add_argument("folder", type=Path)
    af.set_defaults(handler=_attach_folder)
    asc = aops.add_parser("scan", help="scan one page (SANE scanimage)", parents=[common])
    asc.add_argument("number")
    asc.add_argument("key")
    asc.add_argument("--device", default=None)
    asc.set_defaults(handler=_scan)
    al = aops.add_parser("list", help="the application's scanned materials", parents=[common])
    al.add_argument("number")
    al.set_defaults(handler=_scans)
    ae = aops.add_parser("export", help="write the case file", parents=[common])
    ae.add_argument("number")
    ae.add_argument("--out", type=Path, required=True, metavar="DIR")
    ae.set_defaults(handler=_export)
    av = aops.add_parser("verify", help="check an exported case file", parents=[common])
    av.add_argument("folder", type=Path)
    av.set_defaults(handler=_verify_export)
    au = aops.add_parser("reuse", help="materials the applicant already gave", parents=[common])
    au.add_argument("number")
    au.add_argument("key", nargs="?", default=None, help="take the offer for this item")
    au.set_defaults(handler=_reuse)


@signed_in(*handover.HANDOVER_ROLES)
def _create(args: argparse.Namespace) -> int:
    db = open_database(args)
    batch = handover.create_batch(db, cli_actor(), args.department, on=args.on)
    print(f"{batch.number}\t{batch.department_code}\t{len(batch.items)}")
    for item in batch.items:
        due = item.promised_deadline.isoformat() if item.promised_deadline else "-"
        print(f"{item.number}\t{item.matter_code}\t{due}")
    if args.pdf:
        _write(args.pdf, handover_print.handover_list_pdf(db, cli_actor(), batch.number))
    return 0


@signed_in(*handover.RECEIVE_ROLES)
def _receive(args: argparse.Namespace) -> int:
    db = open_database(args)
    for code in inputs(args.codes):
        receipt = handover.receive(db, cli_actor(), code)
        for number in receipt.received:
            print(f"received\t{number}")
        for number in receipt.already:
            print(f"already\t{number}")
    return 0


@signed_in(*handover.READ_ROLES)
def _print(args: argparse.Namespace) -> int:
    db = open_database(args)
    _write(args.pdf, handover_print.handover_list_pdf(db, cli_actor(), args.batch))
    return 0


@signed_in(*handover.READ_ROLES)
def _custody(args: argparse.Namespace) -> int:
    db = open_database(args)
    for row in handover.custody(db, cli_actor(), args.number):
        where = row.holder + (f":{row.department_code}" if row.department_code else "")
        print(f"{row.since:%Y-%m-%d %H:%M:%S}\t{where}\t{row.event}\t{row.username}\t{row.batch or '-'}")  # fmt: skip
    return 0


@signed_in(Role.REVIEWER)
def _decide(args: argparse.Namespace) -> int:
    db = open_database(args)
    result = department_decisions.decide(
        db,
        cli_actor(),
        args.number,
        args.outcome,
        args.reason,
        args.basis,
        on=args.on,
        step=args.step,
    )
    print(f"{result.number}\t{result.state}\t{result.result_number or '-'}")
    return 0


@signed_in(*verification.VERIFY_ROLES)
def _verify(args: argparse.Namespace) -> int:
    db = open_database(args)
    done = verification.verify(db, cli_actor(), args.number, args.result == "pass", args.note,
                               on=args.on)  # fmt: skip
    if done.revocation_number:
        print(f"{done.number}\t{done.state}\t{done.revocation_number}")
        if args.pdf:
            _write(args.pdf, verification.revocation_pdf(db, cli_actor(), done.number))
    else:
        print(f"{done.number}\t{done.status}")
    return 0


@signed_in(*verification.READ_ROLES)
def _verifications(args: argparse.Namespace) -> int:
    db = open_database(args)
    for task in verification.tasks(db, cli_actor(), on=args.on, open_only=not args.all):
        status = "overdue" if task.overdue else task.status
        print(f"{task.number}\t{task.matter_code}\t{task.department_code}\t{task.due_on}\t{status}")  # fmt: skip
    return 0


@signed_in(*material_gaps.INTAKE_ROLES)
def _gaps(args: argparse.Namespace) -> int:
    db = open_database(args)
    within = None if args.all else material_gaps.REMIND_DAYS
    for g in material_gaps.reminders(db, cli_actor(), on=args.on, within_days=within):
        status = "overdue" if g.overdue else g.status
        print(f"{g.number}\t{g.key}\t{g.material}\t{g.promised_by}\t{status}")
    return 0


@signed_in(*material_gaps.INTAKE_ROLES)
def _gap_supply(args: argparse.Namespace) -> int:
    g = material_gaps.supply(open_database(args), cli_actor(), args.number, args.key, on=args.on)
    print(f"{g.number}\t{g.key}\t{g.status}")
    return 0


@signed_in(Role.SUPERVISOR)
def _gap_waive(args: argparse.Namespace) -> int:
    g = material_gaps.waive(open_database(args), cli_actor(), args.number, args.key, args.reason)
    print(f"{g.number}\t{g.key}\t{g.status}")
    return 0


def _claim_line(c: referral_claims.Claim) -> str:
    return "\t".join([str(c.id), c.uscc, c.enterprise, c.permit, c.department_code,
                      c.delivered_on.isoformat(), c.due_on.isoformat(), c.status])  # fmt: skip


@signed_in(*referral_claims.READ_ROLES)
def _referrals(args: argparse.Namespace) -> int:
    db = open_database(args)
    for claim in referral_claims.claims(db, cli_actor(), on=args.on, open_only=args.open):
        print(_claim_line(claim))
    return 0


@signed_in(Role.REVIEWER)
def _acknowledge(args: argparse.Namespace) -> int:
    db = open_database(args)
    for referral_id in args.ids:
        print(_claim_line(referral_claims.acknowledge(db, cli_actor(), referral_id)))
    return 0


@signed_in(Role.ADMINISTRATOR)
def _ack_days(args: argparse.Namespace) -> int:
    print(referral_claims.set_ack_workdays(open_database(args), cli_actor(), args.days))
    return 0


def _read(path: Path) -> tuple[str, bytes]:
    try:
        return path.name, path.read_bytes()
    except OSError:
        raise case_file.CaseFileError(f"无法读取文件{path}",
                                      english=f"The file {path} cannot be read.") from None  # fmt: skip


@signed_in(*case_file.ATTACH_ROLES)
def _attach(args: argparse.Namespace) -> int:
    files = [_read(p) for p in args.files]
    for digest in case_file.attach(open_database(args), cli_actor(), args.number, args.key, files):
        print(f"{digest}\t{args.key}")
    return 0


@signed_in(*case_file.ATTACH_ROLES)
def _attach_folder(args: argparse.Namespace) -> int:
    db = open_database(args)
    for digest in case_file.attach_folder(db, cli_actor(), args.number, args.key, args.folder):
        print(f"{digest}\t{args.key}")
    return 0


@signed_in(*case_file.ATTACH_ROLES)
def _scan(args: argparse.Namespace) -> int:
    db = open_database(args)
    print(
        f"{case_file.scan(db, cli_actor(), args.number, args.key, device=args.device)}\t{args.key}"
    )
    return 0


@signed_in(*case_file.READ_ROLES)
def _scans(args: argparse.Namespace) -> int:
    for s in case_file.scans(open_database(args), cli_actor(), args.number):
        print(f"{s.material_key}\t{s.sha256}\t{s.filename}\t{s.media_type}\t{s.size}\t{s.source}\t{s.attached_by}\t{s.attached_at:%Y-%m-%d %H:%M:%S}")  # fmt: skip
    return 0


@signed_in(*case_file.READ_ROLES)
def _export(args: argparse.Namespace) -> int:
    manifest = case_file.export(open_database(args), cli_actor(), args.number, args.out)
    count = len(json.loads(manifest.read_text("utf-8"))["files"])
    print(f"manifest\t{manifest}\t{count} files")
    return 0


@public
def _verify_export(args: argparse.Namespace) -> int:
    problems = case_file.verify(args.folder)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    count = len(json.loads((args.folder / case_file.MANIFEST).read_text("utf-8"))["files"])
    print(f"ok\t{count} files")
    return 0


@signed_in(*case_file.ATTACH_ROLES)
def _reuse(args: argparse.Namespace) -> int:
    db = open_database(args)
    if args.key:
        offer = material_reuse.reuse(db, cli_actor(), args.number, args.key)
        print(f"reused\t{offer.material_key}\t{offer.from_application}")
        return 0
    for o in material_reuse.offers(db, cli_actor(), args.number):
        print(f"{o.material_key}\t{o.from_application}\t{o.given_on}\t{len(o.sha256s)} files")
    return 0


def _write(path: Path, pdf: bytes) -> None:
    path.write_bytes(pdf)
    print(f"pdf\t{path}")
