"""The benchmarks' bulk hall generator (bench/hall_generator.py): a hall written in bulk is a
hall like any other. Its audit chain verifies, its papers are issued and audited, every state
of an application's life is there, and the window takes new work on it."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from bench import hall_generator
from window_app.core.states import State
from window_app.services import audit_verify, demo, intake, lookup, users
from window_app.storage.models import (
    Applicant,
    Application,
    ApplicationMaterial,
    AuditEvent,
    IssuedDocument,
    Transition,
)

TODAY = date(2026, 11, 27)


def test_a_generated_hall_verifies_and_has_every_state(any_db):
    summary = hall_generator.generate(any_db, 400, days=40, today=TODAY)
    assert summary.applications == 400
    assert audit_verify.verify_database(
        any_db
    ).ok  # bulk events, documents' and the services' alike
    with any_db.reading() as session:
        states = Counter(session.scalars(select(Application.state)))
        kinds = Counter(session.scalars(select(IssuedDocument.kind)))
        issued = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "document.issue")
        )
        applicants = session.scalar(select(func.count()).select_from(Applicant))
        no_transitions = session.scalar(
            select(func.count())
            .select_from(Application)
            .where(~Application.id.in_(select(Transition.application_id)))
        )
        materials = session.scalar(select(func.count()).select_from(ApplicationMaterial))
    for state in (State.ACCEPTED, State.IN_REVIEW, State.CORRECTION,
                  State.REFUSED, State.DELIVERED):  # fmt: skip
        assert states[str(state)] > 0, state
    assert {"receipt", "notice", "refusal", "commitment"} <= set(kinds)
    # every paper of the bulk history is audited as documents.issue audits it
    assert issued >= sum(kinds[k] for k in ("receipt", "notice", "refusal", "commitment"))
    assert applicants >= 400 and no_transitions == 0 and materials > 400


def test_a_generated_hall_takes_new_work_and_refuses_a_second_load(any_db):
    hall_generator.generate(any_db, 50, days=30, details=False)
    clerk = users.login(any_db, "clerk1", demo.DEMO_PASSWORD)
    who = intake.ApplicantInput("person", "王小明", id_number="440802199001011238")
    started = intake.start_application(any_db, clerk, matter_code="SC-0002", applicant=who)
    assert lookup.by_number(any_db, started.number).applicant_name == "王小明"
    assert audit_verify.verify_database(any_db).ok
    try:
        hall_generator.generate(any_db, 10)
    except Exception as error:  # noqa: BLE001 - the DomainError's message is what counts
        assert "已有申请" in str(error)
    else:
        raise AssertionError("a second load went into a hall with applications")
