"""Notes the services write themselves on a transition (core.transition_notes): the Chinese text
stays the stored reason (audit trail, command line, paper), the code and arguments are stored
beside it for the screens; what a person typed is stored as typed and has no code. Rows written
before migration 0006 keep their reason and have no code. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import select

from window_app.core import transition_notes
from window_app.core.checklist import Mark
from window_app.core.idcard import check_digit
from window_app.core.states import State
from window_app.services import (
    accept,
    checklist,
    commitment,
    completion,
    intake,
    processing,
    queries,
    workflow,
)
from window_app.storage import migrate
from window_app.storage.models import Application, AuditEvent, Transition

MON = date(2025, 11, 3)  # a plain working week: 3-7 and 10-14 November 2025
FOOD = "SC-0006"  # allows commitment: application_form and business_licence suffice


def person(seq: int, name: str = "王小明") -> intake.ApplicantInput:
    first17 = f"44080219850312{seq:03d}"
    return intake.ApplicantInput("person", name, id_number=first17 + check_digit(first17))


def on_commitment(db, clerk) -> str:
    """Approved on commitment, completed, delivered by post."""
    started = intake.start_application(
        db, clerk, matter_code=FOOD, applicant=person(123), on=MON,
        marks=[Mark("application_form", "received"), Mark("business_licence", "received")],
    )  # fmt: skip
    commitment.approve_on_commitment(db, clerk, started.number, signer="王小明", on=MON)
    completion.complete(db, clerk, started.number, "核发食品经营许可证", delivery_method="post",
                        on=MON)  # fmt: skip
    completion.deliver(db, clerk, started.number, "post", tracking_number="SF1234567890",
                       address="湛江市赤坎区", on=date(2025, 11, 4))  # fmt: skip
    return started.number


def reviewed(db, clerk) -> str:
    """Accepted, suspended twice (with and without a note), resumed (without and with a typed
    note), denied with a typed reason, completed, delivered electronically."""
    started = intake.start_application(
        db, clerk, matter_code=FOOD, applicant=person(124, "林小红"), on=MON
    )
    marks = [Mark(r.key, "received") for r in checklist.get_checklist(db, started.number, on=MON)
             if r.required]  # fmt: skip
    number = started.number
    accept.accept(db, clerk, number, marks=marks, on=MON)
    processing.start_review(db, clerk, number, on=date(2025, 11, 4))
    processing.suspend(db, clerk, number, "hearing", "  等待听证会召开 ", on=date(2025, 11, 4))
    processing.resume(db, clerk, number, on=date(2025, 11, 7))  # 5, 6, 7 Nov
    processing.suspend(db, clerk, number, "hearing", on=date(2025, 11, 10))
    processing.resume(db, clerk, number, on=date(2025, 11, 11), note="申请人已整改")
    processing.decide(db, clerk, number, "denied", "经营场所不符合要求", on=date(2025, 11, 12))
    completion.complete(db, clerk, number, "不予许可决定书", delivery_method="electronic",
                        on=date(2025, 11, 12))  # fmt: skip
    completion.deliver(db, clerk, number, "electronic", address="lin@example.com",
                       on=date(2025, 11, 13))  # fmt: skip
    return number


def notes_of(db, number: str) -> list[tuple[str, str | None, str | None, dict | None]]:
    with db.reading() as session:
        app_id = session.scalars(select(Application.id).where(Application.number == number)).one()
        rows = session.execute(
            select(Transition.to_state, Transition.reason, Transition.note_code,
                   Transition.note_args)
            .where(Transition.application_id == app_id)
            .order_by(Transition.id)
        ).all()  # fmt: skip
    return [tuple(r) for r in rows]


def test_system_notes_keep_the_chinese_reason_and_store_their_code(hall):
    db, actors = hall
    number = on_commitment(db, actors["clerk"])
    assert notes_of(db, number) == [
        ("received", None, None, None),
        ("accepted", None, None, None),
        ("approved", "告知承诺当场审批", "commitment_approval", {}),
        ("completed", "核发食品经营许可证", None, None),  # typed: the result
        ("delivered", "邮寄送达", "delivered", {"method": "post"}),
    ]
    with db.reading() as session:  # the audit trail says what it always said
        reasons = dict(session.execute(
            select(AuditEvent.action, AuditEvent.reason).where(AuditEvent.entity_id == number)
        ).all())  # fmt: skip
    assert reasons["application.approved"] == "告知承诺当场审批"
    assert reasons["application.delivered"] == "邮寄送达"


def test_suspension_and_resumption_notes_keep_typed_text_as_typed(hall):
    db, actors = hall
    number = reviewed(db, actors["clerk"])
    assert notes_of(db, number)[3:] == [
        ("suspended", "听证：等待听证会召开", "suspended",
         {"reason": "hearing", "note": "等待听证会召开"}),
        ("in_review", "恢复审查，中止3个工作日", "resumed", {"workdays": 3}),
        ("suspended", "听证", "suspended", {"reason": "hearing"}),
        ("in_review", "申请人已整改", None, None),
        ("denied", "经营场所不符合要求", None, None),
        ("completed", "不予许可决定书", None, None),
        ("delivered", "电子送达", "delivered", {"method": "electronic"}),
    ]  # fmt: skip
    shown = queries.application_detail(db, number).transitions
    assert [(t.reason, t.note_code, t.note_args) for t in shown[4:6]] == [
        ("恢复审查，中止3个工作日", "resumed", {"workdays": 3}),
        ("听证", "suspended", {"reason": "hearing"}),
    ]


def test_a_transition_has_a_typed_reason_or_a_system_note(hall):
    db, actors = hall
    started = intake.start_application(
        db, actors["clerk"], matter_code=FOOD, applicant=person(125), on=MON
    )
    with db.transaction() as session, pytest.raises(ValueError, match="not both"):
        app = checklist.get_application(session, started.number, lock=True)
        workflow.move(
            session, actors["clerk"], app, State.REFUSED, on=MON, reason="申请人撤回",
            note=transition_notes.commitment_approval(),
        )  # fmt: skip


def test_the_notes_are_built_from_the_closed_lists():
    assert transition_notes.suspended("hearing", " ").text == "听证"
    assert transition_notes.delivered("electronic").text == "电子送达"
    assert transition_notes.resumed(1).args == {"workdays": 1}
    with pytest.raises(processing.suspensions.SuspensionError):
        transition_notes.suspended("lunch break")


def test_rows_from_before_the_note_columns_keep_their_reason(hall):
    """Down to 0005 (the columns go, the reasons stay) and up again: an existing database."""
    db, actors = hall
    number = on_commitment(db, actors["clerk"])
    cfg = migrate.alembic_config(db.url)
    db.engine.dispose()
    command.downgrade(cfg, "0005")
    command.upgrade(cfg, "head")
    db.engine.dispose()
    assert migrate.current_revision(db) == migrate.head_revision()  # pinned in test_migrations
    assert [n[1:] for n in notes_of(db, number)][2:] == [
        ("告知承诺当场审批", None, None),
        ("核发食品经营许可证", None, None),
        ("邮寄送达", None, None),
    ]
    shown = queries.application_detail(db, number).transitions
    assert [t.reason for t in shown][2:] == ["告知承诺当场审批", "核发食品经营许可证", "邮寄送达"]
    assert {t.note_code for t in shown} == {None}
