"""`register --json`, `list enterprises`, `print licence`, `segments` on a real SQLite file."""

from __future__ import annotations

import json
import subprocess

from window_app.cli import run
from window_app.core import uscc
from window_app.core.idcard import check_digit

ID = "44080219900101123" + check_digit("44080219900101123")
ENTRIES = [
    {"name": "湛江市赤坎区好味道小吃店", "category": "2", "enterprise_type": "个体工商户",
     "domicile": "湛江市赤坎区中山一路2号", "authority": "440802",
     "legal_representative": {"name": "李四", "id_number": ID}, "registered_capital": 3,
     "currency": "人民币", "business_scope": "小吃服务"},
    {"name": "湛江市美味餐饮有限公司", "category": "1",
     "enterprise_type": "有限责任公司（自然人投资或控股）", "domicile": "湛江市霞山区", "authority": "440800",
     "legal_representative": {"name": "张三", "id_number": ID}, "registered_capital": 50.5,
     "currency": "人民币", "business_scope": "餐饮服务",
     "investors": [{"name": "张三", "identifier": ID, "subscribed": "50.5"}]},
]  # fmt: skip


def test_cli_register_list_print_segments(tmp_path, capsys, cli_user):
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    db = ["--database", url, *cli_user(url)]
    src = tmp_path / "e.json"
    src.write_text(json.dumps(ENTRIES, ensure_ascii=False), encoding="utf-8")
    # no segment yet: every entry fails with a clear line
    assert run(["register", "--json", str(src), *db]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(line.startswith("ERROR\t") and "号段" in line for line in out)
    assert run(["segments", "add", "--name", "第一批", "--prefix", "MA4W", "--first", "0",
                "--last", "9999", *db]) == 0  # fmt: skip
    capsys.readouterr()
    # the referral notice prints the hall's phones (refused, naming them, until they are set)
    for key, value in (("consultation_phones", "0759-3160000"), ("complaint_phones", "12345")):
        assert run(["settings", "set", key, value, *db]) == 0
    capsys.readouterr()
    bad = [*ENTRIES, {**ENTRIES[1], "name": "湛江美味餐饮有限责任公司"}, {"name": "缺字段有限公司"}]
    src.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    assert run(["register", "--json", str(src), *db]) == 1
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [ln[0][:2] for ln in lines[:2]] == ["92", "91"]
    assert all(uscc.is_valid(ln[0]) for ln in lines[:2])
    assert lines[2][:2] == ["ERROR", "湛江美味餐饮有限责任公司"] and lines[1][0] in lines[2][2]
    assert lines[3][:2] == ["ERROR", "缺字段有限公司"]
    company = lines[1][0]

    assert run(["list", "enterprises", "--format", "json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {(e["uscc"], e["name"], e["authority"]) for e in listed} == {
        (lines[0][0], "湛江市赤坎区好味道小吃店", "440802"),
        (company, "湛江市美味餐饮有限公司", "440800"),
    }
    assert run(["list", "enterprises", *db]) == 0
    assert f"{company}\t湛江市美味餐饮有限公司\t440800" in capsys.readouterr().out

    pdf = tmp_path / "l.pdf"
    assert run(["print", "licence", company, "--out", str(pdf), *db]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert company in text and "伍拾万伍仟元整" in text
    again = ["print", "licence", company, "--out", str(tmp_path / "o.pdf"), "--overlay", *db]
    assert run(again) == 1  # printed before: a reprint (补打) needs its reason
    assert run([*again, "--reason", "套打在预印纸上"]) == 0
    assert run(["print", "licence", "91440800MA4W00003X", "--out", str(pdf), *db]) == 1

    assert run(["licence", "offset", "HP-A01", "1.5", "-0.5", *db]) == 0
    assert run(["licence", "offset", "HP-A01", *db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "HP-A01\t1.50\t-0.50"
    assert run(["segments", "list", "--format", "json", *db]) == 0
    (seg,) = json.loads(capsys.readouterr().out)
    assert (seg["used"], seg["remaining"], seg["next"]) == (2, 9998, "MA4W0002")
    assert run(["segments", "void", "MA4W0002", "--reason", "纸质执照作废", *db]) == 0
    assert run(["segments", "audit", *db]) == 0
