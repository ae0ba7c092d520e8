"""Paper a hall can hand out (issue 16), issued for the tests: every document kind rendered on a
fresh demo hall (`render_demo_paper`, also used by test_cups_printing.py), and the tools the
paper tests read PDFs with (pdftotext, pdffonts, zbarimg).

It exists so that the paper tests, split by what they check (test_paper_*.py), share one
rendering: `rendered_paper` renders every kind once per test run, however many modules ask for
it. Set WINDOW_APP_PAPER_DIR to keep the rendered PDFs (to look at them, `pdftoppm -png`).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import seed_hall, sqlite_database

from window_app.core.checklist import Mark
from window_app.services import (
    accept,
    audit,
    code_segments,
    complaint_export,
    complaints,
    completion,
    documents,
    exports,
    guides,
    hall_settings,
    licence,
    notice,
    processing,
    referrals,
    refusal,
    registration,
)
from window_app.services import spot_checks as sc
from window_app.services.checklist import get_checklist
from window_app.services.commitment import approve_on_commitment
from window_app.services.context import SYSTEM
from window_app.services.intake import ApplicantInput, start_application
from window_app.services.registration import Investor, Person, RegistrationRequest

MON = date(2026, 11, 23)
DAY = date(2026, 11, 25)
WATERMARK = hall_settings.DEMO_WATERMARK


def id_no(seq: int) -> str:
    from window_app.core.idcard import check_digit

    first17 = f"440802199001{seq % 28 + 1:02d}{seq % 1000:03d}"
    return first17 + check_digit(first17)


def _person(seq: int, name: str = "王小明") -> ApplicantInput:
    return ApplicantInput("person", name, id_number=id_no(seq), phone="13812345678")


def all_received(db, number: str, day: date) -> list[Mark]:
    return [Mark(r.key, "received") for r in get_checklist(db, number, on=day) if r.required]


def started(db, clerk, matter: str, seq: int, day: date = MON) -> str:
    return start_application(db, clerk, matter_code=matter, applicant=_person(seq), on=day).number


def print_document(db, actor, info: documents.DocumentInfo) -> bytes:
    return documents.record_print(db, actor, info.id, "test").pdf


def _company(**changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name="湛江市美味餐饮有限公司", category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", id_no(301)), registered_capital=Decimal("50"),
        business_scope="餐饮服务；食品销售；住宿服务；日用百货销售",
        investors=(Investor("张三", id_no(301), Decimal("50")),),
    )  # fmt: skip
    return replace(base, **changes)


def _individual() -> RegistrationRequest:
    return RegistrationRequest(
        name="湛江市赤坎区鲜果坊水果店", category="2", enterprise_type="个体工商户",
        domicile="湛江市赤坎区中山一路2号", authority_code="440802",
        legal_representative=Person("李四", id_no(302)), registered_capital=Decimal("3"),
        business_scope="水果零售",
    )  # fmt: skip


def _coop() -> RegistrationRequest:
    return RegistrationRequest(
        name="遂溪县丰收水果种植农民专业合作社", category="3", enterprise_type="农民专业合作社",
        domicile="遂溪县城月镇", authority_code="440823",
        legal_representative=Person("王五", id_no(303)), registered_capital=Decimal("20"),
        business_scope="组织成员种植、销售水果",
        investors=tuple(Investor(n, id_no(303 + i), Decimal("4"))
                        for i, n in enumerate(("王五", "赵六", "孙七", "周八", "吴九"))),
    )  # fmt: skip


COMPLAINTS_FROM = date(2026, 11, 1)
COMPLAINT_PHONE = "13912345678"


def _complaints(db, clerk, boss, number: str) -> None:
    """An answered complaint about an application, one left open past its reply deadline and
    one closed without a reply; 22 more make the register run over a page."""

    def form(day: int, hour: int, content: str, **more) -> complaints.ComplaintForm:
        return complaints.ComplaintForm(
            "window", "陈女士", COMPLAINT_PHONE, "attitude", content,
            received_at=datetime(2026, 11, day, hour, 30), **more,
        )  # fmt: skip

    now = datetime(2026, 11, 25, 18, 0)
    about = complaints.register_complaint(
        db, clerk, form(23, 10, "窗口工作人员未一次性告知所需材料，要求补正两次（“申请书”与"
                        "“身份证明”），往返多次，希望改进。", application_number=number,
                        window_number="A01"), now=now)  # fmt: skip
    complaints.assign_complaint(db, boss, about.id, boss.user_id, on=MON)
    complaints.answer_complaint(db, boss, about.id, "已核实并当面致歉，已对窗口人员进行培训。",
                                "satisfied", on=DAY)  # fmt: skip
    complaints.register_complaint(db, clerk, form(10, 9, "电话咨询无人接听。"), now=now)
    closed = complaints.register_complaint(db, clerk, form(12, 15, "重复投诉。"), now=now)
    complaints.close_complaint(db, boss, closed.id, "与第1号投诉内容相同，已合并办理", on=MON)
    for n in range(22):
        complaints.register_complaint(
            db, clerk, form(13 + n % 10, 8 + n % 9, f"第{n + 1}件：排队等候时间过长，叫号系统"
                            "播报不清，希望增加座椅。"), now=now)  # fmt: skip


def render_every_kind(db, actors: dict, out: Path) -> dict[str, Path]:
    """Issue and print one document of every kind on `db`; returns name -> PDF path."""
    clerk, boss, admin = actors["clerk"], actors["supervisor"], actors["admin"]
    pdfs: dict[str, bytes] = {}

    number = started(db, clerk, "SC-0006", 1)
    done = accept.accept(db, clerk, number, marks=all_received(db, number, MON), on=MON)
    pdfs["receipt"] = print_document(db, clerk, done.document)
    pdfs["receipt-reprint"] = documents.record_print(
        db, clerk, done.document.id, "test", reason="原件遗失"
    ).pdf

    told = started(db, clerk, "SC-0006", 2)
    keys = [m.key for m in all_received(db, told, MON)]
    first = [Mark(k, "received") for k in keys[1:]]  # the first required item missing
    pdfs["notice"] = print_document(db, clerk, notice.issue_notice(db, clerk, told, marks=first,
                                                           on=MON).document)  # fmt: skip
    reopen = [Mark(keys[1], "defective", reason="申请书已过期")]  # not on the first notice
    second = notice.issue_notice(db, clerk, told, marks=reopen, override_by=boss,
                                 override_reason="申请书版本已更新", on=DAY)  # fmt: skip
    pdfs["second-notice"] = print_document(db, clerk, second.document)

    refused = started(db, clerk, "SC-0006", 3)
    outcome = refusal.refuse(db, clerk, refused, reason="申请事项依法不属于本行政机关职权范围",
                             legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                             on=MON)  # fmt: skip
    pdfs["refusal"] = print_document(db, clerk, outcome.document)

    promised = started(db, clerk, "SC-0006", 4)
    first_two = [Mark(r.key, "received") for r in get_checklist(db, promised, on=MON)
                 if r.required][:2]  # fmt: skip
    outcome = approve_on_commitment(db, clerk, promised, signer="王小明", marks=first_two, on=MON)
    pdfs["commitment"] = print_document(db, clerk, outcome.document)

    health = started(db, clerk, "WJ-0001", 5)
    accept.accept(db, clerk, health, marks=all_received(db, health, MON), on=MON)
    processing.start_review(db, clerk, health, on=date(2026, 11, 24))
    processing.decide(db, clerk, health, "approved", on=DAY)
    completion.complete(db, clerk, health, "核发公共场所卫生许可证", on=DAY)
    pdfs["pickup"] = print_document(db, clerk, documents.latest_document(db, health, "pickup"))

    held = started(db, clerk, "WJ-0001", 6)
    accept.accept(db, clerk, held, marks=all_received(db, held, MON), on=MON)
    processing.start_review(db, clerk, held, on=date(2026, 11, 24))
    processing.suspend(db, clerk, held, "hearing", "利害关系人申请听证", on=date(2026, 11, 24))
    processing.resume(db, clerk, held, on=DAY)
    processing.extend(db, boss, held, 5, "需组织专家评审", on=DAY)
    for kind in ("suspension", "resumption", "extension"):
        pdfs[kind] = print_document(db, clerk, documents.latest_document(db, held, kind))

    code_segments.create_segment(db, admin, "2026年第一批", "MA4W", 0, 9999)
    for name, request in (("company", _company()), ("individual", _individual()),
                          ("cooperative", _coop())):  # fmt: skip
        result = registration.register_enterprise(db, clerk, request, on=DAY)
        pdfs[f"licence-{name}"] = licence.print_licence(db, clerk, result.uscc).pdf
        if name == "company":
            pdfs["licence-overlay"] = licence.print_licence(
                db, clerk, result.uscc, overlay=True, reason="套打在预印纸上"
            ).pdf
            pdfs["referral"] = print_document(
                db, clerk, referrals.referral_document(db, result.uscc)
            )

    for variant in guides.VARIANTS:
        pdfs[f"guide-{variant}"] = guides.guide_pdf(db, "SC-0006", variant, on=DAY)
        pdfs[f"guide-{variant}-en"] = guides.guide_pdf(db, "WJ-0001", variant, True, on=DAY)
    pdfs["catalogue"] = guides.render_catalogue_pdf(db, actor=clerk, on=DAY)
    with db.reading() as session:
        head = audit.chain_head(session)
    (out / "audit-head.txt").parent.mkdir(parents=True, exist_ok=True)
    (out / "audit-head.txt").write_text(f"{head[0]} {head[1]}")
    pdfs["daily-report"] = exports.export_board(db, boss, "pdf", MON, DAY, on=DAY).content
    plan = sc.draw_plan(db, boss, sc.Criteria(population="enterprises"), count=2, on=DAY)
    pdfs["spot-check"] = sc.notice_pdf(db, boss, plan.number, on=DAY)
    _complaints(db, clerk, boss, number)
    pdfs["complaint-export"] = complaint_export.export_complaints(
        db, boss, "pdf", COMPLAINTS_FROM, DAY, on=DAY
    ).content

    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, pdf in pdfs.items():
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        paths[name] = path
    return paths


def render_demo_paper(root: Path) -> dict[str, Path]:
    """Every document kind issued on a fresh demo hall in `root`; name -> PDF path."""
    mp = pytest.MonkeyPatch()
    mp.setenv("WINDOW_APP_DATA_DIR", str(root))
    mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(root / "audit.key"))
    try:
        db = sqlite_database(root / "window.sqlite3")
        actors = seed_hall(db)
        hall_settings.mark_demo(db, SYSTEM)  # a demo hall: every page says so
        paths = render_every_kind(db, actors, root / "pdf")
        db.dispose()
    finally:
        mp.undo()
    return paths


needs_paper_tools = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)

_rendered: dict[str, Path] = {}


def rendered_paper(tmp_path_factory) -> dict[str, Path]:
    """Every document kind on a demo hall: name -> PDF path, rendered once per test run (each
    paper test module's `paper` fixture asks for it)."""
    if not _rendered:
        _rendered.update(render_demo_paper(tmp_path_factory.mktemp("paper")))
        keep = os.environ.get("WINDOW_APP_PAPER_DIR")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            for path in _rendered.values():
                shutil.copy(path, Path(keep) / path.name)
    return _rendered


def run_tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> list[str]:
    return run_tool("pdftotext", "-layout", str(path), "-").split("\f")[:-1]


def pdf_lines(path: Path) -> list[str]:
    """Every printed line, as pdftotext's layout analysis sees it (words joined)."""
    out = run_tool("pdftotext", "-bbox-layout", str(path), "-")
    return [
        html.unescape("".join(re.findall(r"<word[^>]*>(.*?)</word>", line, re.S)))
        for line in re.findall(r"<line[^>]*>(.*?)</line>", out, re.S)
    ]
