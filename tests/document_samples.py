"""Sample data for the printing tests: one plausible instance of every document's plain data,
and every document kind rendered from it (`ALL_DOCS`).

It exists so that the printing tests, split by document, and the tests that print a subset
(test_printing_subsets.py) build the same documents from the same values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from printing import (
    CatalogueListData,
    CatalogueMatter,
    CommitmentData,
    DailyReportData,
    Delivery,
    DocumentHeader,
    Fee,
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
    render_catalogue,
    render_commitment,
    render_daily_report,
    render_guide,
    render_licence,
    render_notice,
    render_pickup_slip,
    render_receipt,
    render_referral,
    render_refusal,
)

GOLDEN = Path(__file__).parent / "golden"
RAW_ID = "440802199001011234"
MASKED_ID = "440802********1234"
RAW_PHONE = "13812341234"
APP_NO = "ZJ2026112500123"
USCC = "91440800MA4W7K2E3Y"


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
