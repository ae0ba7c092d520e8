"""Labels of the supervisor's reports (daily report, complaint register): (Chinese, English)."""

from __future__ import annotations

REPORT_LABELS: dict[str, tuple[str, str]] = {
    # daily report
    "report_title": ("政务服务大厅业务日报", "Service Hall Daily Report"),
    "period": ("统计期间", "Period"),
    "counts": ("业务量", "Counts"),
    "item": ("项目", "Item"),
    "value": ("数值", "Value"),
    "rates": ("比率", "Rates"),
    "numerator": ("分子", "Numerator"),
    "denominator": ("分母", "Denominator"),
    "rate": ("比率", "Rate"),
    "per_window": ("分窗口统计", "By window"),
    "overdue": ("超期件", "Overdue"),
    "tabulator": ("制表人（签字）", "Prepared by"),
    "reviewer": ("审核人（签字）", "Reviewed by"),
    # complaint register (投诉登记表)
    "complaint_title": ("投诉登记表", "Complaint Register"),
    "complaint_as_of": ("办理情况统计截至{day}", "Handling counted as of {day}"),
    "complaint_counts": ("投诉情况", "Complaints"),
    "complaint_list": ("投诉明细", "Complaints received"),
    "complaint_id": ("编号", "No."),
    "complaint_received": ("接收时间", "Received"),
    "complaint_kind": ("渠道/类别", "Channel / category"),
    "complaint_person": ("投诉人/联系电话", "Complainant / phone"),
    "complaint_content": ("投诉内容", "Complaint"),
    "complaint_concerns": ("涉及", "Concerns"),
    "complaint_state": ("状态/答复期限", "State / reply due"),
    "complaint_handler": ("承办人", "Handler"),
    "complaint_outcome": ("办理结果", "Outcome"),
}
