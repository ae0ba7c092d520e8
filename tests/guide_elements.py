"""The elements every printed service guide carries, by their labels in the guide's order.

It exists so that the guides of every shipped matter (test_guides.py) and the guide's layouts and
languages (test_printing_guides.py) look for the same elements; each adds what its own guides
show besides (a date, a fee-free line, the FAQ).
"""

from __future__ import annotations

GUIDE_LABELS = (
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
    "收费",  # 收费标准, or 不收费
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
    "事项目录版本",
)
