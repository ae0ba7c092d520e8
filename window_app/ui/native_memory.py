"""Native memory of a long session (issue 22): fewer malloc arenas.

glibc's malloc gives a thread that finds the heap locked an arena of its own, up to eight per
core; the GUI's worker threads (queries, PDF rendering, imports) each come to hold one, and
memory freed in one arena is not reused by another. Over a clerk's day the resident memory grew
with the operations while Python's own allocations and the live Qt objects stayed flat
(bench/RESULTS.md, the endurance runs). Two arenas keep the workers from contending on one lock
and let freed memory be reused: the same effect as `MALLOC_ARENA_MAX=2` in the environment,
which a desktop launcher cannot be relied on to set.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Ask glibc for at most `arenas` malloc arenas; False where that is not glibc (or fails).
    Call it before the worker threads start: arenas already made stay."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.mallopt(M_ARENA_MAX, arenas) == 1
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
