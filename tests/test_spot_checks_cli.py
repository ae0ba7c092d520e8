"""`spotcheck draw | verify | population | result | print` and `list spotchecks` on a real SQLite
hall; verification of a plan with an open date range after the register changed."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from conftest import cli_sign_in
from sqlalchemy import select
from test_spot_checks import SPECS, add_commitments, add_enterprises, set_stored_population

from window_app.cli import run
from window_app.core import spot_checks as core
from window_app.services import spot_checks as sc
from window_app.storage.models import SpotCheckPick


def test_cli_draw_verify_result_list(sqlite_hall, capsys):
    db, actors = sqlite_hall
    codes = add_enterprises(db, actors["clerk"], SPECS)
    url = ["--database", str(db.url), *cli_sign_in(db, "super1")]
    draw = ["spotcheck", "draw", "--category", "1", "--from", "2026-11-01", "--to", "2026-11-30",
            "--percent", "25", "--date", "2026-11-25", *url]  # fmt: skip
    assert run(draw) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert lines[0][:4] == ["PLAN", "SSJ2026-0001", "SSJ2026-0001/2026-11-25", "12"]
    picks = lines[1:]
    assert len(picks) == 3  # 12 × 25 % = 3
    assert [p[0] for p in picks] == ["1", "2", "3"]
    assert all(p[1] in codes and p[2].startswith("湛江市测试") for p in picks)
    assert all(sorted(p[3:]) == ["clerk2", "super1"] for p in picks)

    assert run(["spotcheck", "verify", "SSJ2026-0001", *url]) == 0
    assert capsys.readouterr().out == "SSJ2026-0001\tok\n"
    # anyone holding the population, the seed and the pool recomputes the draw
    assert run(["spotcheck", "population", "SSJ2026-0001", *url]) == 0
    listed = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 12 and all(handlers == "clerk1" for _, handlers in listed)
    published = sc.get_plan(db, actors["supervisor"], "SSJ2026-0001")
    population = [core.Candidate(key, frozenset(h.split(","))) for key, h in listed]
    assert core.population_digest(c.key for c in population) == published.population_digest
    again = core.draw(published.seed, population, published.sample_size, published.inspector_pool)
    assert [[p.key, *p.inspectors] for p in again] == [p[1:2] + p[3:] for p in picks]
    assert run(["spotcheck", "result", "SSJ2026-0001", picks[0][1], "problem", *url]) == 1
    assert "问题说明" in capsys.readouterr().err
    assert run(["spotcheck", "result", "SSJ2026-0001", picks[0][1], "problem",
                "--note", "未按规定公示年报", *url]) == 0  # fmt: skip
    capsys.readouterr()

    assert run(["list", "spotchecks", "--format", "json", *url]) == 0
    (plan,) = json.loads(capsys.readouterr().out)
    assert plan["seed"] == "SSJ2026-0001/2026-11-25" and plan["percent"] == "25"
    assert plan["criteria"]["category"] == "1" and plan["population_size"] == 12
    assert [p["key"] for p in plan["picks"]] == [p[1] for p in picks]
    assert (
        plan["picks"][0]["result"] == "problem" and plan["picks"][0]["note"] == "未按规定公示年报"
    )
    assert run(["list", "spotchecks", *url]) == 0
    assert capsys.readouterr().out.startswith("SSJ2026-0001\t2026-11-25\tenterprises\t12\t3\t1\t")

    with db.transaction() as session:  # the stored draw is changed behind the plan's back
        first = session.scalars(select(SpotCheckPick).where(SpotCheckPick.position == 1)).one()
        first.object_key = next(c for c in codes[:12] if c not in {p[1] for p in picks})
    assert run(["spotcheck", "verify", "SSJ2026-0001", *url]) == 1
    assert capsys.readouterr().out == "SSJ2026-0001\tmismatch\tpicks differ\n"
    assert run(["spotcheck", "verify", "SSJ2026-0999", *url]) == 1
    assert "未找到抽查计划" in capsys.readouterr().err


def test_cli_explicit_seed_reproduces_and_commitments_need_dates(sqlite_hall, capsys):
    db, actors = sqlite_hall
    add_enterprises(db, actors["clerk"], SPECS)
    url = ["--database", str(db.url), *cli_sign_in(db, "super1")]
    outs = []
    for _ in range(2):
        assert run(["spotcheck", "draw", "--count", "4", "--seed", "湛江2026第48期",
                    "--roles", "supervisor,administrator", *url]) == 0  # fmt: skip
        outs.append(capsys.readouterr().out.splitlines()[1:])
    assert outs[0] == outs[1] and len(outs[0]) == 4
    assert all(sorted(line.split("\t")[3:]) == ["admin1", "super1"] for line in outs[0])
    assert run(["spotcheck", "draw", "--population", "commitments", "--count", "1", *url]) == 1
    assert "日期范围" in capsys.readouterr().err


def pdf_text(path) -> str:  # noqa: ANN001
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_cli_prints_the_plan_for_publication(sqlite_hall, capsys, tmp_path):
    db, actors = sqlite_hall
    add_enterprises(db, actors["clerk"], SPECS)
    numbers = add_commitments(db, actors["clerk"], [date(2026, 11, 3), date(2026, 11, 4)])
    url = ["--database", str(db.url), *cli_sign_in(db, "super1")]
    assert run(["spotcheck", "draw", "--category", "2", "--authority", "440802", "--count", "1",
                "--seed", "公开种子-48", *url]) == 0  # fmt: skip
    pick = capsys.readouterr().out.splitlines()[1].split("\t")
    out = tmp_path / "plan.pdf"
    assert run(["spotcheck", "print", "SSJ2026-0001", "--out", str(out), *url]) == 0
    text = pdf_text(out)
    for words in ("双随机抽查计划公示", "SSJ2026-0001", "个体工商户", "赤坎区", "公开种子-48",
                  "sha256-rank-v1", pick[1], pick[2], "李建国", "陈主任", "复核方法",
                  "随计划保存"):  # fmt: skip
        assert words in text, words
    plan = sc.get_plan(db, actors["supervisor"], "SSJ2026-0001")
    assert plan.population_digest[:32] in text.replace("\n", "").replace(" ", "")
    assert run(["spotcheck", "print", "SSJ2026-0001", "--out", str(out), "--lang", "en",
                *url]) == 0  # fmt: skip
    english = pdf_text(out)
    assert "Random Spot-Check Plan" in english and "individual business" in english
    assert "stored with the plan at the draw" in english

    assert run(["spotcheck", "draw", "--population", "commitments", "--from", "2026-11-01",
                "--to", "2026-11-30", "--count", "2", *url]) == 0  # fmt: skip
    capsys.readouterr()
    assert run(["spotcheck", "print", "SSJ2026-0002", "--out", str(out), *url]) == 0
    text = pdf_text(out)  # the applicants are people: their names masked on the public notice
    assert all(n in text for n in numbers) and "申*" in text and "申请人1" not in text


def test_cli_open_range_verifies_after_the_register_changed(sqlite_hall, capsys):
    db, actors = sqlite_hall
    add_enterprises(db, actors["clerk"], SPECS)
    url = ["--database", str(db.url), *cli_sign_in(db, "super1")]
    assert run(["spotcheck", "draw", "--category", "1", "--from", "2026-11-01", "--count", "3",
                "--date", "2026-11-25", *url]) == 0  # fmt: skip
    capsys.readouterr()
    assert run(["spotcheck", "population", "SSJ2026-0001", *url]) == 0
    drawn_from = capsys.readouterr().out
    assert len(drawn_from.splitlines()) == 12

    (late,) = add_enterprises(db, actors["clerk2"], [("1", "440800", date(2026, 11, 28))])
    assert run(["spotcheck", "verify", "SSJ2026-0001", *url]) == 0
    assert capsys.readouterr().out == (
        "SSJ2026-0001\tok\nSSJ2026-0001\tregister changed\tnow 13 (drawn from 12)\n"
    )
    assert run(["spotcheck", "population", "SSJ2026-0001", *url]) == 0
    assert capsys.readouterr().out == drawn_from and late not in drawn_from

    stored = [line.split("\t") for line in drawn_from.splitlines()]
    set_stored_population(db, "SSJ2026-0001", [[k, h.split(",")] for k, h in stored[1:]])
    assert run(["spotcheck", "verify", "SSJ2026-0001", *url]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "SSJ2026-0001\tmismatch\tstored population differs from its digest (11 stored)"
    )
    assert out[1] == "SSJ2026-0001\tregister changed\tnow 13 (drawn from 12)"

    set_stored_population(db, "SSJ2026-0001", None)  # a plan drawn before migration 0010
    assert run(["spotcheck", "verify", "SSJ2026-0001", *url]) == 1
    assert capsys.readouterr().out.startswith("SSJ2026-0001\tmismatch\tpopulation differs (now 13)")
    assert run(["spotcheck", "population", "SSJ2026-0001", *url]) == 0
    assert late in capsys.readouterr().out
