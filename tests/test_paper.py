"""Paper a hall can hand out (issue 16): every document kind rendered on a fresh demo hall and
checked on the PDF itself — fonts embedded (pdffonts), no placeholder text and the demo
watermark on every page (pdftotext), 第N页 共M页 on every page, barcodes and QR codes that
decode (zbarimg), no line against the Chinese line-breaking rules.

Set WINDOW_APP_PAPER_DIR to keep the rendered PDFs (to look at them, `pdftoppm -png`).
"""

from __future__ import annotations

import html
import itertools
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import cli_sign_in, seed_hall, sqlite_database

from window_app.core.checklist import Mark
from window_app.core.errors import DomainError
from window_app.core.placeholders import placeholder_in
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
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.services.intake import ApplicantInput, start_application
from window_app.services.registration import Investor, Person, RegistrationRequest

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)

MON = date(2026, 11, 23)
DAY = date(2026, 11, 25)
WATERMARK = hall_settings.DEMO_WATERMARK


def _id(seq: int) -> str:
    from window_app.core.idcard import check_digit

    first17 = f"440802199001{seq % 28 + 1:02d}{seq % 1000:03d}"
    return first17 + check_digit(first17)


def _person(seq: int, name: str = "王小明") -> ApplicantInput:
    return ApplicantInput("person", name, id_number=_id(seq), phone="13812345678")


def _all_received(db, number: str, day: date) -> list[Mark]:
    return [Mark(r.key, "received") for r in get_checklist(db, number, on=day) if r.required]


def _started(db, clerk, matter: str, seq: int, day: date = MON) -> str:
    return start_application(db, clerk, matter_code=matter, applicant=_person(seq), on=day).number


def _print(db, actor, info: documents.DocumentInfo) -> bytes:
    return documents.record_print(db, actor, info.id, "test").pdf


def _company(**changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name="湛江市美味餐饮有限公司", category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", _id(301)), registered_capital=Decimal("50"),
        business_scope="餐饮服务；食品销售；住宿服务；日用百货销售",
        investors=(Investor("张三", _id(301), Decimal("50")),),
    )  # fmt: skip
    return replace(base, **changes)


def _individual() -> RegistrationRequest:
    return RegistrationRequest(
        name="湛江市赤坎区鲜果坊水果店", category="2", enterprise_type="个体工商户",
        domicile="湛江市赤坎区中山一路2号", authority_code="440802",
        legal_representative=Person("李四", _id(302)), registered_capital=Decimal("3"),
        business_scope="水果零售",
    )  # fmt: skip


def _coop() -> RegistrationRequest:
    return RegistrationRequest(
        name="遂溪县丰收水果种植农民专业合作社", category="3", enterprise_type="农民专业合作社",
        domicile="遂溪县城月镇", authority_code="440823",
        legal_representative=Person("王五", _id(303)), registered_capital=Decimal("20"),
        business_scope="组织成员种植、销售水果",
        investors=tuple(Investor(n, _id(303 + i), Decimal("4"))
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

    number = _started(db, clerk, "SC-0006", 1)
    done = accept.accept(db, clerk, number, marks=_all_received(db, number, MON), on=MON)
    pdfs["receipt"] = _print(db, clerk, done.document)
    pdfs["receipt-reprint"] = documents.record_print(
        db, clerk, done.document.id, "test", reason="原件遗失"
    ).pdf

    told = _started(db, clerk, "SC-0006", 2)
    keys = [m.key for m in _all_received(db, told, MON)]
    first = [Mark(k, "received") for k in keys[1:]]  # the first required item missing
    pdfs["notice"] = _print(db, clerk, notice.issue_notice(db, clerk, told, marks=first,
                                                           on=MON).document)  # fmt: skip
    reopen = [Mark(keys[1], "defective", reason="申请书已过期")]  # not on the first notice
    second = notice.issue_notice(db, clerk, told, marks=reopen, override_by=boss,
                                 override_reason="申请书版本已更新", on=DAY)  # fmt: skip
    pdfs["second-notice"] = _print(db, clerk, second.document)

    refused = _started(db, clerk, "SC-0006", 3)
    outcome = refusal.refuse(db, clerk, refused, reason="申请事项依法不属于本行政机关职权范围",
                             legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                             on=MON)  # fmt: skip
    pdfs["refusal"] = _print(db, clerk, outcome.document)

    promised = _started(db, clerk, "SC-0006", 4)
    first_two = [Mark(r.key, "received") for r in get_checklist(db, promised, on=MON)
                 if r.required][:2]  # fmt: skip
    outcome = approve_on_commitment(db, clerk, promised, signer="王小明", marks=first_two, on=MON)
    pdfs["commitment"] = _print(db, clerk, outcome.document)

    health = _started(db, clerk, "WJ-0001", 5)
    accept.accept(db, clerk, health, marks=_all_received(db, health, MON), on=MON)
    processing.start_review(db, clerk, health, on=date(2026, 11, 24))
    processing.decide(db, clerk, health, "approved", on=DAY)
    completion.complete(db, clerk, health, "核发公共场所卫生许可证", on=DAY)
    pdfs["pickup"] = _print(db, clerk, documents.latest_document(db, health, "pickup"))

    held = _started(db, clerk, "WJ-0001", 6)
    accept.accept(db, clerk, held, marks=_all_received(db, held, MON), on=MON)
    processing.start_review(db, clerk, held, on=date(2026, 11, 24))
    processing.suspend(db, clerk, held, "hearing", "利害关系人申请听证", on=date(2026, 11, 24))
    processing.resume(db, clerk, held, on=DAY)
    processing.extend(db, boss, held, 5, "需组织专家评审", on=DAY)
    for kind in ("suspension", "resumption", "extension"):
        pdfs[kind] = _print(db, clerk, documents.latest_document(db, held, kind))

    code_segments.create_segment(db, admin, "2026年第一批", "MA4W", 0, 9999)
    for name, request in (("company", _company()), ("individual", _individual()),
                          ("cooperative", _coop())):  # fmt: skip
        result = registration.register_enterprise(db, clerk, request, on=DAY)
        pdfs[f"licence-{name}"] = licence.print_licence(db, clerk, result.uscc).pdf
        if name == "company":
            pdfs["licence-overlay"] = licence.print_licence(
                db, clerk, result.uscc, overlay=True, reason="套打在预印纸上"
            ).pdf
            pdfs["referral"] = _print(db, clerk, referrals.referral_document(db, result.uscc))

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


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> dict[str, Path]:
    paths = render_demo_paper(tmp_path_factory.mktemp("paper"))
    keep = os.environ.get("WINDOW_APP_PAPER_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for path in paths.values():
            shutil.copy(path, Path(keep) / path.name)
    return paths


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> list[str]:
    return _run("pdftotext", "-layout", str(path), "-").split("\f")[:-1]


def test_every_font_is_embedded(paper):
    problems = []
    for name, path in paper.items():
        rows = _run("pdffonts", str(path)).splitlines()[2:]
        for row in rows:
            # name type encoding emb sub uni object ID: the emb column is the 4th from the end
            if row.split()[-5] != "yes":
                problems.append((name, row))
    assert problems == []


def test_no_placeholder_reaches_paper(paper):
    found = {}
    for name, path in paper.items():
        text = _run("pdftotext", str(path), "-")
        stand_in = placeholder_in(text)
        if stand_in:
            found[name] = stand_in
    assert found == {}


def test_demo_watermark_on_every_page(paper):
    missing = []
    for name, path in paper.items():
        pages = _run("pdftotext", "-raw", str(path), "-").split("\f")[:-1]
        for n, page in enumerate(pages, 1):
            if re.sub(r"\s", "", page).count(WATERMARK) < 3:  # three times down each page
                missing.append((name, n))
    assert missing == []


def test_page_numbers_with_the_total_on_every_page(paper):
    missing = []
    for name, path in paper.items():
        if name.startswith("licence"):
            continue  # one fixed-layout page: the licence has no page number
        pages = _pages(path)
        for n, page in enumerate(pages, 1):
            want = f"第{n}页 共{len(pages)}页"
            if name.endswith("-en"):  # the bilingual guide says it in both languages
                want += f" / Page {n} of {len(pages)}"
            if want not in page:
                missing.append((name, n, want))
    assert missing == []


def test_barcodes_and_qr_codes_decode(paper, tmp_path):
    for name in ("receipt", "notice", "refusal", "commitment", "pickup", "suspension",
                 "resumption", "extension", "licence-company"):  # fmt: skip
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(paper[name]),
                        str(tmp_path / name)], check=True)  # fmt: skip
        png = sorted(tmp_path.glob(f"{name}-*.png"))[0]
        decoded = _run("zbarimg", "-q", "--nodbus", "--raw", str(png)).strip()
        assert decoded, name


def test_reprint_says_so_in_chinese_with_its_count(paper):
    text = _run("pdftotext", str(paper["receipt-reprint"]), "-")
    assert "补打（第1次）" in text and "REPRINT" not in text
    assert "补打" not in _run("pdftotext", str(paper["receipt"]), "-")


def test_hall_settings_print_on_documents_and_guides(paper):
    from window_app.services.demo import DEMO_HALL_SETTINGS as hall

    for name in ("receipt", "notice", "pickup", "guide-a4", "catalogue"):
        text = re.sub(r"\s", "", _run("pdftotext", str(paper[name]), "-"))
        assert hall.complaint_phones[""] in text, name
        assert any(p in text for p in hall.consultation_phones.values()), name


# --- Chinese line breaking (避头尾) and numbers kept whole ------------------------------------

NO_START = "，。、；：？！）》」』】〕,.;:?!)%"
NO_END = "（《「『【“〔("


def _lines(path: Path) -> list[str]:
    """Every printed line, as pdftotext's layout analysis sees it (words joined)."""
    out = _run("pdftotext", "-bbox-layout", str(path), "-")
    return [
        html.unescape("".join(re.findall(r"<word[^>]*>(.*?)</word>", line, re.S)))
        for line in re.findall(r"<line[^>]*>(.*?)</line>", out, re.S)
    ]


_UNITS_CUT = re.compile(r"(\d{4,}|[0-9A-Z]{5,}\d)$")  # a long number or code at a line's end ...


def test_long_numbers_and_codes_are_never_cut(paper):
    """... continued at the start of the next line (a USCC in a narrow column, a phone)."""
    cut = [(name, a, b) for name, path in paper.items()
           for a, b in itertools.pairwise(_lines(path))
           if _UNITS_CUT.search(a) and re.match(r"[0-9A-Z]{1,4}(\s|$)", b) and re.search(r"[A-Z]", a + b)]  # fmt: skip
    assert cut == []


def test_no_line_starts_or_ends_against_the_rules(paper):
    bad = [(name, line) for name, path in paper.items() for line in _lines(path)
           if line and (line[0] in NO_START or line[-1] in NO_END)]  # fmt: skip
    assert bad == []


def _wrapped(text: str, width_chars: float, size: float = 10.5) -> list[str]:
    from reportlab.platypus import Paragraph

    from printing.styles import styles

    para = Paragraph(text, styles().body)
    para.wrap(width_chars * size, 1000)
    return ["".join(w.text if hasattr(w, "text") else "".join(w[1]) for w in line.words)
            if hasattr(line, "words") else "".join(line[1])
            for line in para.blPara.lines]  # fmt: skip


@pytest.mark.parametrize(
    "text, width",
    [
        # widths at which reportlab's own CJK wrapping breaks the rules (checked without install)
        ("申请人应当如实提交有关材料和反映真实情况，并对申请材料实质内容的真实性负责。", 10),
        ("当日办结率为64.3%，按时办结率为98.5%，零跑动率为12.0%，均较上月提高。", 8),
        ("本通知书自2026年11月23日起生效，请于2026年12月7日前到窗口领取《营业执照》。", 8),
        ("咨询电话：0759-3160001，监督投诉电话：12345，办公时间为周一至周五。", 8),
        ("如不服本决定，可依法申请行政复议（《中华人民共和国行政复议法》第二十条）。", 16),
    ],
)
def test_paragraphs_break_by_the_chinese_rules(text, width):
    lines = _wrapped(text, width)
    assert "".join(lines) == text  # nothing lost or doubled
    assert len(lines) > 1
    for line in lines[1:]:
        assert line[0] not in NO_START, lines
    for line in lines[:-1]:
        assert line[-1] not in NO_END, lines
    for unit in re.findall(r"\d{4}年\d{1,2}月\d{1,2}日|[\d.%-]*\d[\d.%-]*", text):
        assert any(unit in line for line in lines), (unit, lines)  # numbers and dates whole


# --- a signature block never stands alone on a page --------------------------------------------

_CLOSING_LINE = re.compile(
    r"（盖章）|：_+|^日期：|^\d{4}年\d{1,2}月\d{1,2}日$|^湛江市市场监督管理局$|^咨询电话|^事项目录版本"
    r"|^第\d+页 共\d+页$|^[演示样本]$"
)


def _body_lines(page: str) -> list[str]:
    lines = [" ".join(part for part in re.split(r"\s{2,}", ln.strip()) if part)
             for ln in page.splitlines()]  # fmt: skip
    return [
        ln for ln in lines
        if ln and not ln.startswith(("咨询电话", "事项目录版本"))  # the footer
        and not all(_CLOSING_LINE.search(part) for part in ln.split(" ") if part)
    ]  # fmt: skip


def test_seal_page_always_holds_body_text(tmp_path):
    """Receipts with 1..40 materials: wherever the page breaks, the seal's page has body text."""
    import tests.document_samples as tp
    from printing import render_receipt

    spilled = 0
    for n in range(1, 41):
        materials = [(f"第{i}项申请材料（原件）", "原件", 1) for i in range(1, n + 1)]
        path = tmp_path / f"r{n}.pdf"
        path.write_bytes(render_receipt(tp.receipt(materials_received=materials)))
        pages = _pages(path)
        seal_page = next(p for p in pages if "（盖章）" in p)
        spilled += len(pages) > 1
        assert _body_lines(seal_page), (n, seal_page)
    assert spilled  # some of them did run to a second page


# --- characters outside the main font ----------------------------------------------------------


def test_rare_characters_print_from_the_embedded_fallback_font(sqlite_hall, tmp_path):
    db, a = sqlite_hall
    person = ApplicantInput("person", "𠮷田𡈽", id_number=_id(7))
    number = start_application(db, a["clerk"], matter_code="SC-0006", applicant=person,
                               on=MON).number  # fmt: skip
    done = accept.accept(db, a["clerk"], number, marks=_all_received(db, number, MON), on=MON)
    path = tmp_path / "r.pdf"
    path.write_bytes(_print(db, a["clerk"], done.document))
    assert "𠮷田𡈽" in _run("pdftotext", str(path), "-")  # the glyphs, and their text
    fonts = _run("pdffonts", str(path))
    assert "HanaMinB" in fonts and " no " not in fonts


def test_a_character_no_font_has_is_refused_not_blank(sqlite_hall):
    """U+3134A (CJK Extension G, newer than every font the documents embed): intake refuses the
    name with the character named instead of printing a blank; the printing layer refuses it
    too (`font_runs`), should one arrive by another road."""
    from printing.fonts import UnprintableText, font_runs

    db, a = sqlite_hall
    person = ApplicantInput("person", "王\U0003134a", id_number=_id(8))
    with pytest.raises(DomainError, match="\U0003134a"):
        start_application(db, a["clerk"], matter_code="SC-0006", applicant=person, on=MON)
    with pytest.raises(UnprintableText, match="U\\+3134A"):
        font_runs("王\U0003134a")


# --- what each document says is true -----------------------------------------------------------


def test_an_organisations_uscc_is_labelled_and_printed_in_full(sqlite_hall, tmp_path):
    from window_app.core.uscc import UsccParts

    db, a = sqlite_hall
    org = UsccParts("9", "1", "440800", "MA4UP001").compose()
    applicant = ApplicantInput("organisation", "湛江市海港贸易有限公司", uscc=org)
    number = start_application(db, a["clerk"], matter_code="SC-0006", applicant=applicant,
                               on=MON).number  # fmt: skip
    marks = _all_received(db, number, MON)[:1]
    told = notice.issue_notice(db, a["clerk"], number, marks=marks, on=MON).document
    for pdf in (_print(db, a["clerk"], told),):
        path = tmp_path / "n.pdf"
        path.write_bytes(pdf)
        text = re.sub(r"\s", "", _run("pdftotext", str(path), "-"))
        assert f"统一社会信用代码：{org}" in text and "身份证件号码" not in text
    person = _started(db, a["clerk"], "SC-0006", 9)
    done = accept.accept(db, a["clerk"], person, marks=_all_received(db, person, MON), on=MON)
    path = tmp_path / "r.pdf"
    path.write_bytes(_print(db, a["clerk"], done.document))
    text = re.sub(r"\s", "", _run("pdftotext", str(path), "-"))
    assert "身份证件号码" in text and _id(9) not in text and _id(9)[:6] + "********" in text


def test_document_numbers_read_like_official_numbers(paper):
    numbers = {name: re.findall(r"湛政服\S*?〔\d{4}〕\S*?号", _run("pdftotext", str(p), "-"))
               for name, p in paper.items() if name in ("receipt", "notice", "refusal",
                                                        "commitment", "pickup", "referral",
                                                        "suspension", "resumption",
                                                        "extension")}  # fmt: skip
    assert all(numbers.values()), numbers
    for name, found in numbers.items():
        for number in found:
            assert re.fullmatch(r"湛政服[^〔]+〔2026〕[1-9]\d*号", number), (name, number)


# --- licences by kind of entity ----------------------------------------------------------------

LICENCE_LABELS = {
    "company": [
        "名称",
        "类型",
        "法定代表人",
        "注册资本",
        "成立日期",
        "营业期限",
        "住所",
        "经营范围",
    ],
    "individual": ["名称", "类型", "经营者", "组成形式", "注册日期", "经营场所", "经营范围"],
    "cooperative": ["名称", "类型", "法定代表人", "成员出资总额", "成立日期", "住所", "业务范围"],
}
ALL_LICENCE_LABELS = {x for labels in LICENCE_LABELS.values() for x in labels}


@pytest.mark.parametrize("kind", sorted(LICENCE_LABELS))
def test_licence_prints_the_template_of_its_kind(paper, kind):
    text = re.sub(r"[\s　]", "", _run("pdftotext", "-raw", str(paper[f"licence-{kind}"]), "-"))
    for label in LICENCE_LABELS[kind]:
        assert label in text, (kind, label)
    for label in ALL_LICENCE_LABELS - set(LICENCE_LABELS[kind]):
        if not any(label in own for own in LICENCE_LABELS[kind]):
            assert label not in text, (kind, label)  # no 注册资本 for a fruit shop
    if kind != "individual":  # capital with full-width brackets
        assert re.search(r"万元整（\d+(\.\d+)?万元人民币）", text), text
    assert "二维码内容：统一社会信用代码" in text  # the caption says what the QR holds


def test_licence_pages_are_landscape_a4(paper):
    for kind in ("company", "individual", "cooperative", "overlay"):
        info = _run("pdfinfo", str(paper[f"licence-{kind}"]))
        assert re.search(r"Page size:\s+841.89 x 595.27\d* pts \(A4\)", info), info
        assert re.search(r"Page rot:\s+0\b", info), info


def test_pickup_slip_says_where_and_when_and_the_tracking_number(paper, sqlite_hall, tmp_path):
    from window_app.cli import run
    from window_app.services.demo import DEMO_HALL_SETTINGS as hall

    text = re.sub(r"\s", "", _run("pdftotext", str(paper["pickup"]), "-"))
    assert f"领取地点{hall.pickup_place.replace(' ', '')}" in text
    assert f"领取时间{re.sub(chr(92) + 's', '', hall.opening_hours)}" in text

    db, a = sqlite_hall
    clerk = a["clerk"]
    number = _started(db, clerk, "WJ-0001", 11)
    accept.accept(db, clerk, number, marks=_all_received(db, number, MON), on=MON)
    processing.start_review(db, clerk, number, on=date(2026, 11, 24))
    processing.decide(db, clerk, number, "approved", on=DAY)
    completion.complete(db, clerk, number, "核发公共场所卫生许可证", delivery_method="post",
                        address="湛江市赤坎区中山一路2号", on=DAY)  # fmt: skip
    completion.deliver(db, clerk, number, "post", tracking_number="EMS1234567890CN",
                       address="湛江市赤坎区中山一路2号", on=DAY)  # fmt: skip
    out = tmp_path / "pickup.pdf"
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run([*url, "print", "pickup", number, "--out", str(out)]) == 0
    posted = re.sub(r"\s", "", _run("pdftotext", str(out), "-"))
    assert "邮件单号EMS1234567890CN" in posted and "补打" not in posted  # first print: original
    assert run([*url, "print", "pickup", number, "--out", str(out)]) == 1
    assert run([*url, "print", "pickup", number, "--out", str(out),
                "--reason", "申请人要求"]) == 0  # fmt: skip
    assert "补打（第1次）" in _run("pdftotext", str(out), "-")


def test_commitment_letter_counts_working_days_and_says_so(paper):
    # SC-0006 verifies in 20 working days; signed Mon 2026-11-23, counted by hand from the 24th:
    # Nov 24-27, 30 (5), Dec 1-4 (9), 7-11 (14), 14-18 (19), 21 (20).
    text = re.sub(r"\s", "", _run("pdftotext", str(paper["commitment"]), "-"))
    assert "本机关将在20个工作日内（至2026年12月21日止）对承诺内容进行核查" in text


def test_second_notice_gives_the_day_of_application_and_its_banner_admits_new_items(paper):
    first = re.sub(r"\s", "", _run("pdftotext", str(paper["notice"]), "-"))
    second = re.sub(r"\s", "", _run("pdftotext", str(paper["second-notice"]), "-"))
    # applied on Mon 2026-11-23; the second notice is issued on the 25th
    assert "你（单位）于2026年11月23日申请办理" in first
    assert "你（单位）于2026年11月23日申请办理" in second and "出具日期：2026年11月25日" in second
    assert "第2次告知（含经负责人批准新增的告知事项" in second
    assert "仅限首次告知事项" not in second
    assert "申请书版本已更新" in second


def test_daily_report_carries_the_audit_chain_head(paper):
    number, digest = (paper["daily-report"].parent / "audit-head.txt").read_text().split()
    text = re.sub(r"\s", "", _run("pdftotext", str(paper["daily-report"]), "-"))
    assert int(number) > 0 and f"审计链：截至第{number}号事件，哈希{digest}" in text


def _word_heights(path: Path) -> list[tuple[float, str]]:
    """(height, word) of every word pdftotext finds: the font size it was drawn at, roughly."""
    out = _run("pdftotext", "-bbox", str(path), "-")
    return [(float(y2) - float(y1), html.unescape(w)) for y1, y2, w in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
                       out)]  # fmt: skip


def test_large_print_is_16pt_everywhere_footer_included(paper):
    for name in ("guide-large", "guide-large-en"):
        words = [(h, w) for h, w in _word_heights(paper[name]) if w not in WATERMARK]
        # pdftotext's word box is the font's ascent + descent: about 1.0-1.2 × the size in pt
        small = [(round(h, 1), w) for h, w in words if h < 16 * 0.95]
        assert small == [], (name, small[:10])
        text = _run("pdftotext", str(paper[name]), "-")
        assert "咨询电话" in text and "事项目录版本" in text and "第1页" in text


def test_clerk_and_window_are_the_person_never_the_system_account(sqlite_hall, tmp_path):
    import getpass

    from window_app.cli import run

    db, _ = sqlite_hall
    out = tmp_path / "daily.pdf"
    args = ["--database", db.url, "report", "daily", "--date", "2026-11-23", "--format", "pdf",
            "--out", str(out)]  # fmt: skip
    assert run(args) == 1 and not out.exists()  # no sign-in, no document
    assert run([*args, *cli_sign_in(db, "super1")]) == 0
    text = re.sub(r"\s", "", _run("pdftotext", str(out), "-"))
    assert "经办人：陈主任" in text and "受理窗口：（非窗口业务）" in text
    assert f"经办人：{getpass.getuser()}" not in text


# --- suspension and extension notices; the receipt reprinted after them ------------------------


def test_suspension_and_extension_notices_and_the_receipt_after_them(sqlite_hall, tmp_path):
    from window_app.cli import run

    db, a = sqlite_hall
    clerk, boss = a["clerk"], a["supervisor"]
    number = _started(db, clerk, "CG-0001", 21, day=date(2026, 9, 25))
    done = accept.accept(db, clerk, number, marks=_all_received(db, number, date(2026, 9, 25)),
                         on=date(2026, 9, 25))  # fmt: skip
    first = tmp_path / "original.pdf"
    first.write_bytes(_print(db, clerk, done.document))
    processing.start_review(db, clerk, number, on=date(2026, 9, 28))
    processing.suspend(db, clerk, number, "hearing", "利害关系人申请听证", on=date(2026, 9, 29))
    processing.resume(db, clerk, number, on=date(2026, 10, 12))
    processing.extend(db, boss, number, 3, "需补充专家意见", on=date(2026, 10, 13))

    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]

    def printed(kind: str, *extra: str) -> str:
        out = tmp_path / f"{kind}.pdf"
        assert run([*url, "print", kind, number, "--out", str(out), *extra]) == 0
        return re.sub(r"\s", "", _run("pdftotext", str(out), "-"))

    suspension = printed("suspension")
    assert "中止办理通知书" in suspension and "听证（利害关系人申请听证）" in suspension
    assert "自2026年9月29日起中止办理" in suspension and "中止时剩余工作日" in suspension
    resumption = printed("resumption")  # 恢复审查通知书: the clock runs again, the new dates
    assert "恢复审查通知书" in resumption and "湛政服恢〔2026〕" in resumption
    assert "自2026年9月29日起因听证（利害关系人申请听证）中止办理" in resumption
    assert "自2026年10月12日起恢复审查" in resumption and "中止工作日数5" in resumption
    # 10 working days from 28 Sep, 5 suspended (29 Sep – 12 Oct over the National Day holiday)
    assert "承诺办结日期（顺延后）2026年10月22日" in resumption
    extension = printed("extension")
    # CG-0001 promises 10 working days: with 5 suspended and 3 extended the new end is 27 Oct
    assert "延长办理期限通知书" in extension and "办理期限延长3个工作日" in extension
    assert "需补充专家意见" in extension and "承诺办结日期（延长后）2026年10月27日" in extension
    assert "中止5个工作日，延长3个工作日→2026-10-27" in extension
    receipt = printed("receipt", "--reason", "申请人遗失")
    assert "2026年10月27日" in receipt and "中止5个工作日" in receipt  # the deadline as it stands
    assert "2026年10月27日" not in re.sub(r"\s", "", _run("pdftotext", str(first), "-"))


def test_bilingual_guide_prints_the_catalogues_english(paper):
    from window_app.core.catalogue import load_catalogue

    matter = load_catalogue().matters["WJ-0001"]
    for variant in ("a4", "large", "trifold"):
        text = re.sub(r"\s", "", _run("pdftotext", str(paper[f"guide-{variant}-en"]), "-"))
        for m in matter.materials:  # every material's English name, from the catalogue
            assert re.sub(r"\s", "", m.name_en) in text, (variant, m.name_en)
        for q in matter.questions:  # the conditions of conditional materials
            if any(m.condition == q.key for m in matter.materials):
                assert re.sub(r"\s", "", q.text_en) in text, (variant, q.text_en)
    chinese_only = re.sub(r"\s", "", _run("pdftotext", str(paper["guide-a4"]), "-"))
    assert "Applicationform" not in chinese_only  # the Chinese guide stays Chinese


def test_complaint_register_prints_the_period_counts_and_masked_phones(paper):
    path = paper["complaint-export"]
    text = re.sub(r"\s", "", _run("pdftotext", "-raw", str(path), "-"))
    assert "投诉登记表" in text and "统计期间：2026年11月1日—2026年11月25日" in text
    assert COMPLAINT_PHONE not in text and "139****5678" in text
    # 25 received: one answered (satisfied), one closed, 23 open of which the one received on
    # 10 November is past its reply deadline on 25 November (as are those of 13 to 17 November)
    table = text.split("投诉明细")[0]
    counts = dict(
        re.findall(r"(接收投诉|未办结|超期未答复|已答复|其中满意|其中不满意)(\d+)", table)
    )
    assert counts["接收投诉"] == "25" and counts["已答复"] == "1" and counts["其中满意"] == "1"
    assert counts["未办结"] == "23" and counts["其中不满意"] == "0"
    overdue = 1 + sum(13 + n % 10 <= 17 for n in range(22))
    assert counts["超期未答复"] == str(overdue) and text.count("已超期") == overdue
    assert "审计链：截至第" in text
    assert len(_pages(path)) >= 2  # the table runs on, its heading repeated
    # dates, times and masked phones stay whole in their narrow columns
    lines = _lines(path)
    assert [line for line in lines if re.search(r"(\d{4}-(\d{1,2}(-\d?)?)?|\*)$", line)] == []
    assert sum(line.count("139****5678") for line in lines) == 25
    assert "监督投诉电话：" + DEMO_HALL_SETTINGS.complaint_phones[""] in text


def test_every_footer_carries_the_phones_and_an_unnamed_hall_is_refused(paper, sqlite_hall):
    """The consultation and complaints phones are printed on every document with a footer (the
    reports and the spot-check notice printed them blank); the hall-wide documents are refused,
    naming the setting, while the hall has no name (no built-in name stands in)."""
    blank = [name for name, path in paper.items()
             for page in _pages(path) if re.search(r"咨询电话：\s*监督投诉电话：|监督投诉电话：\s*$", page, re.M)]  # fmt: skip
    assert blank == []
    db, actors = sqlite_hall
    settings = hall_settings.load_hall_settings(db)
    hall_settings.save_hall_settings(db, actors["admin"], replace(settings, hall_name=""))
    for make in (
        lambda: exports.export_board(db, actors["supervisor"], "pdf", MON, DAY, on=DAY),
        lambda: complaint_export.export_complaints(db, actors["supervisor"], "pdf", MON, DAY),
    ):
        with pytest.raises(DomainError, match="大厅名称"):
            make()
