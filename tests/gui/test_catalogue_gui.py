"""Guides from the clerk's screen, the batch with progress and cancel, and the catalogue browser
(search, versions, diff, import preview, printing), driven by keyboard on a real SQLite file."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

import printing
from window_app.core.catalogue import default_catalogue_dir
from window_app.services import catalogue_browse, guides
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import PermissionDenied
from window_app.storage.models import AuditEvent
from window_app.ui import dialogs, guide_printing, printing_qt
from window_app.ui.catalogue_browser import CatalogueBrowser
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

ENTER = Qt.Key.Key_Return
NEW_NAME = "食品经营许可申请书（2026年版）"


@pytest.fixture
def open_window(qtbot, tmp_path):
    windows = []

    def make(db, actor) -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext.create(db, actor, settings))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        idle(qtbot, window)
        return window

    dialogs.set_responder(lambda kind, title, text: True)
    yield make
    for w in windows:
        w.ctx.watcher.stop()
        idle(qtbot, w)
    dialogs.set_responder(None)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=15_000)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout  # fmt: skip


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path):
    """The print dialog answered with a PDF-file printer."""
    out = tmp_path / "printed.pdf"

    def choose(parent, name):  # noqa: ANN001, ANN202
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(printing_qt, "choose_printer", choose)
    return out


def changed_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), target)
    path = target / "matters" / "SC-0006.yaml"
    path.write_text(path.read_text("utf-8").replace("name: 食品经营许可申请书\n",
                                                    f"name: {NEW_NAME}\n"), "utf-8")  # fmt: skip
    return target


def guide_events(db) -> list[AuditEvent]:
    with db.reading() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "guide.print")))


# --- Ctrl+G, Enter ---------------------------------------------------------------------------


def test_ctrl_g_then_enter_previews_and_prints(qtbot, sqlite_hall, open_window, pdf_printer):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    picker = window.guide_picker
    qtbot.waitUntil(lambda: picker.list.count() > 0)
    qtbot.keyClicks(picker.search, "spjy")
    qtbot.waitUntil(lambda: picker.chosen() == "SC-0006")
    qtbot.keyClick(picker.search, ENTER)
    preview = window.guide_preview
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=15_000)
    assert preview.code == "SC-0006" and preview.document.pageCount() >= 1
    assert preview.ui.printButton.hasFocus() or preview.ui.printButton.isDefault()
    with qtbot.waitSignal(preview.printed, timeout=15_000):
        qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    assert pdf_printer.exists() and pdf_printer.stat().st_size > 10_000
    assert [(e.entity_id, e.after["variant"]) for e in guide_events(db)] == [("SC-0006", "a4")]


def test_large_print_with_english_and_save(qtbot, sqlite_hall, open_window, tmp_path,
                                          monkeypatch):  # fmt: skip
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    out = tmp_path / "guide.pdf"
    monkeypatch.setattr(guide_printing, "ask_save_path", lambda *a: str(out))
    preview = guide_printing.open_guide(window.ctx, "WJ-0001", window)
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=15_000)
    pages_a4 = preview.document.pageCount()
    preview.variant.setCurrentIndex(guides.VARIANTS.index("large"))
    qtbot.waitUntil(lambda: preview.document.pageCount() > pages_a4, timeout=15_000)
    preview.english.setChecked(True)
    idle(qtbot, window)
    qtbot.mouseClick(preview.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=15_000)
    idle(qtbot, window)
    assert "Service Guide" in pdf_text(out)
    assert guide_events(db)[-1].after == {"variant": "large", "english": True, "target": str(out),
                                          "copies": 1, "count": 1}  # fmt: skip


def test_picker_preselects_the_matter_on_screen(qtbot, sqlite_hall, open_window):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    window.actionCatalogueRead.trigger()
    browser = window.ui.tabs.currentWidget()
    assert isinstance(browser, CatalogueBrowser)
    idle(qtbot, window)
    qtbot.keyClicks(browser.ui.searchEdit, "WJ-0001")
    qtbot.waitUntil(lambda: browser.current_code() == "WJ-0001", timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    picker = window.guide_picker
    qtbot.waitUntil(lambda: picker.list.count() > 1)
    assert picker.chosen() == "WJ-0001"
    qtbot.keyClick(picker.search, ENTER)
    qtbot.waitUntil(lambda: window.guide_preview.pdf is not None, timeout=15_000)
    assert window.guide_preview.code == "WJ-0001"


# --- batch -----------------------------------------------------------------------------------


def test_batch_runs_in_background_and_cancels(qtbot, sqlite_hall, open_window, tmp_path,
                                              monkeypatch):  # fmt: skip
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    real = printing.render_guide

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(printing, "render_guide", slow)
    window.ui.actionBatchGuides.trigger()
    dialog = window.guide_batch
    idle(qtbot, window)
    assert dialog.ui.departmentCombo.count() > 5
    qtbot.keyClicks(dialog.ui.dirEdit, str(tmp_path / "out"))
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The event loop keeps turning while guides render: progress arrives, then we cancel.
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 1,
                    timeout=15_000)  # fmt: skip
    with qtbot.waitSignal(dialog.finished_batch, timeout=20_000) as blocker:
        qtbot.keyClick(dialog.progress, Qt.Key.Key_Escape)
    result = blocker.args[0]
    assert result.cancelled and 1 <= len(result.files) < result.total
    assert "已取消" in dialog.ui.message.text()


def test_batch_one_department(qtbot, sqlite_hall, open_window, tmp_path):
    db, actors = sqlite_hall
    window = open_window(db, actors["supervisor"])
    dialog = guide_printing.open_batch(window)
    idle(qtbot, window)
    dialog.ui.departmentCombo.setCurrentIndex(dialog.ui.departmentCombo.findData("WJJ"))
    dialog.ui.variantCombo.setCurrentIndex(guides.VARIANTS.index("trifold"))
    dialog.ui.dirEdit.setText(str(tmp_path / "wjj"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20_000) as blocker:
        qtbot.keyClick(dialog.ui.dirEdit, ENTER)
    assert sorted(p.name for p in blocker.args[0].files) == [
        "WJ-0001-trifold.pdf", "WJ-0002-trifold.pdf"
    ]  # fmt: skip


# --- catalogue browser -----------------------------------------------------------------------


def test_browser_search_versions_and_diff(qtbot, qtmodeltester, sqlite_hall, open_window,
                                          tmp_path):  # fmt: skip
    db, actors = sqlite_hall
    import_catalogue(db, actors["admin"], changed_dir(tmp_path), effective_from=date(2026, 3, 1))
    window = open_window(db, actors["clerk"])
    assert window.actionCatalogueRead in window.ui.menuView.actions()  # everyone reads
    window.actionCatalogueRead.trigger()
    browser = window.ui.tabs.currentWidget()
    idle(qtbot, window)
    assert not browser.ui.importButton.isVisible()
    qtmodeltester.check(browser.matters)
    # a withdrawn matter is listed with the day it ended, a current one as current
    states = {r.code: browser.matters.cells(r)[-1] for r in browser.matters.records()}
    assert states["SC-0005"] == "2018-01-01起停止办理" and states["SC-0006"] == "现行"
    assert states["RS-0001"] == "2018-12-29起停止办理"
    qtbot.keyClicks(browser.ui.searchEdit, "spjy")
    qtbot.waitUntil(
        lambda: [r.code for r in browser.matters.records()] == ["SC-0006"], timeout=10_000
    )
    qtbot.waitUntil(lambda: len(browser.versions.records()) == 2, timeout=10_000)
    qtmodeltester.check(browser.versions)
    qtbot.mouseClick(browser.ui.diffButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: NEW_NAME in browser.ui.diffView.toPlainText(), timeout=10_000)
    assert "食品经营许可申请书" in browser.ui.diffView.toPlainText()
    browser.ui.searchEdit.clear()
    event = QInputMethodEvent("", [])  # Chinese arrives through the input method
    event.setCommitString("食品")
    QApplication.sendEvent(browser.ui.searchEdit, event)
    qtbot.waitUntil(
        lambda: "SC-0006" in [r.code for r in browser.matters.records()], timeout=10_000
    )


def test_admin_imports_after_preview(qtbot, sqlite_hall, open_window, tmp_path, monkeypatch):
    db, actors = sqlite_hall
    directory = changed_dir(tmp_path)
    monkeypatch.setattr(guide_printing, "ask_directory", lambda *a: str(directory))
    window = open_window(db, actors["admin"])
    window.ui.actionCatalogue.trigger()
    browser = window.ui.tabs.currentWidget()
    idle(qtbot, window)
    assert browser.ui.importButton.isVisible()
    qtbot.mouseClick(browser.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(browser, "import_dialog", None) is not None, timeout=10_000)
    dialog = browser.import_dialog
    tree = dialog.ui.changesTree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert top.text(0).startswith("SC-0006") and top.text(1) == "修改"
    assert any(NEW_NAME in top.child(i).text(1) for i in range(top.childCount()))
    assert catalogue_browse.matter_versions(db, "SC-0006")[-1].version == 1  # not yet
    qtbot.keyClick(tree, ENTER)
    qtbot.waitUntil(lambda: len(catalogue_browse.matter_versions(db, "SC-0006")) == 2,
                    timeout=10_000)  # fmt: skip
    idle(qtbot, window)
    assert any("已导入" in text for _k, _t, text in dialogs.shown)


def test_import_preview_refused_for_clerk(sqlite_hall, tmp_path):
    db, actors = sqlite_hall
    with pytest.raises(PermissionDenied):
        catalogue_browse.preview_import(db, actors["clerk"], changed_dir(tmp_path))


def test_print_catalogue_listing(qtbot, sqlite_hall, open_window, tmp_path, monkeypatch):
    db, actors = sqlite_hall
    out = tmp_path / "listing.pdf"
    monkeypatch.setattr(guide_printing, "ask_save_path", lambda *a: str(out))
    window = open_window(db, actors["clerk"])
    window.actionCatalogueRead.trigger()
    browser = window.ui.tabs.currentWidget()
    idle(qtbot, window)
    qtbot.mouseClick(browser.ui.listingButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in browser.ui.message.text(), timeout=15_000)
    text = pdf_text(out)
    assert "收费目录清单" in text and "城市道路占用费" in text and "中介服务" in text
