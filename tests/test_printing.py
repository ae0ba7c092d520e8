"""Tests for the printing package: render real documents and read them back with poppler/zbar.

No Qt and no database: the printing package takes plain data only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from printing import (
    CatalogueListData,
    CatalogueMatter,
    CommitmentData,
    DailyReportData,
    Delivery,
    DocumentHeader,
    Fee,
    FontNotFound,
    GuideData,
    GuideMaterial,
    LicenceData,
    NoticeData,
    NoticeItem,
    PickupSlipData,
    RateRow,
    ReceiptData,
    ReferralNoticeData,
    RefusalData,
    capital_in_words,
    fonts,
    label,
    mask_id,
    mask_phone,
    render_catalogue,
    render_commitment,
    render_daily_report,
    render_guide,
    render_licence,
    render_licence_test_page,
    render_notice,
    render_pickup_slip,
    render_receipt,
    render_referral,
    render_refusal,
)
from printing.fonts import UnprintableText
from printing.guide import VARIANTS
from printing.styles import styles
from printing.text import para, plain

GOLDEN = Path(__file__).parent / "golden"
RAW_ID = "440802199001011234"
MASKED_ID = "440802********1234"
RAW_PHONE = "13812341234"
APP_NO = "ZJ2026112500123"
USCC = "91440800MA4W7K2E3Y"

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="poppler-utils missing"
)
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools missing")


# ---------------------------------------------------------------- sample data


def header(**kw) -> DocumentHeader:
    base = DocumentHeader(
        doc_number="湛市监受〔2026〕第00123号",
        issued_on=date(2026, 11, 25),
        authority="湛江市市场监督管理局",
        window="3号窗口（企业开办）",
        clerk="李娜",
        catalogue_version="SC-0006 v2, 2026-01-01起施行",
        consult_phone="0759-3331234",
        complaint_phone="12345",
    )
    return replace(base, **kw)


def receipt(**kw) -> ReceiptData:
    base = ReceiptData(
        header=header(),
        application_number=APP_NO,
        matter_name="有限责任公司设立登记",
        matter_code="440800-SC-0006",
        applicant_name="张伟",
        applicant_id_masked=RAW_ID,
        applicant_phone=RAW_PHONE,
        agent="王芳（委托代理人）",
        materials_received=[
            ("公司登记（备案）申请书", "原件", 1),
            ("公司章程", "原件", 1),
            ("股东身份证明", "复印件", 2),
            ("住所使用证明", "复印件", 1),
        ],
        accepted_on=date(2026, 11, 25),
        promised_deadline=date(2026, 11, 27),
        statutory_deadline=date(2026, 11, 30),
        deadline_explanation="自2026-11-25受理次日起算3个工作日",
        delivery_method="窗口领取",
        result_name="营业执照（正本1份、副本1份）",
    )
    return replace(base, **kw)


def notice(**kw) -> NoticeData:
    base = NoticeData(
        header=header(doc_number="湛市监告〔2026〕第00045号"),
        application_number=APP_NO,
        matter="有限责任公司设立登记",
        applicant_name="张伟",
        applicant_id_masked=RAW_ID,
        items=[
            NoticeItem(
                "住所使用证明", "缺少", "未提交住所产权证明或租赁合同", "原件1份、复印件1份"
            ),
            NoticeItem("公司章程", "不符合要求", "股东未在章程上签字", "重新签署的原件1份"),
        ],
        where="湛江市政务服务中心3号窗口",
        by_when=date(2026, 12, 2),
        guide_reference="《有限责任公司设立登记办事指南》SC-0006 v2 第三部分",
        received_so_far=("公司登记（备案）申请书", "股东身份证明"),
    )
    return replace(base, **kw)


def refusal(**kw) -> RefusalData:
    base = RefusalData(
        header=header(doc_number="湛市监不受〔2026〕第00007号"),
        application_number=APP_NO,
        applicant_name="张伟",
        requested="食品经营许可",
        reason="该事项不属于本机关职权范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
        apply_instead="湛江市赤坎区市场监督管理局（赤坎区政务服务中心）",
    )
    return replace(base, **kw)


def commitment() -> CommitmentData:
    return CommitmentData(
        header=header(doc_number="湛市监诺〔2026〕第00011号"),
        application_number=APP_NO,
        matter="有限责任公司设立登记",
        applicant_name="张伟",
        applicant_id_masked=RAW_ID,
        conditions=["住所真实存在且可用于经营", "股东具有完全民事行为能力"],
        waived_materials=["住所使用证明（产权证明）"],
        verification_days=30,
        verification_due=date(2026, 12, 25),
    )


def pickup(delivery: Delivery) -> PickupSlipData:
    return PickupSlipData(
        header=header(doc_number="湛市监结〔2026〕第00099号", issued_on=date(2026, 11, 26)),
        application_number=APP_NO,
        matter="有限责任公司设立登记",
        applicant_name="张伟",
        approved=True,
        result="准予登记，核发营业执照（正本1份、副本1份）",
        decision_reason="申请材料齐全，符合法定形式",
        delivery=delivery,
        completed_on=date(2026, 11, 26),
    )


def guide() -> GuideData:
    return GuideData(
        matter_name="有限责任公司设立登记",
        matter_code="440800-SC-0006",
        matter_type="行政许可",
        department="湛江市市场监督管理局",
        window="市政务服务中心3号窗口",
        setting_basis=["《中华人民共和国公司法》第二十九条", "《市场主体登记管理条例》第三条"],
        implementing_basis=["《市场主体登记管理条例实施细则》第二十六条"],
        conditions=["申请材料齐全、符合法定形式", "名称符合企业名称登记管理规定"],
        prohibitions=["不得要求申请人提交法律法规未规定的材料"],
        materials=[
            GuideMaterial(
                "公司登记（备案）申请书", "原件", 1, "纸质或电子", "申请人自备", sample="附样表"
            ),
            GuideMaterial("公司章程", "原件", 1, "纸质", "申请人自备", sample="附样表"),
            GuideMaterial("股东主体资格证明", "复印件", 1, "纸质", "公安机关"),
            GuideMaterial(
                "住所使用证明", "复印件", 1, "纸质", "不动产登记机构", commitment_ok=True
            ),
            GuideMaterial(
                "委托书",
                "原件",
                1,
                "纸质",
                "申请人自备",
                required=False,
                condition="委托代理人办理的",
            ),
        ],
        process_steps=["申请", "受理", "审查", "决定", "送达"],
        channels=["窗口办理", "网上办理", "邮寄"],
        statutory_limit="3个工作日",
        promised_limit="1个工作日",
        result_name="营业执照",
        delivery_methods="窗口领取、邮寄",
        location="湛江市赤坎区政务服务中心二楼3号窗口",
        hours="周一至周五 8:30-12:00，14:30-17:30",
        consult_phone="0759-3331234",
        complaint_phone="12345",
        visits="最多1次",
        rights_obligations=["申请人有权依法获得一次性告知", "申请人应当对申请材料的真实性负责"],
        remedies="对登记决定不服的，可依法申请行政复议或者提起行政诉讼。",
        catalogue_version="SC-0006 v2",
        effective_on=date(2026, 1, 1),
        faq=[("可以网上办理吗？", "可以，通过广东政务服务网提交申请。")],
        matter_name_en="Registration of a limited liability company",
    )


def licence() -> LicenceData:
    return LicenceData(
        uscc=USCC,
        name="湛江市海湾贸易有限公司",
        enterprise_type="有限责任公司（自然人投资或控股）",
        legal_representative="张伟",
        registered_capital=capital_in_words(Decimal("50")),
        established_on=date(2026, 11, 26),
        domicile="湛江市赤坎区人民大道中48号801房",
        business_scope="一般项目：食品销售（仅销售预包装食品）；日用百货销售；五金产品批发。"
        "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        authority="湛江市市场监督管理局",
        issued_on=date(2026, 11, 26),
    )


def referral() -> ReferralNoticeData:
    return ReferralNoticeData(
        header=header(doc_number="湛市监双告〔2026〕第00003号"),
        enterprise_name="湛江市海湾贸易有限公司",
        uscc=USCC,
        referrals=[
            ("食品销售", "食品经营许可证", "湛江市赤坎区市场监督管理局"),
            ("道路货物运输", "道路运输经营许可证", "湛江市交通运输局"),
        ],
    )


def daily_report() -> DailyReportData:
    return DailyReportData(
        header=header(doc_number="湛政服日报〔2026〕第329号"),
        date_from=date(2026, 11, 25),
        date_to=date(2026, 11, 25),
        counts=[
            ("受理量", 42),
            ("办结量", 38),
            ("当日办结", 30),
            ("一次性告知", 5),
            ("不予受理", 1),
            ("告知承诺", 3),
        ],
        rates=[
            RateRow("办结率", 38, 42),
            RateRow("按时办结率", 37, 38),
            RateRow("零跑动率", 12, 48),
            RateRow("最多跑一次率", 0, 0),
        ],
        window_columns=("窗口", "受理", "办结", "超期"),
        window_rows=[("3号窗口", "20", "18", "0"), ("4号窗口", "22", "20", "1")],
        overdue_columns=("申请编号", "事项", "承诺日期", "窗口"),
        overdue_rows=[("ZJ2026111800077", "食品经营许可", "2026-11-24", "4号窗口")],
    )


def catalogue() -> CatalogueListData:
    return CatalogueListData(
        header=header(doc_number="湛市监目录〔2026〕第1号"),
        matters=[
            CatalogueMatter(
                "440800-SC-0006",
                "有限责任公司设立登记",
                "行政许可",
                "湛江市市场监督管理局",
                "3个工作日",
                "1个工作日",
                "不收费",
            ),
            CatalogueMatter(
                "440800-SC-0010",
                "个体工商户登记",
                "行政许可",
                "湛江市市场监督管理局",
                "3个工作日",
                "即办",
                "",
            ),
        ],
        fees=[Fee("不动产登记费", "80元/件", "发改价格规〔2016〕2559号")],
        intermediaries=[("房屋安全鉴定", "具备资质的鉴定机构", "市场调节价")],
    )


# ---------------------------------------------------------------- helpers


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "doc", layout: bool = True) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def decoded_codes(pdf: bytes, tmp_path: Path, name: str = "codes") -> list[str]:
    """Rasterise at 150 dpi (a cheap office printer/scanner) and decode every symbol."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / name)], check=True)
    found: list[str] = []
    for png in sorted(tmp_path.glob(f"{name}*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True, text=True
        )
        found += [line for line in out.stdout.splitlines() if line]
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """MediaBox of every page, read from the (uncompressed) page dictionaries."""
    boxes = re.findall(rb"/MediaBox \[\s*([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(float(b[2]) - float(b[0]), float(b[3]) - float(b[1])) for b in boxes]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


ALL_DOCS = {
    "receipt": lambda: render_receipt(receipt()),
    "notice": lambda: render_notice(notice()),
    "refusal": lambda: render_refusal(refusal()),
    "commitment": lambda: render_commitment(commitment()),
    "pickup": lambda: render_pickup_slip(pickup(Delivery("window", "张伟", RAW_ID))),
    "referral": lambda: render_referral(referral()),
    "report": lambda: render_daily_report(daily_report()),
    "catalogue": lambda: render_catalogue(catalogue()),
    "guide": lambda: render_guide(guide()),
    "licence": lambda: render_licence(licence()),
}
WITH_BARCODE = ("receipt", "notice", "refusal", "commitment", "pickup")


# ---------------------------------------------------------------- every document


@needs_poppler
@pytest.mark.parametrize("name", sorted(ALL_DOCS))
def test_every_document_renders_chinese_and_never_the_raw_id(name, tmp_path):
    pdf = ALL_DOCS[name]()
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert RAW_ID not in squash(text)
    assert RAW_PHONE not in squash(text)
    assert "湛江" in text  # Chinese came back out: the font is embedded, not boxes


@needs_poppler
@pytest.mark.parametrize("name", WITH_BARCODE)
def test_documents_carry_number_phones_and_version(name, tmp_path):
    text = squash(pdf_text(ALL_DOCS[name](), tmp_path))
    for expected in (APP_NO, "0759-3331234", "12345", "SC-0006v2", "（盖章）", "湛市监"):
        assert expected in text, expected


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("name", WITH_BARCODE)
def test_application_barcode_decodes_at_150dpi(name, tmp_path):
    assert decoded_codes(ALL_DOCS[name](), tmp_path) == [APP_NO]


@pytest.mark.parametrize("name", sorted(ALL_DOCS))
def test_same_data_gives_identical_bytes(name):
    assert ALL_DOCS[name]() == ALL_DOCS[name]()


# ---------------------------------------------------------------- receipt


@needs_poppler
def test_receipt_masks_id_and_phone_and_writes_out_no_fee(tmp_path):
    text = squash(pdf_text(render_receipt(receipt()), tmp_path))
    assert "受理通知书" in text
    assert MASKED_ID in text and "138****1234" in text
    assert "不收费" in text
    assert "补打" not in text
    assert "暂定日期" not in text
    assert "2026年11月27日" in text and "自2026-11-25受理次日起算3个工作日" in text


@needs_poppler
def test_receipt_with_masked_input_fees_reprint_and_provisional(tmp_path):
    data = receipt(
        applicant_id_masked=MASKED_ID,
        header=header(reprint=2),
        deadline_provisional=True,
        intermediaries=("房屋安全鉴定",),
        fees=[Fee("工本费", "10元/本", "粤价〔2015〕1号")],
    )
    text = squash(pdf_text(render_receipt(data), tmp_path))
    assert MASKED_ID in text
    assert "补打" in text and "第2次" in text
    assert "该日期涉及尚未公布的节假日安排，为暂定日期" in text
    assert "工本费" in text and "不收费" not in text
    assert "房屋安全鉴定" in text


@needs_poppler
def test_receipt_in_english(tmp_path):
    text = pdf_text(render_receipt(receipt(header=header(lang="en"))), tmp_path)
    assert "Acceptance Notice" in text and "No fee" in text


# ---------------------------------------------------------------- other documents


@needs_poppler
def test_notice_lists_every_item_and_cites_article_32(tmp_path):
    text = squash(pdf_text(render_notice(notice()), tmp_path))
    assert "一次性告知书" in text and "第三十二条" in text
    assert "住所使用证明" in text and "股东未在章程上签字" in text
    assert "2026年12月2日" in text and "第2次告知" not in text


@needs_poppler
def test_later_notice_says_sequence_and_override(tmp_path):
    text = squash(pdf_text(render_notice(notice(sequence=2)), tmp_path))
    assert "第2次告知（仅限首次告知事项）" in text  # a repeat of the first notice's items
    data = notice(sequence=2, override_reason="申请人变更经营范围，科长批准")
    text = squash(pdf_text(render_notice(data), tmp_path))
    assert "第2次告知（含经负责人批准新增的告知事项" in text and "仅限首次" not in text
    assert "申请人变更经营范围，科长批准" in text


@needs_poppler
def test_refusal_default_and_custom_remedies(tmp_path):
    text = squash(pdf_text(render_refusal(refusal()), tmp_path))
    assert "六十日内向湛江市人民政府申请行政复议" in text and "六个月内向人民法院" in text
    assert "请向湛江市赤坎区市场监督管理局" in text
    text = squash(pdf_text(render_refusal(refusal(remedies="可向省局申请复议。")), tmp_path))
    assert "可向省局申请复议。" in text and "六十日" not in text


@needs_poppler
def test_refusal_matches_hand_written_golden_text(tmp_path):
    """Expected text in tests/golden was typed from the input data, not generated."""
    expected = (GOLDEN / "refusal.txt").read_text(encoding="utf-8")
    assert squash(pdf_text(render_refusal(refusal()), tmp_path)) == squash(expected)


@needs_poppler
def test_commitment_states_liability_and_verification(tmp_path):
    text = squash(pdf_text(render_commitment(commitment()), tmp_path))
    assert "告知承诺书" in text and "国办发〔2020〕42号" in text
    assert "住所使用证明（产权证明）" in text and "30个工作日内（至2026年12月25日止）" in text
    assert "2026年12月25日" in text and MASKED_ID in text


@needs_poppler
@pytest.mark.parametrize(
    "delivery, expected",
    [
        (Delivery("window", "张伟", RAW_ID), ["窗口领取", MASKED_ID, "领取人（签字）"]),
        (
            Delivery("post", tracking_number="SF1234567890", address="湛江市霞山区"),
            ["邮寄送达", "SF1234567890"],
        ),
        (Delivery("electronic", address="广东政务服务网"), ["电子送达", "广东政务服务网"]),
    ],
)
def test_pickup_slip_delivery(delivery, expected, tmp_path):
    text = squash(pdf_text(render_pickup_slip(pickup(delivery)), tmp_path))
    assert "准予：准予登记" in text
    for e in expected:
        assert e in text


@needs_poppler
def test_referral_report_and_catalogue_contents(tmp_path):
    text = squash(pdf_text(render_referral(referral()), tmp_path))
    assert "食品经营许可证" in text and USCC in text and "先照后证" in text
    text = squash(pdf_text(render_daily_report(daily_report()), tmp_path))
    for e in ("业务日报", "90.5%", "97.4%", "25.0%", "—", "ZJ2026111800077", "制表人", "审核人"):
        assert e in text, e
    text = squash(pdf_text(render_catalogue(catalogue()), tmp_path))
    for e in ("440800-SC-0010", "不动产登记费", "房屋安全鉴定", "不收费"):
        assert e in text, e


# ---------------------------------------------------------------- guide


@needs_poppler
@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("english", [False, True])
def test_guide_variants(variant, english, tmp_path):
    pdf = render_guide(guide(), variant=variant, english=english)
    text = squash(pdf_text(pdf, tmp_path, layout=False))  # reading order across panels
    for element in (
        "事项名称",
        "事项编码",
        "事项类型",
        "实施主体",
        "设定依据",
        "实施依据",
        "受理条件",
        "申请材料",
        "办理流程",
        "办理方式",
        "法定办结时限",
        "承诺办结时限",
        "不收费",
        "中介服务",
        "办理结果",
        "送达方式",
        "办理地点",
        "办理时间",
        "咨询电话",
        "监督投诉电话",
        "到现场次数",
        "申请人权利和义务",
        "救济途径",
        "常见问题",
        "事项目录版本",
        "2026年1月1日",
        "委托代理人",
    ):
        assert element in text, element
    assert ("ServiceGuide" in text) == english
    sizes = page_sizes(pdf)
    landscape = variant == "trifold"
    assert all((w > h) == landscape for w, h in sizes)
    if variant == "a4":
        assert 1 <= len(sizes) <= 2


def test_large_print_guide_is_at_least_16pt():
    st = styles(VARIANTS["large"])
    assert min(st.body.fontSize, st.table.fontSize, st.heading.fontSize) >= 16


def test_unknown_guide_variant_is_refused():
    with pytest.raises(ValueError):
        render_guide(guide(), variant="a3")


# ---------------------------------------------------------------- licence


@needs_poppler
@needs_zbar
def test_licence_facsimile_and_qr(tmp_path):
    pdf = render_licence(licence())
    text = squash(pdf_text(pdf, tmp_path))
    for e in (
        "营业执照",
        "统一社会信用代码",
        USCC,
        "伍拾万元整（50万元人民币）",
        "张伟",
        "湛江市海湾贸易有限公司",
        "2026年11月26日",
        "经营范围",
    ):
        assert e in text, e
    assert decoded_codes(pdf, tmp_path) == [USCC]


def _word_x(pdf: bytes, word: str, tmp_path: Path) -> float:
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    m = re.search(r'<word xMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert m, word
    return float(m.group(1))


@needs_poppler
@needs_zbar
def test_licence_overlay_prints_values_only_shifted_by_offset(tmp_path):
    plain_overlay = render_licence(licence(), overlay=True)
    text = squash(pdf_text(plain_overlay, tmp_path))
    assert USCC in text and "湛江市海湾贸易有限公司" in text
    for facsimile_label in ("统一社会信用代码", "法定代表人", "登记机关", "扫描二维码"):
        assert facsimile_label not in text
    assert decoded_codes(plain_overlay, tmp_path) == [USCC]
    shifted = render_licence(licence(), overlay=True, offset_mm=(5, -3))
    dx = _word_x(shifted, USCC, tmp_path) - _word_x(plain_overlay, USCC, tmp_path)
    assert dx == pytest.approx(5 * 72 / 25.4, abs=0.2)
    # the facsimile ignores the offset: it is printed on blank paper
    assert render_licence(licence(), offset_mm=(5, -3)) == render_licence(licence())


@needs_poppler
def test_licence_calibration_page(tmp_path):
    text = pdf_text(render_licence_test_page((1.5, -2)), tmp_path)
    assert "校准" in text and "dx=1.5" in text and "business_scope" in text


@pytest.mark.parametrize(
    "amount, currency, expected",
    [
        ("50", "人民币", "伍拾万元整（50万元人民币）"),
        ("10", "人民币", "壹拾万元整（10万元人民币）"),
        ("100", "人民币", "壹佰万元整（100万元人民币）"),
        ("0.5", "人民币", "伍仟元整（0.5万元人民币）"),
        ("3.01", "人民币", "叁万零壹佰元整（3.01万元人民币）"),
        ("1001", "人民币", "壹仟零壹万元整（1001万元人民币）"),
        ("10000", "人民币", "壹亿元整（10000万元人民币）"),
        ("10001.0001", "人民币", "壹亿零壹万零壹元整（10001.0001万元人民币）"),
        ("0.000105", "人民币", "壹元零伍分（0.000105万元人民币）"),
        ("10", "美元", "壹拾万美元整（10万美元）"),
    ],
)
def test_capital_in_words(amount, currency, expected):
    assert capital_in_words(Decimal(amount), currency) == expected


# ---------------------------------------------------------------- masking, text, labels, fonts


@pytest.mark.parametrize(
    "raw, masked",
    [
        (RAW_ID, MASKED_ID),
        (MASKED_ID, MASKED_ID),
        ("44080219900101123X", "440802********123X"),
        ("440802900101123", "440802*****1123"),
        ("1234", "**34"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id(raw, masked):
    assert mask_id(raw) == masked


@pytest.mark.parametrize(
    "raw, masked",
    [
        (RAW_PHONE, "138****1234"),
        ("138****1234", "138****1234"),
        ("0759-3331234", "075*****1234"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_mask_phone(raw, masked):
    assert mask_phone(raw) == masked


@given(hs.text(max_size=40))
def test_masking_is_idempotent_and_keeps_length(s):
    for f in (mask_id, mask_phone):
        once = f(s)
        assert f(once) == once
        assert len(once) == len("".join(s.split()))


def test_text_sanitiser():
    assert para("<b>A&B</b>\x00\x07\nx") == "&lt;b&gt;A&amp;B&lt;/b&gt;<br/>x"
    assert plain("a\tb\r\nc\x1b\x7f") == "a b c"


def test_labels_have_both_languages_and_templates_use_them():
    assert label("no_fee") == "不收费" and label("no_fee", "en") == "No fee"
    assert label("receipt_title", "fr") == "受理通知书"


def test_font_not_found_names_the_package(monkeypatch, tmp_path):
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"nope")
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setenv(fonts.ENV_VAR, str(bogus))
    with pytest.raises(FontNotFound, match="fonts-wqy-microhei"):
        fonts.register_cjk_font()


def test_cff_and_non_cjk_fonts_are_rejected():
    otf = next(Path("/usr/share/fonts/opentype").rglob("*.otf"), None)
    if otf:
        assert not fonts._try_register(str(otf))
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        assert not fonts._try_register(str(dejavu))


def test_printing_imports_neither_qt_nor_sqlalchemy_nor_window_app():
    code = (
        "import sys, printing; bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'window_app')]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_modules_stay_small():
    for path in (Path(__file__).parents[1] / "printing").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path.name


# ---------------------------------------------------------------- hostile input

hostile = hs.one_of(
    hs.text(max_size=300),
    hs.sampled_from(
        [
            "'; DROP TABLE applications; --",
            "<b>bold</b> & <para>",
            "</para><font size=99>",
            "x" * 5000,
            "张" * 2000,
            "\x00\x01\x1b[31m\x7f",
            "😀👨‍👩‍👧 emoji",
            "עברית العربية RTL",
            "\u202e reversed \u202c",
            "&amp;&#0;&#x1F600;",
            "\ud7ff\ufffd",
            "",
        ]
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=hostile,
    matter=hostile,
    agent=hostile,
    material=hostile,
    expl=hostile,
    app_no=hostile,
    id_no=hostile,
)
def test_hostile_receipt_fields_never_crash(name, matter, agent, material, expl, app_no, id_no):
    data = receipt(
        applicant_name=name,
        matter_name=matter,
        agent=agent,
        application_number=app_no,
        applicant_id_masked=id_no,
        deadline_explanation=expl,
        materials_received=[(material, material, 1)],
        header=header(clerk=name, window=matter, doc_number=app_no),
    )
    try:
        pdf = render_receipt(data)
    except UnprintableText as exc:  # refused, naming the character, never printed blank
        assert exc.chars and all(f"U+{ord(c):04X}" in exc.message for c in exc.chars)
        return
    assert pdf.startswith(b"%PDF")
