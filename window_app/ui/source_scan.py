"""Keep PySide6's import hook from holding every module's source in memory.

After PySide6 is imported it looks at each module imported later to decide whether its
`__feature__` switch (snake_case, true_property) may apply there: `_mod_uses_pyside` searches the
module's source for "PySide6" through `inspect.getsource`, and that leaves every file's lines in
`linecache` for the life of the process. In this app that is some 700 modules and about 25 MB of
strings, a sixth of its memory. The same question is answered here from the file's bytes, read
and dropped; anything without a plain `.py` file goes to PySide6's own check.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 6.x keeps the hook's helper


def install() -> bool:
    """Replace the check (once); False when this PySide6 has no such hook to replace."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # what the hook read of the modules imported before this
    return True
