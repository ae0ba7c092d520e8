"""The printing package's own rules: it imports neither Qt nor SQLAlchemy nor the application,
and its modules stay small.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_printing_imports_neither_qt_nor_sqlalchemy_nor_window_app():
    code = (
        "import sys, printing; bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'window_app')]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_modules_stay_small():
    for path in (Path(__file__).parents[1] / "printing").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path.name
