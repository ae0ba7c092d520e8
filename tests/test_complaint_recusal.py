"""A complaint cannot be assigned to the clerk it is about (issue 14, part 6): refused in the
service, with the message beside the handler."""

from __future__ import annotations

from datetime import date

import pytest

from window_app.core.complaints import ComplaintError
from window_app.services import complaints

from test_complaints import NOW, events, form  # isort: skip
from test_processing import received  # isort: skip


def test_the_clerk_complained_about_cannot_handle_it(hall):
    db, actors = hall
    clerk2, sup = actors["clerk2"], actors["supervisor"]
    number = received(db, clerk2, date(2026, 9, 25))  # clerk2's application
    info = complaints.register_complaint(
        db, actors["clerk"], form(application_number=number), now=NOW
    )
    assert info.clerk == "李建国"
    with pytest.raises(ComplaintError) as refused:
        complaints.assign_complaint(db, sup, info.id, clerk2.user_id)
    assert refused.value.field == "handler" and "本人" in refused.value.message
    assert events(db, "complaint.assign") == []
    # another clerk, or the supervisor, may
    assert (
        complaints.assign_complaint(db, sup, info.id, actors["clerk"].user_id).state == "handling"
    )
