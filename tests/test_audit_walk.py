"""Walk every state-changing service action once on a real SQLite hall and read the trail back.

Each step names the audit events it must leave: the action, who acted (username, user id and
window), the entity and, where the caller gave one, the reason. Events are matched among those
recorded by that step only, so an event recorded by an earlier step cannot stand in. At the end
the whole chain verifies with the key.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
import test_security_support as support
import yaml
from sqlalchemy import select
from stdnum.iso7064 import mod_11_10

from window_app.core import idcard
from window_app.core.catalogue import default_catalogue_dir
from window_app.core.checklist import Mark
from window_app.core.states import State
from window_app.services import (
    accept,
    audit,
    audit_verify,
    bad_credit,
    checklist,
    code_segments,
    commitment,
    completion,
    documents,
    exports,
    guides,
    intake,
    licence,
    notice,
    personal_data,
    processing,
    refusal,
    registration,
    users,
)
from window_app.services import calendar as calendar_service
from window_app.services import registration_filings as filings
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import SYSTEM, Actor, Role
from window_app.services.registration import (
    ExchangeRequest,
    Investor,
    Person,
    RegistrationRequest,
)
from window_app.storage.models import AuditEvent

MON = date(2025, 11, 3)  # a plain working week
FOOD = "SC-0006"
PASSWORD = "Counter#2026"  # conftest.TEST_PASSWORD


def id_number(seq: int) -> str:
    first = f"44080219900101{seq:03d}"
    return first + idcard.check_digit(first)


def person(seq: int, name: str = "王小明") -> intake.ApplicantInput:
    return intake.ApplicantInput("person", name, id_number=id_number(seq), phone="13812345678")


def received(*keys: str) -> list[Mark]:
    return [Mark(k, "received") for k in keys]


def company(name: str = "湛江市美味餐饮有限公司", **changes) -> RegistrationRequest:
    base = RegistrationRequest(
        name=name, category="1", enterprise_type="有限责任公司（自然人投资或控股）",
        domicile="湛江市赤坎区人民大道中1号", authority_code="440800",
        legal_representative=Person("张三", id_number(123)), registered_capital=Decimal("50"),
        business_scope="餐饮服务；食品销售；日用百货销售",
        investors=(Investor("张三", id_number(123), Decimal("50")),),
    )  # fmt: skip
    return replace(base, **changes)


ANY = object()


@dataclass(frozen=True)
class Expect:
    action: str
    actor: Actor
    entity_id: object = ANY
    reason: object = ANY


class Trail:
    """Reads the events each step added and checks them against what the step should record."""

    def __init__(self, db):  # noqa: ANN001
        self.db = db
        self.last = self._max_id()
        self.steps: list[str] = []

    def _max_id(self) -> int:
        with self.db.reading() as s:
            return s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0

    def step(self, label: str, *expected: Expect) -> list[AuditEvent]:
        with self.db.reading() as s:
            new = list(
                s.scalars(
                    select(AuditEvent).where(AuditEvent.id > self.last).order_by(AuditEvent.id)
                )
            )
        self.last = new[-1].id if new else self.last
        seen = [(e.action, e.username, e.entity_id, e.reason) for e in new]
        for want in expected:
            matches = [
                e
                for e in new
                if e.action == want.action
                and e.username == want.actor.username
                and e.user_id == want.actor.user_id
                and e.window == want.actor.window_number
                and (want.entity_id is ANY or e.entity_id == str(want.entity_id))
                and (want.reason is ANY or e.reason == want.reason)
            ]
            assert matches, f"{label}: no audit event {want}; the step recorded {seen}"
        self.steps.append(label)
        return new


@pytest.fixture
def desk(fast_hall):
    db, actors = fast_hall
    return db, actors, Trail(db)


def test_every_state_change_is_audited(desk, tmp_path):
    db, a, trail = desk
    clerk, clerk2, sup, admin = a["clerk"], a["clerk2"], a["supervisor"], a["admin"]
    E = Expect  # noqa: N806

    # --- intake: start, checklist, accept, print -----------------------------------------------
    s1 = intake.start_application(db, clerk, matter_code=FOOD, applicant=person(1), on=MON)
    trail.step("start application", E("application.received", clerk, s1.number))
    keys = [r.key for r in s1.checklist if r.required]
    checklist.record_materials(db, clerk, s1.number, received(*keys[:2]), on=MON)
    trail.step("checklist update", E("application.materials", clerk, s1.number))
    out = accept.accept(db, clerk, s1.number, marks=received(*keys[2:]), on=MON)
    receipt = out.document.doc_number
    trail.step(
        "accept",
        E("application.materials", clerk, s1.number),
        E("application.accepted", clerk, s1.number),
        E("document.issue", clerk, receipt),
    )
    documents.record_print(db, clerk, out.document.id, "HP LaserJet")
    documents.record_print(db, clerk2, out.document.id, "HP LaserJet", reason="原件遗失")  # 补打
    trail.step(
        "print and reprint",
        E("document.print", clerk, receipt),
        E("document.print", clerk2, receipt, "原件遗失"),  # the reason is on the trail
    )

    # --- one-time notice, a later notice with a supervisor's override, the return ---------------
    s2 = intake.start_application(
        db, clerk, matter_code=FOOD, applicant=person(2), marks=received(*keys[:3]), on=MON
    )
    trail.step("start with marks", E("application.received", clerk, s2.number))
    first = notice.issue_notice(db, clerk, s2.number, on=MON)
    trail.step(
        "notice",
        E("application.correction", clerk, s2.number),
        E("document.issue", clerk, first.document.doc_number),
    )
    why = "申请书版本已废止，经负责人批准补充告知"
    second = notice.issue_notice(
        db, clerk, s2.number, on=date(2025, 11, 4), override_by=sup, override_reason=why,
        marks=[Mark(keys[0], "defective", reason="申请书已过期")],
    )  # fmt: skip
    events = trail.step(
        "second notice with override",
        E("notice.override", clerk, s2.number, why),
        E("application.materials", clerk, s2.number),
        E("document.issue", clerk, second.document.doc_number),
    )
    override = next(e for e in events if e.action == "notice.override")
    assert override.after["supervisor"] == sup.username
    checklist.record_return(db, clerk, s2.number, received(*keys), on=date(2025, 11, 5))
    trail.step(
        "return with corrections",
        E("application.return", clerk, s2.number),
        E("application.materials", clerk, s2.number),
    )

    # --- refusal, commitment and its verification ----------------------------------------------
    s3 = intake.start_application(db, clerk2, matter_code=FOOD, applicant=person(3), on=MON)
    trail.step("start at A02", E("application.received", clerk2, s3.number))
    refused = refusal.refuse(
        db, clerk2, s3.number, reason="申请事项不属于本机关职权范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项", on=MON,
    )  # fmt: skip
    trail.step(
        "refusal",
        E("application.refused", clerk2, s3.number, "申请事项不属于本机关职权范围"),
        E("document.issue", clerk2, refused.document.doc_number),
    )
    s4 = intake.start_application(db, clerk, matter_code=FOOD, applicant=person(4), on=MON)
    trail.step("start for commitment", E("application.received", clerk, s4.number))
    signed = commitment.approve_on_commitment(
        db, clerk, s4.number, signer="王小明", marks=received(*keys[:2]), on=MON
    )
    trail.step(
        "commitment",
        E("application.accepted", clerk, s4.number),
        E("application.approved", clerk, s4.number, "告知承诺当场审批"),
        E("commitment.signed", clerk, s4.number),
        E("document.issue", clerk, signed.document.doc_number),
    )
    processing.record_verification(db, clerk, s4.number, False, "现场与承诺不符", on=MON)
    trail.step("verification", E("commitment.verify", clerk, s4.number, "现场与承诺不符"))

    # --- processing: review, suspend, resume, extend, decide, complete, deliver ----------------
    processing.start_review(db, clerk, s1.number, on=date(2025, 11, 4), note="开始审查")
    trail.step("review", E("application.in_review", clerk, s1.number, "开始审查"))
    processing.suspend(db, clerk, s1.number, "hearing", "利害关系人申请听证", on=date(2025, 11, 5))
    trail.step("suspend", E("application.suspended", clerk, s1.number, "听证：利害关系人申请听证"))
    processing.resume(db, clerk, s1.number, on=date(2025, 11, 7), note="听证会已举行")
    trail.step("resume", E("application.in_review", clerk, s1.number, "听证会已举行"))
    processing.extend(db, sup, s1.number, 5, "现场核查需要时间", on=date(2025, 11, 7))
    trail.step("extend", E("application.extend", sup, s1.number, "现场核查需要时间"))
    processing.decide(db, clerk, s1.number, State.APPROVED, on=date(2025, 11, 10))
    trail.step("decide", E("application.approved", clerk, s1.number))
    done = completion.complete(db, clerk, s1.number, "食品经营许可证", on=date(2025, 11, 10))
    trail.step(
        "complete",
        E("application.completed", clerk, s1.number, "食品经营许可证"),
        E("document.issue", clerk, done.doc_number),
    )
    completion.deliver(
        db, clerk2, s1.number, "window", collected_by="王小明",
        collected_by_id=id_number(1), on=date(2025, 11, 11),
    )  # fmt: skip
    trail.step("deliver", E("application.delivered", clerk2, s1.number, "窗口领取"))

    # --- personal data ------------------------------------------------------------------------
    personal_data.reveal_id(db, clerk, s1.number, "核对领取人身份")
    personal_data.reveal_phone(db, sup, s1.number, "处理投诉回访")
    trail.step(
        "reveal",
        E("personal.view", clerk, reason="核对领取人身份"),
        E("personal.view", sup, reason="处理投诉回访"),
    )

    # --- registration: segments, register, file/extend/withdraw, exchange, licence -------------
    seg = code_segments.create_segment(db, admin, "2026年第一批", "MA4W", 0, 9999)
    trail.step("segment create", E("segment.create", admin, seg.id))
    void = code_segments.void_code(db, admin, "MA4W0001", "省系统已发放该代码")
    trail.step("code void", E("code.void", admin, void.body, "省系统已发放该代码"))
    code_segments.set_segment_active(db, admin, seg.id, True)
    trail.step("segment active", E("segment.active", admin, seg.id))
    reg = registration.register_enterprise(db, clerk, company(), on=MON)
    trail.step(
        "register enterprise",
        E("enterprise.establishment", clerk, reg.uscc),
        *([E("referral.issue", clerk, reg.uscc)] if reg.referrals else []),
    )
    filing = filings.file_registration(
        db, clerk, company("湛江市海风贸易有限公司", business_scope="日用百货销售"),
        note="材料待核实", on=MON,
    )  # fmt: skip
    trail.step("file registration", E("registration.file", clerk, filing.id, "材料待核实"))
    filings.extend_registration_deadline(db, sup, filing.id, "需现场核查住所", on=MON)
    trail.step("extend filing", E("registration.extend", sup, filing.id, "需现场核查住所"))
    filings.withdraw_registration(db, clerk, filing.id, "申请人撤回")
    trail.step("withdraw filing", E("registration.withdraw", clerk, filing.id, "申请人撤回"))
    regno = "44080000000001" + mod_11_10.calc_check_digit("44080000000001")
    exchanged = registration.exchange_licence(
        db, clerk,
        ExchangeRequest(
            registration=company("湛江市老字号贸易有限公司", business_scope="日用百货销售"),
            old_registration_number=regno, org_code="70846113-6",
            tax_number="440800708461136", established_on=date(2003, 5, 8),
        ),
        on=MON,
    )  # fmt: skip
    trail.step("licence exchange", E("enterprise.exchange", clerk, exchanged.uscc))
    licence.set_printer_offset(db, admin, "执照打印机", 1.5, -0.5)
    trail.step("printer offset", E("printer.offset", admin, "执照打印机"))
    licence.print_licence(db, clerk, reg.uscc)
    trail.step("licence print", E("licence.print", clerk, reg.uscc))

    # --- board export, audit export, guide print ----------------------------------------------
    exports.export_board(db, sup, "json", MON, date(2025, 11, 14), on=date(2025, 11, 14))
    trail.step("board export", E("export", sup, "2025-11-03..2025-11-14"))
    audit.export_csv(db, sup, MON, date.today(), tmp_path / "audit.csv")
    trail.step("audit export", E("audit.export", sup))
    guides.record_guide_print(db, clerk, FOOD, "a4", False)
    trail.step("guide print", E("guide.print", clerk, FOOD))

    # --- users, login, lock -------------------------------------------------------------------
    users.create_window(db, admin, "A03", "综合受理三号窗口")
    trail.step("window create", E("window.create", admin, "A03"))
    users.create_user(db, admin, "clerk3", "赵六", Role.CLERK, PASSWORD, "A03")
    trail.step("user create", E("user.create", admin, "clerk3"))
    clerk3 = users.login(db, "clerk3", PASSWORD)
    trail.step("login", E("login", clerk3, "clerk3"))
    users.change_password(db, clerk3, PASSWORD, "Counter#2027")
    trail.step("password change", E("user.password_changed", clerk3, "clerk3"))
    users.reset_password(db, admin, "clerk3", "Temporary#1")
    trail.step("password reset", E("user.password_reset", admin, "clerk3"))
    with pytest.raises(users.LoginError):
        users.login(db, "clerk3", "wrong password")
    with pytest.raises(users.LoginError):
        users.login(db, "nobody", "wrong password")
    trail.step(
        "failed logins",
        E("login.failed", SYSTEM, "clerk3"),
        E("login.failed", SYSTEM, "nobody", "unknown user"),
    )
    for _ in range(users.MAX_FAILURES - 1):  # the fifth failure in a row locks the account
        with pytest.raises(users.LoginError):
            users.login(db, "clerk3", "wrong password")
    trail.step("account lockout", E("login.failed", SYSTEM, "clerk3", "account locked"))
    with pytest.raises(users.LoginError, match="锁定"):
        users.login(db, "clerk3", "Temporary#1")
    trail.step("login while locked", E("login.failed", SYSTEM, "clerk3", "account locked"))
    with pytest.raises(users.LoginError, match="锁定"):
        users.unlock(db, clerk3, "Temporary#1")
    trail.step("unlock while locked", E("unlock.failed", clerk3, "clerk3", "account locked"))
    users.lock_screen(db, clerk)
    with pytest.raises(users.LoginError):
        users.unlock(db, clerk, "wrong password")
    users.unlock(db, clerk, PASSWORD)
    trail.step(
        "lock and unlock",
        E("screen.lock", clerk, "clerk1"),
        E("unlock.failed", clerk, "clerk1"),
        E("screen.unlock", clerk, "clerk1"),
    )

    # --- administration: catalogue, calendar, bad-credit list ---------------------------------
    directory = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), directory)
    path = directory / "matters" / f"{FOOD}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["limits"]["promised"]["value"] -= 1
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    import_catalogue(db, admin, directory, effective_from=date(2026, 1, 1))
    trail.step("catalogue import", E("catalogue.version", admin, FOOD))
    year = tmp_path / "2027.txt"
    year.write_text("year 2027\nholiday 2027-01-01 元旦\nworkday 2027-02-07\n", encoding="utf-8")
    calendar_service.import_year(db, admin, year)
    trail.step("calendar import", E("calendar.import", admin, 2027))
    listfile = tmp_path / "bad.tsv"
    listfile.write_text(f"code\tname\treason\n{id_number(9)}\t钱七\t虚假承诺\n", "utf-8")
    bad_credit.import_file(db, admin, listfile)
    trail.step("bad-credit import", E("badcredit.import", admin, "bad.tsv"))

    # --- the chain ----------------------------------------------------------------------------
    result = audit_verify.verify_database(db)
    assert result.ok, result.breaks[:3]
    assert len(trail.steps) >= 40 and result.events > 60


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template
