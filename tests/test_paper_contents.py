"""What each document says is true (issue 16): characters outside the main font, an
organisation's USCC, official document numbers, the pickup slip, the commitment letter, the
second notice, the daily report's audit chain head, the clerk and window named, suspension
and extension notices, the bilingual guide and the complaint register. The documents:
demo_paper.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import cli_sign_in
from demo_paper import (
    COMPLAINT_PHONE,
    DAY,
    MON,
    all_received,
    id_no,
    needs_paper_tools,
    pdf_lines,
    pdf_pages,
    print_document,
    rendered_paper,
    run_tool,
    started,
)

from window_app.core.errors import DomainError
from window_app.services import accept, completion, notice, processing
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.services.intake import ApplicantInput, start_application

pytestmark = needs_paper_tools


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> dict[str, Path]:
    return rendered_paper(tmp_path_factory)


# --- characters outside the main font ----------------------------------------------------------


def test_rare_characters_print_from_the_embedded_fallback_font(sqlite_hall, tmp_path):
    db, a = sqlite_hall
    person = ApplicantInput("person", "𠮷田𡈽", id_number=id_no(7))
    number = start_application(db, a["clerk"], matter_code="SC-0006", applicant=person,
                               on=MON).number  # fmt: skip
    done = accept.accept(db, a["clerk"], number, marks=all_received(db, number, MON), on=MON)
    path = tmp_path / "r.pdf"
    path.write_bytes(print_document(db, a["clerk"], done.document))
    assert "𠮷田𡈽" in run_tool("pdftotext", str(path), "-")  # the glyphs, and their text
    fonts = run_tool("pdffonts", str(path))
    assert "HanaMinB" in fonts and " no " not in fonts


def test_a_character_no_font_has_is_refused_not_blank(sqlite_hall):
    """U+3134A (CJK Extension G, newer than every font the documents embed): intake refuses the
    name with the character named instead of printing a blank; the printing layer refuses it
    too (`font_runs`), should one arrive by another road."""
    from printing.fonts import UnprintableText, font_runs

    db, a = sqlite_hall
    person = ApplicantInput("person", "王\U0003134a", id_number=id_no(8))
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
    marks = all_received(db, number, MON)[:1]
    told = notice.issue_notice(db, a["clerk"], number, marks=marks, on=MON).document
    for pdf in (print_document(db, a["clerk"], told),):
        path = tmp_path / "n.pdf"
        path.write_bytes(pdf)
        text = re.sub(r"\s", "", run_tool("pdftotext", str(path), "-"))
        assert f"统一社会信用代码：{org}" in text and "身份证件号码" not in text
    person = started(db, a["clerk"], "SC-0006", 9)
    done = accept.accept(db, a["clerk"], person, marks=all_received(db, person, MON), on=MON)
    path = tmp_path / "r.pdf"
    path.write_bytes(print_document(db, a["clerk"], done.document))
    text = re.sub(r"\s", "", run_tool("pdftotext", str(path), "-"))
    assert "身份证件号码" in text and id_no(9) not in text and id_no(9)[:6] + "********" in text


def test_document_numbers_read_like_official_numbers(paper):
    numbers = {name: re.findall(r"湛政服\S*?〔\d{4}〕\S*?号", run_tool("pdftotext", str(p), "-"))
               for name, p in paper.items() if name in ("receipt", "notice", "refusal",
                                                        "commitment", "pickup", "referral",
                                                        "suspension", "resumption",
                                                        "extension")}  # fmt: skip
    assert all(numbers.values()), numbers
    for name, found in numbers.items():
        for number in found:
            assert re.fullmatch(r"湛政服[^〔]+〔2026〕[1-9]\d*号", number), (name, number)


def test_pickup_slip_says_where_and_when_and_the_tracking_number(paper, sqlite_hall, tmp_path):
    from window_app.cli import run
    from window_app.services.demo import DEMO_HALL_SETTINGS as hall

    text = re.sub(r"\s", "", run_tool("pdftotext", str(paper["pickup"]), "-"))
    assert f"领取地点{hall.pickup_place.replace(' ', '')}" in text
    assert f"领取时间{re.sub(chr(92) + 's', '', hall.opening_hours)}" in text

    db, a = sqlite_hall
    clerk = a["clerk"]
    number = started(db, clerk, "WJ-0001", 11)
    accept.accept(db, clerk, number, marks=all_received(db, number, MON), on=MON)
    processing.start_review(db, clerk, number, on=date(2026, 11, 24))
    processing.decide(db, clerk, number, "approved", on=DAY)
    completion.complete(db, clerk, number, "核发公共场所卫生许可证", delivery_method="post",
                        address="湛江市赤坎区中山一路2号", on=DAY)  # fmt: skip
    completion.deliver(db, clerk, number, "post", tracking_number="EMS1234567890CN",
                       address="湛江市赤坎区中山一路2号", on=DAY)  # fmt: skip
    out = tmp_path / "pickup.pdf"
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run([*url, "print", "pickup", number, "--out", str(out)]) == 0
    posted = re.sub(r"\s", "", run_tool("pdftotext", str(out), "-"))
    assert "邮件单号EMS1234567890CN" in posted and "补打" not in posted  # first print: original
    assert run([*url, "print", "pickup", number, "--out", str(out)]) == 1
    assert run([*url, "print", "pickup", number, "--out", str(out),
                "--reason", "申请人要求"]) == 0  # fmt: skip
    assert "补打（第1次）" in run_tool("pdftotext", str(out), "-")


def test_commitment_letter_counts_working_days_and_says_so(paper):
    # SC-0006 verifies in 20 working days; signed Mon 2026-11-23, counted by hand from the 24th:
    # Nov 24-27, 30 (5), Dec 1-4 (9), 7-11 (14), 14-18 (19), 21 (20).
    text = re.sub(r"\s", "", run_tool("pdftotext", str(paper["commitment"]), "-"))
    assert "本机关将在20个工作日内（至2026年12月21日止）对承诺内容进行核查" in text


def test_second_notice_gives_the_day_of_application_and_its_banner_admits_new_items(paper):
    first = re.sub(r"\s", "", run_tool("pdftotext", str(paper["notice"]), "-"))
    second = re.sub(r"\s", "", run_tool("pdftotext", str(paper["second-notice"]), "-"))
    # applied on Mon 2026-11-23; the second notice is issued on the 25th
    assert "你（单位）于2026年11月23日申请办理" in first
    assert "你（单位）于2026年11月23日申请办理" in second and "出具日期：2026年11月25日" in second
    assert "第2次告知（含经负责人批准新增的告知事项" in second
    assert "仅限首次告知事项" not in second
    assert "申请书版本已更新" in second


def test_daily_report_carries_the_audit_chain_head(paper):
    number, digest = (paper["daily-report"].parent / "audit-head.txt").read_text().split()
    text = re.sub(r"\s", "", run_tool("pdftotext", str(paper["daily-report"]), "-"))
    assert int(number) > 0 and f"审计链：截至第{number}号事件，哈希{digest}" in text


def test_clerk_and_window_are_the_person_never_the_system_account(sqlite_hall, tmp_path):
    import getpass

    from window_app.cli import run

    db, _ = sqlite_hall
    out = tmp_path / "daily.pdf"
    args = ["--database", db.url, "report", "daily", "--date", "2026-11-23", "--format", "pdf",
            "--out", str(out)]  # fmt: skip
    assert run(args) == 1 and not out.exists()  # no sign-in, no document
    assert run([*args, *cli_sign_in(db, "super1")]) == 0
    text = re.sub(r"\s", "", run_tool("pdftotext", str(out), "-"))
    assert "经办人：陈主任" in text and "受理窗口：（非窗口业务）" in text
    assert f"经办人：{getpass.getuser()}" not in text


# --- suspension and extension notices; the receipt reprinted after them ------------------------


def test_suspension_and_extension_notices_and_the_receipt_after_them(sqlite_hall, tmp_path):
    from window_app.cli import run

    db, a = sqlite_hall
    clerk, boss = a["clerk"], a["supervisor"]
    number = started(db, clerk, "CG-0001", 21, day=date(2026, 9, 25))
    done = accept.accept(db, clerk, number, marks=all_received(db, number, date(2026, 9, 25)),
                         on=date(2026, 9, 25))  # fmt: skip
    first = tmp_path / "original.pdf"
    first.write_bytes(print_document(db, clerk, done.document))
    processing.start_review(db, clerk, number, on=date(2026, 9, 28))
    processing.suspend(db, clerk, number, "hearing", "利害关系人申请听证", on=date(2026, 9, 29))
    processing.resume(db, clerk, number, on=date(2026, 10, 12))
    processing.extend(db, boss, number, 3, "需补充专家意见", on=date(2026, 10, 13))

    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]

    def printed(kind: str, *extra: str) -> str:
        out = tmp_path / f"{kind}.pdf"
        assert run([*url, "print", kind, number, "--out", str(out), *extra]) == 0
        return re.sub(r"\s", "", run_tool("pdftotext", str(out), "-"))

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
    assert "2026年10月27日" not in re.sub(r"\s", "", run_tool("pdftotext", str(first), "-"))


def test_bilingual_guide_prints_the_catalogues_english(paper):
    from window_app.core.catalogue import load_catalogue

    matter = load_catalogue().matters["WJ-0001"]
    for variant in ("a4", "large", "trifold"):
        text = re.sub(r"\s", "", run_tool("pdftotext", str(paper[f"guide-{variant}-en"]), "-"))
        for m in matter.materials:  # every material's English name, from the catalogue
            assert re.sub(r"\s", "", m.name_en) in text, (variant, m.name_en)
        for q in matter.questions:  # the conditions of conditional materials
            if any(m.condition == q.key for m in matter.materials):
                assert re.sub(r"\s", "", q.text_en) in text, (variant, q.text_en)
    chinese_only = re.sub(r"\s", "", run_tool("pdftotext", str(paper["guide-a4"]), "-"))
    assert "Applicationform" not in chinese_only  # the Chinese guide stays Chinese


def test_complaint_register_prints_the_period_counts_and_masked_phones(paper):
    path = paper["complaint-export"]
    text = re.sub(r"\s", "", run_tool("pdftotext", "-raw", str(path), "-"))
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
    assert len(pdf_pages(path)) >= 2  # the table runs on, its heading repeated
    # dates, times and masked phones stay whole in their narrow columns
    lines = pdf_lines(path)
    assert [line for line in lines if re.search(r"(\d{4}-(\d{1,2}(-\d?)?)?|\*)$", line)] == []
    assert sum(line.count("139****5678") for line in lines) == 25
    assert "监督投诉电话：" + DEMO_HALL_SETTINGS.complaint_phones[""] in text
