"""PySide6's import hook must not keep the source of every imported module (ui/source_scan.py)."""

from __future__ import annotations

import linecache
import sys

from window_app.ui import source_scan


def _fresh_module(tmp_path, name: str, text: str):
    (tmp_path / f"{name}.py").write_text(text)
    sys.path.insert(0, str(tmp_path))
    try:
        return __import__(name)  # the import statement's way: PySide6 hooks __import__
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_imports_leave_no_source_in_linecache(qapp, tmp_path):
    assert source_scan.install()
    feature = sys.modules[source_scan.FEATURE_MODULE]
    module = _fresh_module(tmp_path, "plain_module_for_scan", "VALUE = 1\n")
    assert module.__file__ not in linecache.cache  # PySide6's own check would have cached it
    assert feature.pyside_feature_dict.get("plain_module_for_scan") == -1  # "ignore": no PySide6


def test_a_module_using_pyside_is_still_recognised(qapp, tmp_path):
    source_scan.install()
    feature = sys.modules[source_scan.FEATURE_MODULE]
    _fresh_module(tmp_path, "qt_module_for_scan", "from PySide6.QtCore import QObject\n")
    assert feature.pyside_feature_dict.get("qt_module_for_scan") == 0  # features may switch here
