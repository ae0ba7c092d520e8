"""Names are normalised and refused, never silently changed, when the documents cannot carry
them (issue 14, part 6): control / zero-width / bidi characters, supplementary-plane characters
("王😀小明" printed as "王　小明", "𠮷" vanished), characters the font cannot draw, and more
than the printed forms hold."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from window_app.core import names
from window_app.core.errors import DomainError
from window_app.services import intake, registration
from window_app.storage.models import Applicant

from test_intake_services import id_number, start  # isort: skip
from test_registration import DAY, company, desk  # isort: skip  # noqa: F401


@pytest.mark.parametrize(
    "text, words",
    [
        ("王\u200b小明", "控制字符"),  # zero-width space
        ("王小明\u202e", "控制字符"),  # right-to-left override
        ("王\t小明", "控制字符"),
        ("王😀小明", "是符号"),
        ("李☃", "是符号"),
        ("王" * 31, "最多30个字"),
    ],
)
def test_core_refuses_what_documents_cannot_carry(text, words):
    with pytest.raises(DomainError) as refused:
        names.person_name(text)
    assert words in refused.value.message and refused.value.field == "applicant_name"


def test_core_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Zoë Lee")
    assert decomposed != "Zoë Lee" and names.person_name(decomposed) == "Zoë Lee"
    assert names.person_name("  阿依古丽·买买提 ") == "阿依古丽·买买提"
    assert len(names.organisation_name("湛" * 60)) == 60
    with pytest.raises(DomainError):
        names.organisation_name("湛" * 61)


def _applicants(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Applicant))


@pytest.mark.parametrize(
    "name, shown",
    [("王😀小明", "😀"), ("张" * 230, "最多30个字")],
)
def test_intake_refuses_with_the_character_named_and_saves_nothing(sqlite_hall, name, shown):
    db, actors = sqlite_hall
    person = intake.ApplicantInput("person", name, id_number=id_number(), phone="13812345678")
    with pytest.raises(DomainError) as refused:
        start(db, actors["clerk"], applicant=person)
    assert refused.value.field == "applicant_name" and shown in refused.value.message
    assert _applicants(db) == 0


def test_intake_takes_a_rare_character_the_fallback_font_prints(sqlite_hall):
    """𠮷 (CJK Extension B) is in real names: the documents print it from the embedded
    fallback font (fonts-hanazono), so intake takes it instead of turning the person away."""
    db, actors = sqlite_hall
    person = intake.ApplicantInput("person", "𠮷田", id_number=id_number(), phone="13812345678")
    start(db, actors["clerk"], applicant=person)
    assert _applicants(db) == 1


def test_intake_stores_the_nfc_name(sqlite_hall):
    db, actors = sqlite_hall
    person = intake.ApplicantInput(
        "person", unicodedata.normalize("NFD", "Zoë 王"), id_number=id_number()
    )
    start(db, actors["clerk"], applicant=person)
    with db.reading() as s:
        assert s.scalar(select(Applicant.name)) == "Zoë 王"


def test_registration_refuses_hidden_or_unprintable_characters(desk):  # noqa: F811
    db, a = desk
    cases = [
        (company(name="湛江市美\u200d味餐饮有限公司"), "name"),
        (replace(company(), investors=(replace(company().investors[0], name="张😀三"),)),
         "investors[0].name"),
        (replace(company(), legal_representative=registration.Person("张\u202e三",
                                                                     company().legal_representative.id_number)),
         "legal_representative.name"),
    ]  # fmt: skip
    for request, field in cases:
        with pytest.raises(DomainError) as refused:
            registration.register_enterprise(db, a["clerk"], request, on=DAY)
        assert refused.value.field == field
    assert registration.list_enterprises(db) == []
