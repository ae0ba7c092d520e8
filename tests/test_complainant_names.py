"""A complainant's name under the applicants' rules (issue 14 part 6, names): NFC, control,
zero-width, bidirectional-override and symbol characters refused with the character named,
the forms' length, rare characters accepted; in the service (both engines) and in
`window-app complaint register`."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import cli_sign_in
from test_complaints import NOW, count, form

from window_app.cli import run
from window_app.core import complaints as rules
from window_app.core.errors import DomainError
from window_app.services import complaints


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("王\u200b小明", "U+200B"),  # zero-width space
        ("王\u202e小明", "U+202E"),  # right-to-left override
        ("王\x07小明", "控制字符"),
        ("王😀小明", "😀"),
        ("张" * (rules.MAX_NAME + 1), f"最多{rules.MAX_NAME}个字"),
    ],
)
def test_a_bad_complainant_name_is_refused_with_its_reason(hall, name, words):
    db, actors = hall
    with pytest.raises(DomainError) as err:
        complaints.register_complaint(db, actors["clerk"], form(name=name), now=NOW)
    assert err.value.field == "name" and words in str(err.value) and err.value.english
    assert count(db) == 0


def test_a_complainant_name_is_stored_nfc_and_rare_characters_are_kept(hall):
    db, actors = hall
    decomposed = unicodedata.normalize("NFD", "Zoë·王")
    assert decomposed != "Zoë·王"
    saved = complaints.register_complaint(db, actors["clerk"], form(name=decomposed), now=NOW)
    assert saved.complainant == "Zoë·王"
    rare = complaints.register_complaint(db, actors["clerk"], form(name="𠮷田先生"), now=NOW)
    assert rare.complainant == "𠮷田先生"


def test_cli_complaint_register_checks_the_name(sqlite_hall, capsys):
    db, _actors = sqlite_hall
    sign = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    base = ["complaint", "register", "--phone", "13807591234", "--channel", "phone",
            "--category", "attitude", "--content", "态度生硬"]  # fmt: skip
    assert run([*base, "--name", "王\u200b小明", *sign]) == 1
    err = capsys.readouterr().err
    assert "U+200B" in err and "Traceback" not in err
    assert count(db) == 0
    assert run([*base, "--name", "黄先生", *sign]) == 0
    complaint_id, deadline = capsys.readouterr().out.strip().split("\t")
    assert int(complaint_id) > 0 and len(deadline) == 10
    assert count(db) == 1
