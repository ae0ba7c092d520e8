"""Full pinyin finds matters as initials and Chinese fragments do, and `catalog search` uses
the same search (issue 14, part 6)."""

from __future__ import annotations

from window_app.cli import run
from window_app.core.catalogue import load_catalogue
from window_app.core.matter_search import match_matter, pinyin_full


def codes(query: str) -> list[str]:
    return [m.code for m in match_matter(query, load_catalogue().matters)]


def test_full_pinyin_finds_matters():
    assert pinyin_full("食品经营许可") == "shipinjingyingxuke"
    assert codes("shipin")[0] == "SC-0006"
    assert codes("shi pin")[0] == "SC-0006"
    assert {"SC-0001", "SC-0004"} <= set(codes("qiye"))
    assert codes("spjy")[0] == "SC-0006" and codes("食品")[0] == "SC-0006"


def test_cli_catalog_search(sqlite_hall, capsys):
    db, _actors = sqlite_hall
    assert run(["--database", db.url, "catalog", "search", "shipin"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "SC-0006\t食品经营许可"
    assert run(["--database", db.url, "catalog", "search", "qiye"]) == 0
    found = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert {"SC-0001", "SC-0004"} <= set(found)
    assert run(["--database", db.url, "catalog", "search", "zzzzqq"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "没有找到" in captured.err
