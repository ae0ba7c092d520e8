"""The administrator's catalogue screens in the UI's language: the import preview and the version
diff name the matter's fields and the closed vocabularies (是/否, 原件/复印件, media, modes,
delivery methods, matter types) in English when the UI is in English and in Chinese when it is
in Chinese; the catalogue's own data (matter and material names) stays as written."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from window_app.core.catalogue import default_catalogue_dir
from window_app.services import catalogue_browse
from window_app.ui import guide_printing, i18n
from window_app.ui.catalogue_browser import CatalogueBrowser
from window_app.ui.context import AppContext
from window_app.ui.settings import Settings

CJK = re.compile(r"[\u4e00-\u9fff]")
FOOD = "SC-0006"
FORM, NEW_FORM = "食品经营许可申请书", "食品经营许可申请书（2026年版）"
DATA = (NEW_FORM, FORM, "食品经营许可")  # the catalogue's own words: shown as written
EDITS = (  # SC-0006.yaml: a material's name (data) and closed values of the matter and material
    ("type: 行政许可\n", "type: 行政确认\n"),
    (f"  name: {FORM}\n", f"  name: {NEW_FORM}\n"),
    ("  original: true\n  copies: 1\n  medium: paper\n  source: 窗口领取或网上办事大厅下载\n",
     "  original: false\n  copies: 2\n  medium: either\n  source: 窗口领取或网上办事大厅下载\n"),
    ("  sample: true\n  sample_form:\n", "  sample: false\n  sample_form:\n"),
    ("- online\n- post\nexcluded_time:", "- online\nexcluded_time:"),
    ("  - post\n  - electronic\nvisits:", "  - post\nvisits:"),
    ("  promised:\n    value: 10\n", "  promised:\n    value: 8\n"),
)  # fmt: skip

# What the screens must show, by language: field names and closed values, never data.
SHOWN = {
    "en": (
        "Matter type: Administrative licensing → Administrative confirmation",
        "Promised time limit: 10 → 8",
        "How to apply: At the window, Online, By post → At the window, Online",
        "Delivery: Collected at the window, By post, Electronic delivery → "
        "Collected at the window, By post",
        "Original/copy: Original → Copy",
        "Copies: 1 → 2",
        "Paper/electronic: Paper → Paper or electronic",
        "Sample form: Yes → No",
    ),
    "zh_CN": (
        "事项类型：行政许可 → 行政确认",
        "承诺办结时限：10 → 8",
        "办理方式：窗口办理、网上办理、邮寄办理 → 窗口办理、网上办理",
        "送达方式：窗口领取、邮寄送达、电子送达 → 窗口领取、邮寄送达",
        "原件/复印件：原件 → 复印件",
        "份数：1 → 2",
        "纸质/电子：纸质 → 纸质或电子",
        "样表：是 → 否",
    ),
}
SCREENSHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")  # a folder: save screenshots there


def changed_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), target)
    path = target / "matters" / f"{FOOD}.yaml"
    text = path.read_text("utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, "utf-8")
    return target


def without_data(text: str) -> str:
    for word in DATA:
        text = text.replace(word, "")
    return text


@pytest.fixture
def browser(qtbot, gui_hall, tmp_path, monkeypatch):
    """open_(language): the administrator's catalogue browser in that UI language, the changed
    catalogue directory chosen for an import; Chinese is installed again afterwards."""
    db, actors = gui_hall
    directory = changed_dir(tmp_path)
    monkeypatch.setattr(guide_printing, "ask_directory", lambda *a: str(directory))
    opened = []

    def open_(language: str) -> CatalogueBrowser:
        i18n.install(language)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        page = CatalogueBrowser(AppContext.create(db, actors["admin"], settings))
        qtbot.addWidget(page)
        opened.append(page)
        page.resize(1280, 760)
        page.show()
        qtbot.waitExposed(page)
        idle(qtbot, page)
        return page

    yield open_
    for page in opened:
        page.ctx.watcher.stop()
        idle(qtbot, page)
    i18n.install("zh_CN")


def idle(qtbot, page: CatalogueBrowser) -> None:
    qtbot.waitUntil(lambda: not page.ctx.runner.busy, timeout=15_000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_import_preview_and_version_diff_in_the_ui_language(qtbot, browser, language):
    page = browser(language)
    english = language == "en"
    # The import preview: one line per change.
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None, timeout=10_000)
    tree = page.import_dialog.ui.changesTree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert top.text(0) == f"{FOOD} 食品经营许可"  # data, as written
    assert top.text(1) == ("Changed" if english else "修改")
    lines = [top.child(i).text(1) for i in range(top.childCount())]
    for shown in SHOWN[language]:
        assert any(line.endswith(shown) for line in lines), (shown, lines)
    assert any(NEW_FORM in line for line in lines)  # a material's name stays Chinese
    if english:
        assert not [line for line in lines if CJK.search(without_data(line))], lines
    # Import what was previewed, then compare the two versions.
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(catalogue_browse.matter_versions(page.ctx.db, FOOD)) == 2, timeout=10_000
    )
    idle(qtbot, page)
    qtbot.keyClicks(page.ui.searchEdit, FOOD)
    qtbot.waitUntil(lambda: len(page.versions.records()) == 2, timeout=10_000)
    qtbot.mouseClick(page.ui.diffButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: NEW_FORM in page.ui.diffView.toPlainText(), timeout=10_000)
    text = page.ui.diffView.toPlainText()  # a table cell a line
    fields, materials = SHOWN[language][:4], SHOWN[language][4:]
    for shown in fields:  # a row of the table: name, before, after
        name, values = shown.split(": " if english else "：", 1)
        assert "\n".join((name, *values.split(" → "))) in text, (shown, text)
    for shown in materials:
        assert shown in text, (shown, text)
    if english:
        assert not CJK.search(without_data(text)), text
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            page.grab().save(str(Path(SCREENSHOTS) / "catalogue-diff-en.png"))
            bar = page.ui.diffView.verticalScrollBar()
            bar.setValue(bar.maximum())  # the materials' changes, below the table
            page.ui.diffView.grab().save(str(Path(SCREENSHOTS) / "catalogue-diff-en-materials.png"))
    else:
        assert "第1版 → 第2版" in text
