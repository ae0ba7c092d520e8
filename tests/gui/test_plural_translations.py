"""English plurals survive a translation refresh: the compiled .qm gives singular and plural,
and scripts/keep_numerus.py puts back what pyside6-lupdate's Python parser loses."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from window_app.core import transition_notes
from window_app.ui import history_notes, i18n
from window_app.ui.material_text import form_and_copies

ROOT = Path(__file__).resolve().parents[2]

OLD_TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context><name>Materials</name>
<message numerus="yes"><location filename="a.py" line="+1" /><source>原件 %n份</source>
<translation><numerusform>original, %n copy</numerusform><numerusform>original, %n copies</numerusform></translation>
</message></context>
<context><name>HistoryNotes</name>
<message numerus="yes"><source>恢复审查，中止%n个工作日</source>
<translation><numerusform>day</numerusform><numerusform>days</numerusform></translation>
</message></context>
</TS>
"""

# What lupdate writes: the first plural turned singular and unfinished, the second dropped.
NEW_TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context><name>Materials</name>
<message><location filename="a.py" line="+2" /><source>原件 %n份</source>
<translation type="unfinished">original, %n copy</translation></message></context>
</TS>
"""


def test_english_plurals_come_from_the_compiled_translation(qapp):
    i18n.install("en")
    try:
        assert form_and_copies(True, 1) == "original, 1 copy"
        assert form_and_copies(False, 3) == "photocopy, 3 copies"
        note = transition_notes.resumed(4)
        assert history_notes.text(note.text, note.code, note.args) == (
            "Review resumed; suspended for 4 working days"
        )
    finally:
        i18n.install("zh_CN")
    assert form_and_copies(True, 2) == "原件 2份"


def test_keep_numerus_restores_what_lupdate_lost(tmp_path):
    old, new = tmp_path / "old.ts", tmp_path / "new.ts"
    old.write_text(OLD_TS, encoding="utf-8")
    new.write_text(NEW_TS, encoding="utf-8")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "keep_numerus.py"), str(old), str(new)], check=True
    )
    root = ET.parse(new).getroot()
    messages = {
        (c.findtext("name"), m.findtext("source")): m
        for c in root.iter("context")
        for m in c.iter("message")
    }
    materials = messages[("Materials", "原件 %n份")]
    assert materials.get("numerus") == "yes"
    assert [f.text for f in materials.iter("numerusform")] == [
        "original, %n copy",
        "original, %n copies",
    ]
    assert materials.find("location").get("line") == "+2"  # where lupdate now finds it
    resumed = messages[("HistoryNotes", "恢复审查，中止%n个工作日")]
    assert [f.text for f in resumed.iter("numerusform")] == ["day", "days"]
