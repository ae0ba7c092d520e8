"""What the law refuses at registration (issue 14, part 5): a company without a shareholder,
subscriptions that do not add up to the capital, a cooperative with fewer than five members.
The service, `register --json` (one ERROR line per refused entry, exit 1) and the form."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from conftest import cli_sign_in

from window_app.cli import run
from window_app.services import registration
from window_app.services.registration import Investor

from test_registration import DAY, company, coop, person_id  # isort: skip


@pytest.fixture
def desk(sqlite_hall):
    from window_app.services import code_segments

    db, actors = sqlite_hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    return db, actors


def test_a_company_needs_a_shareholder_and_a_cooperative_five_members(desk):
    db, a = desk
    cases = [
        (company(investors=()), "公司应至少有一名股东"),
        (company(investors=(Investor("张三", person_id(), Decimal("20")),)), "之和应等于注册资本"),
        (coop(investors=coop().investors[:4]), "五名以上成员"),
        (coop(investors=()), "现有0名"),
    ]
    for request, words in cases:
        with pytest.raises(registration.RegistrationError) as refused:
            registration.register_enterprise(db, a["clerk"], request, on=DAY)
        assert refused.value.field == "investors" and words in refused.value.message
    assert registration.list_enterprises(db) == []
    assert registration.register_enterprise(db, a["clerk"], coop(), on=DAY).uscc.startswith("93")


def _entry(request: registration.RegistrationRequest) -> dict:
    return {
        "name": request.name, "category": request.category,
        "enterprise_type": request.enterprise_type, "domicile": request.domicile,
        "authority": request.authority_code,
        "legal_representative": {"name": request.legal_representative.name,
                                 "id_number": request.legal_representative.id_number},
        "registered_capital": str(request.registered_capital),
        "business_scope": request.business_scope,
        "investors": [{"name": i.name, "identifier": i.identifier, "subscribed": str(i.subscribed)}
                      for i in request.investors],
    }  # fmt: skip


def test_register_json_refuses_the_same_one_error_line_each(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    db = ["--database", url, *cli_sign_in(url, "admin1")]
    assert run(["segments", "add", "--name", "第一批", "--prefix", "MA4W", "--first", "0",
                "--last", "9999", *db]) == 0  # fmt: skip
    db = ["--database", url, *cli_sign_in(url, "clerk1")]
    from window_app.services.context import SYSTEM
    from window_app.services.demo import DEMO_HALL_SETTINGS
    from window_app.services.hall_settings import save_hall_settings
    from window_app.storage.database import Database

    opened = Database(url)  # the hall settings every licence prints
    save_hall_settings(opened, SYSTEM, DEMO_HALL_SETTINGS)
    opened.dispose()
    entries = [
        _entry(company(name="湛江市无股东贸易有限公司", investors=())),
        _entry(company()),
        _entry(replace(coop(), investors=coop().investors[:3])),
    ]
    src = tmp_path / "e.json"
    src.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert run(["register", "--json", str(src), *db]) == 1
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    assert lines[0][:2] == ["ERROR", "湛江市无股东贸易有限公司"] and "股东" in lines[0][2]
    assert lines[1][0].startswith("91"), lines[1]
    assert lines[2][0] == "ERROR" and "五名以上成员" in lines[2][2]
