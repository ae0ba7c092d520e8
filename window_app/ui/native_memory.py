"""Native memory of a long session (issue 22): fewer malloc arenas, large blocks given back.

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
import functools
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
ARENAS = 2
# Blocks this large or larger are mapped on their own and go back to the system when freed.
MMAP_THRESHOLD = 1 << 20


def configure() -> None:
    """What the GUI sets at start (before any worker thread): both settings below."""
    limit_malloc_arenas()
    return_large_blocks()


@functools.cache
def _libc() -> ctypes.CDLL:
    """The C library the process already has loaded, by dlopen(NULL). Not
    `ctypes.util.find_library("c")`: that runs `ldconfig -p` in a child process, 50-180 ms
    of the start's wall time, twice, before the window was shown (issue 22)."""
    return ctypes.CDLL(None)


def _mallopt(parameter: int, value: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return _libc().mallopt(parameter, value) == 1
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


def return_large_blocks(threshold: int = MMAP_THRESHOLD) -> bool:
    """Serve blocks of `threshold` bytes or more by mmap, returned to the system when freed.

    glibc starts at 128 KiB but raises its threshold to the size of any mapped block that is
    freed, up to 32 MiB. The first password check (argon2id: 19 MiB) raised it to 19 MiB, and
    from then on every large block of the day (a preview page's image, about 9 MB at A4; a
    PDF's bytes; a query's rows) came from the heap, where a freed block between live ones is
    never given back: the clerk's day grew by several MB per thousand operations
    (bench/RESULTS.md, issue 22). A threshold set here is fixed: glibc no longer moves it."""
    return _mallopt(M_MMAP_THRESHOLD, threshold)


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Ask glibc for at most `arenas` malloc arenas; False where that is not glibc (or fails).
    Call it before the worker threads start: arenas already made stay."""
    return _mallopt(M_ARENA_MAX, arenas)
