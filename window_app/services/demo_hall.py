"""The demo hall's day at the counter, done through the services a clerk, a supervisor and an
administrator use (each call its own transaction and audit events, as in the GUI):

- a code segment (号段) for every registering authority of Zhanjiang;
- enterprises of each kind registered there, with their USCCs and licences;
- today's applications at the window: accepted with a receipt, a one-time notice, a refusal,
  an approval on commitment (with its letter);
- the credit lists (失信名单, 经营异常名录), one applicant of the demo on each;
- complaints registered, assigned, answered and closed;
- spot-check plans drawn from the enterprises and from the commitment approvals.

`services.demo.generate` calls `run` after the bulk load of the past weeks.
"""

from __future__ import annotations

import random
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from ..core.checklist import Mark
from ..core.divisions import ZHANJIANG_AUTHORITIES
from ..core.enterprise_names import authority_name
from ..core.idcard import check_digit
from ..storage.database import Database
from ..storage.models import MatterVersion
from . import (
    accept,
    bad_credit,
    code_segments,
    commitment,
    complaints,
    intake,
    notice,
    refusal,
    registration,
    spot_checks,
    users,
)
from .context import Actor

AUTHORITIES = tuple(ZHANJIANG_AUTHORITIES)  # 440800 (the city) and its nine divisions
# one organisation-code prefix per authority (8-character bodies: prefix + 4-digit serial)
SEGMENT_PREFIXES = ("MA5A", "MA5B", "MA5C", "MA5D", "MA5E", "MA5F", "MA5G", "MA5H", "MA5J",
                    "MA5K")  # fmt: skip
# (category, enterprise type, name pattern, scope, capital)
KINDS = (
    ("1", "有限责任公司（自然人投资或控股）", "{place}{trade}贸易有限公司", "日用百货销售；五金产品批发", "100"),
    ("1", "有限责任公司（自然人独资）", "{place}{trade}餐饮管理有限公司", "餐饮服务；食品销售", "50"),
    ("1", "股份有限公司（非上市、自然人投资或控股）", "{place}{trade}海产股份有限公司", "水产品批发；水产品零售", "1000"),
    ("1", "个人独资企业", "{place}{trade}印刷厂（个人独资）", "包装装潢印刷品印刷", "10"),
    ("1", "合伙企业（普通合伙）", "{place}{trade}物流中心（普通合伙）", "普通货物仓储服务；国内货物运输代理", "30"),
    ("2", "个体工商户", "{place}{trade}小吃店", "小吃服务", "3"),
    ("3", "农民专业合作社", "{place}{trade}水果种植农民专业合作社", "组织成员种植、销售水果", "20"),
)  # fmt: skip
TRADES = ("海湾", "南粤", "鼎盛", "恒达", "富通", "宏远", "嘉和", "新华", "泰丰", "金沙", "港城",
          "雷州", "碧海", "红土", "椰风")  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


@dataclass
class ShowcaseSummary:
    segments: int = 0
    enterprises: list[str] = field(default_factory=list)  # USCCs
    applications: dict[str, str] = field(default_factory=dict)  # what -> number
    credit_entries: int = 0
    complaints: int = 0
    plans: list[str] = field(default_factory=list)


def _id_number(rng: random.Random, region: str = "440802") -> str:
    born = date(1985, 1, 1) + timedelta(days=rng.randrange(7000))  # after 440802 was created
    first17 = f"{region}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + check_digit(first17)


def _person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _place(authority: str) -> str:
    """How an enterprise name starts under this authority: 湛江市 for the city's, else the
    county-level division's name (赤坎区, 遂溪县 …)."""
    return (
        "湛江市"
        if authority == "440800"
        else authority_name(authority).removesuffix("市场监督管理局")
    )


def segments(db: Database, admin: Actor) -> int:
    """A segment of 10,000 codes for every registering authority that has none yet."""
    have = {s.authority_code for s in code_segments.list_segments(db, admin)}
    made = 0
    for prefix, authority in zip(SEGMENT_PREFIXES, AUTHORITIES, strict=True):
        if authority in have:
            continue
        code_segments.create_segment(
            db, admin, f"演示号段（{authority_name(authority)}）", prefix, 0, 9999,
            authority_code=authority,
        )  # fmt: skip
        made += 1
    return made


def registration_request(
    kind: tuple[str, str, str, str, str], authority: str, trade: str, rep: registration.Person,
    rng: random.Random, *, index: int,
) -> registration.RegistrationRequest:  # fmt: skip
    """A registration of one of KINDS under `authority`, `rep` its legal representative (and
    an investor: a partnership has two, a cooperative five members or more)."""
    category, etype, pattern, scope, capital = kind
    name = pattern.format(place=_place(authority), trade=trade)
    investors: tuple[registration.Investor, ...] = ()
    if category == "1" and "合伙" in etype:
        other = registration.Person(_person_name(rng), _id_number(rng))
        investors = (
            registration.Investor(rep.name, rep.id_number, Decimal(capital) / 2),
            registration.Investor(other.name, other.id_number, Decimal(capital) / 2),
        )
    elif category == "1":
        investors = (registration.Investor(rep.name, rep.id_number, Decimal(capital)),)
    elif category == "3":  # a cooperative: five members or more (农民专业合作社法 art. 12)
        members = [rep] + [
            registration.Person(_person_name(rng), _id_number(rng)) for _ in range(4)
        ]
        share = Decimal(capital) / len(members)
        investors = tuple(registration.Investor(m.name, m.id_number, share) for m in members)
    return registration.RegistrationRequest(
        name=name, category=category, enterprise_type=etype,
        domicile=f"{_place(authority)}人民大道{index + 1}号", authority_code=authority,
        legal_representative=rep, registered_capital=Decimal(capital), business_scope=scope,
        investors=investors,
    )  # fmt: skip


def enterprises(db: Database, clerk: Actor, rng: random.Random, today: date) -> list[str]:
    """Each kind of enterprise once, spread over the authorities, registered on recent days."""
    codes = []
    for index, kind in enumerate(KINDS * 2):
        authority = AUTHORITIES[index % len(AUTHORITIES)]
        rep = registration.Person(_person_name(rng), _id_number(rng, authority[:4] + "02"))
        request = registration_request(
            kind, authority, TRADES[index % len(TRADES)], rep, rng, index=index
        )
        on = today - timedelta(days=(len(KINDS) * 2 - index))
        try:
            result = registration.register_enterprise(db, clerk, request, on=on)
        except registration.RegistrationError:
            continue  # a demo run again on the same hall: the name is registered already
        codes.append(result.uscc)
    return codes


def _all_received(started: intake.StartedApplication) -> list[Mark]:
    return [Mark(row.key, "received") for row in started.checklist]


def counter(db: Database, clerk: Actor, rng: random.Random, today: date) -> dict[str, str]:
    """Today's applications, one of each outcome, at clerk1's window."""
    with db.reading() as session:
        committable = [
            v.definition["code"]
            for v in session.scalars(select(MatterVersion).where(MatterVersion.allows_commitment))
        ]
    out: dict[str, str] = {}

    def start(code: str) -> intake.StartedApplication:
        who = intake.ApplicantInput("person", _person_name(rng), id_number=_id_number(rng),
                                    phone=f"138{rng.randrange(10**8):08d}")  # fmt: skip
        return intake.start_application(db, clerk, matter_code=code, applicant=who, on=today)

    started = start("SC-0002")
    accept.accept(db, clerk, started.number, marks=_all_received(started), on=today)
    out["accepted"] = started.number
    started = start("SC-0001")
    notice.issue_notice(db, clerk, started.number, on=today)
    out["notice"] = started.number
    started = start("SC-0006")
    refusal.refuse(
        db, clerk, started.number, reason="申请事项依法不属于本机关职权范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
        apply_instead="湛江市生态环境局", on=today,
    )  # fmt: skip
    out["refusal"] = started.number
    if committable:
        started = start(sorted(committable)[0])
        commitment.approve_on_commitment(
            db, clerk, started.number, signer="申请人本人", marks=_all_received(started), on=today
        )
        out["commitment"] = started.number
    return out


def credit_lists(db: Database, admin: Actor, rng: random.Random, today: date) -> int:
    """One listed person and one listed enterprise on each list (the entries a clerk meets)."""
    entries = {
        bad_credit.BAD_CREDIT: [
            bad_credit.Entry(_id_number(rng), _person_name(rng), "拒不履行生效法律文书确定的义务",
                             "湛江市中级人民法院", today - timedelta(days=200)),
        ],
        bad_credit.ABNORMAL: [
            bad_credit.Entry(_id_number(rng), _person_name(rng), "未按规定公示年度报告",
                             "湛江市市场监督管理局", today - timedelta(days=90)),
        ],
    }  # fmt: skip
    count = 0
    for kind, rows in entries.items():
        result = bad_credit.import_entries(
            db, admin, rows, list_kind=kind, source="演示数据（信用中国（广东））", on=today
        )
        count += result.added + result.updated
    return count


def complaint_desk(db: Database, supervisor: Actor, clerk: Actor, number: str, today: date) -> int:
    """Three complaints: one answered, one in hand, one closed as unfounded."""
    received = datetime.combine(today, time(9, 30))
    forms = [
        complaints.ComplaintForm("phone", "周女士", "13800138001", "overdue",
                                 "营业执照办理超过承诺时限仍未办结", application_number=number,
                                 received_at=received),
        complaints.ComplaintForm("window", "梁先生", "13800138002", "attitude",
                                 "窗口人员解释不耐心", window_number="A01",
                                 received_at=received + timedelta(hours=1)),
        complaints.ComplaintForm("online", "匿名", "13800138003", "fees", "被要求另行缴纳资料费",
                                 received_at=received + timedelta(hours=2)),
    ]  # fmt: skip
    infos = [complaints.register_complaint(db, supervisor, f, now=received + timedelta(hours=3))
             for f in forms]  # fmt: skip
    # never the clerk the complaints are about (the complaint service refuses it: 回避)
    handler = next(h for h in complaints.assignable_handlers(db, supervisor)
                   if h.username != clerk.username)  # fmt: skip
    complaints.assign_complaint(db, supervisor, infos[0].id, handler.id, on=today)
    complaints.answer_complaint(db, supervisor, infos[0].id,
                                "已核实并加快办理，当日电话告知办理进度", "satisfied", on=today)  # fmt: skip
    complaints.assign_complaint(db, supervisor, infos[1].id, handler.id, on=today)
    complaints.close_complaint(db, supervisor, infos[2].id,
                               "经核实本事项不收费，窗口未收取任何费用", on=today)  # fmt: skip
    return len(infos)


def plans(db: Database, supervisor: Actor, today: date, first_day: date) -> list[str]:
    """A spot-check plan over the registered enterprises and one over the commitment approvals."""
    drawn = [
        spot_checks.draw_plan(db, supervisor, spot_checks.Criteria(spot_checks.ENTERPRISES),
                              count=3, on=today).number,
    ]  # fmt: skip
    criteria = spot_checks.Criteria(spot_checks.COMMITMENTS, date_from=first_day, date_to=today)
    with suppress(spot_checks.SpotCheckError):  # a demo too small to have approved any
        drawn.append(spot_checks.draw_plan(db, supervisor, criteria, percent=5, on=today).number)
    return drawn


def run(
    db: Database, actors: dict[str, Actor], *, today: date, first_day: date, seed: int = 1
) -> ShowcaseSummary:
    """The showcase, in the order a hall's first day would have it."""
    rng = random.Random(seed * 7919)
    admin, supervisor, clerk = actors["admin"], actors["super"], actors["clerk1"]
    summary = ShowcaseSummary()
    segments(db, admin)  # made before the history by `services.demo.generate`, else here
    summary.segments = len(code_segments.list_segments(db, admin))
    summary.credit_entries = credit_lists(db, admin, rng, today)
    summary.enterprises = enterprises(db, actors["clerk4"], rng, today)
    summary.applications = counter(db, clerk, rng, today)
    summary.complaints = complaint_desk(
        db, supervisor, clerk, summary.applications["accepted"], today
    )
    summary.plans = plans(db, supervisor, today, first_day)
    return summary


def sign_in(db: Database, password: str) -> dict[str, Actor]:
    """The demo's users, signed in (their sign-ins are audited like any other)."""
    from .demo import USERS  # the demo's accounts (demo imports this module)

    return {u[0]: users.login(db, u[0], password) for u in USERS}
