"""Intake services on a real SQLite file and the real PostgreSQL server (`hall` fixture)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
import yaml
from sqlalchemy import func, select

from window_app.core import idcard
from window_app.core.catalogue_terms import default_catalogue_dir
from window_app.core.checklist import ChecklistError, Mark
from window_app.core.errors import DomainError
from window_app.core.idcard import IdNumberError
from window_app.core.uscc import UsccError, UsccPart, UsccParts
from window_app.services import (
    accept,
    bad_credit,
    checklist,
    commitment,
    documents,
    intake,
    lookup,
    notice,
    queries,
    refusal,
)
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import PermissionDenied
from window_app.storage.models import (
    Applicant,
    Application,
    AuditEvent,
    IssuedDocument,
    MatterVersion,
    Notice,
    PrintEvent,
    Transition,
    VerificationTask,
    Visit,
)

MON = date(2025, 11, 3)  # a plain working week: 3-7 and 10-14 November 2025
FOOD = "SC-0006"
FOOD_KEYS = ("application_form", "business_licence", "layout", "safety_rules")
FULL_ID = re.compile(r"\d{17}[\dX]")


def id_number(seq: str = "123") -> str:
    first = f"44080219900101{seq}"
    return first + idcard.check_digit(first)


ORG = UsccParts("9", "1", "440800", "MA4UP001").compose()


def person(seq: str = "123", name: str = "王小明", phone: str = "13812345678"):
    return intake.ApplicantInput("person", name, id_number=id_number(seq), phone=phone)


def received(*keys: str) -> list[Mark]:
    return [Mark(k, "received") for k in keys]


def start(db, clerk, *, on=MON, marks=(), **kw):
    kw.setdefault("applicant", person())
    return intake.start_application(db, clerk, matter_code=FOOD, marks=marks, on=on, **kw)


def count(db, model, *where) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def app_row(db, number) -> Application:
    with db.reading() as s:
        return s.scalars(select(Application).where(Application.number == number)).one()


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# --- start -------------------------------------------------------------------------------------


def test_start_records_everything_in_one_go(hall):
    db, a = hall
    started = start(db, a["clerk"], agent=intake.AgentInput("李四", id_number("457")))
    assert re.fullmatch(r"20251103-\d{4}", started.number)
    assert started.state == "received" and started.matter_version == 1
    keys = [r.key for r in started.checklist]
    assert keys == [*FOOD_KEYS, "power_of_attorney", "agent_id"]  # agent adds 授权委托书
    row = app_row(db, started.number)
    assert row.channel == "in_person" and row.visits == 1 and row.agent_name == "李四"
    assert count(db, Visit, Visit.application_id == row.id, Visit.purpose == "intake") == 1
    with db.reading() as s:
        t = s.scalars(select(Transition).where(Transition.application_id == row.id)).one()
    assert (t.from_state, t.to_state, t.on) == (None, "received", MON)
    assert count(db, AuditEvent, AuditEvent.action == "application.received") == 1


def test_post_and_online_make_no_visit_and_applicant_is_reused(hall):
    db, a = hall
    one = start(db, a["clerk"], channel="post")
    two = start(db, a["clerk2"], channel="online", applicant=person(phone="13900001111"))
    assert one.number != two.number
    assert app_row(db, one.number).visits == 0
    assert count(db, Applicant) == 1  # same ID number: same applicant row
    org = intake.ApplicantInput("organisation", "湛江市某某餐饮有限公司", uscc=ORG.lower())
    three = start(db, a["clerk"], applicant=org)
    detail = queries.application_detail(db, three.number, on=MON)
    assert detail.applicant_kind == "organisation" and detail.applicant_code_masked.endswith(
        ORG[-4:]
    )


def test_conditional_material_shown_by_answer(hall):
    db, a = hall
    yes = start(db, a["clerk"], answers={"vending_machine": True})
    no = start(db, a["clerk"], answers={"vending_machine": False})
    assert "vending_documents" in [r.key for r in yes.checklist]
    assert "vending_documents" not in [r.key for r in no.checklist]
    with pytest.raises(DomainError, match="没有问题"):
        start(db, a["clerk"], answers={"no_such_question": True})


def test_invalid_codes_say_what_is_wrong_and_save_nothing(hall):
    db, a = hall
    bad_id = id_number()[:-1] + ("0" if id_number()[-1] != "0" else "1")
    with pytest.raises(IdNumberError, match="校验码") as err:
        start(db, a["clerk"], applicant=intake.ApplicantInput("person", "王", id_number=bad_id))
    assert err.value.field == "id_number"
    wrong_check = ORG[:-1] + ("0" if ORG[-1] != "0" else "1")
    with pytest.raises(UsccError, match="第18位校验码") as err:
        start(
            db,
            a["clerk"],
            applicant=intake.ApplicantInput("organisation", "某公司", uscc=wrong_check),
        )
    assert err.value.part is UsccPart.CHECK
    with pytest.raises(UsccError, match="第2位") as err:
        start(
            db,
            a["clerk"],
            applicant=intake.ApplicantInput("organisation", "某", uscc="99" + ORG[2:]),
        )
    assert err.value.part is UsccPart.CATEGORY
    with pytest.raises(DomainError, match="代理人身份证号码"):
        start(db, a["clerk"], agent=intake.AgentInput("李四", "440802"))
    with pytest.raises(DomainError, match="名称不能为空"):
        start(db, a["clerk"], applicant=intake.ApplicantInput("person", " ", id_number=id_number()))
    assert count(db, Application) == 0 and count(db, Applicant) == 0


def test_version_in_force_on_the_day(hall):
    db, a = hall
    with pytest.raises(intake.NoVersionInForce, match="该事项无现行有效版本"):
        start(db, a["clerk"], on=date(2010, 1, 4))
    with pytest.raises(intake.NoVersionInForce, match="不存在"):
        intake.start_application(db, a["clerk"], matter_code="XX-9999", applicant=person(), on=MON)
    assert count(db, Application) == 0
    with db.transaction() as s:  # a version 2 that takes effect on 1 December
        v1 = s.scalars(select(MatterVersion).where(MatterVersion.name == "食品经营许可")).one()
        s.add(MatterVersion(
            matter_id=v1.matter_id, version=2, effective_from=date(2025, 12, 1), name=v1.name,
            matter_type=v1.matter_type, statutory_days=v1.statutory_days, promised_days=5,
            allows_commitment=True, content_hash="x", definition=v1.definition,
        ))  # fmt: skip
    assert start(db, a["clerk"]).matter_version == 1
    assert start(db, a["clerk"], on=date(2025, 12, 1)).matter_version == 2
    assert [m.version for m in intake.search_matters(db, "spjy", on=MON)] == [1]


# --- accept ------------------------------------------------------------------------------------


def test_accept_complete_application(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"], marks=received(*FOOD_KEYS))
    out = accept.accept(db, a["clerk"], s.number, on=MON)
    assert out.state == "accepted" and out.accepted_on == MON
    # 10 promised / 10 statutory working days (食品经营许可和备案管理办法, 总局令第78号),
    # the day of acceptance not counted
    assert out.promised_deadline == date(2025, 11, 17)
    assert out.statutory_deadline == date(2025, 11, 17)
    assert "次日起算10个工作日" in out.deadline_explanation
    row = app_row(db, s.number)
    assert row.deadline_explanation == out.deadline_explanation and not row.deadline_provisional
    doc = out.document
    assert doc.kind == "receipt" and doc.doc_number.startswith("湛政服受〔2025〕")
    assert doc.payload["fees"] == [] and doc.payload["accepted_on"] == "2025-11-03"
    text = pdf_text(documents.render(doc), tmp_path)
    assert s.number in text and "不收费" in text and "补打" not in text
    assert not FULL_ID.search(text) and "13812345678" not in text
    with pytest.raises(DomainError, match="不能受理"):
        accept.accept(db, a["clerk"], s.number, on=MON)  # already accepted


def test_fees_come_from_the_fee_catalogue(hall, tmp_path):
    db, a = hall
    # No shipped matter charges a fee (the road occupation fee F-001 belongs to the separate
    # road-occupation approval): a hall's own catalogue where CG-0001 charges it.
    directory = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), directory)
    path = directory / "matters" / "CG-0001.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["fees"] = ["F-001"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    import_catalogue(db, a["admin"], directory, effective_from=MON)
    s = intake.start_application(db, a["clerk"], matter_code="CG-0001", applicant=person(), on=MON)
    keys = [r.key for r in s.checklist]
    out = accept.accept(db, a["clerk"], s.number, marks=received(*keys), on=MON)
    fees = out.document.payload["fees"]
    assert [f["name"] for f in fees] == ["城市道路占用费"]
    assert fees[0]["legal_basis"] == "《城市道路管理条例》第三十七条"
    assert "城市道路占用费" in pdf_text(documents.render(out.document), tmp_path)


def test_accept_refused_while_incomplete_saves_nothing(hall):
    db, a = hall
    s = start(db, a["clerk"])
    with pytest.raises(ChecklistError, match="材料未齐全"):
        accept.accept(db, a["clerk"], s.number, marks=received("application_form"), on=MON)
    assert all(r.status == "pending" for r in checklist.get_checklist(db, s.number, on=MON))
    assert app_row(db, s.number).state == "received"


def test_copies_short_is_defective(hall):
    db, a = hall
    s = start(db, a["clerk"], marks=[Mark("application_form", "received", copies=0)])
    row = next(r for r in s.checklist if r.key == "application_form")
    assert row.status == "defective" and row.reason.startswith("份数不足")


# --- one-time notice ---------------------------------------------------------------------------


def test_notice_then_return_then_accept_on_completion_day(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"], marks=received("application_form", "business_licence"))
    out = notice.issue_notice(
        db, a["clerk"], s.number, marks=[Mark("layout", "defective", reason="未加盖公章")], on=MON
    )
    assert out.state == "correction"
    items = {i["material"]: i for i in out.document.payload["items"]}
    assert len(items) == 2  # every missing or defective item, in one notice
    assert any(i["reason"] == "未加盖公章" for i in items.values())
    assert out.document.payload["by_when"] == "2025-11-17"
    assert "市民服务中心A区3号窗口" in out.document.payload["where"]
    text = pdf_text(documents.render(out.document), tmp_path)
    assert "未加盖公章" in text and s.number in text and not FULL_ID.search(text)
    with db.reading() as session:
        n = session.scalars(select(Notice)).one()
        assert [i["key"] for i in n.items] == ["layout", "safety_rules"]
    # Wednesday: the applicant brings the layout; what was received is never asked again
    rows = checklist.record_return(
        db, a["clerk"], s.number, received("layout"), on=date(2025, 11, 5)
    )
    assert {r.key for r in rows if r.locked} == {"application_form", "business_licence", "layout"}
    with pytest.raises(ChecklistError, match="不得再次要求"):
        checklist.record_materials(
            db, a["clerk"], s.number, [Mark("application_form", "missing")], on=date(2025, 11, 5)
        )
    with pytest.raises(ChecklistError, match="材料未齐全"):
        accept.accept(db, a["clerk"], s.number, on=date(2025, 11, 5))
    # Thursday by post: the last item; accepted on Friday, acceptance date = completion day
    checklist.record_return(
        db, a["clerk"], s.number, received("safety_rules"), in_person=False, on=date(2025, 11, 6)
    )
    done = accept.accept(db, a["clerk"], s.number, on=date(2025, 11, 7))
    assert done.accepted_on == date(2025, 11, 6)
    assert done.promised_deadline == date(2025, 11, 20)
    row = app_row(db, s.number)
    assert row.visits == 2 and row.state == "accepted"
    detail = queries.application_detail(db, s.number, on=date(2025, 11, 7))
    assert [t.to_state for t in detail.transitions] == ["received", "correction", "accepted"]
    assert [d.kind for d in detail.documents] == ["notice", "receipt"]
    assert len(detail.notices) == 1 and detail.deadline_explanation


def test_later_notice_repeats_only_first_items_unless_supervisor_overrides(hall):
    db, a = hall
    s = start(db, a["clerk"], marks=received("application_form", "business_licence", "layout"))
    notice.issue_notice(db, a["clerk"], s.number, on=MON)  # safety_rules missing
    second = notice.issue_notice(db, a["clerk"], s.number, on=date(2025, 11, 5))  # a repeat: fine
    assert second.document.payload["sequence"] == 2
    reopen = [Mark("application_form", "defective", reason="申请书已过期")]
    with pytest.raises(notice.NewItemsNeedOverride, match="不在首次告知书中"):
        notice.issue_notice(db, a["clerk"], s.number, marks=reopen, on=date(2025, 11, 6))
    with pytest.raises(notice.NewItemsNeedOverride, match="不在首次告知书中"):
        notice.issue_notice(
            db, a["clerk"], s.number, marks=reopen, override_by=a["clerk2"],
            override_reason="x", on=date(2025, 11, 6),
        )  # fmt: skip
    with pytest.raises(notice.NewItemsNeedOverride, match="书面理由"):
        notice.issue_notice(
            db, a["clerk"], s.number, marks=reopen, override_by=a["supervisor"],
            on=date(2025, 11, 6),
        )  # fmt: skip
    assert count(db, Notice) == 2  # nothing half-saved by the refusals
    assert (
        next(r for r in checklist.get_checklist(db, s.number) if r.key == "application_form").status
        == "received"
    )
    third = notice.issue_notice(
        db, a["clerk"], s.number, marks=reopen, override_by=a["supervisor"],
        override_reason="申请书版本已于本周废止，经科长批准", on=date(2025, 11, 6),
    )  # fmt: skip
    assert third.document.payload["override_reason"].startswith("申请书版本")
    with db.reading() as session:
        n3 = session.scalars(select(Notice).where(Notice.sequence == 3)).one()
        assert n3.override_by == a["supervisor"].user_id
        ev = session.scalars(select(AuditEvent).where(AuditEvent.action == "notice.override")).one()
        assert ev.after["supervisor"] == "super1" and ev.reason.startswith("申请书版本")


def test_notice_needs_something_missing(hall):
    db, a = hall
    s = start(db, a["clerk"], marks=received(*FOOD_KEYS))
    with pytest.raises(DomainError, match="无需一次性告知"):
        notice.issue_notice(db, a["clerk"], s.number, on=MON)


# --- deemed acceptance -------------------------------------------------------------------------


def test_deemed_accepted_after_five_working_days_without_notice(hall):
    db, a = hall
    quiet = start(db, a["clerk"])
    told = start(db, a["clerk"])
    notice.issue_notice(db, a["clerk"], told.number, on=MON)

    def flags(day):
        return {w.number: w.deemed_accepted for w in queries.work_list(db, a["clerk"], on=day)}

    assert flags(date(2025, 11, 10)) == {quiet.number: False, told.number: False}  # day 5: in time
    assert flags(date(2025, 11, 11)) == {quiet.number: True, told.number: False}
    assert app_row(db, quiet.number).state == "received"  # shown, never silently changed
    listed = queries.list_applications(db, today=date(2025, 11, 11))
    assert [r.deemed_accepted for r in listed] == [True, False]
    assert queries.application_detail(db, quiet.number, on=date(2025, 11, 11)).deemed_accepted


def test_work_list_rows_and_lights(hall):
    db, a = hall
    s = start(db, a["clerk"], marks=received(*FOOD_KEYS))
    accept.accept(db, a["clerk"], s.number, on=MON)
    other = start(db, a["clerk2"])
    rows = queries.work_list(db, a["clerk"], on=MON)
    assert [r.number for r in rows] == [s.number]  # only window A01
    row = rows[0]
    assert row.applicant_code_masked == "440802********" + id_number()[-4:]
    assert (
        row.state_label == "已受理" and row.light == "green" and row.deadline == date(2025, 11, 17)
    )
    assert queries.work_list(db, a["clerk"], on=date(2025, 11, 13))[0].light == "yellow"
    assert queries.work_list(db, a["clerk"], on=date(2025, 11, 18))[0].light == "red"
    assert [r.number for r in queries.work_list(db, a["supervisor"], on=MON)] == [
        s.number,
        other.number,
    ]


# --- refusal -----------------------------------------------------------------------------------


def test_refusal(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"])
    with pytest.raises(DomainError, match="理由"):
        refusal.refuse(db, a["clerk"], s.number, reason=" ", legal_basis="x", on=MON)
    out = refusal.refuse(
        db, a["clerk"], s.number, reason="申请事项依法不属于本机关职权范围",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
        apply_instead="湛江市赤坎区市场监督管理局", on=MON,
    )  # fmt: skip
    assert out.state == "refused" and out.document.kind == "refusal"
    text = pdf_text(documents.render(out.document), tmp_path)
    assert "不予受理通知书" in text and "赤坎区市场监督管理局" in text and "行政复议" in text
    row = app_row(db, s.number)
    assert row.decision == "refused" and row.decided_on == MON
    with pytest.raises(DomainError, match="不能受理"):
        accept.accept(db, a["clerk"], s.number, on=MON)


# --- commitment --------------------------------------------------------------------------------


def test_commitment_approval_on_the_spot(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"], marks=received("application_form", "business_licence"))
    out = commitment.approve_on_commitment(db, a["clerk"], s.number, signer="王小明", on=MON)
    assert out.state == "approved" and out.accepted_on == MON
    payload = out.document.payload
    assert len(payload["waived_materials"]) == 2 and payload["verification_days"] == 20
    assert payload["verification_due"] == "2025-12-01"
    assert payload["conditions"]  # the conditions the applicant commits to
    with db.reading() as session:
        app = session.scalars(select(Application)).one()
        task = session.scalars(select(VerificationTask)).one()
        states = [t.to_state for t in session.scalars(select(Transition).order_by(Transition.id))]
    assert (task.due_on, task.signed_by, task.status) == (date(2025, 12, 1), "王小明", "open")
    assert app.commitment and app.decision == "approved" and app.decided_on == MON
    assert states == ["received", "accepted", "approved"]
    rows = {r.key: r.status for r in checklist.get_checklist(db, s.number)}
    assert rows["layout"] == rows["safety_rules"] == "waived"
    text = pdf_text(documents.render(out.document), tmp_path)
    assert "告知承诺书" in text and "不实承诺" in text and not FULL_ID.search(text)


def test_commitment_refusals_save_nothing(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"])
    with pytest.raises(ChecklistError, match="不能以承诺代替"):
        commitment.approve_on_commitment(db, a["clerk"], s.number, signer="王小明", on=MON)
    listfile = tmp_path / "bad.tsv"
    listfile.write_text(f"code\tname\treason\n{id_number()}\t王小明\t虚假承诺被撤销许可\n", "utf-8")
    assert bad_credit.import_file(db, a["admin"], listfile) == bad_credit.ImportResult(1, 0)
    with pytest.raises(commitment.CommitmentRefused, match="失信名单"):
        commitment.approve_on_commitment(
            db, a["clerk"], s.number, signer="王小明",
            marks=received("application_form", "business_licence"), on=MON,
        )  # fmt: skip
    other = intake.start_application(
        db, a["clerk"], matter_code="SC-0001", applicant=person("457"), on=MON
    )
    with pytest.raises(commitment.CommitmentRefused, match="不适用告知承诺制"):
        commitment.approve_on_commitment(db, a["clerk"], other.number, signer="x", on=MON)
    assert app_row(db, s.number).state == "received"
    assert count(db, VerificationTask) == 0 and count(db, IssuedDocument) == 0
    assert all(r.status == "pending" for r in checklist.get_checklist(db, s.number))


def test_bad_credit_file_errors_name_the_line(hall, tmp_path):
    db, a = hall
    f = tmp_path / "bad.csv"
    f.write_text(f"{ORG},某公司,严重失信\n12345,某人,x\n", "utf-8")
    with pytest.raises(bad_credit.BadCreditFileError, match="第2行"):
        bad_credit.import_file(db, a["admin"], f)
    f.write_text(f"{ORG},某公司,严重失信\n{ORG},某公司,更新原因\n", "utf-8")
    assert bad_credit.import_file(db, a["admin"], f) == bad_credit.ImportResult(1, 1)
    with pytest.raises(PermissionDenied):
        bad_credit.import_file(db, a["clerk"], f)


# --- nothing half-saved ------------------------------------------------------------------------


def test_failure_while_issuing_rolls_everything_back(hall, monkeypatch):
    db, a = hall
    s = start(db, a["clerk"], marks=received("application_form"))
    audits = count(db, AuditEvent)

    def broken(*_args):  # fails inside the transaction, after the state has moved
        raise DomainError("打印模板出错", english="header failed")

    monkeypatch.setattr(documents, "build_header", broken)
    with pytest.raises(DomainError, match="打印模板出错"):
        accept.accept(db, a["clerk"], s.number, marks=received(*FOOD_KEYS), on=MON)
    with pytest.raises(DomainError, match="打印模板出错"):
        notice.issue_notice(db, a["clerk"], s.number, on=MON)
    row = app_row(db, s.number)
    assert row.state == "received" and row.accepted_on is None and row.promised_deadline is None
    assert count(db, IssuedDocument) == 0 and count(db, Notice) == 0
    assert count(db, AuditEvent) == audits
    statuses = {r.key: r.status for r in checklist.get_checklist(db, s.number)}
    assert statuses["application_form"] == "received" and statuses["layout"] == "pending"


# --- documents, printing, lookup ---------------------------------------------------------------


def test_prints_are_recorded_and_reprints_say_so(hall, tmp_path):
    db, a = hall
    s = start(db, a["clerk"], marks=received(*FOOD_KEYS))
    doc = accept.accept(db, a["clerk"], s.number, on=MON).document
    first = documents.record_print(db, a["clerk"], doc.id, "HP LaserJet A01")
    with pytest.raises(DomainError, match="补打.*须说明原因"):  # a reprint says why
        documents.record_print(db, a["supervisor"], doc.id, "HP LaserJet A01")
    second = documents.record_print(
        db, a["supervisor"], doc.id, "HP LaserJet A01", reason="原件遗失"
    )
    third = documents.record_print(db, a["clerk"], doc.id, "HP LaserJet A01", reason="卡纸")
    assert (first.reprint, second.reprint, third.reprint, third.print_count) == (0, 1, 2, 3)
    assert "补打" not in pdf_text(first.pdf, tmp_path)
    assert "补打（第1次）" in pdf_text(second.pdf, tmp_path)
    assert "补打（第2次）" in pdf_text(third.pdf, tmp_path)
    assert "REPRINT" not in pdf_text(third.pdf, tmp_path)  # a Chinese document says it in Chinese
    assert count(db, PrintEvent) == 3 and count(db, PrintEvent, PrintEvent.reprint) == 2
    assert count(db, AuditEvent, AuditEvent.action == "document.print") == 3
    assert count(db, AuditEvent, AuditEvent.reason == "原件遗失") == 1
    assert documents.latest_document(db, s.number, "receipt").print_count == 3
    with pytest.raises(documents.DocumentNotFound):
        documents.latest_document(db, s.number, "refusal")


def test_lookup_by_number_name_id_uscc_phone(hall):
    db, a = hall
    p = start(db, a["clerk"])
    o = start(
        db,
        a["clerk"],
        applicant=intake.ApplicantInput(
            "organisation", "湛江海鲜酒家有限公司", uscc=ORG, phone="0759-3123456"
        ),
    )
    assert [r.number for r in lookup.find_applications(db, p.number)] == [p.number]
    assert lookup.by_number(db, p.number.replace("-", "")).number == p.number  # scanned barcode
    assert lookup.by_number(db, "20991231-0001") is None
    assert [r.number for r in lookup.find_applications(db, "小明")] == [p.number]
    assert [r.number for r in lookup.find_applications(db, id_number())] == [p.number]
    assert [r.number for r in lookup.find_applications(db, ORG)] == [o.number]
    assert [r.number for r in lookup.find_applications(db, "13812345678")] == [p.number]
    assert [r.number for r in lookup.find_applications(db, "0759-3123456")] == [o.number]
    assert lookup.find_applications(db, "小明")[0].applicant_code_masked.count("*") == 8


# --- roles -------------------------------------------------------------------------------------


def test_wrong_role_is_refused_for_every_action(hall):
    db, a = hall
    admin = a["admin"]
    s = start(db, a["clerk"])
    calls = [
        lambda: start(db, admin),
        lambda: checklist.record_materials(db, admin, s.number, received("layout"), on=MON),
        lambda: checklist.record_return(db, admin, s.number, on=MON),
        lambda: accept.accept(db, admin, s.number, on=MON),
        lambda: notice.issue_notice(db, admin, s.number, on=MON),
        lambda: refusal.refuse(db, admin, s.number, reason="r", legal_basis="b", on=MON),
        lambda: commitment.approve_on_commitment(db, admin, s.number, signer="x", on=MON),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied, match="无权限"):
            call()
    assert count(db, Application) == 1 and app_row(db, s.number).state == "received"
    # the supervisor may run intake too (given a window)
    from dataclasses import replace

    sup = replace(a["supervisor"], window_id=a["clerk"].window_id, window_number="A01")
    assert start(db, sup).state == "received"
