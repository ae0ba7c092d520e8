"""The preview of a numbered document before it is issued (issue 14 part 6, F7/F8): the exact
document the issuing service would store, rendered, with nothing stored, counted or audited;
issued afterwards, it is the same document. Both engines; the PDF read with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date

from sqlalchemy import func, select

from window_app.core.states import State
from window_app.services import drafts, notice, refusal
from window_app.storage.models import AuditEvent, Counter, IssuedDocument

from test_processing import app_row, received  # isort: skip

REFUSAL = {"reason": "申请事项不属于本机关职权范围",
           "legal_basis": "《中华人民共和国行政许可法》第三十二条"}  # fmt: skip


def snapshot(db) -> tuple:
    with db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(IssuedDocument)),
            s.scalar(select(func.count()).select_from(AuditEvent)),
            tuple(s.execute(select(Counter.name, Counter.value).order_by(Counter.name)).all()),
        )


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")  # fmt: skip


def test_a_notice_draft_is_the_notice_issued_and_stores_nothing(hall, tmp_path):
    db, actors = hall
    clerk = actors["clerk"]
    number = received(db, clerk, date.today())
    before = snapshot(db)
    info, pdf = drafts.draft_notice(db, clerk, number)
    assert snapshot(db) == before  # no document, no audit event, no counter moved
    assert app_row(db, number).state == State.RECEIVED
    text = text_of(pdf, tmp_path)
    assert info.doc_number.replace("〔", "").split("〕")[0][-4:] in text
    assert number in text and "一次性告知" in text
    again, _pdf = drafts.draft_notice(db, clerk, number)
    assert again.doc_number == info.doc_number  # the draft took no number
    issued = notice.issue_notice(db, clerk, number).document
    assert drafts.same_document(info, issued)
    assert app_row(db, number).state == State.CORRECTION


def test_a_refusal_draft_names_its_reason_and_a_refused_draft_says_why(hall, tmp_path):
    db, actors = hall
    clerk = actors["clerk"]
    number = received(db, clerk, date.today(), seq=2)
    before = snapshot(db)
    info, pdf = drafts.draft_refusal(db, clerk, number, **REFUSAL)
    assert snapshot(db) == before
    assert "不属于本机关职权范围" in text_of(pdf, tmp_path)
    issued = refusal.refuse(db, clerk, number, **REFUSAL).document
    assert drafts.same_document(info, issued)
    # refused now (already refused): the draft is refused with the service's own message
    import pytest

    from window_app.core.errors import DomainError

    with pytest.raises(DomainError):
        drafts.draft_refusal(db, clerk, number, **REFUSAL)
    assert snapshot(db)[0] == before[0] + 1
