"""Hostile input: SQL metacharacters, 10k-character strings, controls, emoji, RTL text and
malformed codes go through services and printing; each is stored and read back literally or
refused with a DomainError; nothing crashes."""

from __future__ import annotations

import itertools
from datetime import date

import test_security_support as support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from printing.model import DocumentHeader, RefusalData
from printing.refusal import render_refusal
from window_app.core.errors import DomainError
from window_app.services import users
from window_app.services.context import Role
from window_app.services.personal_data import mask_text, reveal_id
from window_app.storage.models import Applicant, Application, AuditEvent, MatterVersion, User

NASTY = [
    "'; DROP TABLE applications; --", "\" OR 1=1 --", "%_\\", "Robert'); DELETE FROM users;--",
    "x" * 10_000, "\x00\x01\x07\x1b[31m", "😀👨‍👩‍👧‍👦🏳️‍🌈", "\u202eمرحبا بالعالم\u202c", "שלום",
    "<b>&amp;</b><para>", "44080219900101123", "9144080O123456789Z", "\ud7ff\ufeff\u200b", "",
]  # fmt: skip
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(min_size=0, max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=20)),
)
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
_serial = itertools.count(1)


@SETTINGS
@given(name=hostile)
def test_display_names_stored_literally_or_refused(fast_hall, name):
    db, actors = fast_hall
    username = f"u{next(_serial)}"
    try:
        users.create_user(db, actors["admin"], username, name, Role.CLERK, "Password#1", "A01")
    except DomainError:
        return
    with db.reading() as session:
        stored = session.scalars(select(User.display_name).where(User.username == username)).one()
    assert stored == name


@SETTINGS
@given(username=hostile, password=hostile)
def test_login_with_hostile_credentials_is_refused_cleanly(fast_hall, username, password):
    db, _ = fast_hall
    try:
        users.login(db, username, password)
    except DomainError as exc:
        assert exc.message
    else:
        raise AssertionError("hostile login succeeded")


@SETTINGS
@given(reason=hostile, name=hostile)
def test_reveal_reasons_and_names_round_trip(fast_hall, reason, name):
    db, actors = fast_hall
    clerk = actors["clerk"]
    with db.transaction() as session:
        person = Applicant(kind="person", name=name, id_number="440802199001011237")
        session.add(person)
        session.flush()
        pid = person.id
        version = session.scalars(select(MatterVersion.id)).first()
        number = f"20260302-{pid:04d}"
        session.add(Application(number=number, matter_version_id=version, applicant_id=pid,
                                channel="in_person", state="received", window_id=clerk.window_id,
                                clerk_id=clerk.user_id, answers={}, received_on=date(2026, 3, 2)))  # fmt: skip
    try:
        assert reveal_id(db, clerk, number, reason) == "440802199001011237"
    except DomainError:
        return
    with db.reading() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event.reason == reason.strip()
        assert session.get(Applicant, pid).name == name


@SETTINGS
@given(query=hostile)
def test_searches_never_crash(fast_hall, query):
    db, _ = fast_hall
    from window_app.services import catalogue_browse, intake

    for search in (intake.search_matters, catalogue_browse.list_matters):
        try:
            results = search(db, query)
        except DomainError:
            continue
        assert isinstance(results, list)


@SETTINGS
@given(text=hostile)
def test_mask_text_never_crashes(text):
    assert isinstance(mask_text(text), str)


@settings(max_examples=15, deadline=None)
@given(name=hostile, reason=hostile)
def test_printing_renders_hostile_text(name, reason):
    header = DocumentHeader(doc_number="湛政服不受〔2026〕000001号", issued_on=date(2026, 3, 2),
                            authority="湛江市政务服务中心", window=name[:20], clerk="张晓敏",
                            catalogue_version="SC-0001 v1")  # fmt: skip
    data = RefusalData(header=header, application_number="20260302-0001", applicant_name=name,
                       requested=name, reason=reason, legal_basis=reason[:200])  # fmt: skip
    try:
        pdf = render_refusal(data)
    except DomainError:
        return
    assert pdf.startswith(b"%PDF")


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template
