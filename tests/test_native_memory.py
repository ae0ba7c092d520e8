"""At most two malloc arenas (issue 22): threads that allocate at the same time (as the GUI's
workers do, in C code that releases the GIL) stop making an arena each. glibc's own
`malloc_stats()` counts them, in a child process so that this one's arenas do not count."""

from __future__ import annotations

import json
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


# A password check's 19 MiB block freed (glibc then raises its mmap threshold to 19 MiB), then a
# day's large blocks (eight 4 MiB "preview images"), each followed by a small block that stays
# (a cache entry, a row): once the large ones are freed, is their memory given back?
LARGE_BLOCKS = """
import ctypes, ctypes.util, sys
from window_app.ui import native_memory
if sys.argv[1] == "fixed":
    assert native_memory.return_large_blocks()
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]

def rss_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

def touched(size):
    block = libc.malloc(size)
    libc.memset(block, 1, size)
    return block

libc.free(touched(19 << 20))
before = rss_kb()
large, kept = [], []
for _ in range(8):
    large.append(touched(4 << 20))
    kept.append(touched(256))
for block in large:
    libc.free(block)
print(rss_kb() - before)
"""


def kept_after_free_kb(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", LARGE_BLOCKS, mode], capture_output=True, text=True, check=True,
        timeout=120,
    )  # fmt: skip
    return int(out.stdout.strip().splitlines()[-1])


@glibc_only
def test_large_blocks_go_back_to_the_system_when_freed():
    assert kept_after_free_kb("fixed") < 4 * 1024  # of the 32 MiB: less than one block kept


@glibc_only
def test_after_a_password_check_glibc_alone_keeps_them():
    """The control: with glibc's moving threshold the same blocks stay resident."""
    assert kept_after_free_kb("default") > 24 * 1024


SPAWNS = """
import json, subprocess
spawned = []
_popen_init = subprocess.Popen.__init__

def counted(self, *args, **kwargs):
    spawned.append(args[0] if args else kwargs.get("args"))
    _popen_init(self, *args, **kwargs)

subprocess.Popen.__init__ = counted
from window_app.ui import native_memory
native_memory.configure()  # what the GUI calls before its window is shown
print(json.dumps({"set": [native_memory.limit_malloc_arenas(), native_memory.return_large_blocks()],
                  "spawned": [str(a) for a in spawned]}))
"""


@glibc_only
def test_the_settings_at_start_run_no_child_process():
    """Finding the C library by `ctypes.util.find_library` ran `ldconfig -p` twice before the
    window was shown (issue 22): the loaded one is used, and both settings still take."""
    out = subprocess.run(
        [sys.executable, "-c", SPAWNS], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"set": [True, True], "spawned": []}
