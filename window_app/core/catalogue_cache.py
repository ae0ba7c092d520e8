"""The last validation of a catalogue directory, kept so that an unchanged catalogue is answered
without importing pydantic or parsing YAML again (issue 22: `catalog validate` ≤ 0.3 s).

What is kept is the validation's result (the issues, as `catalog validate` prints them) under a
fingerprint: SHA-256 over the directory's path, every file under it (its relative path and its
bytes, not its modification time, which a copy may keep), every source file of
`window_app.core` (the rules themselves), the installed distributions (name and version) of
pydantic, pydantic-core and PyYAML, and Python's version. A result is used only when the
fingerprint of the files as they are now is the one it was stored under, so any change to a
file, a file added or removed, or a change to the rules validates again. A result is stored only when the fingerprint taken
after the validation equals the one taken before it (a file edited meanwhile is not recorded
under the old content's fingerprint).

Pure Python: the caller says where the record lives (the CLI: the data directory's `cache/`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

RECORD = "catalogue-validation.json"
KEPT = 8  # fingerprints remembered (a few catalogue directories validated in turn)
_LIBRARIES = ("pydantic", "pydantic_core", "yaml")  # what reads and validates the files


def _installed(package: str) -> str:
    """The distribution folders (`name-version.dist-info`) beside an importable package, found
    without importing it (nor importlib.metadata, which costs more than the whole answer)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return "-"
    folder = Path(next(iter(spec.submodule_search_locations))).parent
    wanted = {
        package.lower(),
        package.lower().replace("_", "-"),
        "pyyaml" if package == "yaml" else "",
    }
    try:
        names = sorted(
            n for n in os.listdir(folder)
            if n.endswith(".dist-info") and n.split("-", 1)[0].lower() in wanted
        )  # fmt: skip
    except OSError:
        return "-"
    return f"{folder}:{','.join(names)}"


def fingerprint(directory: Path) -> str:
    """SHA-256 over the directory's files, the validation rules' sources and their libraries."""
    digest = hashlib.sha256()
    digest.update(f"dir\0{Path(directory).resolve()}\0".encode())  # its results are its own
    digest.update(f"python\0{sys.version}\0".encode())
    rules = Path(__file__).resolve().parent
    for label, root in (("catalogue", Path(directory)), ("rules", rules)):
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file() and (label == "catalogue" or p.suffix == ".py")
        )
        for path in files:
            data = path.read_bytes()
            name = path.relative_to(root).as_posix().encode()
            digest.update(f"{label}\0{len(name)}\0{len(data)}\0".encode())
            digest.update(name)
            digest.update(data)
    for package in _LIBRARIES:
        digest.update(f"lib\0{package}\0{_installed(package)}\0".encode())
    return digest.hexdigest()


def _read(record: Path) -> dict:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def validated(
    directory: Path, cache_dir: Path | None, validate: Callable[[Path], list[str]]
) -> tuple[list[str], bool]:
    """(the issues of `directory`, whether they came from the record). `validate(directory)`
    runs when the record holds nothing for the files as they are; with `cache_dir` None, or an
    unreadable record, it always runs. A record that cannot be written is left as it was."""
    if cache_dir is None:
        return validate(directory), False
    try:
        before = fingerprint(directory)
    except OSError:  # an unreadable file: the validation says which, in its own words
        return validate(directory), False
    record = cache_dir / RECORD
    entries = _read(record)
    kept = entries.get(before)
    if isinstance(kept, list) and all(isinstance(line, str) for line in kept):
        return kept, True
    issues = validate(directory)
    tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    try:
        if fingerprint(directory) == before:
            entries.pop(before, None)
            entries[before] = issues
            newest = dict(list(entries.items())[-KEPT:])
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(newest, ensure_ascii=False), encoding="utf-8")
            tmp.replace(record)
    except OSError:
        tmp.unlink(missing_ok=True)
    return issues, False
