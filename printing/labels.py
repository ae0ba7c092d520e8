"""Every label printed on a document, in Chinese and English, in one table.

Templates never hard-code label text: they call label(key, lang). Values may contain
str.format fields ({n}, {applicant} …) filled in by the template.
"""

from __future__ import annotations

from .labels_backoffice import BACKOFFICE_LABELS
from .report_labels import REPORT_LABELS

LANGS = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    # shared
    "application_number": ("申请编号", "Application No."),
    "doc_number": ("文书编号", "Document No."),
    "window": ("受理窗口", "Window"),
    "clerk": ("经办人", "Clerk"),
    "issued_on": ("出具日期", "Issued on"),
    "consult_phone": ("咨询电话", "Enquiries"),
    "complaint_phone": ("监督投诉电话", "Complaints"),
    "catalogue_version": ("事项目录版本", "Catalogue version"),
    "page_n": ("第{n}页", "Page {n}"),
    "reprint_mark": ("补打（第{n}次）", "Reprint (no. {n})"),
    "barcode_unavailable": (
        "（条码无法生成，请以编号为准）",
        "(barcode unavailable; use the number)",
    ),
    "seal": ("（盖章）", "(seal)"),
    "date": ("日期", "Date"),
    "applicant": ("申请人", "Applicant"),
    "applicant_id": ("身份证件号码", "ID number"),
    "applicant_phone": ("联系电话", "Phone"),
    "agent": ("代理人", "Agent"),
    "matter_name": ("事项名称", "Matter"),
    "matter_code": ("事项编码", "Matter code"),
    "none": ("无", "None"),
    "no_fee": ("不收费", "No fee"),
    "index": ("序号", "No."),
    "material": ("材料名称", "Material"),
    "form": ("原件/复印件", "Original/copy"),
    "copies": ("份数", "Copies"),
    "acceptor": ("受理人（签字）", "Accepted by (signature)"),
    "recipient": ("申请人（签收）", "Applicant (received)"),
    "where": ("办理地点", "Place"),
    # receipt
    "receipt_title": ("受理通知书", "Acceptance Notice"),
    "receipt_intro": (
        "{applicant}：你（单位）于{date}提交的“{matter}”申请，申请材料齐全、符合法定形式。"
        "根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以受理。",
        '{applicant}: your application for "{matter}" submitted on {date} is complete and in '
        "legal form and is accepted under art. 32 of the Administrative Licensing Law.",
    ),
    "accepted_on": ("受理日期", "Accepted on"),
    "promised_deadline": ("承诺办结日期", "Promised by"),
    "statutory_deadline": ("法定办结日期", "Statutory deadline"),
    "deadline_explanation": ("时限说明", "How counted"),
    "deadline_provisional": (
        "该日期涉及尚未公布的节假日安排，为暂定日期",
        "Provisional: this date depends on a holiday schedule not yet published",
    ),
    "fees": ("收费", "Fees"),
    "fee_row": ("{name}：{standard}（依据：{basis}）", "{name}: {standard} (basis: {basis})"),
    "intermediaries": ("中介服务", "Intermediary services"),
    "result_name": ("办理结果", "Result"),
    "delivery_method": ("送达方式", "Delivery"),
    "materials_received": ("已收取材料", "Materials received"),
    # notice
    "notice_title": ("一次性告知书（补正材料通知书）", "One-time Notice (Materials to Correct)"),
    "notice_sequence": (
        "第{n}次告知（仅限首次告知事项）",
        "Notice no. {n} (only items from the first notice)",
    ),
    "notice_sequence_added": (
        "第{n}次告知（含经负责人批准新增的告知事项，理由见下）",
        "Notice no. {n} (with items added on a supervisor's approval, reason below)",
    ),
    "notice_intro": (
        "{applicant}：你（单位）于{date}申请办理的“{matter}”，经审查，申请材料不齐全或者不符合"
        "法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，"
        "现一次性告知你需要补正的全部内容如下：",
        '{applicant}: your application for "{matter}" of {date} is incomplete or not in legal '
        "form. Under art. 32(1)(4) of the Administrative Licensing Law, everything to correct is "
        "listed below, once:",
    ),
    "problem": ("问题", "Problem"),
    "reason": ("原因", "Reason"),
    "bring": ("需提交", "Bring"),
    "by_when": ("补正期限", "Bring by"),
    "guide_reference": ("办事指南", "Service guide"),
    "override_reason": (
        "新增告知事项经负责人批准，理由",
        "New items approved by supervisor, reason",
    ),
    "notice_closing": (
        "补正材料齐全、符合法定形式后，本机关将予以受理。本告知书所列为需补正的全部内容。",
        "Once corrected, the application will be accepted. This notice lists every item.",
    ),
    # refusal
    "refusal_title": ("不予受理通知书", "Notice of Non-acceptance"),
    "refusal_intro": (
        "{applicant}：你（单位）于{date}提出的“{requested}”申请，经审查，{reason}。"
        "依据{basis}的规定，本机关决定不予受理。",
        '{applicant}: your application "{requested}" of {date} is not accepted: {reason}. '
        "Legal basis: {basis}.",
    ),
    "apply_instead": ("请向{where}提出申请。", "Please apply to {where}."),
    "remedies": ("救济途径", "Remedies"),
    # commitment
    "commitment_title": ("证明事项告知承诺书", "Commitment Letter"),
    "commitment_notice": ("一、行政机关告知", "1. What the authority tells you"),
    "conditions": ("（一）应当符合的条件", "(a) Conditions to meet"),
    "waived_materials": ("（二）以承诺代替的证明材料", "(b) Proofs replaced by this commitment"),
    "liability": ("（三）不实承诺的法律责任及核查", "(c) Liability and verification"),
    "verification": (
        "本机关将在{days}个工作日内（至{due}止）对承诺内容进行核查。",
        "The authority will verify this commitment within {days} working days (until {due}).",
    ),
    "commitment_pledge": ("二、申请人承诺", "2. Applicant's commitment"),
    "pledge_text": (
        "本人（本单位）已知晓行政机关告知的全部内容，承诺符合上述条件，愿意承担不实承诺的"
        "法律责任。以上承诺是本人（本单位）的真实意思表示。",
        "I have read the above, commit that I meet the conditions, accept liability for a false "
        "commitment, and make this commitment of my own will.",
    ),
    # pickup
    "pickup_title": ("办结通知书（领取凭证）", "Completion Notice / Pickup Slip"),
    "result": ("办理结果", "Decision"),
    "approved": ("准予", "Approved"),
    "denied": ("不予批准", "Denied"),
    "decision_reason": ("理由", "Reason"),
    "completed_on": ("办结日期", "Completed on"),
    "delivery_window": ("窗口领取", "Collected at the window"),
    "delivery_post": ("邮寄送达", "By post"),
    "delivery_electronic": ("电子送达", "Electronic"),
    "collected_by": ("领取人", "Collected by"),
    "collected_by_id": ("领取人证件号码", "Collector ID"),
    "tracking_number": ("邮件单号", "Tracking No."),
    "address": ("送达地址", "Address"),
    "collector_sign": ("领取人（签字）", "Collected by (signature)"),
    # referral
    "referral_title": (
        "“先照后证”后置许可事项告知书",
        "Notice of Permits Required After Registration",
    ),
    "referral_intro": (
        "{name}（统一社会信用代码：{uscc}）：根据“先照后证”改革和“双告知”制度，你单位经营范围中"
        "的下列项目，须取得相关许可后方可开展经营活动。本机关已同时将你单位登记信息推送至下列"
        "审批部门。",
        "{name} (USCC {uscc}): the scope items below may be carried on only after obtaining the "
        "permits listed; the departments concerned have been informed.",
    ),
    "scope_item": ("经营项目", "Business item"),
    "permit": ("需取得的许可", "Permit"),
    "department": ("审批部门", "Department"),
    "applicant_sign": ("申请人（签字或盖章）", "Applicant (signature or seal)"),
    "authority_sign": ("行政机关经办人（签字）", "Official (signature)"),
    # random spot-check plan (双随机抽查公示)
    "spot_title": ("双随机抽查计划公示", "Random Spot-Check Plan (Public Notice)"),
    "spot_intro": (
        "现将{number}号双随机抽查计划的抽取条件、随机种子和抽取结果公示如下。",
        "The criteria, seed and result of random spot-check plan {number} are published below.",
    ),
    "spot_criteria": ("抽取条件", "Criteria"),
    "spot_population": ("抽查对象", "Population"),
    "spot_category": ("主体类别", "Category"),
    "spot_authority": ("登记机关", "Registering authority"),
    "spot_dates": ("日期范围", "Dates"),
    "spot_sample": ("抽取比例/数量", "Share / number"),
    "spot_population_size": ("对象总数", "Population size"),
    "spot_digest": ("对象名单摘要（SHA-256）", "Population digest (SHA-256)"),
    "spot_seed": ("随机种子", "Seed"),
    "spot_algorithm": ("抽取算法", "Algorithm"),
    "spot_pool": ("检查人员名单", "Inspector pool"),
    "spot_picks": ("抽取结果", "Drawn objects and inspectors"),
    "spot_key": ("统一社会信用代码/申请编号", "USCC / application No."),
    "spot_name": ("名称", "Name"),
    "spot_inspectors": ("检查人员", "Inspectors"),
    "spot_method": ("复核方法", "How to verify"),
    "spot_method_text": (
        "以 U+001F 字符连接各部分（UTF-8 编码），计算每个对象编号的 SHA-256(种子, object, 编号)，"
        "按其十六进制小写值从小到大排序，取前 N 个；对每个抽中的对象，从检查人员名单中除去其经办人员，"
        "按 SHA-256(种子, inspector, 对象编号, 用户名) 从小到大取前两名。对象编号排序后每行一个"
        "（以换行结尾）的 SHA-256 即上列对象名单摘要。",
        "Join the parts with the character U+001F (UTF-8). For each key compute SHA-256(seed, "
        "object, key), sort by its lowercase hex value and take the first N; for each drawn "
        "object, leave out of the inspector pool those who handled it and take the first two by "
        "SHA-256(seed, inspector, key, username). The population digest above is the SHA-256 of "
        "the keys sorted, one per line, each ending in a newline.",
    ),
    "spot_method_frozen": (
        "对象名单（各对象编号及其经办人员）在抽取时随计划保存，复核即按该名单重新抽取；"
        "此后新登记或新审批的对象不改变本次抽取，也不影响复核。",
        "The population (each object's key and who handled it) was stored with the plan at the "
        "draw, and a verification draws again from it: objects registered or approved later do "
        "not change this draw or its verification.",
    ),
    # catalogue list
    "catalogue_title": ("政务服务事项目录清单", "Catalogue of Service Matters"),
    "matter_type": ("事项类型", "Type"),
    "statutory_limit": ("法定办结时限", "Statutory time limit"),
    "promised_limit": ("承诺办结时限", "Promised time limit"),
    "fee_catalogue": ("收费目录清单", "Fee catalogue"),
    "fee_name": ("收费项目", "Fee"),
    "fee_standard": ("收费标准", "Standard"),
    "legal_basis": ("依据", "Legal basis"),
    "intermediary_name": ("中介服务名称", "Intermediary service"),
    "intermediary_req": ("要求/提供者", "Requirement / provider"),
    # guide
    "guide_title": ("办事指南", "Service Guide"),
    "guide_notes": ("办理须知", "Before you apply"),
    "guide_contact": ("办理地点与咨询", "Where to go and whom to ask"),
    "implementer": ("实施主体", "Implemented by"),
    "setting_basis": ("设定依据", "Legal basis (creating)"),
    "implementing_basis": ("实施依据", "Legal basis (implementing)"),
    "acceptance_conditions": ("受理条件", "Conditions"),
    "prohibitions": ("禁止性要求", "Prohibited"),
    "application_materials": ("申请材料", "Application materials"),
    "medium": ("纸质/电子", "Paper/electronic"),
    "source": ("来源渠道", "Where to get it"),
    "commitment_ok": ("可承诺替代", "Commitment may replace"),
    "sample": ("样表", "Sample"),
    "required": ("必要性", "Required"),
    "required_yes": ("必要", "required"),
    "required_if": ("视情形提交：{c}", "if: {c}"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "process": ("办理流程", "Procedure"),
    "channels": ("办理方式", "How to apply"),
    "hours": ("办理时间", "Opening hours"),
    "visits": ("到现场次数", "Visits in person"),
    "rights": ("申请人权利和义务", "Rights and duties"),
    "faq": ("常见问题", "FAQ"),
    "effective_on": ("施行日期", "Effective from"),
    "delivery_methods": ("送达方式", "Delivery"),
    # licence
    "licence_title": ("营业执照", "Business Licence"),
    "uscc": ("统一社会信用代码", "Unified social credit code"),
    "ent_name": ("名称", "Name"),
    "ent_type": ("类型", "Type"),
    "legal_rep": ("法定代表人", "Legal representative"),
    "capital": ("注册资本", "Registered capital"),
    "established_on": ("成立日期", "Established on"),
    "domicile": ("住所", "Domicile"),
    "business_scope": ("经营范围", "Business scope"),
    "registration_authority": ("登记机关", "Registration authority"),
    "audit_head": (
        "审计链：截至第{n}号事件，哈希 {hash}",
        "Audit trail: up to event no. {n}, hash {hash}",
    ),
    "suspension_title": ("中止办理通知书", "Notice of Suspension"),
    "extension_title": ("延长办理期限通知书", "Notice of Extension"),
    "resumption_title": ("恢复审查通知书", "Notice of Resumed Review"),
    "pickup_place": ("领取地点", "Where to collect"),
    "pickup_hours": ("领取时间", "When to collect"),
    "business_term": ("营业期限", "Business term"),
    "operator": ("经营者", "Operator"),
    "composition": ("组成形式", "Form of organisation"),
    "registered_on": ("注册日期", "Registered on"),
    "premises": ("经营场所", "Business premises"),
    "member_capital": ("成员出资总额", "Members' total contribution"),
    "operating_scope": ("业务范围", "Scope of operations"),
    "qr_hint": (
        "二维码内容：统一社会信用代码（可在“国家企业信用信息公示系统”查询登记、备案、许可、监管信息）。",
        "The QR code holds the unified social credit code (look it up in the National Enterprise "
        "Credit Information Publicity System).",
    ),
    "calibration_title": ("营业执照套打校准页", "Licence overlay calibration page"),
    "calibration_offset": (
        "当前偏移 dx={dx} mm, dy={dy} mm（向右、向上为正）",
        "Offset dx={dx} mm, dy={dy} mm (right and up positive)",
    ),
}
LABELS.update(BACKOFFICE_LABELS)
LABELS.update(REPORT_LABELS)


def label(key: str, lang: str = "zh") -> str:
    """The label for `key` in `lang` ("zh" default, "en"); unknown lang falls back to zh."""
    zh, en = LABELS[key]
    return en if lang == "en" else zh
