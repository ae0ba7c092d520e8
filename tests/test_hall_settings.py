"""Hall settings (issue 16): stored per hall on SQLite and PostgreSQL, administrator only and
audited, placeholders refused, and every document refused — naming the setting — while one it
prints is empty."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import cli_sign_in
from sqlalchemy import select

from window_app.cli import run
from window_app.core.checklist import Mark
from window_app.services import accept, documents, guides, hall_settings
from window_app.services.checklist import get_checklist
from window_app.services.context import PermissionDenied
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.services.hall_settings import HallSettings, HallSettingsError
from window_app.services.intake import ApplicantInput, start_application
from window_app.storage.models import AuditEvent

MON = date(2026, 11, 23)


def _started(db, clerk) -> str:
    person = ApplicantInput("person", "王小明", id_number="440802199001020011")
    return start_application(db, clerk, matter_code="SC-0006", applicant=person, on=MON).number


def test_round_trip_on_both_back_ends_audited(hall):
    db, a = hall
    assert hall_settings.load_hall_settings(db) == DEMO_HALL_SETTINGS  # conftest fills them
    new = replace(DEMO_HALL_SETTINGS, opening_hours="周一至周六 8:30-17:30",
                  consultation_phones={"": "0759-3160000", "WJJ": "0759-3160002"})  # fmt: skip
    hall_settings.save_hall_settings(db, a["admin"], new)
    assert hall_settings.load_hall_settings(db) == new
    assert hall_settings.consultation_phone(new, "WJJ") == "0759-3160002"
    assert hall_settings.consultation_phone(new, "SCJGJ") == "0759-3160000"  # the hall's default
    with db.reading() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "hall_settings.save")
                          .order_by(AuditEvent.id.desc())).first()  # fmt: skip
        assert set(event.after) == {"opening_hours", "consultation_phones"}
    hall_settings.save_hall_settings(db, a["admin"], new)  # nothing changed: no event
    with db.reading() as s:
        assert s.query(AuditEvent).filter(AuditEvent.id > event.id).count() == 0


def test_only_an_administrator_saves(hall):
    db, a = hall
    for who in ("clerk", "supervisor"):
        with pytest.raises(PermissionDenied):
            hall_settings.save_hall_settings(db, a[who], DEMO_HALL_SETTINGS)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"consultation_phones": {"": "0759-3xxxxxx"}}, "咨询电话含占位文字"),
        ({"address": "湛江市（详细地址待核实）"}, "大厅地址含占位文字"),
        ({"complaint_phones": {"": "call us"}}, "监督投诉电话“call us”格式不正确"),
        ({"hall_name": "湛" * 201}, "大厅名称过长"),
    ],
)
def test_bad_values_are_refused_in_chinese(sqlite_hall, change, message):
    db, a = sqlite_hall
    with pytest.raises(HallSettingsError, match=message) as err:
        hall_settings.save_hall_settings(db, a["admin"], replace(DEMO_HALL_SETTINGS, **change))
    assert err.value.english and err.value.field


def test_missing_settings_are_named():
    empty = HallSettings()
    assert hall_settings.missing_settings(empty, None) == [
        "大厅名称", "大厅地址", "办公时间", "取件地点", "咨询电话", "监督投诉电话"]  # fmt: skip
    dept_only = replace(DEMO_HALL_SETTINGS, consultation_phones={"WJJ": "0759-3160002"})
    assert hall_settings.missing_settings(dept_only, "WJJ") == []
    assert hall_settings.missing_settings(dept_only, "SCJGJ") == ["咨询电话"]


def test_a_document_is_refused_while_a_setting_is_empty(hall):
    db, a = hall
    hall_settings.save_hall_settings(
        db, a["admin"], replace(DEMO_HALL_SETTINGS, consultation_phones={"WJJ": "0759-3160002"})
    )
    number = _started(db, a["clerk"])
    marks = [Mark(r.key, "received") for r in get_checklist(db, number, on=MON) if r.required]
    with pytest.raises(HallSettingsError, match="大厅设置未填写：咨询电话（部门 SCJGJ）"):
        accept.accept(db, a["clerk"], number, marks=marks, on=MON)
    with pytest.raises(HallSettingsError, match="咨询电话"):
        guides.guide_pdf(db, "SC-0006")
    hall_settings.set_setting(db, a["admin"], "consultation_phones", "0759-3160000")
    done = accept.accept(db, a["clerk"], number, marks=marks, on=MON)
    assert done.document.payload["header"]["consult_phone"] == "0759-3160000"
    assert done.document.payload["header"]["complaint_phone"] == "12345"


def test_old_document_with_the_catalogue_stand_in_prints_the_hall_phone(sqlite_hall, tmp_path):
    import subprocess

    from window_app.storage.models import IssuedDocument

    db, a = sqlite_hall
    number = _started(db, a["clerk"])
    marks = [Mark(r.key, "received") for r in get_checklist(db, number, on=MON) if r.required]
    doc = accept.accept(db, a["clerk"], number, marks=marks, on=MON).document
    with db.transaction() as s:  # as issued before the hall settings existed
        row = s.get(IssuedDocument, doc.id)
        row.payload = {**row.payload, "header": {**row.payload["header"],
                                                 "consult_phone": "0759-3xxxxxx"}}  # fmt: skip
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(documents.record_print(db, a["clerk"], doc.id, "t").pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "0759-3xxxxxx" not in text and "0759-3160000" in text


def test_cli_show_and_set(sqlite_hall, capsys):
    db, _ = sqlite_hall
    clerk = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    admin = ["--database", db.url, *cli_sign_in(db, "admin1")]
    assert run([*clerk, "settings", "show"]) == 0
    out = capsys.readouterr().out
    assert "consultation_phones.SCJGJ\t0759-3160001" in out and "missing" not in out
    assert run([*clerk, "settings", "set", "pickup_place", "别处"]) == 1  # administrators only
    assert run([*admin, "settings", "set", "pickup_place", ""]) == 0
    assert "missing\t取件地点" in capsys.readouterr().out
    assert run([*admin, "settings", "set", "complaint_phones.wjj", "0759-3xxxxxx"]) == 1
    assert "监督投诉电话含占位文字" in capsys.readouterr().err
    assert run([*admin, "settings", "set", "colour", "red"]) == 1
    assert "未知设置项：colour" in capsys.readouterr().err
