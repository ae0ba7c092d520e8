"""The demo hall is a hall like any other: after the bulk load, the window takes new work."""

from __future__ import annotations

from window_app.services import demo, intake, lookup, users


def test_a_demo_hall_takes_new_applications(any_db):
    demo.generate(any_db, 60, days=30)
    clerk = users.login(any_db, "clerk1", demo.DEMO_PASSWORD)
    for id_number in ("440802199001011238", "44080219850101123X"):  # a new applicant each time
        who = intake.ApplicantInput("person", "王小明", id_number=id_number)
        started = intake.start_application(any_db, clerk, matter_code="SC-0002", applicant=who)
        assert lookup.by_number(any_db, started.number).applicant_name == "王小明"
