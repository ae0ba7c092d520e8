"""The electronic case file (电子档案, issue 19): scanned pages per checklist item, the archive
exported and verified, and custody times shown in the hall's local time.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.back_office import DAY, PNG_1X1, as_user
from tests.pdf_checks import pdf_text
from tests.test_processing import accepted
from window_app.cli import run
from window_app.services import handover


def test_case_file_scans_and_archive_export_verify(hall, tmp_path, capsys, monkeypatch):
    """电子档案: scanned pages per checklist item (file, scanner folder, SANE scanimage), stored
    once by SHA-256 with who and when; `archive export` writes materials, documents, history and
    a manifest that `archive verify` checks (and that fails once a file is touched)."""
    import hashlib
    import json
    import os

    from window_app.services import case_file
    from window_app.services.checklist import get_checklist

    db, actors = hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, DAY, seq=1)
    keys = [m.key for m in get_checklist(db, number, on=DAY) if m.required]
    page = tmp_path / "page1.png"
    page.write_bytes(PNG_1X1)
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%fake but typed\n")
    assert (
        run(as_user(db, "clerk1", "archive", "attach", number, keys[0], str(page), str(pdf))) == 0
    )
    out = capsys.readouterr().out.split()
    assert out[0] == hashlib.sha256(PNG_1X1).hexdigest()
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    assert run(as_user(db, "clerk1", "archive", "attach", number, keys[0], str(junk))) == 1
    assert "不是图像" in capsys.readouterr().err
    assert run(as_user(db, "clerk1", "archive", "attach", number, "nope", str(page))) == 1
    capsys.readouterr()
    folder = tmp_path / "scanner-out"
    folder.mkdir()
    (folder / "a.png").write_bytes(PNG_1X1)  # the same page again: stored once
    assert case_file.attach_folder(db, clerk, number, keys[1], folder) == [out[0]]
    # a SANE scanner: scanimage writes the page to stdout
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "scanimage"
    (bin_dir / "page.png").write_bytes(PNG_1X1)
    fake.write_text(f"#!/bin/sh\ncat '{bin_dir / 'page.png'}'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    assert case_file.scan(db, clerk, number, keys[1]) == out[0]
    listed = case_file.scans(db, clerk, number)
    assert [(s.material_key, s.source) for s in listed] == [
        (keys[0], "file"), (keys[0], "file"), (keys[1], "folder"), (keys[1], "scanner"),
    ]  # fmt: skip
    assert listed[0].attached_by == "clerk1"
    with db.reading() as session:
        from window_app.storage.models import StoredFile

        assert len(session.scalars(select(StoredFile)).all()) == 2  # the PNG once, the PDF

    target = tmp_path / "case"
    assert run(as_user(db, "clerk1", "archive", "export", number, "--out", str(target))) == 0
    line = capsys.readouterr().out.strip().split("\t")
    # 3 material files (the page scanned twice into one item is one file), the receipt, history
    assert line[0] == "manifest" and line[2] == "5 files"
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    paths = [f["path"] for f in manifest["files"]]
    assert "history.json" in paths and any(p.startswith("documents/receipt-") for p in paths)
    history = json.loads((target / "history.json").read_text("utf-8"))
    assert [t["to"] for t in history["transitions"]] == ["received", "accepted"]
    receipt = next(target / p for p in paths if p.startswith("documents/receipt-"))
    assert number in "".join(pdf_text(receipt.read_bytes(), tmp_path, layout=False).split())
    assert run(["archive", "verify", str(target)]) == 0  # no sign-in: it reads only the folder
    assert capsys.readouterr().out.strip() == "ok\t5 files"
    receipt.write_bytes(receipt.read_bytes() + b"\n")
    (target / "extra.txt").write_text("x")
    assert run(["archive", "verify", str(target)]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert problems == [f"{receipt.relative_to(target).as_posix()}: SHA-256 differs",
                        "extra.txt: not in the manifest"]  # fmt: skip
    assert run(as_user(db, "clerk1", "archive", "export", number, "--out", str(target))) == 1
    assert "不是空目录" in capsys.readouterr().err


@pytest.fixture
def shanghai_time():
    """The process runs at a hall in China (UTC+8) for the test, as the halls do."""
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_custody_times_are_shown_in_local_time(hall, shanghai_time):
    """Custody is stored in UTC (utcnow) and shown in the hall's local time, like every other
    time the app shows; the case file's export marks its times +00:00."""
    from datetime import datetime, timedelta

    from window_app.storage.base import as_local, as_utc
    from window_app.storage.models import CustodyEvent

    assert as_local(datetime(2026, 1, 1, 16, 30)) == datetime(2026, 1, 2, 0, 30)
    assert as_utc(datetime(2026, 1, 1, 16, 30)).isoformat() == "2026-01-01T16:30:00+00:00"
    db, actors = hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, DAY)
    handover.create_batch(db, clerk, "CGJ", on=DAY)
    trail = handover.custody(db, clerk, number)
    with db.reading() as session:
        stored = session.scalars(select(CustodyEvent.since)).one()
    assert trail[1].event == "handed_over" and trail[1].since == stored + timedelta(hours=8)
