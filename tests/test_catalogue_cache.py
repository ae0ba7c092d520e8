"""`catalog validate` reuses its last result only for byte-identical files (issue 22): any
edit, added file or removed file validates again, and a result is not recorded under a
fingerprint its files no longer have."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from window_app.core import catalogue_cache
from window_app.core.catalogue import validate_catalogue
from window_app.core.catalogue_terms import default_catalogue_dir


@pytest.fixture
def catalogue(tmp_path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), folder)
    return folder


class Counting:
    """The real validation, counted."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, directory: Path) -> list[str]:
        self.calls += 1
        return [str(issue) for issue in validate_catalogue(directory)]


def test_an_unchanged_catalogue_is_answered_from_the_record(catalogue, tmp_path):
    validate, cache = Counting(), tmp_path / "cache"
    first = catalogue_cache.validated(catalogue, cache, validate)
    second = catalogue_cache.validated(catalogue, cache, validate)
    assert first == ([], False)
    assert second == ([], True)
    assert validate.calls == 1
    assert (cache / catalogue_cache.RECORD).is_file()


def test_an_edited_added_or_removed_file_validates_again(catalogue, tmp_path):
    validate, cache = Counting(), tmp_path / "cache"
    assert catalogue_cache.validated(catalogue, cache, validate) == ([], False)
    matter = catalogue / "matters" / "CG-0001.yaml"
    text = matter.read_text(encoding="utf-8")
    stat = matter.stat()
    # the same length and modification time: only the bytes tell
    matter.write_text(text.replace("type: 行政许可", "type: 行政许X"), encoding="utf-8")
    os.utime(matter, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    issues, reused = catalogue_cache.validated(catalogue, cache, validate)
    assert not reused and validate.calls == 2
    assert any(line.startswith("matters/CG-0001.yaml: type:") for line in issues)
    assert catalogue_cache.validated(catalogue, cache, validate) == (issues, True)
    matter.write_text(text, encoding="utf-8")
    assert catalogue_cache.validated(catalogue, cache, validate) == ([], True)  # seen before
    (catalogue / "matters" / "XX-0001.yaml").write_text("", encoding="utf-8")
    issues, reused = catalogue_cache.validated(catalogue, cache, validate)
    assert not reused and any("XX-0001.yaml" in line for line in issues)
    (catalogue / "matters" / "XX-0001.yaml").unlink()
    matter.unlink()
    issues, reused = catalogue_cache.validated(catalogue, cache, validate)
    assert not reused and validate.calls == 4
    assert catalogue_cache.validated(catalogue, cache, validate) == (issues, True)


def test_a_file_edited_during_the_validation_is_not_recorded_as_validated(catalogue, tmp_path):
    cache = tmp_path / "cache"
    matter = catalogue / "matters" / "CG-0001.yaml"

    def edited_meanwhile(directory: Path) -> list[str]:
        issues = [str(issue) for issue in validate_catalogue(directory)]
        matter.write_text("code: [", encoding="utf-8")  # broken after it was read
        return issues

    assert catalogue_cache.validated(catalogue, cache, edited_meanwhile) == ([], False)
    issues, reused = catalogue_cache.validated(catalogue, cache, Counting())
    assert not reused and any("CG-0001.yaml" in line for line in issues)


def test_a_damaged_record_is_ignored_and_replaced(catalogue, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / catalogue_cache.RECORD).write_text("{not json", encoding="utf-8")
    validate = Counting()
    assert catalogue_cache.validated(catalogue, cache, validate) == ([], False)
    assert catalogue_cache.validated(catalogue, cache, validate) == ([], True)
    record = json.loads((cache / catalogue_cache.RECORD).read_text(encoding="utf-8"))
    assert list(record.values()) == [[]]


def test_the_rules_and_the_libraries_are_part_of_the_fingerprint(catalogue, monkeypatch):
    before = catalogue_cache.fingerprint(catalogue)
    assert "pydantic-" in catalogue_cache._installed("pydantic")  # the version is read
    assert "pyyaml-" in catalogue_cache._installed("yaml").lower()
    real = catalogue_cache._installed
    monkeypatch.setattr(catalogue_cache, "_installed",
                        lambda package: "pydantic-99.dist-info" if package == "pydantic"
                        else real(package))  # fmt: skip
    assert catalogue_cache.fingerprint(catalogue) != before


def test_the_command_prints_the_same_from_the_record(catalogue, tmp_path):
    """Exit code, stdout and stderr are those of a validation, first and second time, for a
    sound and for a broken catalogue."""
    env = dict(os.environ, WINDOW_APP_DATA_DIR=str(tmp_path / "data"))
    argv = [sys.executable, "-m", "window_app", "catalog", "validate", str(catalogue)]

    def run() -> tuple[int, str, str]:
        out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
        return out.returncode, out.stdout, out.stderr

    sound = run()
    assert sound == (0, f"ok\t{catalogue}\n", "") and run() == sound
    (catalogue / "matters" / "CG-0001.yaml").write_text("code: [", encoding="utf-8")
    broken = run()
    assert broken[0] == 1 and "matters/CG-0001.yaml" in broken[2]
    assert run() == broken
    assert (tmp_path / "data" / "cache" / catalogue_cache.RECORD).is_file()
