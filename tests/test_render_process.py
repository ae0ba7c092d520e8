"""Documents rendered in the renderer process (services.render_process, issue 22): the GUI's
worker threads hand the stored payload to a process of its own, so reportlab never holds the
UI's interpreter. The PDF is the same as one rendered in-process; a refusal comes back as the
same refusal; a renderer that died is replaced without losing the document."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
from dataclasses import replace
from datetime import date, datetime

import pytest

from tests import document_samples as samples
from window_app.services import documents, hall_settings, render_process
from window_app.services.document_kinds import render_payload
from window_app.services.document_payload import to_payload


@pytest.fixture
def process():
    process = render_process.use_process()
    assert process.start() != os.getpid()
    yield process
    render_process.stop()


def _info(payload: dict, *, demo: bool = False) -> documents.DocumentInfo:
    return documents.DocumentInfo(
        id=1, kind="receipt", title="受理通知书", doc_number="ZJ-SL-2026-000001",
        application_number=samples.APP_NO, issued_on=date(2026, 12, 7),
        issued_at=datetime(2026, 12, 7, 9, 30), print_count=0, payload=payload, demo=demo,
    )  # fmt: skip


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()  # fmt: skip


def test_a_document_from_the_renderer_process_is_the_one_rendered_here(process):
    payload = to_payload(samples.receipt())
    pdf = documents.render(_info(payload, demo=True), reprint=2)
    assert process.rendered == 1 and process.pid not in (None, os.getpid())
    here = os.getpriority(os.PRIO_PROCESS, 0)  # it yields the processor to the window's process
    assert os.getpriority(os.PRIO_PROCESS, process.pid) == min(19, here + 5)
    assert pdf == render_payload("receipt", payload, 2, hall_settings.DEMO_WATERMARK)
    text = _text(pdf)
    assert samples.APP_NO in text and "补打（第2次）" in text
    assert all(c in text for c in "演示样本")  # the watermark's characters, drawn one by one


def test_text_no_font_has_is_refused_from_the_renderer_process_as_here(process):
    payload = to_payload(samples.receipt(applicant_name="张\U000f0000伟"))
    with pytest.raises(hall_settings.UnprintableText) as refused:
        documents.render(_info(payload))
    assert "U+F0000" in refused.value.message and refused.value.english
    assert process.rendered == 0


def test_a_renderer_that_died_is_replaced_by_the_next_document(process):
    payload = to_payload(samples.receipt())
    first = process.pid
    os.kill(first, signal.SIGKILL)
    time.sleep(0.2)
    pdf = documents.render(_info(payload))
    assert process.rendered == 1 and process.pid not in (first, os.getpid())
    assert samples.APP_NO in _text(pdf)


def test_a_renderer_lost_during_a_document_leaves_it_rendered_here(process):
    payload = to_payload(samples.receipt())
    first = process.pid
    process._child.stdout = io.BytesIO(b"")  # its answer never comes: the pipe ends
    pdf = documents.render(_info(payload))
    assert process.rendered == 0 and samples.APP_NO in _text(pdf)
    with pytest.raises(ProcessLookupError):  # the lost one was ended, not left running
        os.kill(first, 0)
    documents.render(_info(payload))  # the next document starts a new renderer
    assert process.rendered == 1 and process.pid != first


def test_without_a_renderer_process_documents_render_here():
    assert render_process.current() is None
    payload = to_payload(samples.receipt())
    pdf = documents.render(_info(payload))
    assert pdf == render_payload("receipt", payload, 0, "")
    assert render_process.current() is None


def test_a_stopped_renderer_takes_no_more_documents(process):
    render_process.stop()
    assert render_process.current() is None
    payload = to_payload(replace(samples.receipt(), applicant_name="李四"))
    assert "李四" in _text(documents.render(_info(payload)))
    assert process.rendered == 0


def test_names_and_the_font_are_asked_of_the_renderer(process):
    from window_app.core.errors import DomainError
    from window_app.services import printable

    def check(text: str) -> str:
        return printable.printable_name(
            text, person=True, field="name", label="姓名", label_en="name"
        )  # fmt: skip

    assert check("王小明") == "王小明"
    with pytest.raises(DomainError) as refused:
        check("王\U000f0000明")
    assert "\U000f0000" in refused.value.message
    documents.preflight()
    assert process.served == {"warm": 1, "missing": 2, "font": 1}


WINDOW_SIDE = """
import json, sys
payload = json.load(sys.stdin)  # a receipt's stored payload
from window_app.services import documents, printable, render_process
process = render_process.use_process()
process.start()
printable.printable_name("张伟", person=True, field="n", label="姓名", label_en="name")
documents.preflight()
pdf = render_process.render("receipt", payload, 0, "")
fonts = sys.modules.get("printing.fonts")
print(json.dumps({"pdf": pdf[:4].decode(), "font_here": fonts and fonts._registered,
                  "ttfonts_here": "reportlab.pdfbase.ttfonts" in sys.modules,
                  "served": process.served}))
"""


def test_the_windows_process_never_loads_the_documents_fonts():
    """With the renderer, intake's name check, the issue's preflight and the receipt all run
    there: the window's process never parses the CJK font (about 36 MB)."""
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    payload = json.dumps(to_payload(samples.receipt()))
    done = subprocess.run([sys.executable, "-c", WINDOW_SIDE], input=payload, capture_output=True,
                          text=True, check=True, cwd=root)  # fmt: skip
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["pdf"] == "%PDF" and seen["served"] == {
        "warm": 1, "missing": 1, "font": 1, "render": 1}  # fmt: skip
    assert seen["font_here"] is None and not seen["ttfonts_here"]
