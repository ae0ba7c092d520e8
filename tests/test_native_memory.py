"""At most two malloc arenas (issue 22): threads that allocate at the same time (as the GUI's
workers do, in C code that releases the GIL) stop making an arena each. glibc's own
`malloc_stats()` counts them, in a child process so that this one's arenas do not count."""

from __future__ import annotations

import subprocess
import sys

import pytest

from window_app.ui import native_memory

PROBE = """
import ctypes, ctypes.util, sys, threading
from window_app.ui import native_memory
if sys.argv[1] == "limited":
    assert native_memory.limit_malloc_arenas()
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
start = threading.Barrier(8)

def churn():  # ctypes calls release the GIL: the eight threads really meet in malloc
    start.wait()
    for _ in range(20000):
        libc.free(libc.malloc(256))

threads = [threading.Thread(target=churn) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
libc.malloc_stats()
"""

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="mallopt and malloc_stats are glibc's"
)


def arenas(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
        timeout=120,
    )  # fmt: skip
    return out.stderr.count("Arena ")


@glibc_only
def test_workers_share_two_arenas():
    assert arenas("limited") <= native_memory.ARENAS


@glibc_only
def test_without_the_limit_the_same_workers_make_more():
    """The probe really makes contending threads: unlimited, glibc gives them more arenas."""
    assert arenas("default") > native_memory.ARENAS
