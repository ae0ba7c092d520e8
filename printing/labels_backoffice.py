"""Labels of the back office's documents (issue 19): the 容缺 part of the receipt, the
撤销决定书 and the hand-over list. Merged into `labels.LABELS` (one table for the templates)."""

from __future__ import annotations

BACKOFFICE_LABELS: dict[str, tuple[str, str]] = {
    # 容缺受理 on the receipt
    "receipt_intro_gap": (
        "{applicant}：你（单位）于{date}提交的“{matter}”申请，主要申请材料齐全、符合法定形式，"
        "所缺次要材料可容缺。根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以"
        "容缺受理。",
        '{applicant}: your application for "{matter}" submitted on {date} has its main materials '
        "complete and in legal form; the minor materials missing may follow later. It is "
        "accepted with a minor gap under art. 32 of the Administrative Licensing Law.",
    ),
    "materials_owed": ("容缺材料及承诺补交日期", "Materials to follow and the promised dates"),
    "owed_commitment": (
        "申请人书面承诺在下列日期前补交以下材料。容缺材料补交（或经负责人同意免于补交）前，"
        "本机关不作出审批决定，办理时限照常计算。",
        "The applicant commits in writing to bring the materials below by the dates shown. No "
        "decision is made until they arrive (or a supervisor waives them); the time limit runs "
        "as usual.",
    ),
    "promised_by": ("承诺补交日期", "To bring by"),
    "owed_signature": ("申请人承诺（签字）", "Applicant's commitment (signature)"),
    # revocation after a failed commitment verification (撤销决定书, issue 19)
    "revocation_title": ("撤销行政许可决定书", "Decision to Revoke an Approval"),
    "revocation_intro": (
        "{applicant}：本机关于{approved}依你（单位）签署的告知承诺书（签署人：{signer}）对“{matter}”"
        "作出准予许可决定。经{verified}核查，你（单位）承诺的内容与实际情况不符：{finding}。"
        "根据{basis}，本机关决定撤销该行政许可决定。",
        "{applicant}: on {approved} this authority approved “{matter}” on your signed commitment "
        "(signed by {signer}). The verification of {verified} found the commitment untrue: "
        "{finding}. Under {basis}, this authority revokes the approval.",
    ),
    "revocation_credit": (
        "你（单位）作出不实承诺的情况已记入信用记录（失信名单），此后不再适用告知承诺制。",
        "Your untrue commitment has been entered in the credit record (bad-credit list); "
        "commitment-based approval will no longer be available to you.",
    ),
    # hand-over list (移交清单, issue 19)
    "handover_title": ("移交清单", "Hand-over list"),
    "handover_batch": ("清单编号", "List No."),
    "handover_to": ("接收部门", "Receiving department"),
    "handover_by": ("移交人", "Handed over by"),
    "handover_receiver": ("接收人", "Received by"),
    "handover_on": ("移交日期", "Handed over on"),
    "handover_count": ("件数", "Items"),
    "handover_accepted_on": ("受理日期", "Accepted on"),
    "handover_due": ("承诺办结期限", "Promised by"),
    "handover_scan_hint": (
        "接收部门扫描右上角清单条码即签收全部申请，或逐件扫描申请编号条码签收。",
        "The receiving department signs for every item by scanning the list's barcode (top "
        "right), or for each item by scanning its application barcode.",
    ),
}
