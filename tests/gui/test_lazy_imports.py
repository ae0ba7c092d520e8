"""What the app loads at start-up leaves out what only some sessions use (memory, bench/RESULTS.md):
pydantic and YAML load when a catalogue is read or a matter checked, reportlab when something
prints. A fresh interpreter imports exactly what the start-up imports, then reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
from window_app.ui import preload
preload.before_login()
preload.features()
print(json.dumps({name: name in sys.modules for name in ("pydantic", "yaml", "reportlab")}))
"""


def test_start_up_imports_leave_the_catalogue_schema_and_printing_out():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True,
        timeout=120,
    )  # fmt: skip
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == {"pydantic": False, "yaml": False, "reportlab": False}
