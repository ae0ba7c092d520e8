"""`change --uscc CODE --json FILE` on a real SQLite file: output lines, exit codes, the licence."""

from __future__ import annotations

import json
import subprocess

from window_app.cli import run
from window_app.core import uscc
from window_app.core.idcard import check_digit

ID = "44080219900101123" + check_digit("44080219900101123")
NEW_ID = "44080219900101130" + check_digit("44080219900101130")
ENTRY = {"name": "湛江市美味餐饮有限公司", "category": "1",
         "enterprise_type": "有限责任公司（自然人投资或控股）", "domicile": "湛江市霞山区",
         "authority": "440800", "legal_representative": {"name": "张三", "id_number": ID},
         "registered_capital": 50, "business_scope": "餐饮服务",
         "investors": [{"name": "张三", "identifier": ID, "subscribed": 50}]}  # fmt: skip


def test_cli_change(tmp_path, capsys, cli_user):
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    db = ["--database", url, *cli_user(url)]
    assert run(["segments", "add", "--name", "第一批", "--prefix", "MA4W", "--first", "0",
                "--last", "9999", *db]) == 0  # fmt: skip
    for key, value in (("consultation_phones", "0759-3160000"), ("complaint_phones", "12345")):
        assert run(["settings", "set", key, value, *db]) == 0  # printed on the referral notice
    src = tmp_path / "e.json"
    src.write_text(json.dumps([ENTRY], ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert run(["register", "--json", str(src), *db]) == 0
    code = capsys.readouterr().out.split("\t")[0]
    assert uscc.is_valid(code)

    change = tmp_path / "c.json"
    change.write_text(json.dumps({"name": "湛江市鲜香餐饮有限公司", "registered_capital": "80",
                                  "legal_representative": {"name": "李四", "id_number": NEW_ID},
                                  "investors": [{"name": "张三", "identifier": ID,
                                                 "subscribed": "80"}]},
                                 ensure_ascii=False), encoding="utf-8")  # fmt: skip
    assert run(["change", "--uscc", code, "--json", str(change), "--date", "2026-11-30", *db]) == 0
    assert capsys.readouterr().out == (
        f"{code}\t湛江市鲜香餐饮有限公司\t"
        "name,legal_representative,legal_representative.id_number,registered_capital,investors\n"
    )
    pdf = tmp_path / "l.pdf"
    assert run(["print", "licence", code, "--out", str(pdf), *db]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert code in text and "湛江市鲜香餐饮有限公司" in text and "李四" in text
    assert "捌拾万元整" in text

    # the same values again: refused, exit 1, one ERROR line
    assert run(["change", "--uscc", code, "--json", str(change), *db]) == 1
    assert capsys.readouterr().out == f"ERROR\t{code}\t没有变更事项：新填写的内容与登记的内容相同\n"
    bad_id = tmp_path / "b.json"
    bad_id.write_text(json.dumps({"legal_representative": {"name": "王五", "id_number": ID[:-1] + "X"}},
                                 ensure_ascii=False), encoding="utf-8")  # fmt: skip
    assert run(["change", "--uscc", code, "--json", str(bad_id), *db]) == 1
    line = capsys.readouterr().out.split("\t")
    assert line[:2] == ["ERROR", code] and "身份证号码" in line[2]
    # unreadable or not an object: exit 2
    assert run(["change", "--uscc", code, "--json", str(tmp_path / "missing.json"), *db]) == 2
    src.write_text("[]", encoding="utf-8")
    assert run(["change", "--uscc", code, "--json", str(src), *db]) == 2
